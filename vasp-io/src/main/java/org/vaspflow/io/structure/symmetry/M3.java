package org.vaspflow.io.structure.symmetry;

/** 3×3 matrix and 3-vector arithmetic on plain arrays (column vectors; {@code m[row][col]}). */
final class M3 {
    private M3() {
    }

    static int[][] identity() {
        return new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    static int[][] mul(int[][] a, int[][] b) {
        int[][] c = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return c;
    }

    static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return c;
    }

    static double[] mul(double[][] a, double[] v) {
        return new double[] {a[0][0] * v[0] + a[0][1] * v[1] + a[0][2] * v[2],
            a[1][0] * v[0] + a[1][1] * v[1] + a[1][2] * v[2], a[2][0] * v[0] + a[2][1] * v[1] + a[2][2] * v[2]};
    }

    static double[] mul(int[][] a, double[] v) {
        return new double[] {a[0][0] * v[0] + a[0][1] * v[1] + a[0][2] * v[2],
            a[1][0] * v[0] + a[1][1] * v[1] + a[1][2] * v[2], a[2][0] * v[0] + a[2][1] * v[1] + a[2][2] * v[2]};
    }

    static int[] mul(int[][] a, int[] v) {
        return new int[] {a[0][0] * v[0] + a[0][1] * v[1] + a[0][2] * v[2],
            a[1][0] * v[0] + a[1][1] * v[1] + a[1][2] * v[2], a[2][0] * v[0] + a[2][1] * v[1] + a[2][2] * v[2]};
    }

    static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double[][] toDouble(int[][] m) {
        double[][] d = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                d[i][j] = m[i][j];
            }
        }
        return d;
    }

    static double[][] transpose(double[][] m) {
        double[][] t = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                t[i][j] = m[j][i];
            }
        }
        return t;
    }

    static int[][] transpose(int[][] m) {
        int[][] t = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                t[i][j] = m[j][i];
            }
        }
        return t;
    }

    static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static int det(int[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static long det(long[] a, long[] b, long[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

    static int trace(int[][] m) {
        return m[0][0] + m[1][1] + m[2][2];
    }

    static double[][] inverse(double[][] m) {
        double d = det(m);
        double[][] inv = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int i1 = (j + 1) % 3;
                int i2 = (j + 2) % 3;
                int j1 = (i + 1) % 3;
                int j2 = (i + 2) % 3;
                inv[i][j] = (m[i1][j1] * m[i2][j2] - m[i1][j2] * m[i2][j1]) / d;
            }
        }
        return inv;
    }

    /** The nearest integer matrix, or {@code null} when some entry is further than {@code tol} from an integer. */
    static int[][] rint(double[][] m, double tol) {
        int[][] r = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = (int) Math.rint(m[i][j]);
                if (Math.abs(m[i][j] - r[i][j]) > tol) {
                    return null;
                }
            }
        }
        return r;
    }

    static boolean isIdentity(int[][] m) {
        return m[0][0] == 1 && m[1][1] == 1 && m[2][2] == 1 && m[0][1] == 0 && m[0][2] == 0 && m[1][0] == 0
                && m[1][2] == 0 && m[2][0] == 0 && m[2][1] == 0;
    }

    static boolean equal(int[][] a, int[][] b) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (a[i][j] != b[i][j]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code x - floor(x)} per component, so every coordinate lies in [0, 1). */
    static double[] wrap(double[] v) {
        double[] w = new double[3];
        for (int k = 0; k < 3; k++) {
            w[k] = v[k] - Math.floor(v[k]);
            if (w[k] >= 1.0) {
                w[k] = 0.0;
            }
        }
        return w;
    }

    /** {@code x - rint(x)} per component, the nearest-image difference. */
    static double[] nearestImage(double[] v) {
        return new double[] {v[0] - Math.rint(v[0]), v[1] - Math.rint(v[1]), v[2] - Math.rint(v[2])};
    }

    /** vᵀ G w. */
    static double dot(double[][] metric, double[] v, double[] w) {
        return dot(v, mul(metric, w));
    }

    static double dot(double[] v, double[] w) {
        return v[0] * w[0] + v[1] * w[1] + v[2] * w[2];
    }

    /** Lattice metric G = M Mᵀ for lattice rows M. */
    static double[][] metric(double[][] rows) {
        return mul(rows, transpose(rows));
    }

    static double[] toDouble(int[] v) {
        return new double[] {v[0], v[1], v[2]};
    }
}
