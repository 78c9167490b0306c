package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.Arrays;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads MadelungEnergies.lobster:
 *
 * <pre>
 * Total Madelung/Ewald Energies in eV per unit cell.
 * The first parameter is a default value that was determined by LOBSTER.
 *
 *          Ewald-          Energy          Energy
 *       Parameter      (Mulliken)       (Loewdin)
 *            3.14           -6.27           -6.14
 * </pre>
 *
 * Every row after the "Parameter" header is read (pymatgen 2022.11.7 reads only the first).
 */
public final class MadelungEnergiesReader {
    private MadelungEnergiesReader() {
    }

    public static MadelungEnergies read(Path file) {
        return TextCursor.read(file, MadelungEnergiesReader::parse);
    }

    public static MadelungEnergies parse(String name, String text) {
        return TextCursor.parse(name, text, MadelungEnergiesReader::parse);
    }

    private static MadelungEnergies parse(TextCursor c) {
        String first = c.next();
        if (first == null || !first.contains("Madelung")) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 1, first == null ? "" : first,
                    "not a MadelungEnergies.lobster: the first line names the Madelung/Ewald energies");
        }
        if (c.skipTo("Parameter") == null) {
            throw c.error("no 'Parameter (Mulliken) (Loewdin)' header");
        }
        double[][] rows = new double[3][4];
        int n = 0;
        String line;
        while ((line = c.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            double[] v = c.doubles(line);
            if (v.length != 3) {
                throw c.error("expected Ewald parameter, Mulliken energy and Loewdin energy");
            }
            if (n == rows[0].length) {
                for (int k = 0; k < 3; k++) {
                    rows[k] = Arrays.copyOf(rows[k], 2 * n);
                }
            }
            for (int k = 0; k < 3; k++) {
                rows[k][n] = v[k];
            }
            n++;
        }
        if (n == 0) {
            throw new ParseException(c.file(), c.lineNumber(), 0, "", "no energies after the header (file cut?)");
        }
        return new MadelungEnergies(Arrays.copyOf(rows[0], n), Arrays.copyOf(rows[1], n), Arrays.copyOf(rows[2], n));
    }
}
