package org.vaspflow.analysis.bonding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.structure.Element;

/**
 * ICOHP (ICOOP, ICOBI) per element pair: count, sum, mean and bond-length range of the bonds of an ICOHPLIST,
 * optionally only bonds up to a length and only one pair.
 *
 * <p>Definition (recorded with every result): every listed bond counts once — a LOBSTER ≥ 3 row is one bond; the
 * "avg. over # bonds" of legacy files is not used as a weight, as pymatgen/LobsterPy do; {@code total} adds the two
 * spin channels (LOBSTER's per-channel values), {@code up}/{@code down} take one. A pair is named by its two
 * elements, the less electronegative first ({@code Ru-O}, {@code Na-Cl}), as chemists write it. Rows between
 * LCFO fragments (LOBSTER 5.1 {@code ICOHPLIST.LCFO.lobster}) belong to no element pair and are left out.
 */
public final class IcohpAggregation {
    private IcohpAggregation() {
    }

    /** Aggregate of one element pair. */
    public record PairStats(String pair, int count, double sum, double mean, double minLengthAngstrom,
            double maxLengthAngstrom) {
    }

    /** The canonical pair name of two elements: less electronegative first, ties alphabetical. */
    public static String pairName(String elementA, String elementB) {
        double xa = x(elementA);
        double xb = x(elementB);
        boolean aFirst = xa < xb || xa == xb && elementA.compareTo(elementB) <= 0;
        return aFirst ? elementA + "-" + elementB : elementB + "-" + elementA;
    }

    private static double x(String symbol) {
        double v = Element.of(symbol).electronegativityPauling();
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** The value of a bond for a spin choice: total (up + down), up or down. */
    public static double value(Icohplist.Bond b, String spin) {
        return switch (spin) {
            case "up" -> b.up();
            case "down" -> {
                if (Double.isNaN(b.down())) {
                    throw new IllegalArgumentException("spin down asked of a non-spin-polarised list");
                }
                yield b.down();
            }
            default -> b.summed();
        };
    }

    /** The bonds kept by the filters (pair may be null; maxLength may be +∞). */
    public static List<Icohplist.Bond> select(Icohplist list, String pair, double maxLengthAngstrom) {
        String wanted = pair == null ? null : normalise(pair);
        List<Icohplist.Bond> out = new ArrayList<>();
        for (Icohplist.Bond b : list.bonds()) {
            if (b.lengthAngstrom() > maxLengthAngstrom) {
                continue;
            }
            String e1 = Icohplist.Bond.element(b.atom1());
            String e2 = Icohplist.Bond.element(b.atom2());
            if (!isAtom(b.atom1()) || !isAtom(b.atom2())) {
                continue; // LCFO fragments (NaCl_1, Na_2) have no element pair
            }
            String name = pairName(e1, e2);
            if (wanted == null || wanted.equals(name)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Per-pair statistics of the selected bonds, pairs sorted by name. */
    public static Map<String, PairStats> byPair(List<Icohplist.Bond> bonds, String spin) {
        Map<String, List<Icohplist.Bond>> groups = new TreeMap<>();
        for (Icohplist.Bond b : bonds) {
            groups.computeIfAbsent(pairName(Icohplist.Bond.element(b.atom1()), Icohplist.Bond.element(b.atom2())),
                    k -> new ArrayList<>()).add(b);
        }
        Map<String, PairStats> out = new LinkedHashMap<>();
        groups.forEach((pair, list) -> {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Icohplist.Bond b : list) {
                sum += value(b, spin);
                min = Math.min(min, b.lengthAngstrom());
                max = Math.max(max, b.lengthAngstrom());
            }
            out.put(pair, new PairStats(pair, list.size(), sum, sum / list.size(), min, max));
        });
        return out;
    }

    private static boolean isAtom(String label) {
        return label.matches("[A-Z][a-z]?\\d+") && Element.isSymbol(Icohplist.Bond.element(label));
    }

    private static String normalise(String pair) {
        String[] p = pair.split("-");
        if (p.length != 2) {
            throw new IllegalArgumentException("a pair is written A-B, e.g. Ru-O");
        }
        return pairName(p[0].strip(), p[1].strip());
    }
}
