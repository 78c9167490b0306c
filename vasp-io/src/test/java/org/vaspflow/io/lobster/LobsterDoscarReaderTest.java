package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** DOSCAR.lobster against pymatgen's lobster {@code Doscar} (which needs a structure file; this reader does not). */
class LobsterDoscarReaderTest {
    private static final String[] SPINS = {"up", "down"};

    static void checkGolden(Path file, JsonNode g) {
        LobsterDoscar d = LobsterDoscarReader.read(file);
        assertTrue(d.completeness().complete());
        if (g.has("error")) {
            // lif-spin-lobster41 ships no structure file, so pymatgen could not read it; vaspflow needs none
            Charge c = ChargeReader.read(file.resolveSibling("CHARGE.lobster"));
            assertEquals(c.elements(), d.atoms().stream().map(a -> a.element().symbol()).toList());
            return;
        }
        assertEquals(g.get("nedos").asInt(), d.total().nEnergies());
        assertEquals(g.get("is_spin_polarized").asBoolean(), d.total().nSpins() == 2);
        assertEquals(g.get("energies_first_last").get(0).asDouble(), d.total().energiesEv()[0], 0);
        assertEquals(g.get("energies_first_last").get(1).asDouble(), d.total().energiesEv()[d.total().nEnergies() - 1], 0);
        List<String> orbitals = new ArrayList<>();
        g.get("orbitals_site0").forEach(n -> orbitals.add(n.asText()));
        assertEquals(orbitals, d.atoms().get(0).orbitals());
        for (int s = 0; s < d.total().nSpins(); s++) {
            double sum = 0;
            for (int e = 0; e < d.total().nEnergies(); e++) {
                sum += d.total().total()[s * d.total().nEnergies() + e];
            }
            double want = g.get("tdos_sum").get(SPINS[s]).asDouble();
            assertEquals(want, sum, Math.abs(want) * 1e-9 + 1e-9);
        }
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(LobsterDoscarReader::read)
                .comparing(d -> List.of(d.atoms().size(), d.total().nEnergies(), d.completeness()))
                .check(SharedData.data("lobster/lif-spin-lobster41/DOSCAR.lobster"), tmp);
    }
}
