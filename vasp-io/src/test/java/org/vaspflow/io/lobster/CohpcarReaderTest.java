package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/**
 * COHPCAR/COOPCAR/COBICAR against pymatgen's {@code Cohpcar} (called per case by {@link LobsterCasesTest}): grid,
 * bond labels, lengths and sites, the average and first bond at E_F, at the last point and summed, and the
 * orbital-resolved sets.
 */
class CohpcarReaderTest {
    private static final String[] SPINS = {"up", "down"};

    static void checkGolden(Path file, JsonNode g) {
        Cohpcar c = CohpcarReader.read(file);
        assertTrue(c.completeness().complete());
        if (g.has("error")) {
            // LCFO COHPCAR: pymatgen fails on fragment labels (ValueError 'a1' is not in list); vaspflow reads them
            assertTrue(c.sets().stream().anyMatch(s -> s.atom1().startsWith("NaCl_") && s.isOrbitalResolved()));
            return;
        }
        assertEquals(g.get("n_energy_points").asInt(), c.nEnergies());
        assertEquals(g.get("efermi").asDouble(), c.efermiEv(), 0);
        assertEquals(g.get("energies_first_last").get(0).asDouble(), c.energiesEv()[0], 0);
        assertEquals(g.get("energies_first_last").get(1).asDouble(), c.energiesEv()[c.nEnergies() - 1], 0);
        assertEquals(g.get("is_spin_polarized").asBoolean(), c.nSpins() == 2);
        List<Integer> whole = new ArrayList<>();
        for (int i = 0; i < c.sets().size(); i++) {
            if (!c.sets().get(i).isOrbitalResolved()) {
                whole.add(i);
            }
        }
        assertEquals(g.get("n_bonds").asInt(), whole.size(), "average + bonds");
        for (int k = 0; k < whole.size(); k++) {
            Cohpcar.DataSet set = c.sets().get(whole.get(k));
            assertEquals(g.get("bond_labels").get(k).asText(), set.bondLabel());
            JsonNode bond = g.get("bonds").get(set.bondLabel());
            if (k > 0 && bond != null) {
                assertEquals(bond.get("length").asDouble(), set.lengthAngstrom(), 0);
                assertEquals(bond.get("sites").get(0).asInt(), Icohplist.Bond.siteIndex(set.atom1()));
                assertEquals(bond.get("sites").get(1).asInt(), Icohplist.Bond.siteIndex(set.atom2()));
            }
        }
        int i0 = g.get("index_closest_to_zero").asInt();
        assertEquals(g.get("energy_closest_to_zero").asDouble(), c.energiesEv()[i0], 0);
        checkSet(c, 0, g.get("average"), i0);
        checkSet(c, whole.get(1), g.get("first_bond"), i0);
        checkOrbitals(c, g);
    }

    private static void checkSet(Cohpcar c, int set, JsonNode want, int i0) {
        for (int s = 0; s < c.nSpins(); s++) {
            assertEquals(want.get("cohp_at_i0").get(SPINS[s]).asDouble(), c.curve(s, set, i0), 0);
            assertEquals(want.get("icohp_at_i0").get(SPINS[s]).asDouble(), c.integral(s, set, i0), 0);
            assertEquals(want.get("icohp_last_point").get(SPINS[s]).asDouble(), c.integral(s, set, c.nEnergies() - 1), 0);
            double sum = 0;
            for (int e = 0; e < c.nEnergies(); e++) {
                sum += c.curve(s, set, e);
            }
            double expected = want.get("cohp_sum").get(SPINS[s]).asDouble();
            assertEquals(expected, sum, 1e-6 * Math.max(1e-3, Math.abs(expected)), "sum of set " + set);
        }
    }

    private static void checkOrbitals(Cohpcar c, JsonNode g) {
        boolean present = g.get("orb_res_cohp_present").asBoolean();
        assertEquals(present, c.sets().stream().anyMatch(Cohpcar.DataSet::isOrbitalResolved));
        if (!present) {
            return;
        }
        assertEquals(g.get("orb_res_cohp_n_bonds").asInt(), c.sets().stream()
                .filter(Cohpcar.DataSet::isOrbitalResolved).map(Cohpcar.DataSet::bondLabel).distinct().count());
        JsonNode first = g.get("orb_res_first_bond");
        List<String> ours = c.sets().stream()
                .filter(s -> s.isOrbitalResolved() && s.bondLabel().equals(first.get("label").asText()))
                .map(s -> pymatgenOrbital(s.orbital1()) + "-" + pymatgenOrbital(s.orbital2())).toList();
        for (int k = 0; k < first.get("orbitals").size(); k++) {
            assertEquals(first.get("orbitals").get(k).asText(), ours.get(k));
        }
    }

    /** pymatgen's Orbital names: {@code 4p_y} → {@code 4py}, {@code 3d_z^2} → {@code 3dz2}, {@code 3d_x^2-y^2} → {@code 3dx2}. */
    private static String pymatgenOrbital(String lobster) {
        return lobster.replace("x^2-y^2", "x2").replace("^", "").replace("_", "");
    }

    @Test
    void aFileCutInTheDataRowsKeepsTheRowsRead() {
        String text = new String(ReaderContract.plainBytes(SharedData.data("lobster/nacl-v51-lcfo/COHPCAR.lobster")),
                StandardCharsets.ISO_8859_1);
        Cohpcar whole = CohpcarReader.parse("COHPCAR.lobster", text);
        String[] lines = text.split("\n");
        String cut = String.join("\n", Arrays.copyOf(lines, lines.length - 3)) + "\n";
        Cohpcar part = CohpcarReader.parse("COHPCAR.lobster", cut);
        assertFalse(part.completeness().complete());
        assertEquals(whole.nEnergies() - 3, part.nEnergies());
        assertEquals(whole.integral(0, 1, 5), part.integral(0, 1, 5), 0);
        assertEquals(Icohplist.Kind.COBI, CohpcarReader.parse("COBICAR.lobster", text).kind());
    }

    @Test
    void multiCentreLabelsAreKeptAsWritten() {
        String text = """
                ESCALE ; COBI file generated by LOBSTER. Energy is shifted such that the Fermi level lies at 0 eV.
                       2          1          2  -1.00000e+00   1.00000e+00  -5.00000e-01
                Average
                No.13:Ge1[0 0 0]->Te2[1 0 0]->Ge3[0 1 0]
                -1.0 0.1 0.2 0.3 0.4
                 1.0 0.5 0.6 0.7 0.8
                """;
        Cohpcar c = CohpcarReader.parse("COBICAR.lobster", text);
        assertEquals("13", c.sets().get(1).bondLabel());
        assertEquals("No.13:Ge1[0 0 0]->Te2[1 0 0]->Ge3[0 1 0]", c.sets().get(1).label());
        assertEquals(0.8, c.integral(0, 1, 1), 0);
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(CohpcarReader::read)
                .comparing(c -> List.of(c.sets().size(), c.nEnergies(), c.completeness(), Arrays.stream(c.integrals()).sum()))
                .check(SharedData.data("lobster/nacl-v51-lcfo/COHPCAR.lobster"), tmp.resolve("a"));
        ReaderContract.of(CohpcarReader::read).cuts(30).flips(10)
                .comparing(c -> List.of(c.sets().size(), c.nEnergies(), Arrays.stream(c.curves()).sum()))
                .check(SharedData.data("lobster/fe-spin-lobster2/COOPCAR.lobster.gz"), tmp.resolve("b"));
    }
}
