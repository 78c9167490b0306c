package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** COHPCAR/COOPCAR/COBICAR against pymatgen's {@code Cohpcar}: grid, bonds, values at E_F and sums. */
class CohpcarGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        List<DynamicTest> tests = GoldenCases.byParser("Cohpcar", CohpcarGoldenTest::check);
        assertTrue(tests.size() >= 9);
        return tests.stream();
    }

    static void check(Path file, JsonNode g) {
        Cohpcar c = CohpcarReader.read(file);
        if (g.has("error")) {
            // LCFO COHPCAR: pymatgen fails on fragment labels (ValueError 'a1' is not in list)
            assertTrue(c.sets().size() > 1 || !c.completeness().complete());
            return;
        }
        assertEquals(g.get("n_energy_points").asInt(), c.nEnergies());
        assertEquals(g.get("efermi").asDouble(), c.efermiEv(), 1e-9);
        assertEquals(g.get("energies_first_last").get(0).asDouble(), c.energiesEv()[0], 1e-9);
        assertEquals(g.get("energies_first_last").get(1).asDouble(), c.energiesEv()[c.nEnergies() - 1], 1e-9);
        assertEquals(g.get("is_spin_polarized").asBoolean(), c.nSpins() == 2);
        long bonds = c.sets().stream().filter(s -> !s.isOrbitalResolved()).count();
        assertEquals(g.get("n_bonds").asInt(), bonds, "average + bonds");
        JsonNode fb = g.get("first_bond");
        int set = 1;
        int i0 = g.get("index_closest_to_zero").asInt();
        String[] spins = {"up", "down"};
        for (int s = 0; s < c.nSpins(); s++) {
            assertEquals(fb.get("cohp_at_i0").get(spins[s]).asDouble(), c.curve(s, set, i0), 1e-9);
            assertEquals(fb.get("icohp_at_i0").get(spins[s]).asDouble(), c.integral(s, set, i0), 1e-9);
            assertEquals(fb.get("icohp_last_point").get(spins[s]).asDouble(), c.integral(s, set, c.nEnergies() - 1), 1e-9);
            double sum = 0;
            for (int e = 0; e < c.nEnergies(); e++) {
                sum += c.curve(s, set, e);
            }
            assertEquals(fb.get("cohp_sum").get(spins[s]).asDouble(), sum, 1e-6 * Math.max(1, Math.abs(sum)));
        }
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(CohpcarReader::read)
                .comparing(c -> List.of(c.sets().size(), c.nEnergies(), c.completeness(), java.util.Arrays.stream(c.integrals()).sum()))
                .check(SharedData.data("lobster/nacl-v51-lcfo/COHPCAR.lobster"), tmp);
    }
}
