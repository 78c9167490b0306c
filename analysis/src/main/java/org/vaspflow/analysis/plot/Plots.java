package org.vaspflow.analysis.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What every vaspflow line plot shares: a white page with light grid lines, the curve colours, dashed lines, and
 * the part of a grid to draw.
 */
public final class Plots {
    /** Matplotlib's "tab10" colours (the first eight), as pymatgen's and LobsterPy's plots use them. */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

    private Plots() {
    }

    /** The colour of the {@code i}-th curve (the palette repeats). */
    public static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A dashed line {@code width} pixels wide, dashes and gaps as given. */
    public static BasicStroke dashed(float width, float... dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /** White chart and plot area, light grey grid, a translucent white legend at {@code legend}. */
    public static void whitePage(XYStyler st, Styler.LegendPosition legend) {
        st.setLegendPosition(legend);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotGridLinesColor(new Color(0xdddddd));
        st.setLegendBackgroundColor(new Color(255, 255, 255, 220));
    }

    /** A dashed straight guide line (E-fermi, zero, a band centre) through the points x, y, without markers. */
    public static XYSeries guide(XYChart chart, String name, double[] x, double[] y, Color colour, float width,
            float... dash) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(dashed(width, dash));
        return s;
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
