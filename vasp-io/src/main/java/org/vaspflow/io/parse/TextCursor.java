package org.vaspflow.io.parse;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A forward-only line cursor over a (possibly compressed) text file that knows the 1-based line number of
 * every line it hands out, so every text reader can raise a {@link ParseException} with file, line, column
 * and the offending text. It also holds the number conventions VASP's Fortran output needs: {@code D}
 * exponents, exponents written without {@code E} ({@code 0.1234-105}), and {@code ****} overflow fields
 * (read as NaN).
 *
 * <p>Not thread-safe; one cursor per reading.
 */
public final class TextCursor implements Closeable {
    private final String file;
    private final BufferedReader reader;
    private String peeked;
    private boolean peekedValid;
    private int lineNumber;
    private String current;

    private TextCursor(String file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /** Opens a file, decompressing by content. */
    public static TextCursor open(Path path) {
        InputStream in = Compression.open(path);
        return new TextCursor(path.toString(),
                new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16));
    }

    /** A cursor over text already in memory; {@code name} is used in error messages. */
    public static TextCursor of(String name, String text) {
        return new TextCursor(name, new BufferedReader(new StringReader(text)));
    }

    /** A cursor over a stream (decompressed by content); {@code name} is used in error messages. */
    public static TextCursor of(String name, InputStream in) {
        try {
            return new TextCursor(name, new BufferedReader(
                    new InputStreamReader(Compression.decompress(in), StandardCharsets.ISO_8859_1), 1 << 16));
        } catch (IOException e) {
            throw new ParseException(name, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** Opens a file, hands the cursor to a parser and closes it: the body of every text reader's {@code read}. */
    public static <T> T read(Path path, java.util.function.Function<TextCursor, T> parser) {
        try (TextCursor c = open(path)) {
            return parser.apply(c);
        }
    }

    /** The same for text in memory: the body of every text reader's {@code parse(name, text)}. */
    public static <T> T parse(String name, String text, java.util.function.Function<TextCursor, T> parser) {
        try (TextCursor c = of(name, text)) {
            return parser.apply(c);
        }
    }

    public String file() {
        return file;
    }

    /** Line number of the line last returned by {@link #next()}, 0 before the first. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The line last returned by {@link #next()}. */
    public String current() {
        return current;
    }

    /** The next line, or {@code null} at the end of the file. */
    public String next() {
        String line = peekedValid ? peeked : read();
        peekedValid = false;
        peeked = null;
        if (line != null) {
            lineNumber++;
        }
        current = line;
        return line;
    }

    /** The next line, or an error naming what was expected when the file ends here. */
    public String require(String expected) {
        String line = next();
        if (line == null) {
            throw new ParseException(file, lineNumber + 1, 0, "", "file ends early: expected " + expected);
        }
        return line;
    }

    /** The line {@link #next()} would return, without consuming it; {@code null} at the end. */
    public String peek() {
        if (!peekedValid) {
            peeked = read();
            peekedValid = true;
        }
        return peeked;
    }

    /** Advances to the first line containing {@code marker} and returns it, or {@code null} at the end. */
    public String skipTo(String marker) {
        String line;
        while ((line = next()) != null) {
            if (line.contains(marker)) {
                return line;
            }
        }
        return null;
    }

    private String read() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new ParseException(file, lineNumber + 1, 0, "", "cannot read (damaged or truncated compressed data?): "
                    + e.getMessage());
        }
    }

    /** An error at the current line, column 1, with the line as snippet. */
    public ParseException error(String reason) {
        return new ParseException(file, lineNumber, 1, current == null ? "" : current, reason);
    }

    /** An error at the current line and a 1-based column, with the line as snippet. */
    public ParseException error(int column, String reason) {
        return new ParseException(file, lineNumber, column, current == null ? "" : current, reason);
    }

    /** An error at the current line at the first occurrence of {@code token}. */
    public ParseException errorAt(String token, String reason) {
        int column = current == null || token == null ? 1 : Math.max(1, current.indexOf(token) + 1);
        return new ParseException(file, lineNumber, column, token == null ? "" : token, reason);
    }

    /** Whitespace-separated tokens of a line (no empty tokens). */
    public static String[] tokens(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** Parses a double in the current line, reporting the token's column on failure. */
    public double parseDouble(String token) {
        double value = fortranDouble(token);
        if (Double.isNaN(value) && !isOverflowField(token) && !token.equalsIgnoreCase("nan")) {
            throw errorAt(token, "not a number");
        }
        return value;
    }

    /** Parses an int in the current line, reporting the token's column on failure. */
    public int parseInt(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw errorAt(token, "not an integer");
        }
    }

    /**
     * Reads every number of a line; fused Fortran fields like {@code 1.0-2.0} are split. The common case (plain,
     * whitespace-separated numbers) is parsed in place without creating a String per number; only a token that
     * does not parse goes the slow way through {@link #splitFortranFields}.
     */
    public double[] doubles(String line) {
        double[] out = new double[16];
        int n = 0;
        int len = line.length();
        int i = 0;
        while (i < len) {
            while (i < len && line.charAt(i) <= ' ') {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && line.charAt(i) > ' ') {
                i++;
            }
            double v;
            try {
                v = JavaDoubleParser.parseDouble(line, start, i - start);
            } catch (NumberFormatException e) {
                List<String> fields = splitFortranFields(line.substring(start, i));
                for (int k = 0; k < fields.size() - 1; k++) {
                    out = grow(out, n);
                    out[n++] = parseDouble(fields.get(k));
                }
                v = parseDouble(fields.get(fields.size() - 1));
            }
            out = grow(out, n);
            out[n++] = v;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static double[] grow(double[] a, int n) {
        return n < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    }

    /**
     * A Fortran-written real: {@code 1.5D-03} and {@code 1.5-103} (exponent without its letter) are
     * accepted; {@code ****} (field overflow) becomes NaN; anything else unparseable is NaN too, so callers
     * that need a number use {@link #parseDouble(String)}.
     */
    public static double fortranDouble(String token) {
        if (token == null || token.isEmpty()) {
            return Double.NaN;
        }
        if (isOverflowField(token)) {
            return Double.NaN;
        }
        String t = token;
        if (t.indexOf('D') >= 0 || t.indexOf('d') >= 0) {
            t = t.replace('D', 'E').replace('d', 'e');
        }
        try {
            return JavaDoubleParser.parseDouble(t);
        } catch (NumberFormatException e) {
            // exponent written without E: mantissa then sign then digits, e.g. 0.1234-105
            int cut = Math.max(t.lastIndexOf('-'), t.lastIndexOf('+'));
            if (cut > 0 && Character.isDigit(t.charAt(cut - 1)) && t.indexOf('e') < 0 && t.indexOf('E') < 0) {
                try {
                    return JavaDoubleParser.parseDouble(t.substring(0, cut) + "E" + t.substring(cut));
                } catch (NumberFormatException ignored) {
                    return Double.NaN;
                }
            }
            return Double.NaN;
        }
    }

    /** True for an all-asterisk field, Fortran's mark of a number too wide for its format. */
    public static boolean isOverflowField(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a line of numbers, also where Fortran wrote two fields without a space between them
     * ({@code -0.123-0.456} → {@code -0.123}, {@code -0.456}); a sign right after a digit and right before a
     * digit or '.' starts a new field unless it follows an exponent letter.
     */
    public static List<String> splitFortranFields(String line) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(line)) {
            int start = 0;
            for (int i = 1; i < token.length(); i++) {
                char c = token.charAt(i);
                char prev = token.charAt(i - 1);
                if ((c == '-' || c == '+') && (Character.isDigit(prev) || prev == '.')
                        && i + 1 < token.length()
                        && (Character.isDigit(token.charAt(i + 1)) || token.charAt(i + 1) == '.')
                        && token.substring(start, i).indexOf('.') >= 0
                        && hasDotAhead(token, i + 1)) {
                    out.add(token.substring(start, i));
                    start = i;
                }
            }
            out.add(token.substring(start));
        }
        return out;
    }

    // A fused field has its own decimal point before the next sign; "1.5-103" (a bare exponent) has none.
    private static boolean hasDotAhead(String token, int from) {
        for (int j = from; j < token.length(); j++) {
            char c = token.charAt(j);
            if (c == '.') {
                return true;
            }
            if (c == '-' || c == '+' || c == 'E' || c == 'e') {
                return false;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing to save on close of a read-only stream
        }
    }
}
