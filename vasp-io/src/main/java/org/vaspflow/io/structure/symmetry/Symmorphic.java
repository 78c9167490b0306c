package org.vaspflow.io.structure.symmetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a space group is symmorphic: some point x is fixed by one member of every coset, i.e.
 * (I − Rᵢ)·x ≡ tᵢ (mod lattice) for all i (ITA §8.1.6). Checked on generators of the point group with every
 * lattice shift in {-1, 0, 1}³ (enough for a reduced basis), then on all cosets.
 */
final class Symmorphic {
    private static final double TOL = 0.05;

    private Symmorphic() {
    }

    static boolean test(Map<String, int[][]> rotations, Map<String, double[]> translations) {
        List<String> keys = new ArrayList<>(rotations.keySet());
        keys.sort((a, b) -> Integer.compare(order(rotations.get(b)), order(rotations.get(a))));
        List<String> gens = new ArrayList<>();
        Set<String> closure = new HashSet<>(List.of(Arrays.deepToString(M3.identity())));
        for (String k : keys) {
            if (!closure.contains(k)) {
                gens.add(k);
                closure = close(gens, rotations);
            }
        }
        return search(gens, 0, new double[gens.size()][], rotations, translations);
    }

    private static boolean search(List<String> gens, int depth, double[][] rhs, Map<String, int[][]> rotations,
            Map<String, double[]> translations) {
        if (depth == gens.size()) {
            double[] x = solve(gens, rhs, rotations);
            for (String k : rotations.keySet()) {
                double[] r = M3.sub(M3.sub(x, M3.mul(rotations.get(k), x)), translations.get(k));
                for (double c : M3.nearestImage(r)) {
                    if (Math.abs(c) > TOL) {
                        return false;
                    }
                }
            }
            return true;
        }
        double[] t = translations.get(gens.get(depth));
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    rhs[depth] = new double[] {t[0] + a, t[1] + b, t[2] + c};
                    if (search(gens, depth + 1, rhs, rotations, translations)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Least-squares x of the stacked equations (I − R_g) x = rhs_g, slightly regularised for rank &lt; 3. */
    private static double[] solve(List<String> gens, double[][] rhs, Map<String, int[][]> rotations) {
        double[][] ata = new double[3][3];
        double[] atb = new double[3];
        for (int g = 0; g < gens.size(); g++) {
            int[][] r = rotations.get(gens.get(g));
            for (int row = 0; row < 3; row++) {
                double[] a = new double[3];
                for (int j = 0; j < 3; j++) {
                    a[j] = (row == j ? 1 : 0) - r[row][j];
                }
                for (int i = 0; i < 3; i++) {
                    atb[i] += a[i] * rhs[g][row];
                    for (int j = 0; j < 3; j++) {
                        ata[i][j] += a[i] * a[j];
                    }
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            ata[i][i] += 1e-9;
        }
        return M3.mul(M3.inverse(ata), atb);
    }

    private static Set<String> close(List<String> gens, Map<String, int[][]> rotations) {
        Set<String> seen = new HashSet<>();
        List<int[][]> queue = new ArrayList<>();
        queue.add(M3.identity());
        seen.add(Arrays.deepToString(M3.identity()));
        for (int i = 0; i < queue.size(); i++) {
            for (String g : gens) {
                int[][] p = M3.mul(rotations.get(g), queue.get(i));
                if (seen.add(Arrays.deepToString(p))) {
                    queue.add(p);
                }
            }
        }
        return seen;
    }

    private static int order(int[][] r) {
        return SpaceGroupFingerprint.order(M3.det(r) > 0 ? r : M3.mul(r, new int[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}}));
    }
}
