package org.vaspflow.io.cif;

import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.parse.TextCursor;

/**
 * Splits CIF text into tokens with their line and column: whitespace separates tokens; {@code '…'} and
 * {@code "…"} quote a token (a quote ends only before whitespace, as CIF 1.1 says); a line starting with
 * {@code ;} opens a text field closed by the next line starting with {@code ;}; {@code #} starts a comment.
 */
final class CifTokens {
    record Token(String text, int line, int column, boolean quoted) {
    }

    private CifTokens() {
    }

    static List<Token> of(TextCursor c) {
        List<Token> out = new ArrayList<>();
        String line;
        while ((line = c.next()) != null) {
            if (line.startsWith(";")) {
                int start = c.lineNumber();
                StringBuilder field = new StringBuilder(line.substring(1));
                String next;
                while ((next = c.next()) != null && !next.startsWith(";")) {
                    field.append('\n').append(next);
                }
                if (next == null) {
                    throw c.error("text field opened at line " + start + " is never closed with ';'");
                }
                out.add(new Token(field.toString(), start, 1, true));
                continue;
            }
            int i = 0;
            int n = line.length();
            while (i < n) {
                char ch = line.charAt(i);
                if (Character.isWhitespace(ch)) {
                    i++;
                } else if (ch == '#') {
                    break;
                } else if (ch == '\'' || ch == '"') {
                    int j = i + 1;
                    while (j < n && !(line.charAt(j) == ch && (j + 1 == n || Character.isWhitespace(line.charAt(j + 1))))) {
                        j++;
                    }
                    if (j >= n) {
                        throw c.error(i + 1, "unterminated quoted value");
                    }
                    out.add(new Token(line.substring(i + 1, j), c.lineNumber(), i + 1, true));
                    i = j + 1;
                } else {
                    int j = i;
                    while (j < n && !Character.isWhitespace(line.charAt(j))) {
                        j++;
                    }
                    out.add(new Token(line.substring(i, j), c.lineNumber(), i + 1, false));
                    i = j;
                }
            }
        }
        return out;
    }
}
