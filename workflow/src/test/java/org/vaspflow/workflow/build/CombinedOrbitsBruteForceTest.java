package org.vaspflow.workflow.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;
import org.vaspflow.io.structure.symmetry.SymmetryOperation;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.workflow.build.SiteEnumeration.Change;

/**
 * Brute force against the orbit algorithm on small real cells: every assignment of the dopants / vacancies (or of
 * up/down spins) is written out as a label per site, every space-group operation is applied to the coordinates
 * (nearest site, computed here, not by {@code SitePermutations}), and assignments that map onto each other are joined
 * (union-find). The number of groups must equal the number of distinct configurations, the multiplicities must add up
 * to the number of assignments, and no two representatives may fall into one group.
 */
class CombinedOrbitsBruteForceTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "feo-afm-ldau-relax; 2,2,2; Fe:Ru=2,Fe:Ti=1",
        "nacl-spin; 2,2,2; Na:K=1,Na:Li=2,Cl:Br=1",
        "feo-afm-ldau-relax; 2,2,1; Fe:Ru=1,O:vac=2",
        "lifeo2-pbesol-large; 2,1,1; Fe:Mn=1,Li:vac=3",
        "reo3-orbitalwise; 2,2,1; Re:W=1,Re:Os=1,O:vac=1"})
    void multiDopantAndVacancyOrbitsMatchBruteForce(String kase, String scaling, String spec) {
        Structure cell = cell(kase, scaling);
        List<Change> changes = new ArrayList<>();
        for (String t : spec.split(",")) {
            String[] hd = t.split("[:=]");
            changes.add(new Change(Element.of(hd[0]), hd[1].equals("vac") ? Optional.empty()
                    : Optional.of(Element.of(hd[1])), Integer.parseInt(hd[2])));
        }
        check(cell, changes);
    }

    @Test
    void vacancyListForSeveralContents() {
        Structure cell = cell("lifeo2-pbesol-large", "2,1,1");
        List<EnumerationRuns.Run> runs = EnumerationRuns.of(cell, new EnumerationRuns.Request(List.of(),
                Optional.of(Element.of("Li")), List.of(), Optional.empty(), List.of("1.0", "0.75", "0.5", "1/4"),
                Optional.empty()));
        assertEquals(List.of(0, 2, 4, 6), runs.stream().map(r -> r.changes().get(0).count()).toList(),
                "8 LiFeO2 formula units: 8, 6, 4 and 2 Li kept");
        for (EnumerationRuns.Run r : runs) {
            check(cell, r.changes());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"feo-afm-ldau-relax; 2,2,1; Fe", "lifeo2-pbesol-large; 1,1,1; Fe",
        "lifeo2-pbesol-large; 2,1,1; Fe", "nacl-spin; 2,2,2; Na", "nacl-spin; 3,1,1; Na"})
    void magneticOrderingsMatchBruteForce(String kase, String scaling, String element) {
        Structure cell = cell(kase, scaling);
        Element mag = Element.of(element);
        MagneticOrderings.Result r = MagneticOrderings.enumerate(cell, Set.of(mag), Map.of(mag, 4.0), 1e-3, 100_000,
                Integer.MAX_VALUE);
        int[] sites = SiteEnumeration.indicesOf(cell, mag);
        int n = sites.length;
        int k = n / 2;
        List<int[]> perms = coordinatePermutations(cell);
        List<byte[]> all = new ArrayList<>();
        assign(sites, new int[] {k}, 0, 0, new byte[cell.size()], new boolean[cell.size()], all);
        Map<String, Integer> index = index(all);
        int[] parent = identity(all.size());
        for (int i = 0; i < all.size(); i++) {
            for (int[] p : perms) {
                byte[] img = apply(all.get(i), p);
                union(parent, i, index.get(key(img)));
                if (2 * k == n) {
                    byte[] flipped = img.clone();
                    for (int s : sites) {
                        flipped[s] = (byte) (1 - flipped[s]);
                    }
                    union(parent, i, index.get(key(flipped)));
                }
            }
        }
        List<MagneticOrderings.Ordering> afm = r.orderings().subList(1, r.orderings().size());
        assertEquals("FM", r.orderings().get(0).kind());
        assertEquals(groups(parent), afm.size(), "distinct orderings");
        assertEquals(all.size(), afm.stream().mapToInt(MagneticOrderings.Ordering::multiplicity).sum());
        for (MagneticOrderings.Ordering o : afm) {
            double net = Arrays.stream(o.magmomBohr()).sum();
            assertEquals(2 * k == n ? 0.0 : 4.0, net, 1e-12, "zero (AFM) or one site's (FiM) net moment");
        }
        distinctRepresentatives(parent, index, afm.stream().map(o -> {
            byte[] l = new byte[cell.size()];
            for (int s : o.downSites()) {
                l[s] = 1;
            }
            return l;
        }).toList());
    }

    @Test
    void theParentsOwnAfmOrderingIsAmongThem() {
        // feo-afm-ldau-relax: INCAR MAGMOM = 5 -5 on its two Fe; the 2×2×1 supercell lists the images of Fe 0 (sites
        // 0-3), then of Fe 1 (sites 4-7), so the parent's ordering is "sites 4-7 down".
        Structure cell = cell("feo-afm-ldau-relax", "2,2,1");
        Element fe = Element.of("Fe");
        MagneticOrderings.Result r = MagneticOrderings.enumerate(cell, Set.of(fe), Map.of(), 1e-3, 1000, 1000);
        List<int[]> group = SpaceGroupAnalyzer.analyze(cell, 1e-3).sitePermutations();
        int[] parent = SiteOrbits.canonical(new int[] {4, 5, 6, 7}, group);
        int[] flipped = SiteOrbits.canonical(new int[] {0, 1, 2, 3}, group);
        long found = r.orderings().stream().map(o -> SiteOrbits.canonical(o.downSites(), group))
                .filter(c -> Arrays.equals(c, parent) || Arrays.equals(c, flipped)).count();
        assertEquals(1, found, "the experimental AFM-II ordering of FeO appears exactly once");
        int fm = r.orderings().get(0).nearestSpinSum();
        assertEquals(2 * 8, fm, "FM: every Fe has two nearest Fe (±a, 2.31 Å), all parallel");
        assertEquals(true, r.orderings().stream().allMatch(o -> o.nearestSpinSum() <= fm));
        assertEquals(true, r.orderings().stream().anyMatch(o -> o.nearestSpinSum() == -fm),
                "an ordering with every nearest bond antiparallel exists");
    }

    private static void check(Structure cell, List<Change> changes) {
        SiteEnumeration.Result r = SiteEnumeration.enumerate(cell, changes, SiteEnumeration.Options.defaults(1e-3));
        int[] counts = changes.stream().mapToInt(Change::count).toArray();
        List<int[]> hosts = changes.stream().map(c -> SiteEnumeration.indicesOf(cell, c.host())).toList();
        List<byte[]> all = new ArrayList<>();
        assignAll(hosts, counts, 0, new byte[cell.size()], new boolean[cell.size()], all);
        Map<String, Integer> index = index(all);
        int[] parent = identity(all.size());
        for (int[] p : coordinatePermutations(cell)) {
            for (int i = 0; i < all.size(); i++) {
                union(parent, i, index.get(key(apply(all.get(i), p))));
            }
        }
        assertEquals(groups(parent), r.distinctConfigurations(), "distinct configurations");
        assertEquals(all.size(), r.configurations().stream().mapToInt(SiteEnumeration.Configuration::multiplicity).sum(),
                "multiplicities cover every assignment");
        distinctRepresentatives(parent, index, r.configurations().stream().map(c -> {
            byte[] l = new byte[cell.size()];
            for (int ch = 0; ch < changes.size(); ch++) {
                for (int s : c.sitesPerChange().get(ch)) {
                    l[s] = (byte) (ch + 1);
                }
            }
            return l;
        }).toList());
    }

    private static void distinctRepresentatives(int[] parent, Map<String, Integer> index, List<byte[]> reps) {
        Set<Integer> seen = new HashSet<>();
        for (byte[] l : reps) {
            Integer i = index.get(key(l));
            assertNotEquals(null, i, "representative is a valid assignment");
            assertEquals(true, seen.add(find(parent, i)), "two representatives are equivalent");
        }
    }

    static Structure cell(String kase, String scaling) {
        int[] s = Arrays.stream(scaling.split(",")).mapToInt(Integer::parseInt).toArray();
        return GoldenCases.structure(SharedData.goldenInputs(kase).get("structure")).supercell(s[0], s[1], s[2]);
    }

    /** Site permutations from the operations by nearest Cartesian image, element checked. */
    static List<int[]> coordinatePermutations(Structure cell) {
        SymmetryDataset d = SpaceGroupAnalyzer.analyze(cell, 1e-3);
        List<int[]> out = new ArrayList<>();
        for (SymmetryOperation op : d.operations()) {
            int[] p = new int[cell.size()];
            for (int i = 0; i < cell.size(); i++) {
                double[] y = op.apply(cell.site(i).fracCoords());
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < cell.size(); j++) {
                    double[] f = cell.site(j).fracCoords();
                    double[] dc = new double[3];
                    for (int c = 0; c < 3; c++) {
                        dc[c] = y[c] - f[c] - Math.rint(y[c] - f[c]);
                    }
                    double[] v = cell.lattice().toCartesian(dc);
                    double dist = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                    if (dist < best) {
                        best = dist;
                        p[i] = j;
                    }
                }
                assertEquals(cell.site(i).element(), cell.site(p[i]).element());
            }
            out.add(p);
        }
        return out;
    }

    private static void assignAll(List<int[]> hosts, int[] counts, int change, byte[] labels, boolean[] used,
            List<byte[]> out) {
        if (change == counts.length) {
            out.add(labels.clone());
            return;
        }
        List<byte[]> partial = new ArrayList<>();
        assign(hosts.get(change), new int[] {counts[change]}, 0, 0, new byte[labels.length], used, partial);
        for (byte[] p : partial) {
            byte[] next = labels.clone();
            boolean[] nextUsed = used.clone();
            for (int s = 0; s < p.length; s++) {
                if (p[s] == 1) {
                    next[s] = (byte) (change + 1);
                    nextUsed[s] = true;
                }
            }
            assignAll(hosts, counts, change + 1, next, nextUsed, out);
        }
    }

    /** All ways to label counts[0] of the free sites with 1. */
    private static void assign(int[] sites, int[] counts, int from, int placed, byte[] labels, boolean[] used,
            List<byte[]> out) {
        if (placed == counts[0]) {
            out.add(labels.clone());
            return;
        }
        for (int i = from; i < sites.length; i++) {
            if (!used[sites[i]]) {
                labels[sites[i]] = 1;
                assign(sites, counts, i + 1, placed + 1, labels, used, out);
                labels[sites[i]] = 0;
            }
        }
    }

    private static byte[] apply(byte[] labels, int[] p) {
        byte[] img = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            img[p[i]] = labels[i];
        }
        return img;
    }

    private static Map<String, Integer> index(List<byte[]> all) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            m.put(key(all.get(i)), i);
        }
        return m;
    }

    private static String key(byte[] l) {
        return new String(l, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        return p;
    }

    private static long groups(int[] parent) {
        return java.util.stream.IntStream.range(0, parent.length).filter(i -> find(parent, i) == i).count();
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
