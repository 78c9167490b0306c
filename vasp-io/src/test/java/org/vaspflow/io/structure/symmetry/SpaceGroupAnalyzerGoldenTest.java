package org.vaspflow.io.structure.symmetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;

/** spglib 2.0.2's dataset for every golden input structure, at symprec 1e-3 and 1e-1. */
class SpaceGroupAnalyzerGoldenTest {
    static List<Path> goldenInputFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.data("golden/inputs"))) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("index.json")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> spglibDatasets() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : goldenInputFiles()) {
            JsonNode golden = SharedData.readJson(file);
            Structure s = GoldenCases.structure(golden.get("structure"));
            golden.get("symmetry").get("spglib").fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(
                    golden.get("case").asText() + " symprec " + e.getKey(), () -> check(s, e.getValue()))));
        }
        return tests;
    }

    private static void check(Structure s, JsonNode g) {
        SymmetryDataset d = SpaceGroupAnalyzer.analyze(s, g.get("symprec").asDouble());
        assertEquals(g.get("number").asInt(), d.spaceGroupNumber(), "space group");
        assertEquals(g.get("n_operations").asInt(), d.nOperations(), "operations");
        assertEquals(g.get("n_pure_translations").asInt(), d.pureTranslations(), "pure translations");
        assertArrayEquals(ints(g.get("equivalent_atoms")), d.equivalentAtoms(), "equivalent atoms");
        assertArrayEquals(ints(g.get("site_class")), d.siteClasses(), "site classes");
        assertEquals(g.get("international").asText(), d.internationalSymbol());
    }

    static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
