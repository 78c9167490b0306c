package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;

/**
 * Lattices, species and fractional coordinates of every POSCAR/CONTCAR-sourced golden structure
 * ({@code golden/inputs/<case>.json}, field {@code structure}, read by pymatgen's {@code Poscar.from_file}) agree to
 * 1e-8.
 */
class PoscarGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenStructures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        JsonNode cases = SharedData.readJson(SharedData.data("golden/inputs/index.json")).get("cases");
        for (Iterator<Map.Entry<String, JsonNode>> it = cases.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("structure_file").asText("");
            String base = Path.of(file).getFileName() == null ? "" : Path.of(file).getFileName().toString();
            if (!base.startsWith("POSCAR") && !base.startsWith("CONTCAR")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), file)));
        }
        assertTrue(tests.size() >= 15, "golden POSCAR cases: " + tests.size());
        return tests.stream();
    }

    private static void check(String caseName, String file) {
        Path path = SharedData.root().resolve(file.replaceFirst("^shared/", ""));
        assertTrue(Files.exists(path), path.toString());
        JsonNode golden = SharedData.goldenInputs(caseName).get("structure");
        Structure s = PoscarReader.read(path).structure();
        assertEquals(golden.get("nsites").asInt(), s.size());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(golden.get("lattice").get(i).get(j).asDouble(), s.lattice().get(i, j), 1e-8);
            }
        }
        for (int k = 0; k < s.size(); k++) {
            assertEquals(golden.get("species").get(k).asText(), s.site(k).element().symbol(), "species of site " + k);
            for (int i = 0; i < 3; i++) {
                assertEquals(golden.get("frac_coords").get(k).get(i).asDouble(), s.site(k).frac(i), 1e-8,
                        "site " + k);
            }
        }
        assertEquals(golden.get("formula").asText(), s.formula());
        assertEquals(golden.get("reduced_formula").asText(), s.reducedFormula());
    }
}
