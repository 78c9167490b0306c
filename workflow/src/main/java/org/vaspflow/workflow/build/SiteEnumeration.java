package org.vaspflow.workflow.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;

/**
 * Symmetry-distinct ways to put {@code count} dopants on (or take {@code count} atoms off) the sites of one element
 * of a cell, ranked by Ewald energy with formal charges. Symmetry is that of the cell as a periodic structure
 * (spglib's operations of the given cell): a supercell keeps only the operations of the crystal whose rotation maps
 * the supercell lattice onto itself, so it can have more distinct configurations than the infinite crystal would
 * suggest (see the golden README, lifeo2-pbesol-large).
 */
public final class SiteEnumeration {
    /** Beyond this many distinct configurations the enumeration stops and says so. */
    public static final int DEFAULT_MAX_CONFIGURATIONS = 20_000;

    /**
     * One configuration: the changed sites (indices in the cell), how many configurations it stands for, the structure,
     * the charges used and the Ewald energy (eV; empty when no charge-balanced set of oxidation states exists).
     */
    public record Configuration(int[] sites, int multiplicity, Structure structure, Map<Element, Double> oxidationStates,
            OptionalDouble ewaldEnergyEv) {
        public Configuration {
            sites = sites.clone();
            oxidationStates = Map.copyOf(oxidationStates);
        }

        @Override
        public int[] sites() {
            return sites.clone();
        }
    }

    /** The result: the cell's symmetry and the configurations, lowest Ewald energy first. */
    public record Result(SymmetryDataset symmetry, int candidateSites, List<Configuration> configurations) {
        public Result {
            configurations = List.copyOf(configurations);
        }
    }

    private SiteEnumeration() {
    }

    /**
     * @param replacement the dopant, or empty for vacancies
     * @param oxidationStates formal charges per element; empty to guess them by charge balance
     *     ({@link OxidationStateGuess}) for the doped composition
     */
    public static Result enumerate(Structure cell, Element host, Optional<Element> replacement, int count,
            double symprecAngstrom, Map<Element, Double> oxidationStates, int maxConfigurations) {
        SymmetryDataset sym = SpaceGroupAnalyzer.analyze(cell, symprecAngstrom);
        int[] sites = indicesOf(cell, host);
        if (sites.length == 0) {
            throw new IllegalArgumentException("the structure has no " + host.symbol() + " sites");
        }
        List<SiteOrbits.Orbit> orbits = SiteOrbits.of(sym.sitePermutations(), sites, count, maxConfigurations);
        EwaldSummation.Pairs pairs = EwaldSummation.pairs(cell);
        Optional<Map<Element, Double>> charges = Optional.empty();
        List<Configuration> out = new ArrayList<>();
        for (SiteOrbits.Orbit o : orbits) {
            Structure s = decorate(cell, o.sites(), replacement);
            if (charges.isEmpty()) {
                charges = oxidationStates.isEmpty() ? OxidationStateGuess.guess(s) : Optional.of(oxidationStates);
            }
            OptionalDouble energy = OptionalDouble.empty();
            if (charges.isPresent() && charges.get().values().stream().anyMatch(v -> v != 0)) {
                energy = OptionalDouble.of(pairs.energy(charges(cell, o.sites(), replacement, charges.get())).totalEv());
            }
            out.add(new Configuration(o.sites(), o.size(), s, charges.orElse(Map.of()), energy));
        }
        out.sort(Comparator.comparingDouble((Configuration c) -> c.ewaldEnergyEv().orElse(Double.POSITIVE_INFINITY)));
        return new Result(sym, sites.length, out);
    }

    static int[] indicesOf(Structure cell, Element e) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < cell.size(); i++) {
            if (cell.site(i).element() == e) {
                idx.add(i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Structure decorate(Structure cell, int[] sites, Optional<Element> replacement) {
        if (replacement.isEmpty()) {
            return cell.remove(sites);
        }
        Structure s = cell;
        for (int i : sites) {
            s = s.substitute(i, replacement.get());
        }
        return s;
    }

    private static double[] charges(Structure cell, int[] sites, Optional<Element> replacement, Map<Element, Double> ox) {
        boolean[] changed = new boolean[cell.size()];
        for (int i : sites) {
            changed[i] = true;
        }
        double[] q = new double[cell.size()];
        for (int i = 0; i < q.length; i++) {
            if (changed[i] && replacement.isEmpty()) {
                continue;
            }
            Element e = changed[i] ? replacement.get() : cell.site(i).element();
            Double v = ox.get(e);
            if (v == null) {
                throw new IllegalArgumentException("no oxidation state given for " + e.symbol());
            }
            q[i] = v;
        }
        return q;
    }
}
