package org.vaspflow.workflow.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;

/**
 * Charge-balanced oxidation states by pymatgen 2022.11.7's {@code Composition.oxi_state_guesses()} algorithm (full
 * composition, not reduced): for each element every multiset of its ICSD oxidation states (all states when it
 * has no ICSD ones) over its atoms gives a possible sum, scored by the summed ICSD occurrence of the states; the
 * balanced choice of sums with the highest total score wins (ties: first in pymatgen's enumeration order). The
 * result is the average state per element, fractional for mixed valence (Fe 2.75 in Li₁Fe₄P₄O₁₆), as
 * {@code Structure.add_oxidation_state_by_guess()} assigns it to every site. Data: {@code oxidation-states.tsv}.
 */
public final class OxidationStateGuess {
    private record Data(List<Integer> icsd, List<Integer> all, Map<Integer, Integer> occurrence) {
    }

    private static final Map<String, Data> DATA = load();

    private OxidationStateGuess() {
    }

    /** Average oxidation state per element (composition order), or empty when no charge-balanced guess exists. */
    public static Optional<Map<Element, Double>> guess(Structure s) {
        return guess(s.composition());
    }

    public static Optional<Map<Element, Double>> guess(Map<Element, Integer> composition) {
        List<Element> elements = new ArrayList<>(composition.keySet());
        List<List<Integer>> sums = new ArrayList<>();
        List<Map<Integer, Integer>> scores = new ArrayList<>();
        for (Element e : elements) {
            Data d = DATA.get(e.symbol());
            List<Integer> states = d == null ? List.of() : d.icsd().isEmpty() ? d.all() : d.icsd();
            List<Integer> order = new ArrayList<>();
            Map<Integer, Integer> best = new HashMap<>();
            combinations(states, composition.get(e), d == null ? Map.of() : d.occurrence(), order, best);
            sums.add(order);
            scores.add(best);
        }
        int[] choice = new int[elements.size()];
        int[] bestChoice = null;
        long bestScore = Long.MIN_VALUE;
        while (true) {
            long total = 0;
            long score = 0;
            for (int i = 0; i < choice.length; i++) {
                if (sums.get(i).isEmpty()) {
                    return Optional.empty();
                }
                int sum = sums.get(i).get(choice[i]);
                total += sum;
                score += scores.get(i).get(sum);
            }
            if (total == 0 && score > bestScore) {
                bestScore = score;
                bestChoice = choice.clone();
            }
            int k = choice.length - 1;
            while (k >= 0 && ++choice[k] == sums.get(k).size()) {
                choice[k--] = 0;
            }
            if (k < 0) {
                break;
            }
        }
        if (bestChoice == null) {
            return Optional.empty();
        }
        Map<Element, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            out.put(elements.get(i), (double) sums.get(i).get(bestChoice[i]) / composition.get(elements.get(i)));
        }
        return Optional.of(out);
    }

    /**
     * Python's {@code combinations_with_replacement(states, n)} order: the sums in order of first appearance, and for
     * each sum the best (first strictly highest) occurrence score.
     */
    private static void combinations(List<Integer> states, int n, Map<Integer, Integer> occ, List<Integer> order,
            Map<Integer, Integer> best) {
        int k = states.size();
        if (k == 0) {
            return;
        }
        int[] idx = new int[n];
        while (true) {
            int sum = 0;
            int score = 0;
            for (int i : idx) {
                sum += states.get(i);
                score += occ.getOrDefault(states.get(i), 0);
            }
            if (!best.containsKey(sum)) {
                order.add(sum);
                best.put(sum, score);
            } else if (score > best.get(sum)) {
                best.put(sum, score);
            }
            int p = n - 1;
            while (p >= 0 && idx[p] == k - 1) {
                p--;
            }
            if (p < 0) {
                return;
            }
            int v = idx[p] + 1;
            for (int q = p; q < n; q++) {
                idx[q] = v;
            }
        }
    }

    private static Map<String, Data> load() {
        Map<String, Data> out = new HashMap<>();
        try (InputStream in = OxidationStateGuess.class.getResourceAsStream("oxidation-states.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Map<Integer, Integer> occ = new HashMap<>();
                for (String kv : f[3].isEmpty() ? new String[0] : f[3].split(",")) {
                    String[] p = kv.split(":");
                    occ.put(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                }
                out.put(f[0], new Data(ints(f[1]), ints(f[2]), occ));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String s : csv.isEmpty() ? new String[0] : csv.split(",")) {
            out.add(Integer.parseInt(s));
        }
        return out;
    }
}
