package org.vaspflow.analysis.geometry;

import java.util.ArrayList;
import java.util.List;

/** Small 3×3 rotation helpers (row-major {@code double[3][3]}; vectors are columns: x′ = R x). */
public final class Rotations {
    private Rotations() {
    }

    /** The rotation by {@code angleDeg} about the unit vector along {@code axis} (Rodrigues' formula). */
    public static double[][] axisAngle(double[] axis, double angleDeg) {
        double[] n = unit(axis);
        double t = Math.toRadians(angleDeg);
        double c = Math.cos(t);
        double s = Math.sin(t);
        double k = 1 - c;
        return new double[][] {
            {c + n[0] * n[0] * k, n[0] * n[1] * k - n[2] * s, n[0] * n[2] * k + n[1] * s},
            {n[1] * n[0] * k + n[2] * s, c + n[1] * n[1] * k, n[1] * n[2] * k - n[0] * s},
            {n[2] * n[0] * k - n[1] * s, n[2] * n[1] * k + n[0] * s, c + n[2] * n[2] * k}};
    }

    /** Rotation angle θ = atan2(|w|/2, (tr R − 1)/2), radians (accurate near 0 as well as near π/2). */
    public static double angleRad(double[][] r) {
        double[] w = skew(r);
        double sin = Math.sqrt(dot(w, w)) / 2;
        double cos = (r[0][0] + r[1][1] + r[2][2] - 1) / 2;
        return Math.atan2(sin, cos);
    }

    /** Unit rotation axis w/|w| (the z axis when the rotation is the identity). */
    public static double[] axis(double[][] r) {
        double[] w = skew(r);
        double n = Math.sqrt(dot(w, w));
        if (n < 1e-14) {
            // identity, or a half-turn whose axis is the eigenvector of eigenvalue 1 of the symmetric R
            if (angleRad(r) < 1) {
                return new double[] {0, 0, 1};
            }
            double[] best = {0, 0, 1};
            double bestNorm = -1;
            for (int i = 0; i < 3; i++) {
                double[] col = {r[0][i] + (i == 0 ? 1 : 0), r[1][i] + (i == 1 ? 1 : 0), r[2][i] + (i == 2 ? 1 : 0)};
                double c = dot(col, col);
                if (c > bestNorm) {
                    bestNorm = c;
                    best = col;
                }
            }
            return unit(best);
        }
        return new double[] {w[0] / n, w[1] / n, w[2] / n};
    }

    private static double[] skew(double[][] r) {
        return new double[] {r[2][1] - r[1][2], r[0][2] - r[2][0], r[1][0] - r[0][1]};
    }

    /** The 24 proper rotations of the cube/octahedron: signed permutation matrices with determinant +1. */
    public static List<double[][]> octahedralGroup() {
        int[][] perms = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        List<double[][]> out = new ArrayList<>();
        for (int[] p : perms) {
            for (int signs = 0; signs < 8; signs++) {
                double[][] g = new double[3][3];
                for (int i = 0; i < 3; i++) {
                    g[i][p[i]] = (signs >> i & 1) == 0 ? 1 : -1;
                }
                if (det(g[0], g[1], g[2]) > 0) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        double[][] t = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                t[i][j] = a[j][i];
            }
        }
        return t;
    }

    public static double[] apply(double[][] r, double[] x) {
        return new double[] {dot(r[0], x), dot(r[1], x), dot(r[2], x)};
    }

    public static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    public static double[] unit(double[] a) {
        double n = Math.sqrt(dot(a, a));
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }

    /** det of the matrix with rows a, b, c = a · (b × c). */
    public static double det(double[] a, double[] b, double[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }
}
