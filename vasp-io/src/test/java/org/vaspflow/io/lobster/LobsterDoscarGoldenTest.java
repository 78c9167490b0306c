package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** DOSCAR.lobster against pymatgen's lobster {@code Doscar} (which needs a structure file; this reader does not). */
class LobsterDoscarGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() {
        List<DynamicTest> tests = GoldenCases.select(e -> e.path("parser").asText().endsWith("lobster.Doscar"),
                (file, g) -> {
                    LobsterDoscar d = LobsterDoscarReader.read(file);
                    assertTrue(d.completeness().complete());
                    if (g.has("error")) {
                        assertTrue(d.atoms().size() > 0, "read where pymatgen needed a structure file");
                        return;
                    }
                    assertEquals(g.get("nedos").asInt(), d.total().nEnergies());
                    assertEquals(g.get("is_spin_polarized").asBoolean(), d.total().nSpins() == 2);
                    assertEquals(g.get("energies_first_last").get(0).asDouble(), d.total().energiesEv()[0], 1e-9);
                    List<String> orbitals = new ArrayList<>();
                    g.get("orbitals_site0").forEach(n -> orbitals.add(n.asText()));
                    assertEquals(orbitals, d.atoms().get(0).orbitals());
                    String[] spins = {"up", "down"};
                    for (int s = 0; s < d.total().nSpins(); s++) {
                        double sum = 0;
                        for (int e = 0; e < d.total().nEnergies(); e++) {
                            sum += d.total().total()[s * d.total().nEnergies() + e];
                        }
                        double want = g.get("tdos_sum").get(spins[s]).asDouble();
                        assertEquals(want, sum, Math.abs(want) * 1e-9 + 1e-9);
                    }
                });
        assertTrue(tests.size() >= 4);
        return tests.stream();
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(LobsterDoscarReader::read)
                .comparing(d -> List.of(d.atoms().size(), d.total().nEnergies(), d.completeness()))
                .check(SharedData.data("lobster/lif-spin-lobster41/DOSCAR.lobster"), tmp);
    }
}
