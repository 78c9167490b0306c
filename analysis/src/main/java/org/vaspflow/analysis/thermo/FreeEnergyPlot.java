package org.vaspflow.analysis.thermo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vaspflow.analysis.plot.Plots;

/**
 * The free-energy staircase of a pathway: one horizontal level per state (initial state, then after each step),
 * joined by thin connectors, at U = 0, at the equilibrium potential and at the two limiting potentials. The
 * potentials are written in the legend; the title names the pathway and the overpotentials. Write it with
 * {@link org.vaspflow.analysis.plot.ChartFiles}.
 */
public final class FreeEnergyPlot {
    private static final double HALF_LEVEL = 0.3;
    private static final Color[] COLORS = {new Color(0x33, 0x33, 0x33), new Color(0x1f, 0x77, 0xb4),
        new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c)};

    private FreeEnergyPlot() {
    }

    public static XYChart chart(FreeEnergyResult r) {
        String[] dir = r.directionNames();
        String title = String.format(Locale.ROOT, "%s: eta_%s = %.3f V, eta_%s = %.3f V",
                r.pathway().name().isEmpty() ? "free-energy diagram" : r.pathway().name(), dir[0],
                r.overpotentialReductionV(), dir[1], r.overpotentialOxidationV());
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle("reaction coordinate")
                .yAxisTitle("G (eV)").build();
        Styler st = chart.getStyler();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisTicksVisible(false);
        st.setMarkerSize(0);
        String ref = r.pathway().carrier().ion().equals("H") ? "RHE"
                : r.pathway().carrier().ion() + "/" + r.pathway().carrier().ion() + "+";
        add(chart, r, 0, String.format(Locale.ROOT, "U = 0 V vs %s", ref), COLORS[0]);
        add(chart, r, r.equilibriumPotentialV(), String.format(Locale.ROOT, "U_eq = %.3f V", r.equilibriumPotentialV()),
                COLORS[1]);
        add(chart, r, r.limitingPotentialReductionV(), String.format(Locale.ROOT, "U_L,%s = %.3f V", dir[0],
                r.limitingPotentialReductionV()), COLORS[2]);
        add(chart, r, r.limitingPotentialOxidationV(), String.format(Locale.ROOT, "U_L,%s = %.3f V", dir[1],
                r.limitingPotentialOxidationV()), COLORS[3]);
        labelStates(chart, r);
        return chart;
    }

    /** Names each state (what the step before it produced) just above its highest drawn level. */
    private static void labelStates(XYChart chart, FreeEnergyResult r) {
        double[][] levels = {r.levelsEv(0), r.levelsEv(r.equilibriumPotentialV()),
            r.levelsEv(r.limitingPotentialReductionV()), r.levelsEv(r.limitingPotentialOxidationV())};
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] l : levels) {
            for (double v : l) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = 0.04 * Math.max(hi - lo, 0.1);
        chart.getStyler().setYAxisMax(hi + 3 * pad);
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < levels[0].length; i++) {
            double top = Double.NEGATIVE_INFINITY;
            for (double[] l : levels) {
                top = Math.max(top, l[i]);
            }
            String text = i == 0 ? "start" : String.join(" + ", r.pathway().steps().get(i - 1).products().keySet());
            chart.addAnnotation(new AnnotationText(text, i, top + pad, false));
        }
    }

    /** One potential's staircase: levels as thick segments, connectors dashed; gaps are NaN y values. */
    private static void add(XYChart chart, FreeEnergyResult r, double u, String label, Color color) {
        double[] g = r.levelsEv(u);
        int n = g.length;
        double[] x = new double[3 * n];
        double[] y = new double[3 * n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = i - HALF_LEVEL;
            y[3 * i] = g[i];
            x[3 * i + 1] = i + HALF_LEVEL;
            y[3 * i + 1] = g[i];
            x[3 * i + 2] = i + 0.5;
            y[3 * i + 2] = Double.NaN;
        }
        XYSeries levels = chart.addSeries(label, x, y);
        levels.setLineColor(color);
        levels.setMarker(SeriesMarkers.NONE);
        levels.setLineStyle(new BasicStroke(2.5f));
        double[] cx = new double[3 * (n - 1)];
        double[] cy = new double[3 * (n - 1)];
        for (int i = 0; i + 1 < n; i++) {
            cx[3 * i] = i + HALF_LEVEL;
            cy[3 * i] = g[i];
            cx[3 * i + 1] = i + 1 - HALF_LEVEL;
            cy[3 * i + 1] = g[i + 1];
            cx[3 * i + 2] = i + 1 - HALF_LEVEL;
            cy[3 * i + 2] = Double.NaN;
        }
        XYSeries connectors = chart.addSeries(label + " ", cx, cy);
        connectors.setLineColor(color);
        connectors.setMarker(SeriesMarkers.NONE);
        connectors.setLineStyle(Plots.dashed(1f, 4f, 4f));
        connectors.setShowInLegend(false);
    }
}
