package org.vaspflow.io.cif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * The first data block of a CIF: single items ({@code _tag value}) and loop columns ({@code loop_ _tag1 _tag2 …
 * values}), by tag. Tags are compared in lower case with the DDLm dot written as an underscore, so
 * {@code _atom_site.fract_x} (CIF 2 / mmCIF style) and {@code _atom_site_fract_x} name the same column.
 */
final class CifBlock {
    private final Map<String, CifTokens.Token> items = new HashMap<>();
    private final Map<String, List<CifTokens.Token>> columns = new HashMap<>();
    /** Which loop each column came from, so columns of different loops are not mixed row by row. */
    private final Map<String, Integer> loopOf = new HashMap<>();

    private CifBlock() {
    }

    static CifBlock of(TextCursor c) {
        List<CifTokens.Token> tokens = CifTokens.of(c);
        CifBlock block = new CifBlock();
        int i = 0;
        boolean inBlock = false;
        int loops = 0;
        while (i < tokens.size()) {
            CifTokens.Token t = tokens.get(i);
            if (isReserved(t, "data_")) {
                if (inBlock) {
                    break;
                }
                inBlock = true;
                i++;
            } else if (!inBlock) {
                throw error(c, t, "content before the first data_ block: not a CIF");
            } else if (isReserved(t, "loop_")) {
                i = block.readLoop(c, tokens, i + 1, loops++);
            } else if (isTag(t)) {
                if (i + 1 >= tokens.size() || isTag(tokens.get(i + 1)) || isReserved(tokens.get(i + 1), "loop_")
                        || isReserved(tokens.get(i + 1), "data_")) {
                    throw error(c, t, "tag " + t.text() + " has no value");
                }
                block.items.put(normal(t.text()), tokens.get(i + 1));
                i += 2;
            } else {
                throw error(c, t, "value without a tag outside a loop");
            }
        }
        if (!inBlock) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 1, "", "no data_ block: not a CIF");
        }
        return block;
    }

    private int readLoop(TextCursor c, List<CifTokens.Token> tokens, int i, int loop) {
        List<String> tags = new ArrayList<>();
        while (i < tokens.size() && isTag(tokens.get(i))) {
            tags.add(normal(tokens.get(i).text()));
            i++;
        }
        List<List<CifTokens.Token>> cols = new ArrayList<>();
        for (int k = 0; k < tags.size(); k++) {
            cols.add(new ArrayList<>());
        }
        int count = 0;
        while (i < tokens.size() && !isTag(tokens.get(i)) && !isReserved(tokens.get(i), "loop_")
                && !isReserved(tokens.get(i), "data_")) {
            if (tags.isEmpty()) {
                throw error(c, tokens.get(i), "loop_ without tags");
            }
            cols.get(count % tags.size()).add(tokens.get(i));
            count++;
            i++;
        }
        if (tags.isEmpty() || count % tags.size() != 0) {
            throw error(c, tokens.get(i - 1), "loop with " + tags.size() + " tags has " + count
                    + " values (not a multiple)");
        }
        for (int k = 0; k < tags.size(); k++) {
            columns.put(tags.get(k), cols.get(k));
            loopOf.put(tags.get(k), loop);
        }
        return i;
    }

    /** The value of a single item, or null. */
    CifTokens.Token item(String tag) {
        return items.get(tag);
    }

    /** A loop column, or null. */
    List<CifTokens.Token> column(String tag) {
        return columns.get(tag);
    }

    /** True when both tags are columns of the same loop (so their rows correspond). */
    boolean sameLoop(String tag, String other) {
        Integer a = loopOf.get(tag);
        return a != null && a.equals(loopOf.get(other));
    }

    private static boolean isTag(CifTokens.Token t) {
        return !t.quoted() && t.text().startsWith("_");
    }

    private static boolean isReserved(CifTokens.Token t, String word) {
        return !t.quoted() && t.text().toLowerCase(Locale.ROOT).startsWith(word)
                && (word.equals("data_") || t.text().length() == word.length());
    }

    private static String normal(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('.', '_');
    }

    static ParseException error(TextCursor c, CifTokens.Token t, String reason) {
        return new ParseException(c.file(), t.line(), t.column(), t.text(), reason);
    }
}
