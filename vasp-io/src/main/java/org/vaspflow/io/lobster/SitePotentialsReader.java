package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads SitePotentials.lobster:
 *
 * <pre>
 * Electrostatic site potentials (in V) using Ewald splitting parameter 3.14
 * This first parameter is a default value that was determined by LOBSTER
 *
 *   atom#    atom      Potential       Potential
 *                     (Mulliken)       (Loewdin)
 *       1      Li          -8.79           -8.70
 *       2       F           8.79            8.70
 *
 * Madelung Energy (eV)     -6.27           -6.14
 * </pre>
 */
public final class SitePotentialsReader {
    private static final Pattern SPLITTING = Pattern.compile("splitting parameter\\s+(\\S+)");

    private SitePotentialsReader() {
    }

    public static SitePotentials read(Path file) {
        return TextCursor.read(file, SitePotentialsReader::parse);
    }

    public static SitePotentials parse(String name, String text) {
        return TextCursor.parse(name, text, SitePotentialsReader::parse);
    }

    private static SitePotentials parse(TextCursor c) {
        String first = c.next();
        Matcher m = first == null ? null : SPLITTING.matcher(first);
        if (m == null || !first.startsWith("Electrostatic site potentials") || !m.find()) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 1, first == null ? "" : first,
                    "not a SitePotentials.lobster: the first line gives the Ewald splitting parameter");
        }
        double splitting = c.parseDouble(m.group(1));
        if (c.skipTo("(Mulliken)") == null) {
            throw c.error("no '(Mulliken) (Loewdin)' header");
        }
        AtomColumns rows = new AtomColumns();
        double[] madelung = {Double.NaN, Double.NaN};
        String line;
        while ((line = c.next()) != null) {
            String t = line.strip();
            if (t.startsWith("Madelung Energy")) {
                double[] v = c.doubles(t.substring(t.indexOf(')') + 1));
                if (v.length != 2) {
                    throw c.error("expected the Mulliken and Loewdin Madelung energies");
                }
                madelung = v;
            } else if (!t.isEmpty()) {
                rows.add(c, t, 2);
            }
        }
        if (rows.size() == 0) {
            throw new ParseException(c.file(), c.lineNumber(), 0, "", "no site potentials (file cut?)");
        }
        Completeness done = Double.isNaN(madelung[0])
                ? Completeness.partial(c.lineNumber(), "no 'Madelung Energy' line (file cut?)")
                : Completeness.COMPLETE;
        return new SitePotentials(splitting, rows.atoms(), rows.elements(), rows.first(), rows.second(), madelung[0],
                madelung[1], done);
    }
}
