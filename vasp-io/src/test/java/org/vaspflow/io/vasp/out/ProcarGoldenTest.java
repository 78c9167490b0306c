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
        assertEquals(p.hasPhase() ? 2 * p.weightsByOrbital().length : 0, p.phase().length, "phase factors");
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
            double expected = g.get("data_sum").get(spinNames[s]).asDouble();
            assertEquals(expected, sum, Math.abs(expected) * 1e-6, "data sum " + spinNames[s]);
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
    void phaseFactorsOfTheVasp544Layout() {
        Procar p = ProcarReader.read(SharedData.data("vasp/procar-phase-vasp544/PROCAR.new_format_5.4.4.gz"));
        assertTrue(p.hasPhase());
        // band 1 of k-point 1, ion 1: "1 -0.130  0.199  -0.000 -0.000 …": s = (-0.130, 0.199)
        assertEquals(-0.130f, p.phase()[0]);
        assertEquals(0.199f, p.phase()[1]);
        // ion 3, s: "3 -0.314  0.480 …"
        assertEquals(-0.314f, p.phase()[2 * 2 * p.orbitals().size()]);
        assertEquals(0.480f, p.phase()[2 * 2 * p.orbitals().size() + 1]);
    }

    @Test
    void spinOrbitTablesAndFusedKpointCoordinates() {
        String table = """
                ion      s      p      d    tot
                    1  0.100  0.200  0.300  0.600
                    2  0.010  0.020  0.030  0.060
                tot    0.110  0.220  0.330  0.660
                    1  0.001  0.002  0.003  0.006
                    2  0.000  0.000  0.000  0.000
                tot    0.001  0.002  0.003  0.006
                    1  0.000  0.000  0.000  0.000
                    2  0.000  0.000  0.000  0.000
                tot    0.000  0.000  0.000  0.000
                    1  0.000  0.000 -0.250 -0.250
                    2  0.000  0.000  0.250  0.250
                tot    0.000  0.000  0.000  0.000

                """;
        String text = "PROCAR lm decomposed\n# of k-points:    1         # of bands:    2         # of ions:    2\n\n"
                + " k-point     1 :    0.00000000 0.50000000-0.25000000     weight = 1.00000000\n\n"
                + "band     1 # energy   -5.00000000 # occ.  1.00000000\n\n" + table
                + "band     2 # energy   -4.00000000 # occ.  0.50000000\n\n" + table;
        Procar p = ProcarReader.parse("PROCAR", text);
        assertTrue(p.completeness().complete(), p.completeness().toString());
        assertEquals(1, p.nSpins());
        assertEquals(List.of("s", "p", "d"), p.orbitals());
        assertEquals(-0.25, p.kpoints()[2], 0);
        assertEquals(0.3f, p.weight(0, 0, 1, 0, 2));
        assertEquals(3 * 2 * 2 * 3, p.magnetization().length);
        // [axis z][k 0][band 1][ion 1][d]
        assertEquals(0.25f, p.magnetization()[(((2 * 1 + 0) * 2 + 1) * 2 + 1) * 3 + 2]);
        assertEquals(-4.0, p.energiesEv()[1], 0);
        assertEquals(0.5, p.occupations()[1], 0);
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(ProcarReader::read)
                .comparing(p -> List.of(p.nKpoints(), p.nBands(), p.nIons(), p.completeness(), p.occupation(0, 0, 0)))
                .cuts(100).check(SharedData.data("vasp/procar-lm-8ions/PROCAR.gz"), tmp);
    }
}
