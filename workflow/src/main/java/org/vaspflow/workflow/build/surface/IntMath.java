package org.vaspflow.workflow.build.surface;

import org.apache.commons.math3.util.ArithmeticUtils;

/** Small integer helpers for lattice vectors. */
final class IntMath {
    private IntMath() {
    }

    /** The vector divided by the gcd of its entries (pymatgen's {@code _reduce_vector}). */
    static int[] reduce(int[] v) {
        int g = 0;
        for (int x : v) {
            g = ArithmeticUtils.gcd(g, x);
        }
        int[] out = v.clone();
        if (g > 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= g;
            }
        }
        return out;
    }

    static int det(int[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double[] unit(double[] a) {
        double n = norm(a);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }

    static double[] add(double[] a, double[] b, double scale) {
        return new double[] {a[0] + scale * b[0], a[1] + scale * b[1], a[2] + scale * b[2]};
    }
}
