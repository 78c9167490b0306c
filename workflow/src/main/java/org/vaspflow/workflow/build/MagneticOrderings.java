package org.vaspflow.workflow.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.NeighborList;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;

/**
 * Collinear magnetic orderings of one cell: ferromagnetic, and the symmetry-distinct up/down assignments of the
 * magnetic sublattice with the smallest net moment (n/2 sites down for n magnetic sites: antiferromagnetic; (n−1)/2
 * for odd n: ferrimagnetic), within the given cell (no magnetic supercell is built). Two assignments are the same
 * ordering when a space-group operation of the cell maps one onto the other, or onto the other with every spin
 * reversed (time reversal; this identifies a down-set with its complement when exactly half the sites are down).
 * The result is returned as MAGMOM lists in site order, the form VASP's INCAR takes.
 */
public final class MagneticOrderings {
    /** Moment used for a magnetic element without a given magnitude (µB), pymatgen's MP default for Mn, Fe, Ni. */
    public static final double DEFAULT_MOMENT_BOHR = 5.0;

    /**
     * One ordering: "FM", "AFM" (zero net moment) or "FiM"; the sites with a negative moment; how many up/down
     * assignments it stands for; the initial moments (µB) of every site in site order; and Σ sᵢsⱼ (s = ±1) over the
     * nearest magnetic-neighbour bonds (see {@link MagneticOrderings#enumerate}).
     */
    public record Ordering(String kind, int[] downSites, int multiplicity, double[] magmomBohr, int nearestSpinSum) {
        public Ordering {
            downSites = downSites.clone();
            magmomBohr = magmomBohr.clone();
        }

        @Override
        public int[] downSites() {
            return downSites.clone();
        }

        @Override
        public double[] magmomBohr() {
            return magmomBohr.clone();
        }
    }

    /** The magnetic sites, the number of distinct orderings found (FM included) and the first {@code keep} of them. */
    public record Result(SymmetryDataset symmetry, int[] magneticSites, int distinctOrderings, List<Ordering> orderings) {
        public Result {
            magneticSites = magneticSites.clone();
            orderings = List.copyOf(orderings);
        }

        @Override
        public int[] magneticSites() {
            return magneticSites.clone();
        }
    }

    private MagneticOrderings() {
    }

    /**
     * @param magnetic elements whose sites carry a moment (the others get 0)
     * @param momentsBohr moment magnitude per magnetic element; missing ones get {@link #DEFAULT_MOMENT_BOHR}
     * The orderings after FM come in canonical order (lexicographic down-set). Each carries Σ sᵢsⱼ over nearest
     * magnetic-neighbour bonds (every periodic image of a magnetic site within 5 % of the shortest magnetic-magnetic
     * distance, counted from both ends) as information; it is deliberately not used to sort, because real orders
     * often come from longer-range superexchange (FeO's own AFM ordering has all nearest bonds parallel).
     *
     * @param keep the FM ordering and then at most keep − 1 others
     */
    public static Result enumerate(Structure s, Set<Element> magnetic, Map<Element, Double> momentsBohr,
            double symprecAngstrom, int maxOrbits, int keep) {
        int[] sites = java.util.stream.IntStream.range(0, s.size())
                .filter(i -> magnetic.contains(s.site(i).element())).toArray();
        if (sites.length == 0) {
            throw new IllegalArgumentException("the structure has no sites of the magnetic elements " + magnetic);
        }
        SymmetryDataset sym = SpaceGroupAnalyzer.analyze(s, symprecAngstrom);
        List<int[]> group = sym.sitePermutations();
        int n = sites.length;
        List<Ordering> all = new ArrayList<>();
        List<int[]> bonds = nearestBonds(s, sites);
        all.add(ordering(s, "FM", new int[0], 1, magnetic, momentsBohr, bonds));
        if (n >= 2) {
            int k = n / 2;
            Map<String, int[]> repByKey = new LinkedHashMap<>();
            Map<String, Integer> sizeByKey = new LinkedHashMap<>();
            for (SiteOrbits.Orbit o : SiteOrbits.of(group, sites, k, maxOrbits)) {
                int[] rep = o.sites();
                int[] key = rep;
                if (2 * k == n) {
                    int[] flipped = SiteOrbits.canonical(complement(sites, rep), group);
                    key = Arrays.compare(flipped, rep) < 0 ? flipped : rep;
                }
                String id = Arrays.toString(key);
                repByKey.putIfAbsent(id, key);
                sizeByKey.merge(id, o.size(), Integer::sum);
            }
            List<Ordering> others = new ArrayList<>();
            for (Map.Entry<String, int[]> e : repByKey.entrySet()) {
                others.add(ordering(s, 2 * k == n ? "AFM" : "FiM", e.getValue(), sizeByKey.get(e.getKey()), magnetic,
                        momentsBohr, bonds));
            }
            all.addAll(others);
        }
        return new Result(sym, sites, all.size(), all.subList(0, Math.min(all.size(), Math.max(1, keep))));
    }

    private static int[] complement(int[] sites, int[] subset) {
        return Arrays.stream(sites).filter(x -> Arrays.binarySearch(subset, x) < 0).toArray();
    }

    /** Directed nearest magnetic-neighbour bonds {i, j} (j may be i: its own image), see {@link #enumerate}. */
    private static List<int[]> nearestBonds(Structure s, int[] sites) {
        boolean[] isMag = new boolean[s.size()];
        for (int i : sites) {
            isMag[i] = true;
        }
        for (double cutoff = 4.0; cutoff <= 16.0; cutoff += 4.0) {
            NeighborList nl = NeighborList.of(s, cutoff);
            double shortest = Double.POSITIVE_INFINITY;
            for (int i : sites) {
                for (int k = 0; k < nl.count(i); k++) {
                    if (isMag[nl.neighbor(i, k)]) {
                        shortest = Math.min(shortest, nl.distanceAngstrom(i, k));
                    }
                }
            }
            if (shortest < Double.POSITIVE_INFINITY) {
                List<int[]> bonds = new ArrayList<>();
                for (int i : sites) {
                    for (int k = 0; k < nl.count(i); k++) {
                        if (isMag[nl.neighbor(i, k)] && nl.distanceAngstrom(i, k) <= shortest * 1.05) {
                            bonds.add(new int[] {i, nl.neighbor(i, k)});
                        }
                    }
                }
                return bonds;
            }
        }
        return List.of();
    }

    private static Ordering ordering(Structure s, String kind, int[] down, int multiplicity, Set<Element> magnetic,
            Map<Element, Double> moments, List<int[]> bonds) {
        double[] m = new double[s.size()];
        for (int i = 0; i < m.length; i++) {
            Element e = s.site(i).element();
            if (magnetic.contains(e)) {
                m[i] = Math.abs(moments.getOrDefault(e, DEFAULT_MOMENT_BOHR));
            }
        }
        int[] spin = new int[s.size()];
        Arrays.fill(spin, 1);
        for (int i : down) {
            m[i] = -m[i];
            spin[i] = -1;
        }
        int sum = 0;
        for (int[] b : bonds) {
            sum += spin[b[0]] * spin[b[1]];
        }
        return new Ordering(kind, down, multiplicity, m, sum);
    }
}
