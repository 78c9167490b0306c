package org.vaspflow.workflow.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;
import org.vaspflow.io.structure.symmetry.SymmetryOperation;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;

/**
 * Every k-subset of a small supercell, grouped by applying the operations to the substituted structure's coordinates
 * (union-find, no permutations and no canonical forms): the number of groups must equal the orbits found by
 * {@link SiteOrbits}, and the orbit sizes must add up to C(n, k).
 */
class SiteOrbitsBruteForceTest {
    @ParameterizedTest
    @CsvSource({"nacl-spin, Na, 2, 1", "nacl-spin, Na, 2, 3", "nacl-spin, Na, 2, 4", "feo-afm-ldau-relax, Fe, 2, 2",
        "feo-afm-ldau-relax, Fe, 2, 3", "lifeo2-pbesol-large, Fe, 1, 2", "lifeo2-pbesol-large, Fe, 1, 3",
        "reo3-orbitalwise, O, 2, 3"})
    void orbitsMatchBruteForce(String kase, String element, int n, int k) {
        Structure unit = GoldenCases.structure(SharedData.goldenInputs(kase).get("structure"));
        Structure cell = unit.supercell(new int[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, n}});
        SymmetryDataset d = SpaceGroupAnalyzer.analyze(cell, 1e-3);
        int[] sites = SiteEnumeration.indicesOf(cell, Element.of(element));
        List<SiteOrbits.Orbit> orbits = SiteOrbits.of(d.sitePermutations(), sites, k, 100_000);

        List<int[]> subsets = new ArrayList<>();
        subsets(sites, k, 0, new int[0], subsets);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < subsets.size(); i++) {
            index.put(Arrays.toString(subsets.get(i)), i);
        }
        int[] parent = new int[subsets.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < subsets.size(); i++) {
            for (SymmetryOperation op : d.operations()) {
                int[] img = new int[k];
                for (int m = 0; m < k; m++) {
                    img[m] = nearest(cell, sites, op.apply(cell.site(subsets.get(i)[m]).fracCoords()));
                }
                Arrays.sort(img);
                union(parent, i, index.get(Arrays.toString(img)));
            }
        }
        long groups = java.util.stream.IntStream.range(0, parent.length).filter(i -> find(parent, i) == i).count();
        assertEquals(groups, orbits.size());
        assertEquals(subsets.size(), orbits.stream().mapToInt(SiteOrbits.Orbit::size).sum());
    }

    private static int nearest(Structure cell, int[] sites, double[] frac) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j : sites) {
            double[] f = cell.site(j).fracCoords();
            double[] dc = new double[3];
            for (int c = 0; c < 3; c++) {
                dc[c] = frac[c] - f[c] - Math.rint(frac[c] - f[c]);
            }
            double[] cart = cell.lattice().toCartesian(dc);
            double dist = Math.sqrt(cart[0] * cart[0] + cart[1] * cart[1] + cart[2] * cart[2]);
            if (dist < bestD) {
                bestD = dist;
                best = j;
            }
        }
        return best;
    }

    private static void subsets(int[] sites, int k, int from, int[] prefix, List<int[]> out) {
        if (prefix.length == k) {
            out.add(prefix);
            return;
        }
        for (int i = from; i < sites.length; i++) {
            int[] next = Arrays.copyOf(prefix, prefix.length + 1);
            next[prefix.length] = sites[i];
            subsets(sites, k, i + 1, next, out);
        }
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            i = p[i] = p[p[i]];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }
}
