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
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
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

    /** The same crystals in another basis (a unimodular change, det +1) and with another origin. */
    @TestFactory
    List<DynamicTest> sameAnswerInAnotherSetting() throws IOException {
        int[][] u = {{1, 1, 0}, {0, 1, 0}, {1, 1, 1}};
        double[][] uinv = M3.inverse(M3.toDouble(u));
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : goldenInputFiles()) {
            JsonNode golden = SharedData.readJson(file);
            Structure s = GoldenCases.structure(golden.get("structure"));
            JsonNode g = golden.get("symmetry").get("spglib").get("1e-3");
            tests.add(DynamicTest.dynamicTest(golden.get("case").asText(), () -> {
                double[][] rows = M3.mul(M3.toDouble(u), s.lattice().matrix());
                List<Site> sites = new ArrayList<>();
                for (Site site : s.sites()) {
                    double[] f = site.fracCoords();
                    double[] moved = new double[3];
                    for (int j = 0; j < 3; j++) {
                        moved[j] = f[0] * uinv[0][j] + f[1] * uinv[1][j] + f[2] * uinv[2][j] + 0.123 * (j + 1);
                    }
                    sites.add(site.withFracCoords(moved));
                }
                SymmetryDataset d = SpaceGroupAnalyzer.analyze(new Structure(Lattice.fromMatrix(rows), sites), 1e-3);
                assertEquals(g.get("number").asInt(), d.spaceGroupNumber());
                assertEquals(g.get("n_operations").asInt(), d.nOperations());
                assertArrayEquals(ints(g.get("site_class")), d.siteClasses());
            }));
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
