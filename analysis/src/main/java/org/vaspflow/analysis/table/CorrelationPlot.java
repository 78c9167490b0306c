package org.vaspflow.analysis.table;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A correlation plot: the table's points (scatter) and the least-squares line, with the fitted equation and R² in
 * the legend and title. Write it with {@link org.vaspflow.analysis.plot.ChartFiles}.
 */
public final class CorrelationPlot {
    private CorrelationPlot() {
    }

    public static XYChart chart(Correlation c) {
        String title = String.format(Locale.ROOT, "%s vs %s: R^2 = %.4f (n = %d)", c.yColumn(), c.xColumn(),
                c.rSquared(), c.n());
        XYChart chart = new XYChartBuilder().width(800).height(560).title(title).xAxisTitle(c.xColumn())
                .yAxisTitle(c.yColumn()).build();
        var st = chart.getStyler();
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        st.setChartBackgroundColor(Color.WHITE);
        st.setMarkerSize(9);
        XYSeries points = chart.addSeries("calculations", c.x(), c.y());
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(new Color(0x1f, 0x77, 0xb4));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : c.x()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        XYSeries fit = chart.addSeries(String.format(Locale.ROOT, "fit: y = %.4f x %s %.4f, R^2 = %.4f", c.slope(),
                c.intercept() < 0 ? "-" : "+", Math.abs(c.intercept()), c.rSquared()), new double[] {lo, hi},
                new double[] {c.slope() * lo + c.intercept(), c.slope() * hi + c.intercept()});
        fit.setMarker(SeriesMarkers.NONE);
        fit.setLineColor(new Color(0xd6, 0x27, 0x28));
        fit.setLineStyle(new BasicStroke(2f));
        return chart;
    }
}
