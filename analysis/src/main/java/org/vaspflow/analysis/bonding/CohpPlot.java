package org.vaspflow.analysis.bonding;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vaspflow.analysis.plot.Plots;
import org.vaspflow.io.lobster.Icohplist;

/**
 * COHP curves as LobsterPy and pymatgen's {@code CohpPlotter(invert_axes=True)} draw them: energy E − E_F on the
 * vertical axis with E-fermi as a dashed line at 0, −pCOHP (or pCOOP, pCOBI as written) on the horizontal axis,
 * so bonding contributions lie to the right; spin down dashed in the colour of its spin up.
 */
public final class CohpPlot {
    private CohpPlot() {
    }

    /** The chart of the curves within lo ≤ ε ≤ hi. */
    public static XYChart chart(CohpCurves c, double lo, double hi, String title) {
        boolean negate = c.kind() == Icohplist.Kind.COHP;
        String quantity = negate ? "-pCOHP" : c.kind() == Icohplist.Kind.COOP ? "pCOOP" : "pCOBI";
        XYChart chart = new XYChartBuilder().width(760).height(860).title(title)
                .xAxisTitle(quantity + (negate ? " (eV), bonding to the right" : ", bonding to the right"))
                .yAxisTitle("E - E_F (eV)").build();
        XYStyler st = chart.getStyler();
        Plots.whitePage(st, Styler.LegendPosition.OutsideS);
        double[] eps = c.energiesEv();
        int[] window = Plots.window(eps, lo, hi);
        int first = window[0];
        int last = window[1];
        int n = last - first + 1;
        double[] y = new double[n];
        System.arraycopy(eps, first, y, 0, n);
        double xmin = 0;
        double xmax = 0;
        java.util.Map<String, Color> colours = new java.util.LinkedHashMap<>();
        for (CohpCurves.Curve cv : c.curves()) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (negate ? -1 : 1) * cv.values()[first + i];
                xmin = Math.min(xmin, x[i]);
                xmax = Math.max(xmax, x[i]);
            }
            Color col = colours.computeIfAbsent(cv.label(), k -> Plots.colour(colours.size()));
            XYSeries s = chart.addSeries(cv.legend(), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(col);
            s.setLineStyle(cv.spin().equals("down")
                    ? Plots.dashed(1.6f, 6f, 3f)
                    : new BasicStroke(1.6f));
        }
        double pad = 0.05 * Math.max(xmax - xmin, 1e-9);
        xmin -= pad;
        xmax += pad;
        line(chart, "E_F = 0", new double[] {xmin, xmax}, new double[] {0, 0}, Color.BLACK, new float[] {6f, 4f});
        line(chart, quantity + " = 0", new double[] {0, 0}, new double[] {y[0], y[n - 1]}, Color.GRAY, new float[] {2f, 2f});
        st.setXAxisMin(xmin);
        st.setXAxisMax(xmax);
        // whole-eV bounds: XChart starts its ticks at the axis minimum
        st.setYAxisMin(Math.floor(y[0]));
        st.setYAxisMax(Math.ceil(y[n - 1]));
        st.setYAxisDecimalPattern("0.#");
        return chart;
    }

    private static void line(XYChart chart, String name, double[] x, double[] y, Color col, float[] dash) {
        Plots.guide(chart, name, x, y, col, 1.2f, dash).setShowInLegend(false);
    }
}
