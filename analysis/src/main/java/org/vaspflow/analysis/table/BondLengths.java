package org.vaspflow.analysis.table;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.NeighborList;
import org.vaspflow.io.structure.Structure;

/**
 * Mean metal–anion bond length per metal element: the arithmetic mean, over every site of metal M and every anion
 * neighbour within the cutoff (periodic images included, {@link NeighborList}), of the M–anion distance. Each
 * bond is counted once from the metal's side, so a site with six O neighbours contributes six distances. "Metal"
 * ({@link #isMetal}) is every element except the non-metals and metalloids H, He, B, C, N, O, F, Ne, Si, P, S, Cl,
 * Ar, Ge, As, Se, Br, Kr, Sb, Te, I, Xe, At, Rn (and the anion itself). A metal with no anion within the cutoff has
 * no entry. {@link #firstShell} is the report's first-shell rule.
 */
public final class BondLengths {
    private static final Set<String> NON_METALS = Set.of("H", "He", "B", "C", "N", "O", "F", "Ne", "Si", "P", "S",
            "Cl", "Ar", "Ge", "As", "Se", "Br", "Kr", "Sb", "Te", "I", "Xe", "At", "Rn");

    private BondLengths() {
    }

    /** Pair name ({@code Ru-O}) → mean length, Å, and the bond count, sorted by pair name. */
    public record Mean(double meanAngstrom, int count) {
    }

    public static Map<String, Mean> meanMetalAnion(Structure s, String anion, double cutoffAngstrom) {
        Element x = Element.of(anion);
        NeighborList nl = NeighborList.of(s, cutoffAngstrom);
        Map<String, double[]> acc = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            Element e = s.site(i).element();
            if (e.equals(x) || !isMetal(e)) {
                continue;
            }
            for (int k = 0; k < nl.count(i); k++) {
                if (s.site(nl.neighbor(i, k)).element().equals(x)) {
                    double[] a = acc.computeIfAbsent(e.symbol() + "-" + anion, key -> new double[2]);
                    a[0] += nl.distanceAngstrom(i, k);
                    a[1] += 1;
                }
            }
        }
        Map<String, Mean> out = new TreeMap<>();
        acc.forEach((k, a) -> out.put(k, new Mean(a[0] / a[1], (int) a[1])));
        return out;
    }

    /** Whether the element counts as a metal for metal–anion bonds (not a non-metal or metalloid). */
    public static boolean isMetal(Element e) {
        return !NON_METALS.contains(e.symbol());
    }

    /**
     * The distances of {@code site}'s first anion shell: the anion neighbours (periodic images included) at d ≤
     * min((1 + tolerance)·d_min, cutoff), d_min being the site's shortest distance to that anion — pymatgen's
     * MinimumDistanceNN rule restricted to one anion. Empty when no anion lies within {@code nl}'s cutoff.
     */
    public static double[] firstShell(Structure s, NeighborList nl, int site, Element anion, double tolerance,
            double cutoffAngstrom) {
        double dMin = Double.POSITIVE_INFINITY;
        for (int k = 0; k < nl.count(site); k++) {
            if (s.site(nl.neighbor(site, k)).element().equals(anion)) {
                dMin = Math.min(dMin, nl.distanceAngstrom(site, k));
            }
        }
        double limit = Math.min((1 + tolerance) * dMin, cutoffAngstrom);
        return java.util.stream.IntStream.range(0, nl.count(site))
                .filter(k -> s.site(nl.neighbor(site, k)).element().equals(anion) && nl.distanceAngstrom(site, k) <= limit)
                .mapToDouble(k -> nl.distanceAngstrom(site, k)).toArray();
    }
}
