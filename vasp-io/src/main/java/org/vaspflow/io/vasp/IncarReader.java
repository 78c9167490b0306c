package org.vaspflow.io.vasp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads INCAR files:
 *
 * <pre>
 * SYSTEM = NaMnO2 ! comment       comments start with ! or #
 * ENCUT = 520; ISMEAR = 0         several tags on a line, separated by ;
 * MAGMOM = 4*0.6 2*5              lists with repeats
 * LDAU = .TRUE.                   logicals: .TRUE. T .FALSE. F (any case)
 * LDAUU = 3.9 0 \                 a trailing backslash continues the value on the next line
 *         0
 * </pre>
 *
 * Values are typed by the tag catalogue ({@link IncarTags}); unknown tags are typed by their text. A value that
 * does not fit its catalogued type (e.g. {@code ENCUT = abc}, {@code MAGMOM = 4*x}) is a {@link ParseException}
 * with line and column. Validation of tag names (unknown tags, did-you-mean) is separate: {@link IncarValidator}.
 */
public final class IncarReader {
    private static final java.util.regex.Pattern LOGICAL =
            java.util.regex.Pattern.compile("(?i)\\.?(T|F|TRUE|FALSE)\\.?");

    private IncarReader() {
    }

    public static Incar read(Path file) {
        return TextCursor.read(file, IncarReader::parse);
    }

    public static Incar parse(String name, String text) {
        return TextCursor.parse(name, text, IncarReader::parse);
    }

    private static Incar parse(TextCursor c) {
        Map<String, IncarValue> tags = new LinkedHashMap<>();
        String line;
        boolean any = false;
        while ((line = c.next()) != null) {
            String body = stripComment(line);
            while (body.stripTrailing().endsWith("\\")) {
                String cont = c.next();
                body = body.stripTrailing();
                body = body.substring(0, body.length() - 1) + " " + (cont == null ? "" : stripComment(cont));
            }
            if (body.isBlank()) {
                continue;
            }
            for (String part : body.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw c.errorAt(part.strip(), "expected TAG = value");
                }
                String tag = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
                if (tag.isEmpty() || !tag.matches("[A-Z][A-Z0-9_]*")) {
                    throw c.errorAt(part.substring(0, eq).strip(), "not a tag name");
                }
                String raw = part.substring(eq + 1).strip();
                tags.put(tag, value(c, tag, raw));
                any = true;
            }
        }
        if (!any) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 0, "", "no TAG = value line: not an INCAR");
        }
        return new Incar(tags);
    }

    private static String stripComment(String line) {
        int cut = line.length();
        for (char mark : new char[] {'!', '#'}) {
            int at = line.indexOf(mark);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return line.substring(0, cut);
    }

    static IncarValue value(TextCursor c, String tag, String raw) {
        if (raw.isEmpty()) {
            throw c.errorAt(tag, "tag " + tag + " has no value");
        }
        IncarTags.Type type = IncarTags.type(tag).orElse(null);
        if (type == null) {
            return guess(raw);
        }
        return switch (type) {
            case INT -> {
                Long v = parseLong(raw.split("\\s+")[0]);
                if (v == null) {
                    // VASP accepts 1.0 for an integer; keep the number, the validator flags it
                    double d = TextCursor.fortranDouble(raw.split("\\s+")[0]);
                    if (Double.isNaN(d)) {
                        throw c.errorAt(raw, tag + " expects an integer");
                    }
                    yield new IncarValue.Real(d);
                }
                yield new IncarValue.Int(v);
            }
            case REAL -> {
                Long integer = parseLong(raw.split("\\s+")[0]);
                if (integer != null) {
                    // written as an integer (ENCUT = 520): keep it so, as pymatgen does; the value is the same
                    yield new IncarValue.Int(integer);
                }
                double d = TextCursor.fortranDouble(raw.split("\\s+")[0]);
                if (Double.isNaN(d)) {
                    throw c.errorAt(raw, tag + " expects a number");
                }
                yield new IncarValue.Real(d);
            }
            case BOOL -> {
                Boolean b = parseBool(raw.split("\\s+")[0]);
                if (b == null) {
                    throw c.errorAt(raw, tag + " expects .TRUE. or .FALSE.");
                }
                yield new IncarValue.Bool(b);
            }
            // LREAL and friends take a logical or a word (LREAL = .FALSE. | Auto); SYSTEM is free text
            case STRING -> !tag.equals("SYSTEM") && LOGICAL.matcher(raw).matches()
                    ? new IncarValue.Bool(parseBool(raw)) : new IncarValue.Text(raw);
            case INT_ARRAY, REAL_ARRAY -> numbers(c, tag, raw);
        };
    }

    private static IncarValue numbers(TextCursor c, String tag, String raw) {
        List<Double> values = new ArrayList<>();
        boolean allIntegers = true;
        for (String token : raw.split("\\s+")) {
            int star = token.indexOf('*');
            int repeat = 1;
            String number = token;
            if (star > 0) {
                Long n = parseLong(token.substring(0, star));
                if (n == null || n < 1) {
                    throw c.errorAt(token, tag + ": repeat count must be a positive integer");
                }
                repeat = n.intValue();
                number = token.substring(star + 1);
            }
            double d = TextCursor.fortranDouble(number);
            if (Double.isNaN(d)) {
                throw c.errorAt(token, tag + " expects numbers");
            }
            allIntegers &= parseLong(number) != null;
            for (int i = 0; i < repeat; i++) {
                values.add(d);
            }
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return new IncarValue.Numbers(v, allIntegers);
    }

    /** pymatgen-like typing of a value whose tag the catalogue does not know. */
    static IncarValue guess(String raw) {
        String[] tokens = raw.split("\\s+");
        if (tokens.length == 1) {
            Long l = parseLong(raw);
            if (l != null) {
                return new IncarValue.Int(l);
            }
            double d = TextCursor.fortranDouble(raw);
            if (!Double.isNaN(d)) {
                return new IncarValue.Real(d);
            }
            Boolean b = parseBool(raw);
            if (b != null) {
                return new IncarValue.Bool(b);
            }
            return new IncarValue.Text(raw);
        }
        List<Double> values = new ArrayList<>();
        boolean ints = true;
        for (String t : tokens) {
            int star = t.indexOf('*');
            String number = star > 0 ? t.substring(star + 1) : t;
            Long n = star > 0 ? parseLong(t.substring(0, star)) : Long.valueOf(1);
            double d = TextCursor.fortranDouble(number);
            if (n == null || n < 1 || Double.isNaN(d)) {
                return new IncarValue.Text(raw);
            }
            ints &= parseLong(number) != null;
            for (int i = 0; i < n; i++) {
                values.add(d);
            }
        }
        return new IncarValue.Numbers(values.stream().mapToDouble(Double::doubleValue).toArray(), ints);
    }

    static Long parseLong(String s) {
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean parseBool(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        if (u.startsWith(".")) {
            u = u.substring(1);
        }
        if (u.equals("T") || u.startsWith("TRUE") || u.equals("T.")) {
            return true;
        }
        if (u.equals("F") || u.startsWith("FALSE") || u.equals("F.")) {
            return false;
        }
        return null;
    }
}
