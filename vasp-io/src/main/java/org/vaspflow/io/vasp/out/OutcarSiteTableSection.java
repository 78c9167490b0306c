package org.vaspflow.io.vasp.out;

import java.util.Arrays;
import java.util.List;
import org.vaspflow.io.parse.TextCursor;

/**
 * A per-ion table ({@code magnetization (x|y|z)}, {@code total charge}; layout in {@link SiteTable}). The table ends
 * at its {@code tot} row, or, for a single ion (VASP prints no {@code tot} then), at the first blank line after
 * the rows; the line after the table is left for the other sections.
 */
final class OutcarSiteTableSection implements OutcarSection {
    @Override
    public boolean starts(String line, OutcarBuilder into) {
        return line.equals("total charge") || line.startsWith("magnetization (") && line.length() == 17;
    }

    @Override
    public void read(TextCursor c, String title, OutcarBuilder into) {
        List<String> columns = List.of();
        DoubleList values = new DoubleList();
        double[] totals = new double[0];
        String l;
        while ((l = c.peek()) != null) {
            String t = l.strip();
            if (t.startsWith("# of ion")) {
                c.next();
                columns = List.of(TextCursor.tokens(t.substring("# of ion".length())));
            } else if (t.startsWith("---")) {
                c.next();
            } else if (t.isEmpty() && columns.isEmpty()) {
                c.next();
            } else if (!columns.isEmpty() && (t.startsWith("tot") || !t.isEmpty() && Character.isDigit(t.charAt(0)))) {
                c.next();
                double[] v = c.doubles(t.startsWith("tot") ? t.substring(3) : t);
                int offset = t.startsWith("tot") ? 0 : 1;
                if (v.length != columns.size() + offset) {
                    throw c.error("expected " + (offset == 1 ? "the ion number and " : "") + columns.size()
                            + " values (" + String.join(" ", columns) + ")");
                }
                if (offset == 0) {
                    totals = v;
                    break;
                }
                values.addAll(v, 1, v.length);
            } else {
                break;
            }
        }
        if (!columns.isEmpty()) {
            into.tables.put(title, new SiteTable(title, columns, values.toArray(), Arrays.copyOf(totals, totals.length)));
        }
    }
}
