package org.vaspflow.workflow.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.workflow.build.OxidationStateGuess;

/**
 * Initial MAGMOM per site (ferromagnetic), in the written (sorted) site order.
 *
 * <ul>
 *   <li>{@code table} mode: the element's value in the table ({@code values.<El>}), else its {@code default}
 *       (pymatgen's DictSet with VASPIncarBase, e.g. Mn 5, Ru 0.6).</li>
 *   <li>{@code oxidation} mode: oxidation states by {@link OxidationStateGuess} (pymatgen's
 *       {@code oxi_state_guesses}, average per element); an element whose average is not an integer (mixed
 *       valence, e.g. Mn 3.5) gets floor and ceiling states on its sites so that their sum is the average times
 *       the site count (rounded), the higher states on the element's first sites in the written order. The moment
 *       is {@code values.<El><q>+.high|low} ({@link Preset.Spin#AUTO}: high for 3d, low for 4d and 5d), else the
 *       table's {@code default}. States the user gives replace the guessed ones element by element. With no charge-balanced guess, or only zero states (metals), it falls back
 *       to the element table {@code magmom-mp} and says so.</li>
 * </ul>
 */
final class MagmomRules {
    private MagmomRules() {
    }

    record Result(double[] magmom, List<String> provenance, List<String> warnings) {
    }

    static Result byElement(Structure s, String tableName) {
        JsonNode table = Templates.table(tableName);
        double fallback = table.path("default").asDouble(0.6);
        double[] m = new double[s.size()];
        Map<String, Double> used = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            String el = s.site(i).element().symbol();
            m[i] = table.path("values").path(el).asDouble(fallback);
            used.put(el, m[i]);
        }
        List<String> prov = new ArrayList<>();
        used.forEach((el, v) -> prov.add("MAGMOM " + el + " " + v + " (table " + tableName + ")"));
        return new Result(m, prov, List.of());
    }

    static Result byOxidationState(Structure s, String tableName, Preset.Spin spin, Map<String, Integer> given) {
        Optional<Map<Element, Double>> guess = withGiven(s, OxidationStateGuess.guess(s), given);
        if (guess.isEmpty() || guess.get().values().stream().allMatch(q -> q == 0)) {
            // a metal or intermetallic (all states 0) has no ionic moments to look up: Fe metal still needs 5
            Result r = byElement(s, "magmom-mp");
            return new Result(r.magmom(), r.provenance(), List.of("no charge-balanced, non-zero oxidation states "
                    + "for " + s.formula() + "; MAGMOM from the element table magmom-mp"));
        }
        JsonNode table = Templates.table(tableName);
        double fallback = table.path("default").asDouble(0);
        int[] states = siteStates(s, guess.get());
        double[] m = new double[s.size()];
        Map<String, String> used = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            Element e = s.site(i).element();
            String ion = e.symbol() + Math.abs(states[i]) + (states[i] < 0 ? "-" : "+");
            String state = spinFor(e, spin);
            JsonNode entry = table.path("values").path(ion);
            m[i] = entry.isMissingNode() ? fallback : entry.path(state).asDouble(fallback);
            used.put(ion, m[i] + (entry.isMissingNode() ? " (not listed: default)" : " (" + state + " spin)"));
        }
        List<String> prov = new ArrayList<>();
        prov.add("oxidation states " + (given.isEmpty() ? "guessed" : "guessed, with " + given + " given by the user")
                + ": " + guess.get());
        used.forEach((ion, v) -> prov.add("MAGMOM " + ion + " " + v + ", table " + tableName));
        return new Result(m, prov, List.of());
    }

    /**
     * The guess with the user's states laid over it; without a guess, the user's states when they name every
     * element (else empty). The user's states need not balance the charge: they are the user's call.
     */
    private static Optional<Map<Element, Double>> withGiven(Structure s, Optional<Map<Element, Double>> guess,
            Map<String, Integer> given) {
        if (given.isEmpty()) {
            return guess;
        }
        Map<Element, Double> out = new LinkedHashMap<>();
        for (Element e : s.composition().keySet()) {
            Integer q = given.get(e.symbol());
            if (q != null) {
                out.put(e, q.doubleValue());
            } else if (guess.isPresent()) {
                out.put(e, guess.get().get(e));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** High spin for 3d ions, low spin for 4d/5d ions (a larger crystal-field splitting), unless chosen. */
    static String spinFor(Element e, Preset.Spin spin) {
        if (spin == Preset.Spin.HIGH) {
            return "high";
        }
        if (spin == Preset.Spin.LOW) {
            return "low";
        }
        return e.z() >= 39 ? "low" : "high";
    }

    /** Integer state per site whose per-element sum matches the guessed average (see class comment). */
    static int[] siteStates(Structure s, Map<Element, Double> average) {
        int[] out = new int[s.size()];
        Map<Element, Integer> count = s.composition();
        Map<Element, Integer> higherLeft = new LinkedHashMap<>();
        for (Map.Entry<Element, Double> e : average.entrySet()) {
            double avg = e.getValue();
            int n = count.get(e.getKey());
            int lo = (int) Math.floor(avg + 1e-9);
            long total = Math.round(avg * n);
            higherLeft.put(e.getKey(), (int) (total - (long) lo * n));
        }
        for (int i = 0; i < s.size(); i++) {
            Element e = s.site(i).element();
            int lo = (int) Math.floor(average.get(e) + 1e-9);
            int left = higherLeft.get(e);
            out[i] = left > 0 ? lo + 1 : lo;
            higherLeft.put(e, left - 1);
        }
        return out;
    }
}
