package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.workflow.build.OxidationStateGuess;

/**
 * Oxidation-state MAGMOM: the table's high/low-spin values, the states pymatgen guesses (recorded), mixed valence
 * spread over sites with the right sum, spin choice, and the fallback for metals.
 */
class MagmomTest {
    @Test
    void tableHasTheDocumentedMoments() {
        JsonNode v = Templates.table("magmom-oxidation").get("values");
        assertEquals(4, v.at("/Mn3+/high").asDouble());
        assertEquals(3, v.at("/Mn4+/high").asDouble());
        assertEquals(2, v.at("/Ru4+/low").asDouble());
        assertEquals(3, v.at("/Ru5+/low").asDouble());
        assertEquals(5, v.at("/Fe3+/high").asDouble());
        assertEquals(1, v.at("/Fe3+/low").asDouble());
        assertEquals(0, v.at("/Co3+/low").asDouble());
        assertEquals(4, v.at("/Co3+/high").asDouble());
    }

    @Test
    void guessedStatesAreThoseOfPymatgen() {
        for (String name : List.of("ru-mn7-o16", "na-li-ru2-mn4-o16", "li-mn8-o16")) {
            Map<Element, Double> got = OxidationStateGuess.guess(PymatgenRecorded.structure(name)).orElseThrow();
            JsonNode want = PymatgenRecorded.JSON.at("/oxidation/" + name);
            assertEquals(want.size(), got.size(), name);
            got.forEach((e, q) -> assertEquals(want.get(e.symbol()).asDouble(), q, 1e-9, name + " " + e));
        }
    }

    @Test
    void mixedValenceIsSpreadWithTheRightSumAndHighSpinFor3d() {
        // pymatgen: Li+ Mn3.875 O2-: 7 Mn4+ (3 muB) and 1 Mn3+ (4 muB), Li and O 0
        InputSet set = InputSetBuilder.build(PymatgenRecorded.structure("li-mn8-o16"), "base", Map.of());
        double[] m = magmom(set);
        Map<String, Map<Double, Integer>> byElement = count(set.structure(), m);
        assertEquals(Map.of(3.0, 7, 4.0, 1), byElement.get("Mn"));
        assertEquals(Map.of(0.0, 1), byElement.get("Li"));
        assertEquals(Map.of(0.0, 16), byElement.get("O"));
    }

    @Test
    void rutheniumIsLowSpinByDefaultAndTheUserMayChoose() {
        // pymatgen guesses Ru6+ and Mn 3.714 (5 Mn4+, 2 Mn3+) for Mn7RuO16
        Structure s = PymatgenRecorded.structure("ru-mn7-o16");
        Map<String, Map<Double, Integer>> auto = count(s, "auto");
        assertEquals(Map.of(2.0, 1), auto.get("Ru"), "Ru6+ d2: 2 either way");
        assertEquals(Map.of(3.0, 5, 4.0, 2), auto.get("Mn"), "3d high spin");
        Map<String, Map<Double, Integer>> low = count(s, "low");
        assertEquals(Map.of(3.0, 5, 2.0, 2), low.get("Mn"), "Mn3+ low spin d4: 2");
        // Na, Li, Ru2, Mn4: pymatgen Ru6+ and Mn4.5+ (2 Mn5+ d2, 2 Mn4+ d3)
        Map<String, Map<Double, Integer>> mixed = count(PymatgenRecorded.structure("na-li-ru2-mn4-o16"), "high");
        assertEquals(Map.of(2.0, 2, 3.0, 2), mixed.get("Mn"));
        assertEquals(Map.of(2.0, 2), mixed.get("Ru"), "Ru6+ d2 high spin: 2");
    }

    @Test
    void userOxidationStatesReplaceTheGuess() {
        // Ru4+ (low spin d4: 2) and Mn4+ (3): what a chemist writes for Ru in lambda-MnO2, not pymatgen's Ru6+
        Structure s = PymatgenRecorded.structure("ru-mn7-o16");
        InputSet set = InputSetBuilder.build(s, "base", Overrides.NONE.withOxidationStates(Map.of("Ru", 4, "Mn", 4)),
                java.util.Optional.empty());
        Map<String, Map<Double, Integer>> m = count(set.structure(), magmom(set));
        assertEquals(Map.of(2.0, 1), m.get("Ru"));
        assertEquals(Map.of(3.0, 7), m.get("Mn"));
        assertEquals(Map.of(0.0, 16), m.get("O"), "O keeps its guessed 2-");
        assertTrue(set.provenance().stream().anyMatch(p -> p.contains("given by the user")), set.provenance().toString());
        InputSet ru5 = InputSetBuilder.build(s, "base", Overrides.NONE.withOxidationStates(Map.of("Ru", 5)),
                java.util.Optional.empty());
        assertEquals(Map.of(3.0, 1), count(ru5.structure(), magmom(ru5)).get("Ru"), "Ru5+ d3: 3");
    }

    @Test
    void metalsFallBackToTheElementTable() {
        Structure fe = new Structure(Lattice.fromParameters(2.87, 2.87, 2.87, 90, 90, 90), List.of(
                new Site(Element.of("Fe"), new double[] {0, 0, 0}), new Site(Element.of("Fe"), new double[] {0.5, 0.5, 0.5})));
        InputSet set = InputSetBuilder.build(fe, "base", Map.of());
        assertEquals(List.of(5.0, 5.0), Arrays.stream(magmom(set)).boxed().toList());
        assertTrue(set.warnings().stream().anyMatch(w -> w.contains("magmom-mp")), set.warnings().toString());
    }

    static double[] magmom(InputSet set) {
        return ((IncarValue.Numbers) set.incar().get("MAGMOM").orElseThrow()).values();
    }

    private static Map<String, Map<Double, Integer>> count(Structure s, String spin) {
        Overrides ov = Overrides.NONE.withSpin(Preset.Spin.of(spin));
        InputSet set = InputSetBuilder.build(s, "base", ov, java.util.Optional.empty());
        return count(set.structure(), magmom(set));
    }

    private static Map<String, Map<Double, Integer>> count(Structure s, double[] m) {
        Map<String, Map<Double, Integer>> out = new HashMap<>();
        for (int i = 0; i < m.length; i++) {
            out.computeIfAbsent(s.site(i).element().symbol(), k -> new HashMap<>()).merge(m[i], 1, Integer::sum);
        }
        return out;
    }
}
