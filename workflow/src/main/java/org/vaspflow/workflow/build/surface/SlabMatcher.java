package org.vaspflow.workflow.build.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Decides whether two slabs on the same lattice are the same surface model, and whether a slab's two surfaces are
 * equivalent. It stands in for pymatgen's {@code StructureMatcher(primitive_cell=False, scale=False)} on the
 * special case slab generation needs (both structures share one lattice): B matches A when, for some integer
 * matrix M with |det M| = 1 that preserves the metric (M G Mᵀ = G within tolerance, G = L Lᵀ, so M describes an
 * isometry R with M L = L R), the sites of B at fractional coordinates f·M⁻¹ coincide with those of A after one
 * common translation, every site within {@code tolAngstrom} of a site of the same element.
 *
 * <p>"Symmetric" follows pymatgen's {@code Slab.is_symmetric}: the slab has an operation that maps it onto itself
 * and turns the surface normal around (inversion, a mirror parallel to the surface or a two-fold axis in it),
 * i.e. an M whose third row is (p, q, −1).
 */
public final class SlabMatcher {
    private static final int RANGE = 2;
    /** c may lean over several in-plane cells (high-index planes), so its image is searched further. */
    private static final int RANGE_C = 4;

    private SlabMatcher() {
    }

    /** True when {@code b} is {@code a} after an isometry of their common lattice and a translation. */
    public static boolean equivalent(Structure a, Structure b, double tolAngstrom) {
        if (a.size() != b.size() || !a.composition().equals(b.composition())
                || !a.lattice().equalsWithin(b.lattice(), 1e-6)) {
            return false;
        }
        for (int[][] m : metricPreserving(a.lattice(), false)) {
            if (matchesAfter(a, b, m, tolAngstrom)) {
                return true;
            }
        }
        return false;
    }

    /** True when both surfaces of the slab are equivalent by an operation of the slab itself. */
    public static boolean isSymmetric(Structure slab, double tolAngstrom) {
        for (int[][] m : metricPreserving(slab.lattice(), true)) {
            if (matchesAfter(slab, slab, m, tolAngstrom)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Integer matrices (in-plane entries within ±2 for the in-plane rows, ±4 for the third) whose rows have the lengths and mutual angles of
     * the lattice's rows; rows 0 and 1 stay in the (a, b) plane, row 2 has ±1 along c ({@code flipOnly}: −1).
     */
    static List<int[][]> metricPreserving(Lattice lat, boolean flipOnly) {
        double[][] g = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = IntMath.dot(lat.vector(i), lat.vector(j));
            }
        }
        List<List<int[]>> candidates = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            List<int[]> list = new ArrayList<>();
            int range = row < 2 ? RANGE : RANGE_C;
            for (int x = -range; x <= range; x++) {
                for (int y = -range; y <= range; y++) {
                    int[] zs = row < 2 ? new int[] {0} : flipOnly ? new int[] {-1} : new int[] {-1, 1};
                    for (int z : zs) {
                        int[] n = {x, y, z};
                        if (Math.abs(quad(g, n, n) - g[row][row]) <= tol(g, row, row)) {
                            list.add(n);
                        }
                    }
                }
            }
            candidates.add(list);
        }
        List<int[][]> out = new ArrayList<>();
        for (int[] r0 : candidates.get(0)) {
            for (int[] r1 : candidates.get(1)) {
                if (Math.abs(quad(g, r0, r1) - g[0][1]) > tol(g, 0, 1)) {
                    continue;
                }
                for (int[] r2 : candidates.get(2)) {
                    int[][] m = {r0, r1, r2};
                    if (Math.abs(quad(g, r0, r2) - g[0][2]) <= tol(g, 0, 2)
                            && Math.abs(quad(g, r1, r2) - g[1][2]) <= tol(g, 1, 2)
                            && Math.abs(IntMath.det(m)) == 1) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    private static double tol(double[][] g, int i, int j) {
        // 1e-3 relative in lengths, as a product of two lengths
        return 2e-3 * Math.sqrt(g[i][i] * g[j][j]);
    }

    private static double quad(double[][] g, int[] u, int[] v) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += u[i] * g[i][j] * v[j];
            }
        }
        return s;
    }

    private static boolean matchesAfter(Structure a, Structure b, int[][] m, double tolAngstrom) {
        double[][] inv = inverse(m);
        int n = b.size();
        double[][] fb = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] f = b.site(i).fracCoords();
            fb[i] = new double[3];
            for (int k = 0; k < 3; k++) {
                fb[i][k] = f[0] * inv[0][k] + f[1] * inv[1][k] + f[2] * inv[2][k];
            }
        }
        Element rare = rarest(a.composition());
        int ref = -1;
        for (int i = 0; i < n && ref < 0; i++) {
            if (b.site(i).element() == rare) {
                ref = i;
            }
        }
        for (Site target : a.sites()) {
            if (target.element() != rare) {
                continue;
            }
            double[] t = new double[3];
            for (int k = 0; k < 3; k++) {
                t[k] = target.frac(k) - fb[ref][k];
            }
            if (allMapped(a, b, fb, t, tolAngstrom)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allMapped(Structure a, Structure b, double[][] fb, double[] t, double tolAngstrom) {
        Lattice lat = a.lattice();
        boolean[] used = new boolean[a.size()];
        for (int i = 0; i < fb.length; i++) {
            boolean found = false;
            for (int j = 0; j < a.size() && !found; j++) {
                if (used[j] || a.site(j).element() != b.site(i).element()) {
                    continue;
                }
                double[] d = new double[3];
                for (int k = 0; k < 3; k++) {
                    double x = fb[i][k] + t[k] - a.site(j).frac(k);
                    d[k] = x - Math.rint(x);
                }
                if (IntMath.norm(lat.toCartesian(d)) <= tolAngstrom) {
                    used[j] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static Element rarest(Map<Element, Integer> composition) {
        Element best = null;
        for (Map.Entry<Element, Integer> e : composition.entrySet()) {
            if (best == null || e.getValue() < composition.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static double[][] inverse(int[][] m) {
        int det = IntMath.det(m);
        double[][] inv = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int[] r = {(j + 1) % 3, (j + 2) % 3};
                int[] c = {(i + 1) % 3, (i + 2) % 3};
                inv[i][j] = (double) (m[r[0]][c[0]] * m[r[1]][c[1]] - m[r[0]][c[1]] * m[r[1]][c[0]]) / det;
            }
        }
        return inv;
    }
}
