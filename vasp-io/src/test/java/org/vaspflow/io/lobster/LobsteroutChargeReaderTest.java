package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** lobsterout and CHARGE.lobster against pymatgen's {@code Lobsterout.get_doc()} and {@code Charge}. */
class LobsteroutChargeReaderTest {
    static void checkLobsterout(Path file, JsonNode g) {
        Lobsterout o = LobsteroutReader.read(file);
        if (g.has("error")) {
            // pymatgen raises UnboundLocalError for a run without the "finished in" line; vaspflow flags it
            assertFalse(o.completeness().complete());
            assertTrue(Double.isNaN(o.wallTimeSeconds()));
            assertFalse(o.version().isEmpty());
            return;
        }
        JsonNode d = g.get("doc");
        assertTrue(o.completeness().complete());
        assertEquals(d.get("lobster_version").asText(), o.version());
        assertEquals(d.get("threads").asInt(), o.threads());
        assertEquals(d.get("Dftprogram").asText(), o.dftProgram());
        assertEquals(d.get("restart_from_projection").asBoolean(), o.restartedFromProjection());
        assertSpilling(d.get("chargespilling"), o.chargeSpillingPercent());
        assertSpilling(d.get("totalspilling"), o.totalSpillingPercent());
        assertEquals(strings(d.get("elements")), o.elements());
        assertEquals(strings(d.get("basistype")), o.basisTypes());
        List<List<String>> basis = new ArrayList<>();
        d.get("basisfunctions").forEach(n -> basis.add(strings(n)));
        assertEquals(basis, o.basisFunctions());
        assertEquals(strings(d.get("warnings")), o.warnings());
        assertEquals(strings(d.get("infos")), o.infos());
        // pymatgen takes every line with the word "orthonormalized", e.g. "calculating orthonormalized pDOS...";
        // vaspflow only the warnings
        assertEquals(strings(d.get("orthonormalization")).stream().filter(o.warnings()::contains).toList(),
                o.orthonormalizationWarnings());
        JsonNode t = d.get("timing");
        assertEquals(seconds(t.get("walltime")), o.wallTimeSeconds(), 1e-9);
        assertEquals(seconds(t.get("usertime")), o.userTimeSeconds(), 1e-9);
        assertEquals(seconds(t.get("sys_time")), o.sysTimeSeconds(), 1e-9);
        assertEquals(d.get("hasDOSCAR").asBoolean(), o.wrote("DOSCAR.lobster"));
        if (o.version().startsWith("v5")) {
            // pymatgen 2022.11.7 looks for LOBSTER 4's "writing COHPCAR.lobster and ICOHPLIST.lobster..." and
            // misses LOBSTER 5's "writing COHPCAR.lobster..." / "Writing ICOHPLIST.lobster"
            assertFalse(d.get("hasCOHPCAR").asBoolean() || d.get("hasCOOPCAR").asBoolean() || d.get("hasCOBICAR").asBoolean());
            assertTrue(o.wrote("COHPCAR.lobster") && o.wrote("COOPCAR.lobster") && o.wrote("COBICAR.lobster"));
        } else {
            // pymatgen 2022.11.7 swaps these two: its has_COHPCAR looks for the COOPCAR line and vice versa
            assertEquals(d.get("hasCOHPCAR").asBoolean(), o.wrote("COOPCAR.lobster"));
            assertEquals(d.get("hasCOOPCAR").asBoolean(), o.wrote("COHPCAR.lobster"));
            assertEquals(d.get("hasCOBICAR").asBoolean(), o.wrote("COBICAR.lobster"));
        }
        assertEquals(d.get("hasGrossPopuliation").asBoolean(), o.wrote("GROSSPOP.lobster"));
        assertEquals(d.get("hasmadelung").asBoolean(), o.wrote("MadelungEnergies.lobster"));
        assertEquals(d.get("hasDensityOfEnergies").asBoolean(), o.wrote("DensityOfEnergy.lobster"));
        assertEquals(d.get("hasProjection").asBoolean(), o.savedProjection());
        assertEquals(d.get("hasbandoverlaps").asBoolean(), o.warnings().stream().anyMatch(w -> w.contains("bandOverlaps.lobster")));
        // pymatgen's hasCHARGE is "no SKIPPING line", true even when CHARGE.lobster was not written (nocohp);
        // vaspflow reports what LOBSTER says it wrote
        if (o.wrote("CHARGE.lobster")) {
            assertTrue(d.get("hasCHARGE").asBoolean());
        }
    }

    private static void assertSpilling(JsonNode fractions, double[] percent) {
        assertEquals(fractions.size(), percent.length);
        for (int i = 0; i < percent.length; i++) {
            assertEquals(fractions.get(i).asDouble(), percent[i] / 100, 1e-12);
        }
    }

    private static double seconds(JsonNode t) {
        return t.get("h").asInt() * 3600 + t.get("min").asInt() * 60 + t.get("s").asInt() + t.get("ms").asInt() / 1000.0;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static void checkCharge(Path file, JsonNode g) {
        Charge c = ChargeReader.read(file);
        assertTrue(c.completeness().complete());
        if (g.has("error")) {
            // CHARGE.LCFO.lobster: pymatgen fails (IndexError); fragments with Löwdin charges only
            assertTrue(c.atoms().size() > 0);
            assertTrue(Arrays.stream(c.mulliken()).allMatch(Double::isNaN));
            assertEquals(0, Arrays.stream(c.loewdin()).sum(), 0.05, "fragments' Löwdin charges add up to ~0");
            return;
        }
        assertEquals(g.get("num_atoms").asInt(), c.atoms().size());
        for (int i = 0; i < c.atoms().size(); i++) {
            assertEquals(g.get("atomlist").get(i).asText(), c.atoms().get(i));
            assertEquals(g.get("types").get(i).asText(), c.elements().get(i));
            assertEquals(g.get("Mulliken").get(i).asDouble(), c.mulliken()[i], 0);
            assertEquals(g.get("Loewdin").get(i).asDouble(), c.loewdin()[i], 0);
        }
    }

    @Test
    void lobster51WritingLinesAndLcfoFiles() {
        Lobsterout o = LobsteroutReader.read(SharedData.data("lobster/nacl-v51-lcfo/lobsterout"));
        assertTrue(o.wrote("ICOHPLIST.lobster"), "LOBSTER 5.1 'Writing ICOHPLIST.lobster'");
        assertTrue(o.wrote("DOSCAR.LCFO.lobster"));
        assertTrue(o.wrote("POLARIZATION.lobster"));
        assertEquals(0, o.totalSpillingPercent().length);
        assertEquals(0.30, o.chargeSpillingPercent()[0], 0);
        assertEquals(List.of("Cl", "Na"), o.elements());
        assertEquals(List.of("bunge", "bunge"), o.basisTypes());
        assertTrue(o.infos().contains("No errors detected in LCFO definition..."));
    }

    @Test
    void chargeCutBeforeItsTotalIsFlagged() {
        Charge c = ChargeReader.parse("CHARGE.lobster", """
                MULLIKEN and LOEWDIN POPULATION ANALYSIS

                  atom#    atom      Mulliken charge       Loewdin charge
                      1      Li                 0.71                 0.71
                """);
        assertFalse(c.completeness().complete());
        assertEquals(List.of("Li1"), c.atoms());
    }

    @Test
    void contracts(@TempDir Path tmp) {
        ReaderContract.of(LobsteroutReader::read)
                .comparing(o -> List.of(o.version(), Arrays.toString(o.totalSpillingPercent()), o.writtenFiles(),
                        o.completeness()))
                .check(SharedData.data("lobster/lif-spin-lobster41/lobsterout"), tmp.resolve("a"));
        ReaderContract.of(ChargeReader::read)
                .comparing(c -> List.of(c.atoms(), Arrays.toString(c.mulliken()), Arrays.toString(c.loewdin())))
                .check(SharedData.data("lobster/lif-spin-lobster41/CHARGE.lobster"), tmp.resolve("b"));
        ReaderContract.of(ChargeReader::read)
                .comparing(c -> List.of(c.atoms(), Arrays.toString(c.loewdin())))
                .check(SharedData.data("lobster/nacl-v51-lcfo/CHARGE.LCFO.lobster"), tmp.resolve("c"));
    }
}
