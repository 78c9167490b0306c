package org.vaspflow.io.vasp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A KPOINTS file in any of VASP's modes. Fields that a mode does not use are empty (zero-length arrays, 0).
 *
 * @param comment first line
 * @param style pymatgen's style names: {@code Automatic} (fully automatic, length), {@code Gamma},
 *     {@code Monkhorst}, {@code Reciprocal} / {@code Cartesian} (explicit list), {@code Line_mode}
 * @param divisions subdivisions along b1, b2, b3 (Gamma, Monkhorst)
 * @param shift optional shift of the mesh (Gamma, Monkhorst), in units of the subdivisions
 * @param lengthAngstrom R_k of the fully automatic mode
 * @param points explicit or line-mode points, coordinates per {@code cartesian}
 * @param weights weights of explicit points
 * @param labels line-mode labels (e.g. {@code \Gamma}), one per point, empty strings when none
 * @param pointsPerLine line mode: points along each segment
 * @param cartesian true when points are Cartesian (units of 2π/a), false when reciprocal-lattice coordinates
 */
public record Kpoints(String comment, String style, int[] divisions, double[] shift, double lengthAngstrom,
        double[][] points, double[] weights, List<String> labels, int pointsPerLine, boolean cartesian) {
    public Kpoints {
        Objects.requireNonNull(style);
        comment = comment == null ? "" : comment;
        divisions = divisions.clone();
        shift = shift.clone();
        points = Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
        weights = weights.clone();
        labels = List.copyOf(labels);
    }

    /** A Γ-centred (gamma = true) or Monkhorst–Pack mesh. */
    public static Kpoints mesh(String comment, boolean gamma, int[] divisions, double[] shift) {
        return new Kpoints(comment, gamma ? "Gamma" : "Monkhorst", divisions, shift, 0, new double[0][],
                new double[0], List.of(), 0, false);
    }

    /** The fully automatic mode with length R_k (Å). */
    public static Kpoints automatic(String comment, double lengthAngstrom) {
        return new Kpoints(comment, "Automatic", new int[0], new double[0], lengthAngstrom, new double[0][],
                new double[0], List.of(), 0, false);
    }

    @Override
    public int[] divisions() {
        return divisions.clone();
    }

    @Override
    public double[] shift() {
        return shift.clone();
    }

    @Override
    public double[][] points() {
        return Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Number of explicit (or line-mode end) points. */
    public int nPoints() {
        return points.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kpoints k && comment.equals(k.comment) && style.equals(k.style)
                && Arrays.equals(divisions, k.divisions) && Arrays.equals(shift, k.shift)
                && Double.compare(lengthAngstrom, k.lengthAngstrom) == 0 && Arrays.deepEquals(points, k.points)
                && Arrays.equals(weights, k.weights) && labels.equals(k.labels) && pointsPerLine == k.pointsPerLine
                && cartesian == k.cartesian;
    }

    @Override
    public int hashCode() {
        return Objects.hash(comment, style, Arrays.hashCode(divisions), points.length);
    }

    @Override
    public String toString() {
        return "Kpoints[" + style + ", divisions=" + Arrays.toString(divisions) + ", shift=" + Arrays.toString(shift)
                + ", length=" + lengthAngstrom + ", points=" + Arrays.deepToString(points) + ", weights="
                + Arrays.toString(weights) + ", labels=" + labels + "]";
    }
}
