package org.vaspflow.io.vasp.out;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads OSZICAR:
 *
 * <pre>
 *        N       E                     dE             d eps       ncg     rms          rms(c)
 * DAV:   1    -0.425632596040E+02   -0.42563E+02   -0.14600E+03   768   0.257E+02
 * RMM:   2    -0.130407040000E+03   -.243930-146   …                            exponent without E: 1e-146
 *    1 F= -.20663237E+02 E0= -.20663237E+02  d E =-.206632E+02  mag=    -2.0180
 * </pre>
 *
 * Numbers go through {@link TextCursor#fortranDouble}, so {@code -.243930-146} (an exponent too wide for its
 * field, written without its E) reads as −2.4393e-147 where pymatgen's float() fails. An empty file is an OSZICAR
 * with no steps (VASP writes one before the first iteration). A file that ends inside an ionic step, or whose
 * last line is damaged (cut), is returned flagged incomplete; damage anywhere else is a {@link ParseException}.
 */
public final class OszicarReader {
    private static final Pattern KEY_VALUE = Pattern.compile("(\\w+)=\\s*(\\S+)");

    private OszicarReader() {
    }

    public static Oszicar read(Path file) {
        return TextCursor.read(file, OszicarReader::parse);
    }

    private static Oszicar parse(TextCursor c) {
        List<Oszicar.IonicStep> ionic = new ArrayList<>();
        List<List<Oszicar.ElectronicStep>> electronic = new ArrayList<>();
        List<Oszicar.ElectronicStep> current = new ArrayList<>();
        Completeness damage = null;
        try {
            String line;
            while ((line = c.next()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("N ") || t.startsWith("N\t")) {
                    continue;
                }
                int colon = t.indexOf(':');
                if (colon > 0 && colon <= 5 && t.substring(0, colon).chars().allMatch(Character::isLetter)) {
                    current.add(electronic(c, t.substring(0, colon), t.substring(colon + 1)));
                } else if (t.contains("F=") && Character.isDigit(t.charAt(0))) {
                    ionic.add(ionic(c, t));
                    electronic.add(List.copyOf(current));
                    current = new ArrayList<>();
                } else if (!t.startsWith("bond charge") && !t.startsWith("gam=") && !t.startsWith("g(")
                        && !t.startsWith("mag=") && !t.startsWith("trial")) {
                    throw c.error("neither an SCF line (DAV:, RMM:, …) nor an ionic summary (F= … E0=)");
                }
            }
        } catch (ParseException e) {
            if (c.peek() != null) {
                throw e;
            }
            damage = Completeness.partial(e); // damage on the last line: a file cut there
        }
        if (!current.isEmpty()) {
            electronic.add(List.copyOf(current));
            if (damage == null) {
                damage = Completeness.partial(c.lineNumber(),
                        "the last ionic step has no summary line (run still going or killed)");
            }
        }
        Completeness done = damage == null ? Completeness.COMPLETE : damage;
        return new Oszicar(List.copyOf(ionic), List.copyOf(electronic), done);
    }

    private static Oszicar.ElectronicStep electronic(TextCursor c, String algorithm, String rest) {
        String[] tok = TextCursor.tokens(rest);
        if (tok.length < 3) {
            throw c.error("an SCF line needs at least N, E and dE");
        }
        double[] v = new double[7];
        java.util.Arrays.fill(v, Double.NaN);
        for (int i = 0; i < Math.min(tok.length, 7); i++) {
            v[i] = c.parseDouble(tok[i]);
        }
        if (Double.isNaN(v[0])) {
            throw c.errorAt(tok[0], "the SCF step number is not a number");
        }
        return new Oszicar.ElectronicStep(algorithm, (int) v[0], v[1], v[2], v[3],
                Double.isNaN(v[4]) ? -1 : (int) v[4], v[5], v[6]);
    }

    private static Oszicar.IonicStep ionic(TextCursor c, String t) {
        Map<String, Double> kv = new HashMap<>();
        Matcher m = KEY_VALUE.matcher(t.replace("d E =", "dE="));
        while (m.find()) {
            kv.put(m.group(1), c.parseDouble(m.group(2)));
        }
        if (!kv.containsKey("F") || kv.get("F").isNaN() && !t.contains("F= *")) {
            throw c.errorAt("F=", "ionic summary without a readable F=");
        }
        return new Oszicar.IonicStep(kv.get("F"), kv.getOrDefault("E0", Double.NaN), kv.getOrDefault("dE", Double.NaN),
                kv.getOrDefault("mag", Double.NaN), kv.getOrDefault("T", Double.NaN), kv.getOrDefault("E", Double.NaN));
    }

}
