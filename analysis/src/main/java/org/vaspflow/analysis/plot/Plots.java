package org.vaspflow.analysis.plot;

import java.awt.Color;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/** What every vaspflow line plot shares: a white page with light grid lines, and the part of a grid to draw. */
public final class Plots {
    private Plots() {
    }

    /** White chart and plot area, light grey grid, a translucent white legend at {@code legend}. */
    public static void whitePage(XYStyler st, Styler.LegendPosition legend) {
        st.setLegendPosition(legend);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotGridLinesColor(new Color(0xdddddd));
        st.setLegendBackgroundColor(new Color(255, 255, 255, 220));
    }

    /**
     * {@code [first, last]}: the indices of an ascending {@code grid} within {@code lo ≤ x ≤ hi} (±∞ for the whole
     * grid); at least one point.
     */
    public static int[] window(double[] grid, double lo, double hi) {
        int first = 0;
        while (first < grid.length - 1 && grid[first] < lo) {
            first++;
        }
        int last = grid.length - 1;
        while (last > first && grid[last] > hi) {
            last--;
        }
        return new int[] {first, last};
    }
}
