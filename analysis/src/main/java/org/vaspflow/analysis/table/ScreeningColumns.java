package org.vaspflow.analysis.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a screening table, in order: {@code folder, ok, error, formula, natoms, energy, energy_per_atom,
 * total_magnetization}, then {@code dband_center_<El>} when asked, {@code bond_length_<M-O>} per pair found,
 * {@code icohp_mean_<A-B>} per pair found, and {@code notes}. The same names serve CSV headers, JSON keys and
 * correlation-plot axes.
 */
public final class ScreeningColumns {
    private final List<String> names;
    private final String dbandElement;

    public ScreeningColumns(List<ScreeningRow> rows, ScreeningOptions options) {
        this.dbandElement = options.dbandElement();
        List<String> n = new ArrayList<>(List.of("folder", "ok", "error", "formula", "natoms", "energy",
                "energy_per_atom", "total_magnetization"));
        if (!dbandElement.isEmpty()) {
            n.add("dband_center_" + dbandElement);
        }
        ScreeningTable.bondColumns(rows).forEach(p -> n.add("bond_length_" + p));
        ScreeningTable.icohpColumns(rows).forEach(p -> n.add("icohp_mean_" + p));
        n.add("notes");
        this.names = List.copyOf(n);
    }

    public List<String> names() {
        return names;
    }

    /** The row's values by column: Strings, Booleans, Integers or Doubles (NaN when the folder gave none). */
    public Map<String, Object> values(ScreeningRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String c : names) {
            m.put(c, value(r, c));
        }
        return m;
    }

    public Object value(ScreeningRow r, String column) {
        return switch (column) {
            case "folder" -> r.folder();
            case "ok" -> r.ok();
            case "error" -> r.error();
            case "formula" -> r.formula();
            case "natoms" -> r.nAtoms();
            case "energy" -> r.energyEv();
            case "energy_per_atom" -> r.energyPerAtomEv();
            case "total_magnetization" -> r.totalMagnetization();
            case "notes" -> String.join("; ", r.notes());
            default -> dynamic(r, column);
        };
    }

    private Object dynamic(ScreeningRow r, String column) {
        if (column.equals("dband_center_" + dbandElement) && !dbandElement.isEmpty()) {
            return r.dbandCenterEv();
        }
        if (column.startsWith("bond_length_")) {
            return r.bondLengths().getOrDefault(column.substring("bond_length_".length()), Double.NaN);
        }
        if (column.startsWith("icohp_mean_")) {
            return r.icohpMean().getOrDefault(column.substring("icohp_mean_".length()), Double.NaN);
        }
        throw new IllegalArgumentException("no column '" + column + "'; columns: " + names);
    }

    /** A numeric column as doubles (NaN where the row has none). */
    public double[] numeric(List<ScreeningRow> rows, String column) {
        if (!names.contains(column)) {
            throw new IllegalArgumentException("no column '" + column + "'; columns: " + names);
        }
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = value(rows.get(i), column);
            if (!(v instanceof Number n)) {
                throw new IllegalArgumentException("column '" + column + "' is not numeric");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    /** The table as CSV (RFC 4180 quoting; numbers with full precision; NaN as an empty cell). */
    public String csv(List<ScreeningRow> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", names)).append('\n');
        for (ScreeningRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : names) {
                cells.add(cell(value(r, c)));
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    private static String cell(Object v) {
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%s", d);
        }
        String s = String.valueOf(v);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
