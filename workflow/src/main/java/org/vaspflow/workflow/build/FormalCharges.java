package org.vaspflow.workflow.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;

/**
 * Formal charges of the configurations of one enumeration (all share one composition).
 *
 * <ul>
 * <li>Given charges (user): used as they are.</li>
 * <li>Substitutions only: pymatgen's {@code oxi_state_guesses()} for the configuration's composition
 * ({@link OxidationStateGuess}: per-element averages, i.e. a uniform fractional charge on every site of an element,
 * which is what {@code add_oxidation_state_by_guess()} + {@code EwaldSummation} does).</li>
 * <li>With vacancies: the guess for the cell without its vacancies (substitutions made), the same reference for every
 * content of a state-of-charge list; if there is none, the guess for the vacancy composition.</li>
 * </ul>
 * When the charges leave the cell charged (removed Na⁺ with the reference charges, or user charges), the missing
 * charge is spread uniformly over the compensating sites (the transition-metal sites unless chosen): every
 * compensating site gets δ = −Q / N_comp, Q = Σᵢ qᵢ the cell charge, so the cell is neutral and no site is singled
 * out - for one transition metal this equals pymatgen's EwaldSummation with that element's fractional oxidation state
 * (Na₀.₅MnO₂: Mn +3.5). With no compensating site the cell stays charged and the Ewald energy includes the
 * neutralising-background term.
 */
final class FormalCharges {
    private final Structure cell;
    private final List<SiteEnumeration.Change> changes;
    private final Optional<Map<Element, Double>> base;
    private final Set<Element> compensating;
    private final String description;

    private FormalCharges(Structure cell, List<SiteEnumeration.Change> changes, Optional<Map<Element, Double>> base,
            Set<Element> compensating, String description) {
        this.cell = cell;
        this.changes = changes;
        this.base = base;
        this.compensating = compensating;
        this.description = description;
    }

    static FormalCharges forCell(Structure cell, List<SiteEnumeration.Change> changes, Map<Element, Double> given,
            Set<Element> chosen) {
        Map<Element, Integer> after = composition(cell, changes, true);
        Set<Element> comp = chosen.isEmpty()
                ? Set.copyOf(after.keySet().stream().filter(Element::isTransitionMetal).toList()) : chosen;
        String compText = (chosen.isEmpty() ? "transition-metal sites " : "sites of ")
                + String.join(",", comp.stream().map(Element::symbol).sorted().toList());
        if (!given.isEmpty()) {
            for (Element e : after.keySet()) {
                if (!given.containsKey(e)) {
                    throw new IllegalArgumentException("no oxidation state given for " + e.symbol());
                }
            }
            return new FormalCharges(cell, changes, Optional.of(given), comp, "given " + text(given)
                    + "; any cell charge spread uniformly over the " + compText);
        }
        boolean vacancies = changes.stream().anyMatch(c -> c.replacement().isEmpty());
        if (vacancies) {
            // one reference for every content, so that the ranking of different states of charge uses one rule
            Map<Element, Integer> full = composition(cell, changes, false);
            Optional<Map<Element, Double>> g = nonZero(OxidationStateGuess.guess(full));
            if (g.isPresent()) {
                return new FormalCharges(cell, changes, g, comp, "guessed by charge balance for " + formula(full)
                        + " (without the vacancies) " + text(g.get()) + "; the charge of the removed ions taken up"
                        + " uniformly by the " + compText);
            }
        }
        Optional<Map<Element, Double>> guess = nonZero(OxidationStateGuess.guess(after));
        if (guess.isPresent()) {
            return new FormalCharges(cell, changes, guess, comp, "guessed by charge balance for " + formula(after)
                    + " (pymatgen oxi_state_guesses, per-element averages) " + text(guess.get()));
        }
        return new FormalCharges(cell, changes, Optional.empty(), comp, "no charge-balanced oxidation states for "
                + formula(after) + "; configurations are not ranked");
    }

    boolean available() {
        return base.isPresent();
    }

    String description() {
        return description;
    }

    /** Charge (e) on every site of the cell for one configuration; vacant sites 0. */
    double[] siteCharges(List<int[]> sitesPerChange) {
        Element[] el = finalElements(cell, changes, sitesPerChange);
        double[] q = new double[el.length];
        double total = 0;
        int nComp = 0;
        for (int i = 0; i < q.length; i++) {
            if (el[i] != null) {
                q[i] = base.get().get(el[i]);
                total += q[i];
                nComp += compensating.contains(el[i]) ? 1 : 0;
            }
        }
        if (Math.abs(total) > 1e-9 && nComp > 0) {
            double delta = -total / nComp;
            for (int i = 0; i < q.length; i++) {
                if (el[i] != null && compensating.contains(el[i])) {
                    q[i] += delta;
                }
            }
        }
        return q;
    }

    /** Average charge per element over its (non-vacant) sites. */
    static Map<Element, Double> averages(Structure cell, List<SiteEnumeration.Change> changes, List<int[]> sites,
            double[] q) {
        Element[] el = finalElements(cell, changes, sites);
        Map<Element, double[]> sum = new LinkedHashMap<>();
        for (int i = 0; i < el.length; i++) {
            if (el[i] != null) {
                double[] a = sum.computeIfAbsent(el[i], k -> new double[2]);
                a[0] += q[i];
                a[1]++;
            }
        }
        Map<Element, Double> out = new LinkedHashMap<>();
        sum.forEach((e, a) -> out.put(e, a[0] / a[1]));
        return out;
    }

    /** The element on every site after the changes; null for a vacancy (internal only). */
    private static Element[] finalElements(Structure cell, List<SiteEnumeration.Change> changes, List<int[]> sites) {
        Element[] el = new Element[cell.size()];
        for (int i = 0; i < el.length; i++) {
            el[i] = cell.site(i).element();
        }
        for (int c = 0; c < changes.size(); c++) {
            for (int i : sites.get(c)) {
                el[i] = changes.get(c).replacement().orElse(null);
            }
        }
        return el;
    }

    private static Map<Element, Integer> composition(Structure cell, List<SiteEnumeration.Change> changes,
            boolean withVacancies) {
        Map<Element, Integer> comp = new LinkedHashMap<>(cell.composition());
        for (SiteEnumeration.Change c : changes) {
            if (c.replacement().isEmpty() && !withVacancies) {
                continue;
            }
            comp.merge(c.host(), -c.count(), Integer::sum);
            c.replacement().ifPresent(r -> comp.merge(r, c.count(), Integer::sum));
        }
        comp.values().removeIf(n -> n == 0);
        return comp;
    }

    private static Optional<Map<Element, Double>> nonZero(Optional<Map<Element, Double>> g) {
        return g.filter(m -> m.values().stream().anyMatch(v -> v != 0));
    }

    private static String formula(Map<Element, Integer> comp) {
        StringBuilder b = new StringBuilder();
        comp.forEach((e, n) -> b.append(e.symbol()).append(n));
        return b.toString();
    }

    private static String text(Map<Element, Double> ox) {
        Map<String, Double> sorted = new TreeMap<>();
        ox.forEach((e, v) -> sorted.put(e.symbol(), v));
        return sorted.toString();
    }
}
