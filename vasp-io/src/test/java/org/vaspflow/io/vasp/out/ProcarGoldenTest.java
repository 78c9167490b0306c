package org.vaspflow.io.vasp.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** PROCAR against pymatgen's {@code Procar}: shapes exact, sums and occupations to file precision. */
class ProcarGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        List<DynamicTest> tests = GoldenCases.byParser("Procar", ProcarGoldenTest::check);
        assertTrue(tests.size() >= 4, "PROCAR golden cases: " + tests.size());
        return tests.stream();
    }

    static void check(Path file, JsonNode g) {
        Procar p = ProcarReader.read(file);
        assertTrue(p.completeness().complete(), p.completeness().toString());
        assertEquals(g.get("nkpoints").asInt(), p.nKpoints());
        assertEquals(g.get("nbands").asInt(), p.nBands());
        assertEquals(g.get("nions").asInt(), p.nIons());
        List<String> orbitals = new ArrayList<>();
        g.get("orbitals").forEach(n -> orbitals.add(n.asText()));
        assertEquals(orbitals, p.orbitals());
        assertEquals(g.get("spins").size(), p.nSpins());
        double wsum = 0;
        for (double w : p.weights()) {
            wsum += w;
        }
        assertEquals(g.get("weights_sum").asDouble(), wsum, 1e-8);
        String[] spinNames = {"up", "down"};
        int per = p.nKpoints() * p.nBands() * p.nIons() * p.orbitals().size();
        for (int s = 0; s < p.nSpins(); s++) {
            double sum = 0;
            for (int i = s * per; i < (s + 1) * per; i++) {
                sum += p.weightsByOrbital()[i];
            }
            assertEquals(g.get("data_sum").get(spinNames[s]).asDouble(), sum, 1e-3 * Math.max(1, per * 1e-4),
                    "data sum " + spinNames[s]);
            JsonNode occ = g.get("get_occupation");
            for (int o = 0; o < p.orbitals().size(); o++) {
                JsonNode v = occ.get("0|" + p.orbitals().get(o));
                if (v != null && v.has(spinNames[s])) {
                    assertEquals(v.get(spinNames[s]).asDouble(), p.occupation(s, 0, o), 1e-5,
                            "occupation ion 0 " + p.orbitals().get(o));
                }
            }
        }
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(ProcarReader::read)
                .comparing(p -> List.of(p.nKpoints(), p.nBands(), p.nIons(), p.completeness(), p.occupation(0, 0, 0)))
                .cuts(100).check(SharedData.data("vasp/procar-lm-8ions/PROCAR.gz"), tmp);
    }
}
