package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** MadelungEnergies.lobster and SitePotentials.lobster against pymatgen's {@code MadelungEnergies} and {@code SitePotential}. */
class MadelungSitePotentialsReaderTest {
    static void checkMadelung(Path file, JsonNode g) {
        MadelungEnergies m = MadelungEnergiesReader.read(file);
        JsonNode a = g.get("attributes");
        assertEquals(a.get("ewald_splitting").asDouble(), m.ewaldSplitting()[0], 0);
        assertEquals(a.get("madelungenergies_Mulliken").asDouble(), m.defaultMullikenEv(), 0);
        assertEquals(a.get("madelungenergies_Loewdin").asDouble(), m.defaultLoewdinEv(), 0);
    }

    static void checkSitePotentials(Path file, JsonNode g) {
        SitePotentials p = SitePotentialsReader.read(file);
        JsonNode a = g.get("attributes");
        assertTrue(p.completeness().complete());
        assertEquals(a.get("ewald_splitting").asDouble(), p.ewaldSplitting(), 0);
        assertEquals(a.get("num_atoms").asInt(), p.atoms().size());
        for (int i = 0; i < p.atoms().size(); i++) {
            assertEquals(a.get("atomlist").get(i).asText(), p.atoms().get(i));
            assertEquals(a.get("types").get(i).asText(), p.elements().get(i));
            assertEquals(a.get("sitepotentials_Mulliken").get(i).asDouble(), p.mullikenV()[i], 0);
            assertEquals(a.get("sitepotentials_Loewdin").get(i).asDouble(), p.loewdinV()[i], 0);
        }
        assertEquals(a.get("madelungenergies_Mulliken").asDouble(), p.madelungMullikenEv(), 0);
        assertEquals(a.get("madelungenergies_Loewdin").asDouble(), p.madelungLoewdinEv(), 0);
    }

    @Test
    void everyEwaldRowIsRead() {
        MadelungEnergies m = MadelungEnergiesReader.parse("MadelungEnergies.lobster", """
                Total Madelung/Ewald Energies in eV per unit cell.
                The first parameter is a default value that was determined by LOBSTER.

                         Ewald-          Energy          Energy
                      Parameter      (Mulliken)       (Loewdin)
                           3.14           -6.27           -6.14
                           2.00           -6.25           -6.12
                """);
        assertEquals(List.of(3.14, 2.00), Arrays.stream(m.ewaldSplitting()).boxed().toList());
        assertEquals(-6.12, m.loewdinEv()[1], 0);
    }

    @Test
    void sitePotentialsCutBeforeTheMadelungLineAreFlagged() {
        SitePotentials p = SitePotentialsReader.parse("SitePotentials.lobster", """
                Electrostatic site potentials (in V) using Ewald splitting parameter 3.14
                This first parameter is a default value that was determined by LOBSTER

                  atom#    atom      Potential       Potential
                                    (Mulliken)       (Loewdin)
                      1      Li          -8.79           -8.70
                """);
        assertFalse(p.completeness().complete());
        assertEquals(List.of("Li1"), p.atoms());
        assertTrue(Double.isNaN(p.madelungLoewdinEv()));
    }

    @Test
    void contracts(@TempDir Path tmp) {
        ReaderContract.of(MadelungEnergiesReader::read)
                .comparing(m -> Arrays.toString(m.mullikenEv()) + Arrays.toString(m.loewdinEv()))
                .check(SharedData.data("lobster/lif-spin-lobster41/MadelungEnergies.lobster"), tmp.resolve("a"));
        ReaderContract.of(SitePotentialsReader::read)
                .comparing(p -> List.of(p.atoms(), Arrays.toString(p.mullikenV()), p.madelungLoewdinEv()))
                .check(SharedData.data("lobster/gaas-spin-emmet/SitePotentials.lobster.gz"), tmp.resolve("b"));
    }
}
