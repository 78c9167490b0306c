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
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;

/**
 * {@code mp-lobster} reproduces pymatgen's {@code LobsterSet(structure)} for every corpus structure
 * ({@code golden/inputs/<case>.json}): every INCAR tag and value (NBANDS = basis functions included), KPOINTS,
 * POTCAR symbols, and the basis lines of {@code Lobsterin.get_basis}.
 */
class MpLobsterGoldenTest {
    @TestFactory
    Stream<DynamicTest> lobsterSetForEveryCorpusStructure() {
        JsonNode cases = SharedData.readJson(SharedData.data("golden/inputs/index.json")).get("cases");
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<String> it = cases.fieldNames(); it.hasNext();) {
            String name = it.next();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                JsonNode g = SharedData.goldenInputs(name);
                Structure s = GoldenCases.structure(g.get("structure"));
                JsonNode golden = g.get("input_sets").get("LobsterSet");
                MpPresetGoldenTest.check(s, golden, "mp-lobster");
                InputSet set = InputSetBuilder.build(s, "mp-lobster", Map.of());
                List<String> want = new ArrayList<>();
                golden.get("lobster_basis").forEach(b -> want.add(b.asText().strip()));
                List<String> got = set.lobsterin().orElseThrow().all("basisfunctions");
                assertEquals(want, got, "basis lines");
            }));
        }
        assertTrue(tests.size() >= 30);
        return tests.stream();
    }
}
