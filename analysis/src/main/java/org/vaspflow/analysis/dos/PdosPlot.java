package org.vaspflow.analysis.dos;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vaspflow.analysis.plot.Plots;

/**
 * The pDOS plot: density (states/eV) against ε = E − E_F, E-fermi as a black dashed line at 0, spin down drawn
 * downwards (negative) so both channels stay readable, and the band centre of every d-type curve as a dotted
 * vertical line in the curve's colour, labelled in the legend with its value.
 */
public final class PdosPlot {
    private PdosPlot() {
    }

    /** The chart of {@code curves} within lo ≤ ε ≤ hi (±∞: the whole grid). */
    public static XYChart chart(PdosCurves curves, double lo, double hi, String title) {
        double[] eps = curves.dos().energiesEv();
        int[] window = Plots.window(eps, lo, hi);
        int first = window[0];
        int last = window[1];
        int n = last - first + 1;
        double[] x = new double[n];
        System.arraycopy(eps, first, x, 0, n);
        XYChart chart = new XYChartBuilder().width(1200).height(620).title(title)
                .xAxisTitle("E - E_F (eV)").yAxisTitle("pDOS (states/eV)"
                        + (curves.sigmaEv() > 0 ? String.format(Locale.ROOT, ", Gaussian sigma %.3g eV", curves.sigmaEv()) : ""))
                .build();
        XYStyler st = chart.getStyler();
        Plots.whitePage(st, Styler.LegendPosition.OutsideE);
        double ymin = 0;
        double ymax = 0;
        java.util.Map<String, Color> colours = new java.util.HashMap<>();
        for (PdosCurves.Curve c : curves.curves()) {
            boolean down = c.selection().spin().equals("down");
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = (down ? -1 : 1) * c.shown()[first + i];
                ymin = Math.min(ymin, y[i]);
                ymax = Math.max(ymax, y[i]);
            }
            String key = Pdos.describe(new DosSelection(c.selection().elements(), c.selection().sites(),
                    c.selection().orbitals(), "total"));
            Color col = colours.computeIfAbsent(key, k -> Plots.colour(colours.size()));
            XYSeries s = chart.addSeries(c.label() + (down ? " (drawn negative)" : ""), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(col);
            s.setLineStyle(new BasicStroke(1.6f));
        }
        double pad = 0.05 * Math.max(ymax - ymin, 1e-9);
        ymin -= ymin < 0 ? pad : 0;
        ymax += pad;
        vertical(chart, "E_F = 0", 0, ymin, ymax, Color.BLACK, new float[] {6f, 4f});
        for (PdosCurves.Curve c : curves.curves()) {
            if (c.isD() && c.dCenterEv() >= x[0] && c.dCenterEv() <= x[n - 1]) {
                String key = Pdos.describe(new DosSelection(c.selection().elements(), c.selection().sites(),
                        c.selection().orbitals(), "total"));
                boolean down = c.selection().spin().equals("down");
                vertical(chart, String.format(Locale.ROOT, "band centre %s = %.3f eV", c.label(), c.dCenterEv()),
                        c.dCenterEv(), down ? ymin : 0, down ? 0 : ymax, colours.get(key), new float[] {2f, 3f});
            }
        }
        st.setYAxisMin(ymin);
        st.setYAxisMax(ymax);
        // whole-eV bounds: XChart starts its ticks at the axis minimum
        st.setXAxisMin(Math.floor(x[0]));
        st.setXAxisMax(Math.ceil(x[n - 1]));
        st.setXAxisDecimalPattern("0.#");
        return chart;
    }

    private static void vertical(XYChart chart, String name, double at, double y0, double y1, Color col, float[] dash) {
        Plots.guide(chart, name, new double[] {at, at}, new double[] {y0, y1}, col, 1.4f, dash);
    }
}
