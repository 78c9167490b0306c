package org.vaspflow.analysis.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least-squares line y = slope·x + intercept through the pairs where both x and y are finite, with the
 * coefficient of determination R² = 1 − SS_res/SS_tot (Commons Math {@link SimpleRegression}, intercept fitted).
 *
 * @param xColumn name of x
 * @param yColumn name of y
 * @param x the x values used
 * @param y the y values used
 * @param labels the label of each point used
 * @param slope fitted slope
 * @param intercept fitted intercept
 * @param rSquared R²
 * @param n points used
 * @param skipped labels of rows left out (x or y missing)
 */
public record Correlation(String xColumn, String yColumn, double[] x, double[] y, List<String> labels, double slope,
        double intercept, double rSquared, int n, List<String> skipped) {

    public static Correlation fit(String xColumn, double[] x, String yColumn, double[] y, List<String> labels) {
        if (x.length != y.length || x.length != labels.size()) {
            throw new IllegalArgumentException("x, y and labels differ in length");
        }
        SimpleRegression reg = new SimpleRegression(true);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                reg.addData(x[i], y[i]);
                xs.add(x[i]);
                ys.add(y[i]);
                used.add(labels.get(i));
            } else {
                skipped.add(labels.get(i));
            }
        }
        if (used.size() < 2) {
            throw new IllegalArgumentException("a fit of " + yColumn + " against " + xColumn
                    + " needs at least two rows with both values; have " + used.size());
        }
        return new Correlation(xColumn, yColumn, xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(used), reg.getSlope(),
                reg.getIntercept(), reg.getRSquare(), used.size(), List.copyOf(skipped));
    }
}
