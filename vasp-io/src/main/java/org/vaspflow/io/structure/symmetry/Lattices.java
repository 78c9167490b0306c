package org.vaspflow.io.structure.symmetry;

import java.util.ArrayList;
import java.util.List;

/**
 * Lattice reduction and lattice point groups, following spglib (Togo &amp; Tanaka, "Spglib: a software library for
 * crystal symmetry search", arXiv:1808.01590, §3): Delaunay (Selling) reduction, then every integer matrix with
 * entries in {-1, 0, 1} and determinant ±1 that keeps the metric within the tolerance. For a Delaunay-reduced
 * basis the point group of the lattice is contained in that set.
 */
final class Lattices {
    private Lattices() {
    }

    /**
     * Delaunay reduction (Selling's algorithm; Delaunay 1933, as in spglib {@code del_delaunay_reduce}) of lattice
     * rows. Returns the integer matrix C with {@code reduced = C · rows} (rows are vectors), det C = +1.
     */
    static int[][] delaunay(double[][] rows, double tol) {
        double[][] b = new double[4][];
        for (int i = 0; i < 3; i++) {
            b[i] = rows[i].clone();
        }
        b[3] = new double[] {-(rows[0][0] + rows[1][0] + rows[2][0]), -(rows[0][1] + rows[1][1] + rows[2][1]),
            -(rows[0][2] + rows[1][2] + rows[2][2])};
        for (int iter = 0; iter < 10_000 && !sellingStep(b, tol); iter++) {
            // each step lowers the sum of squared lengths
        }
        double[][] cands = {b[0], b[1], b[2], b[3], M3.add(b[0], b[1]), M3.add(b[1], b[2]), M3.add(b[2], b[0])};
        Integer[] order = {0, 1, 2, 3, 4, 5, 6};
        java.util.Arrays.sort(order, (x, y) -> Double.compare(M3.dot(cands[x], cands[x]), M3.dot(cands[y], cands[y])));
        double[][] red = new double[3][];
        red[0] = cands[order[0]];
        red[1] = cands[order[1]];
        for (int k = 2; k < 7; k++) {
            red[2] = cands[order[k]];
            if (Math.abs(M3.det(red)) > tol) {
                break;
            }
        }
        if (M3.det(red) < 0) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    red[i][j] = -red[i][j];
                }
            }
        }
        int[][] c = M3.rint(M3.mul(red, M3.inverse(rows)), 1e-6);
        if (c == null || Math.abs(M3.det(c)) != 1) {
            throw new IllegalStateException("Delaunay reduction lost the lattice");
        }
        return c;
    }

    private static boolean sellingStep(double[][] b, double tol) {
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                if (M3.dot(b[i], b[j]) > tol) {
                    for (int k = 0; k < 4; k++) {
                        if (k != i && k != j) {
                            b[k] = M3.add(b[k], b[i]);
                        }
                    }
                    b[i] = new double[] {-b[i][0], -b[i][1], -b[i][2]};
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Rotations R (acting on fractional column vectors) with Rᵀ G R = G within spglib's tolerance
     * ({@code is_identity_metric}, angle_tolerance &lt; 0): each length within {@code symprec}, and for each pair of
     * vectors sin²Δθ · (mean length product) ≤ symprec². {@code rows} should be Delaunay-reduced.
     */
    static List<int[][]> pointGroup(double[][] rows, double symprec) {
        double[][] g = M3.metric(rows);
        List<int[][]> out = new ArrayList<>();
        int[] e = new int[9];
        for (int code = 0; code < 19683; code++) {
            int c = code;
            for (int k = 0; k < 9; k++) {
                e[k] = c % 3 - 1;
                c /= 3;
            }
            int[][] r = {{e[0], e[1], e[2]}, {e[3], e[4], e[5]}, {e[6], e[7], e[8]}};
            int d = M3.det(r);
            if (d != 1 && d != -1) {
                continue;
            }
            double[][] rd = M3.toDouble(r);
            double[][] rotated = M3.mul(M3.transpose(rd), M3.mul(g, rd));
            if (sameMetric(rotated, g, symprec)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean sameMetric(double[][] rot, double[][] orig, double symprec) {
        double[] lo = new double[3];
        double[] lr = new double[3];
        for (int i = 0; i < 3; i++) {
            lo[i] = Math.sqrt(orig[i][i]);
            lr[i] = Math.sqrt(rot[i][i]);
            if (Math.abs(lo[i] - lr[i]) > symprec) {
                return false;
            }
        }
        int[][] pairs = {{0, 1}, {1, 2}, {2, 0}};
        for (int[] p : pairs) {
            int j = p[0];
            int k = p[1];
            double cos1 = orig[j][k] / lo[j] / lo[k];
            double cos2 = rot[j][k] / lr[j] / lr[k];
            double x = cos1 * cos2 + Math.sqrt(Math.max(0, 1 - cos1 * cos1)) * Math.sqrt(Math.max(0, 1 - cos2 * cos2));
            double sin2 = 1 - x * x;
            double lengthAve2 = (lo[j] + lr[j]) * (lo[k] + lr[k]) / 4;
            if (sin2 > 1e-12 && sin2 * lengthAve2 > symprec * symprec) {
                return false;
            }
        }
        return true;
    }

    /**
     * A basis (rows, upper triangular, Hermite-like) of the integer lattice spanned by {@code generators} (full rank
     * 3 assumed), by Euclid's algorithm column by column.
     */
    static long[][] integerBasis(List<long[]> generators) {
        List<long[]> rest = new ArrayList<>();
        for (long[] g : generators) {
            rest.add(g.clone());
        }
        long[][] basis = new long[3][];
        for (int col = 0; col < 3; col++) {
            while (true) {
                long[] pivot = null;
                for (long[] v : rest) {
                    if (v[col] != 0 && (pivot == null || Math.abs(v[col]) < Math.abs(pivot[col]))) {
                        pivot = v;
                    }
                }
                if (pivot == null) {
                    throw new IllegalArgumentException("generators do not span three dimensions");
                }
                boolean reduced = true;
                for (long[] v : rest) {
                    if (v != pivot && v[col] != 0) {
                        long q = Math.floorDiv(v[col], pivot[col]);
                        for (int k = 0; k < 3; k++) {
                            v[k] -= q * pivot[k];
                        }
                        reduced &= v[col] == 0;
                    }
                }
                if (reduced) {
                    rest.remove(pivot);
                    basis[col] = pivot;
                    break;
                }
            }
        }
        return basis;
    }

    /** Rows = primitive vectors in fractional coordinates of the cell, from the pure translations. */
    static double[][] primitiveBasis(List<double[]> pure) {
        int n = pure.size();
        List<long[]> gens = new ArrayList<>(List.of(new long[] {n, 0, 0}, new long[] {0, n, 0}, new long[] {0, 0, n}));
        for (double[] t : pure) {
            gens.add(new long[] {Math.round(n * t[0]), Math.round(n * t[1]), Math.round(n * t[2])});
        }
        long[][] basis = Lattices.integerBasis(gens);
        double[][] pt = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                pt[i][j] = (double) basis[i][j] / n;
            }
        }
        return pt;
    }
}
