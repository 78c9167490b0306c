package org.vaspflow.workflow.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;

/**
 * Symmetry-distinct ways to put dopants on (or take atoms off) the sites of a cell - one or several changes at once
 * (e.g. 2 Ru and 1 Ti on Mn sites, plus 4 Na vacancies) - ranked by Ewald energy with formal charges. Symmetry is that
 * of the cell as a periodic structure (spglib's operations of the given cell): a supercell keeps only the operations
 * of the crystal whose rotation maps the supercell lattice onto itself, so it can have more distinct configurations
 * than the infinite crystal would suggest (see the golden README, lifeo2-pbesol-large). Combined occupations are
 * enumerated by {@link SiteOrbits#combined}; charges come from {@link FormalCharges}.
 */
public final class SiteEnumeration {
    /** Beyond this many distinct configurations the enumeration stops and says so. */
    public static final int DEFAULT_MAX_CONFIGURATIONS = 20_000;

    /** Put {@code count} atoms of {@code replacement} on sites of {@code host}; an empty replacement is a vacancy. */
    public record Change(Element host, Optional<Element> replacement, int count) {
        public Change {
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count + " for " + host.symbol());
            }
        }

        /** "Mn:Ru" or "Na:vacancy". */
        public String label() {
            return host.symbol() + ":" + replacement.map(Element::symbol).orElse("vacancy");
        }
    }

    /**
     * Settings: symmetry tolerance (Å); formal charges per element (empty: guessed, see {@link FormalCharges});
     * the elements that compensate charge (empty: the transition metals); the most orbits to enumerate before
     * stopping; how many of the lowest-energy configurations to keep.
     */
    public record Options(double symprecAngstrom, Map<Element, Double> oxidationStates, Set<Element> compensating,
            int maxOrbits, int keep) {
        public Options {
            oxidationStates = Map.copyOf(oxidationStates);
            compensating = Set.copyOf(compensating);
            if (keep < 1 || maxOrbits < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        public static Options defaults(double symprecAngstrom) {
            return new Options(symprecAngstrom, Map.of(), Set.of(), DEFAULT_MAX_CONFIGURATIONS, Integer.MAX_VALUE);
        }
    }

    /**
     * One configuration: the changed sites per change (indices in the cell, sorted), how many configurations it
     * stands for, the structure (vacancies removed, sites grouped by element - so its site order differs from the
     * cell's), the per-element average formal charges used, and the Ewald
     * energy (eV; empty when no charge-balanced set of oxidation states exists).
     */
    public record Configuration(List<int[]> sitesPerChange, int multiplicity, Structure structure,
            Map<Element, Double> oxidationStates, OptionalDouble ewaldEnergyEv) {
        public Configuration {
            sitesPerChange = sitesPerChange.stream().map(int[]::clone).toList();
            oxidationStates = Map.copyOf(oxidationStates);
        }

        @Override
        public List<int[]> sitesPerChange() {
            return sitesPerChange.stream().map(int[]::clone).toList();
        }

        /** All changed sites, in change order. */
        public int[] sites() {
            return sitesPerChange.stream().flatMapToInt(Arrays::stream).toArray();
        }
    }

    /**
     * The result: the cell's symmetry, the number of candidate sites, the number of distinct configurations found,
     * how the charges were made, and the kept configurations, lowest Ewald energy first.
     */
    public record Result(SymmetryDataset symmetry, int candidateSites, int distinctConfigurations, String chargeModel,
            List<Configuration> configurations) {
        public Result {
            configurations = List.copyOf(configurations);
        }

        public boolean truncated() {
            return configurations.size() < distinctConfigurations;
        }
    }

    private SiteEnumeration() {
    }

    /** One change (kept for callers of the single-dopant form). */
    public static Result enumerate(Structure cell, Element host, Optional<Element> replacement, int count,
            double symprecAngstrom, Map<Element, Double> oxidationStates, int maxConfigurations) {
        return enumerate(cell, List.of(new Change(host, replacement, count)), new Options(symprecAngstrom,
                oxidationStates, Set.of(), maxConfigurations, Integer.MAX_VALUE));
    }

    /** Every symmetry-distinct combined occupation for these changes, ranked by Ewald energy. */
    public static Result enumerate(Structure cell, List<Change> changes, Options options) {
        SymmetryDataset sym = SpaceGroupAnalyzer.analyze(cell, options.symprecAngstrom());
        return enumerate(cell, sym, changes, options);
    }

    /** As {@link #enumerate(Structure, List, Options)} with the cell's symmetry already known. */
    public static Result enumerate(Structure cell, SymmetryDataset sym, List<Change> changes, Options options) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("nothing to enumerate: no substitution or vacancy given");
        }
        List<SiteOrbits.Step> steps = new ArrayList<>();
        Map<Element, Integer> needed = new LinkedHashMap<>();
        int candidates = 0;
        for (Change c : changes) {
            int[] sites = indicesOf(cell, c.host());
            if (sites.length == 0) {
                throw new IllegalArgumentException("the structure has no " + c.host().symbol() + " sites");
            }
            int total = needed.merge(c.host(), c.count(), Integer::sum);
            if (total > sites.length) {
                throw new IllegalArgumentException("cannot change " + total + " of the " + sites.length + " "
                        + c.host().symbol() + " sites of the cell");
            }
            if (total == c.count()) {
                candidates += sites.length;
            }
            steps.add(new SiteOrbits.Step(sites, c.count()));
        }
        List<SiteOrbits.Combined> orbits = SiteOrbits.combined(sym.sitePermutations(), steps, options.maxOrbits());
        FormalCharges charges = FormalCharges.forCell(cell, changes, options.oxidationStates(), options.compensating());
        EwaldSummation.Pairs pairs = charges.available() ? EwaldSummation.pairs(cell) : null;
        // energies first; structures are built only for the configurations kept
        record Scored(SiteOrbits.Combined orbit, OptionalDouble energy, int[] flat) {
        }
        List<Scored> scored = new ArrayList<>();
        for (SiteOrbits.Combined o : orbits) {
            OptionalDouble energy = charges.available()
                    ? OptionalDouble.of(pairs.energy(charges.siteCharges(o.sitesPerStep())).totalEv())
                    : OptionalDouble.empty();
            scored.add(new Scored(o, energy, o.sitesPerStep().stream().flatMapToInt(Arrays::stream).toArray()));
        }
        scored.sort(Comparator.comparingDouble((Scored c) -> c.energy().orElse(Double.POSITIVE_INFINITY))
                .thenComparing(Scored::flat, Arrays::compare));
        List<Configuration> kept = new ArrayList<>();
        for (Scored sc : scored.subList(0, Math.min(scored.size(), options.keep()))) {
            List<int[]> sites = sc.orbit().sitesPerStep();
            Map<Element, Double> ox = charges.available()
                    ? FormalCharges.averages(cell, changes, sites, charges.siteCharges(sites)) : Map.of();
            kept.add(new Configuration(sites, sc.orbit().size(), decorate(cell, changes, sites), ox, sc.energy()));
        }
        return new Result(sym, candidates, scored.size(), charges.description(), kept);
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

    /**
     * The cell with the substitutions made and the vacant sites removed, the sites grouped by element (stable) so a
     * POSCAR has one block per species: the parent's element order, each dopant right after the element it replaces.
     */
    static Structure decorate(Structure cell, List<Change> changes, List<int[]> sitesPerChange) {
        Structure s = cell;
        List<Integer> vacant = new ArrayList<>();
        for (int c = 0; c < changes.size(); c++) {
            for (int i : sitesPerChange.get(c)) {
                if (changes.get(c).replacement().isPresent()) {
                    s = s.substitute(i, changes.get(c).replacement().get());
                } else {
                    vacant.add(i);
                }
            }
        }
        s = vacant.isEmpty() ? s : s.remove(vacant.stream().mapToInt(Integer::intValue).toArray());
        List<Element> order = new ArrayList<>();
        for (Element e : cell.composition().keySet()) {
            if (!order.contains(e)) {
                order.add(e);
            }
            for (Change c : changes) {
                if (c.host() == e && c.replacement().isPresent() && !order.contains(c.replacement().get())
                        && !cell.composition().containsKey(c.replacement().get())) {
                    order.add(c.replacement().get());
                }
            }
        }
        return s.sorted(Comparator.comparingInt((org.vaspflow.io.structure.Site x) -> order.indexOf(x.element())));
    }
}
