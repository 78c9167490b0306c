package org.vaspflow.io.vasp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;

/**
 * Reads the headers ({@link PotcarHeader}) of a POTCAR, single or concatenated: each pseudopotential ends with
 * {@code End of Dataset}; VRHFIN, TITEL, ZVAL and ENMAX are taken from its {@code parameters from PSCTR} block
 * (VRHFIN comes before TITEL there). The numeric tables after the header are skipped. A file cut inside the last
 * pseudopotential still yields that header when its TITEL, ZVAL and ENMAX lines are complete.
 */
public final class PotcarReader {
    private PotcarReader() {
    }

    public static List<PotcarHeader> read(Path file) {
        return TextCursor.read(file, PotcarReader::parse);
    }

    public static List<PotcarHeader> parse(String name, String text) {
        return TextCursor.parse(name, text, PotcarReader::parse);
    }

    private static List<PotcarHeader> parse(TextCursor c) {
        List<PotcarHeader> out = new ArrayList<>();
        String titel = null;
        String vrhfin = "";
        double zval = Double.NaN;
        double enmax = Double.NaN;
        int titelLine = 0;
        String line;
        while ((line = c.next()) != null) {
            String s = line.strip();
            if (s.startsWith("TITEL")) {
                if (titel != null) {
                    throw c.error("second TITEL before 'End of Dataset' of " + titel);
                }
                titel = value(s);
                titelLine = c.lineNumber();
            } else if (s.startsWith("VRHFIN")) {
                // VRHFIN comes before TITEL in the PSCTR block
                vrhfin = value(s);
            } else if (s.startsWith("POMASS") && s.contains("ZVAL")) {
                zval = number(c, s, "ZVAL");
            } else if (s.startsWith("ENMAX")) {
                enmax = number(c, s, "ENMAX");
            } else if (s.startsWith("End of Dataset")) {
                if (titel == null) {
                    throw c.error("'End of Dataset' without a TITEL line");
                }
                out.add(header(c, titel, titelLine, zval, enmax, vrhfin));
                titel = null;
                vrhfin = "";
                zval = Double.NaN;
                enmax = Double.NaN;
            }
        }
        if (titel != null) {
            out.add(header(c, titel, titelLine, zval, enmax, vrhfin));
        }
        if (out.isEmpty()) {
            throw new ParseException(c.file(), c.lineNumber(), 0, "", "no TITEL line: not a POTCAR");
        }
        return out;
    }

    private static String value(String line) {
        int eq = line.indexOf('=');
        return eq < 0 ? "" : line.substring(eq + 1).strip();
    }

    private static double number(TextCursor c, String line, String key) {
        int at = line.indexOf(key);
        String rest = line.substring(at + key.length()).replaceFirst("^\\s*=\\s*", "");
        String[] tokens = TextCursor.tokens(rest.replace(';', ' '));
        if (tokens.length == 0) {
            throw c.errorAt(key, key + " has no value");
        }
        return c.parseDouble(tokens[0]);
    }

    private static PotcarHeader header(TextCursor c, String titel, int line, double zval, double enmax, String vrhfin) {
        String[] t = TextCursor.tokens(titel);
        if (t.length < 2) {
            throw new ParseException(c.file(), line, 1, titel, "TITEL must name the functional and the symbol");
        }
        Element element = Element.parse(t[1]).orElseThrow(
                () -> new ParseException(c.file(), line, 1, titel, "TITEL symbol is not an element"));
        if (Double.isNaN(zval) || Double.isNaN(enmax)) {
            throw new ParseException(c.file(), line, 1, titel, "no " + (Double.isNaN(zval) ? "ZVAL" : "ENMAX")
                    + " line for " + t[1] + " (the PSCTR parameters after TITEL)");
        }
        return new PotcarHeader(t[1], t[0], titel, zval, enmax, vrhfin, element);
    }
}
