package org.vaspflow.io.parse;

import java.nio.file.Path;

/**
 * The one exception a vaspflow reader throws, whatever the input: it names the file, the 1-based line and
 * column of the damage and the offending text, so a user can open the file at the right place.
 *
 * <p>Unchecked on purpose: readers are used inside streams and parallel pools, and a caller that wants to
 * go on past a bad file catches this one type. {@code line} and {@code column} are 0 when unknown (for
 * example an empty file or a binary header that never reached a line).
 */
public final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SNIPPET_MAX = 120;

    private final String file;
    private final int line;
    private final int column;
    private final String snippet;
    private final String reason;

    public ParseException(String file, int line, int column, String snippet, String reason, Throwable cause) {
        super(format(file, line, column, snippet, reason), cause);
        this.file = file == null ? "<input>" : file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.snippet = clip(snippet);
        this.reason = reason == null ? "" : reason;
    }

    public ParseException(String file, int line, int column, String snippet, String reason) {
        this(file, line, column, snippet, reason, null);
    }

    public ParseException(Path file, int line, int column, String snippet, String reason) {
        this(file == null ? null : file.toString(), line, column, snippet, reason, null);
    }

    public ParseException(Path file, int line, int column, String snippet, String reason, Throwable cause) {
        this(file == null ? null : file.toString(), line, column, snippet, reason, cause);
    }

    /** The file name as given to the reader ({@code <input>} for an anonymous stream). */
    public String file() {
        return file;
    }

    /** 1-based line number, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column number, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The offending text, clipped to 120 characters; empty when there is none (end of file). */
    public String snippet() {
        return snippet;
    }

    /** What was expected, without the position. */
    public String reason() {
        return reason;
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.length() > SNIPPET_MAX ? one.substring(0, SNIPPET_MAX) + "…" : one;
    }

    private static String format(String file, int line, int column, String snippet, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(reason == null ? "cannot parse" : reason);
        String clipped = clip(snippet);
        if (!clipped.isEmpty()) {
            sb.append(" [").append(clipped).append(']');
        }
        return sb.toString();
    }
}
