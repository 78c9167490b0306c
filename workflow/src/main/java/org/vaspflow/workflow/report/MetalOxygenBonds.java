package org.vaspflow.workflow.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.analysis.table.BondLengths;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.NeighborList;
import org.vaspflow.io.structure.Structure;

/**
 * First-shell metal–oxygen bond lengths per metal element ({@link Definitions#MO_BONDS}): for each metal site, the
 * O neighbours (periodic images included, from {@link NeighborList}) at d ≤ min((1 + {@value #TOLERANCE})·d_min,
 * {@value #CUTOFF_ANGSTROM} Å), d_min being the site's shortest M–O distance — pymatgen's MinimumDistanceNN rule
 * (tol = 0.2) restricted to oxygen ({@link BondLengths#firstShell}; metals as {@link BondLengths#isMetal}).
 */
public final class MetalOxygenBonds {
    /** Relative shell tolerance over the shortest M–O distance. */
    public static final double TOLERANCE = 0.2;
    /** No M–O bond is longer than this. */
    public static final double CUTOFF_ANGSTROM = 3.0;
    private static final Element OXYGEN = Element.of("O");

    private MetalOxygenBonds() {
    }

    /** One row per metal element that has O neighbours, in order of first appearance; empty without O. */
    public static List<ResultRows.Bonds> of(Structure s, String calculation, String file) {
        if (s.species().stream().noneMatch(e -> e.symbol().equals("O"))) {
            return List.of();
        }
        NeighborList nl = NeighborList.of(s, CUTOFF_ANGSTROM);
        Map<String, List<Double>> byMetal = new LinkedHashMap<>();
        Map<String, Integer> sites = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            Element e = s.site(i).element();
            if (!BondLengths.isMetal(e)) {
                continue;
            }
            double[] shell = BondLengths.firstShell(s, nl, i, OXYGEN, TOLERANCE, CUTOFF_ANGSTROM);
            if (shell.length > 0) {
                List<Double> d = byMetal.computeIfAbsent(e.symbol(), k -> new ArrayList<>());
                for (double x : shell) {
                    d.add(x);
                }
                sites.merge(e.symbol(), 1, Integer::sum);
            }
        }
        List<ResultRows.Bonds> out = new ArrayList<>();
        byMetal.forEach((metal, d) -> {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : d) {
                sum += x;
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            out.add(new ResultRows.Bonds(calculation, metal, sites.get(metal), d.size(), sum / d.size(), min, max,
                    new Provenance(file, "O neighbours within min((1 + " + TOLERANCE + ")·d_min, " + CUTOFF_ANGSTROM
                            + " Å)", Definitions.MO_BONDS.id())));
        });
        return out;
    }
}
