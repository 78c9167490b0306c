package org.vaspflow.io.vasp.out;

import java.util.List;

/**
 * A per-ion table of an OUTCAR, as printed after an ionic step (LORBIT set):
 *
 * <pre>
 *  magnetization (x)                                  or "total charge", "magnetization (y)", "magnetization (z)"
 *
 * # of ion     s       p       d       tot
 * ----------------------------------------
 *   1       -0.028   0.016   3.020   3.007            one row per ion (values, flat [ion][column])
 *   2       -0.006   0.013   1.390   1.397
 * ------------------------------------------------
 * tot       -0.057  -0.327   4.410   4.026            the sum over ions (not printed for a single ion)
 * </pre>
 *
 * @param title the line naming the table ({@code magnetization (x)}, {@code total charge})
 * @param columns the column names as printed, {@code tot} included ({@code s p d tot} or {@code s p d f tot})
 * @param values flat [ion][column]
 * @param totals the {@code tot} row, one value per column; empty when VASP printed none (one ion)
 */
public record SiteTable(String title, List<String> columns, double[] values, double[] totals) {

    public int nIons() {
        return columns.isEmpty() ? 0 : values.length / columns.size();
    }

    /** The value of ion {@code ion} (0-based) in column {@code column}. */
    public double value(int ion, int column) {
        return values[ion * columns.size() + column];
    }

    /** The named column over every ion ({@code "tot"} gives each ion's total); empty when there is no such column. */
    public double[] column(String name) {
        int k = columns.indexOf(name);
        double[] out = new double[k < 0 ? 0 : nIons()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(i, k);
        }
        return out;
    }
}
