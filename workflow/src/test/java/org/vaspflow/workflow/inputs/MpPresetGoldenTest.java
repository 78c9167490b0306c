package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.IncarValue;

/**
 * The MP presets produce, for every corpus structure, the INCAR tags and values, KPOINTS (style, divisions,
 * shift) and POTCAR symbols pymatgen's MPRelaxSet, MPStaticSet and MPNonSCFSet(mode="uniform") produce
 * ({@code golden/inputs/<case>.json}).
 */
class MpPresetGoldenTest {
    static final Map<String, String> SETS = Map.of("MPRelaxSet", "mp-relax", "MPStaticSet", "mp-static",
            "MPNonSCFSet_uniform", "mp-nscf-uniform");

    @TestFactory
    Stream<DynamicTest> goldenInputSets() {
        JsonNode cases = SharedData.readJson(SharedData.data("golden/inputs/index.json")).get("cases");
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<String> it = cases.fieldNames(); it.hasNext();) {
            String name = it.next();
            for (Map.Entry<String, String> set : SETS.entrySet()) {
                tests.add(DynamicTest.dynamicTest(name + " " + set.getValue(), () -> {
                    JsonNode g = SharedData.goldenInputs(name);
                    check(GoldenCases.structure(g.get("structure")), g.get("input_sets").get(set.getKey()), set.getValue());
                }));
            }
        }
        assertTrue(tests.size() >= 90);
        return tests.stream();
    }

    static void check(Structure s, JsonNode golden, String preset) {
        InputSet set = InputSetBuilder.build(s, preset, Map.of());
        JsonNode incar = golden.get("incar");
        List<String> expectedTags = new ArrayList<>();
        incar.fieldNames().forEachRemaining(expectedTags::add);
        assertEquals(expectedTags.stream().sorted().toList(), set.incar().tags().keySet().stream().sorted().toList(), "tags");
        for (String tag : expectedTags) {
            JsonNode want = incar.get(tag);
            IncarValue got = set.incar().get(tag).orElseThrow();
            if (want.isArray()) {
                double[] v = ((IncarValue.Numbers) got).values();
                assertEquals(want.size(), v.length, tag);
                for (int i = 0; i < v.length; i++) {
                    assertEquals(want.get(i).asDouble(), v[i], 1e-12, tag + "[" + i + "]");
                }
            } else if (want.isNumber()) {
                assertEquals(want.asDouble(), ((Number) got.plain()).doubleValue(), 1e-12, tag);
            } else if (want.isBoolean()) {
                assertEquals(want.asBoolean(), got.plain(), tag);
            } else {
                assertEquals(want.asText().toLowerCase(), got.text().toLowerCase(), tag);
            }
        }
        JsonNode k = golden.get("kpoints");
        assertEquals(k.get("style").asText(), set.kpoints().style(), "KPOINTS style");
        for (int i = 0; i < 3; i++) {
            assertEquals(k.get("divisions").get(i).asInt(), set.kpoints().divisions()[i], "division " + i);
        }
        List<String> potcar = new ArrayList<>();
        golden.get("potcar_symbols").forEach(n -> potcar.add(n.asText()));
        assertEquals(potcar, set.potcarSymbols());
    }

    @Test
    void userOverridesWinAndPresetsInherit() {
        Structure s = new Structure(Lattice.fromParameters(4.2, 4.2, 4.2, 90, 90, 90), List.of(
                new Site(Element.of("Mn"), new double[] {0, 0, 0}), new Site(Element.of("O"), new double[] {0.5, 0.5, 0.5})));
        InputSet relax = InputSetBuilder.build(s, "mp-relax", Map.of("ENCUT", new IncarValue.Int(600)));
        assertEquals(600L, relax.incar().get("ENCUT").orElseThrow().plain());
        assertEquals(3.9, ((IncarValue.Numbers) relax.incar().get("LDAUU").orElseThrow()).values()[0]);
        InputSet nscf = InputSetBuilder.build(s, "mp-nscf-uniform", Map.of());
        assertTrue(nscf.incar().get("MAGMOM").isEmpty(), "non-SCF removes MAGMOM");
        assertEquals("Fast", nscf.incar().get("ALGO").orElseThrow().plain(), "inherited from mp-relax");
        assertEquals(List.of("Mn_pv", "O"), relax.potcarSymbols());
    }
}
