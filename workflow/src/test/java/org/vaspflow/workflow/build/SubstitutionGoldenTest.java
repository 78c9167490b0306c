package org.vaspflow.workflow.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;
import org.vaspflow.io.testing.GoldenCases;

/**
 * Distinct single and double substitutions of every transition metal in the golden supercells ([2,2,2] for ≤ 8 sites,
 * else [2,2,1]) at symprec 1e-3 and 1e-1, as spglib's operations of the supercell give them.
 */
class SubstitutionGoldenTest {
    @TestFactory
    List<DynamicTest> distinctSubstitutions() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode g : EwaldGoldenTest.goldens()) {
            JsonNode per = g.path("substitution").path("per_element");
            Structure unit = GoldenCases.structure(g.get("structure"));
            per.fields().forEachRemaining(el -> {
                JsonNode sc = el.getValue().get("supercell");
                for (String tol : List.of("1e-3", "1e-1")) {
                    JsonNode uc = el.getValue().get("unit_cell").get(tol);
                    tests.add(DynamicTest.dynamicTest(g.get("case").asText() + " " + el.getKey() + " unit cell " + tol,
                            () -> assertEquals(uc.get("n_distinct_single").asInt(), SiteOrbits.of(SpaceGroupAnalyzer
                                    .analyze(unit, Double.parseDouble(tol)).sitePermutations(),
                                    SiteEnumeration.indicesOf(unit, Element.of(el.getKey())), 1, 1000).size())));
                    tests.add(DynamicTest.dynamicTest(g.get("case").asText() + " " + el.getKey() + " " + tol,
                            () -> check(unit, Element.of(el.getKey()), sc, sc.get(tol))));
                }
            });
        }
        return tests;
    }

    private static void check(Structure unit, Element host, JsonNode sc, JsonNode g) {
        JsonNode sc0 = sc.get("scaling");
        Structure big = unit.supercell(sc0.get(0).asInt(), sc0.get(1).asInt(), sc0.get(2).asInt());
        SymmetryDataset d = SpaceGroupAnalyzer.analyze(big, g.get("symprec").asDouble());
        assertEquals(g.get("spacegroup_number").asInt(), d.spaceGroupNumber(), "supercell space group");
        assertEquals(g.get("n_operations").asInt(), d.nOperations(), "supercell operations");
        int[] sites = SiteEnumeration.indicesOf(big, host);
        assertEquals(g.get("n_distinct_single").asInt(), SiteOrbits.of(d.sitePermutations(), sites, 1, 100_000).size(),
                "single");
        List<SiteOrbits.Orbit> doubles = SiteOrbits.of(d.sitePermutations(), sites, 2, 100_000);
        assertEquals(g.get("n_distinct_double").asInt(), doubles.size(), "double");
        List<Integer> sizes = new ArrayList<>(doubles.stream().map(SiteOrbits.Orbit::size).sorted().toList());
        List<Integer> expected = new ArrayList<>();
        g.get("double_orbit_sizes_sorted").forEach(x -> expected.add(x.asInt()));
        assertEquals(expected, sizes, "orbit sizes");
    }
}
