package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.Arrays;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads CHARGE.lobster:
 *
 * <pre>
 * MULLIKEN and LOEWDIN POPULATION ANALYSIS
 *   atom#    atom      Mulliken charge       Loewdin charge
 *       1      Li                 0.71                 0.71
 *           total                 0.00                 0.00
 * </pre>
 *
 * LOBSTER 5.1 LCFO files (CHARGE.LCFO.lobster, "molecule#  molecule  Loewdin charge") list fragments with only a
 * Löwdin charge; their Mulliken column is NaN. pymatgen 2022.11.7 cannot read them (IndexError).
 */
public final class ChargeReader {
    private ChargeReader() {
    }

    public static Charge read(Path file) {
        return TextCursor.read(file, ChargeReader::parse);
    }

    public static Charge parse(String name, String text) {
        return TextCursor.parse(name, text, ChargeReader::parse);
    }

    private static Charge parse(TextCursor c) {
        String header = c.skipTo("#");
        if (header == null || !(header.strip().startsWith("atom#") || header.strip().startsWith("molecule#"))
                || !header.contains("charge")) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 1, header == null ? "" : header,
                    "not a CHARGE.lobster: no 'atom#  atom  Mulliken charge  Loewdin charge' header");
        }
        boolean loewdinOnly = header.strip().startsWith("molecule#");
        AtomColumns rows = new AtomColumns();
        boolean total = false;
        String line;
        while ((line = c.next()) != null) {
            String t = line.strip();
            if (t.startsWith("total")) {
                total = true;
            } else if (!t.isEmpty()) {
                if (total) {
                    throw c.error("a row after the 'total' line");
                }
                rows.add(c, t, loewdinOnly ? 1 : 2);
            }
        }
        if (rows.size() == 0) {
            throw new ParseException(c.file(), c.lineNumber(), 0, "", "no atoms in CHARGE.lobster (file cut?)");
        }
        Completeness done = total ? Completeness.COMPLETE
                : Completeness.partial(c.lineNumber(), "no 'total' line (file cut?)");
        double[] nan = new double[rows.size()];
        Arrays.fill(nan, Double.NaN);
        return new Charge(rows.atoms(), rows.elements(), loewdinOnly ? nan : rows.first(),
                loewdinOnly ? rows.first() : rows.second(), done);
    }
}
