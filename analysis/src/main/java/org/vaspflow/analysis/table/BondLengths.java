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
 * is every element except H, He, B, C, N, O, F, Ne, Si, P, S, Cl, Ar, As, Se, Br, Kr, Te, I, Xe, At, Rn (and the
 * anion itself). A metal with no anion within the cutoff has no entry.
 */
public final class BondLengths {
    private static final Set<String> NON_METALS = Set.of("H", "He", "B", "C", "N", "O", "F", "Ne", "Si", "P", "S",
            "Cl", "Ar", "As", "Se", "Br", "Kr", "Te", "I", "Xe", "At", "Rn");

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
            if (e.equals(x) || NON_METALS.contains(e.symbol())) {
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
}
