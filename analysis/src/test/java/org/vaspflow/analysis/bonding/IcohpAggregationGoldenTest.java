package org.vaspflow.analysis.bonding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;

/**
 * Per-element-pair ICOHP aggregates of every golden list ({@code by_element_pair}: pymatgen entries summed as the
 * golden note defines), to 1e-6. Golden keys are alphabetical (As-Ga); vaspflow names pairs cation first (Ga-As).
 */
class IcohpAggregationGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() {
        List<DynamicTest> tests = GoldenCases.byParser("Icohplist", (file, e) -> check(file,
                e.has("by_element_pair") ? e.get("by_element_pair") : e.path("fallback").get("by_element_pair_summed_spins")));
        assertTrue(tests.size() >= 15);
        return tests.stream();
    }

    static void check(Path file, JsonNode pairs) {
        Icohplist list = IcohplistReader.read(file);
        List<Icohplist.Bond> all = IcohpAggregation.select(list, null, Double.POSITIVE_INFINITY);
        Map<String, IcohpAggregation.PairStats> total = IcohpAggregation.byPair(all, "total");
        assertEquals(pairs.size(), total.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = pairs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] el = e.getKey().split("-");
            String name = IcohpAggregation.pairName(el[0], el[1]);
            JsonNode g = e.getValue();
            IcohpAggregation.PairStats t = total.get(name);
            assertEquals(g.get("count").asInt(), t.count(), name);
            if (g.has("sum")) {
                assertEquals(g.get("sum").asDouble(), t.sum(), 1e-6);
                assertEquals(g.get("mean").asDouble(), t.mean(), 1e-6);
                continue;
            }
            String key = g.has("sum_summed_spins") ? "summed_spins" : "up";
            assertEquals(g.get("sum_" + key).asDouble(), t.sum(), 1e-6, name + " sum");
            assertEquals(g.get("mean_" + key).asDouble(), t.mean(), 1e-6, name + " mean");
            assertEquals(g.get("min_length").asDouble(), t.minLengthAngstrom(), 1e-9);
            if (g.has("sum_down")) {
                IcohpAggregation.PairStats up = IcohpAggregation.byPair(all, "up").get(name);
                IcohpAggregation.PairStats down = IcohpAggregation.byPair(all, "down").get(name);
                assertEquals(g.get("sum_up").asDouble(), up.sum(), 1e-6);
                assertEquals(g.get("mean_down").asDouble(), down.mean(), 1e-6);
            }
        }
    }

    @Test
    void filtersByPairAndLength() {
        Icohplist list = IcohplistReader.read(SharedData.data("lobster/gaas-spin-emmet/ICOHPLIST.lobster.gz"));
        assertEquals(16, IcohpAggregation.select(list, "As-Ga", 2.5).size());
        assertEquals(16, IcohpAggregation.select(list, "Ga-As", 2.5).size());
        assertEquals(0, IcohpAggregation.select(list, "Ga-As", 2.0).size());
        assertEquals("Ru-O", IcohpAggregation.pairName("O", "Ru"));
        assertEquals("Na-Cl", IcohpAggregation.pairName("Cl", "Na"));
    }
}
