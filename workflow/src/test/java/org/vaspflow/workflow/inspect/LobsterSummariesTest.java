package org.vaspflow.workflow.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.SharedData;

/** {@code inspect} JSON of every LOBSTER file in the corpus: the format key, and the CLI.md keys against golden values. */
class LobsterSummariesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> LOBSTER_FORMATS = Set.of("icohplist", "cohpcar", "lobsterout", "charge",
            "lobsterin", "grosspop", "doscar_lobster", "madelung_energies", "site_potentials");

    private static JsonNode inspect(Path file) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(Inspectors.inspect(file, true)));
    }

    @TestFactory
    Stream<DynamicTest> everyLobsterFileIsSummarised() throws Exception {
        try (Stream<Path> s = Files.walk(SharedData.data("lobster"))) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches("(?i).*(CONTCAR|POSCAR|vasprun|OUTCAR|OSZICAR|INCAR|KPOINTS).*"))
                    .filter(p -> !p.getFileName().toString().equals("DOSCAR")).sorted().toList();
            assertTrue(files.size() >= 50, "LOBSTER files: " + files.size());
            return files.stream().map(f -> DynamicTest.dynamicTest(SharedData.data().relativize(f).toString(), () -> {
                JsonNode e = inspect(f);
                assertTrue(LOBSTER_FORMATS.contains(e.get("format").asText()), e.get("format").asText());
                boolean unfinished = f.toString().contains("crash") || f.toString().contains("notfinished");
                assertEquals(!unfinished, e.get("complete").asBoolean(), e.toString());
            }));
        }
    }

    @Test
    void icohplistEntriesAsCliMdGivesThem() throws Exception {
        JsonNode golden = SharedData.golden("fe-spin-lobster2").get("files").get("ICOHPLIST.lobster");
        JsonNode e = inspect(SharedData.data("lobster/fe-spin-lobster2/ICOHPLIST.lobster"));
        assertEquals("icohplist", e.get("format").asText());
        assertEquals(golden.get("n_entries").asInt(), e.get("entries").size());
        for (int i = 0; i < e.get("entries").size(); i++) {
            JsonNode want = golden.get("entries").get(i);
            JsonNode got = e.get("entries").get(i);
            assertEquals(want.get("label").asText(), got.get("label").asText());
            assertEquals(List.of(want.get("atom1").asText(), want.get("atom2").asText()),
                    List.of(got.get("atoms").get(0).asText(), got.get("atoms").get(1).asText()));
            assertEquals(want.get("length").asDouble(), got.get("length").asDouble(), 0);
            assertEquals(want.get("icohp").get("up").asDouble(), got.get("icohp").get("up").asDouble(), 0);
            assertEquals(want.get("icohp").get("down").asDouble(), got.get("icohp").get("down").asDouble(), 0);
            assertEquals(want.get("translation"), got.get("translation"));
        }
        JsonNode nonSpin = inspect(SharedData.data("lobster/nacl-v51-lcfo/ICOHPLIST.lobster")).get("entries").get(0);
        assertFalse(nonSpin.get("icohp").has("down"), "down absent when not spin-polarised");
        assertEquals("Na1", nonSpin.get("atoms").get(0).asText());
        assertEquals(-0.56501, nonSpin.get("icohp").get("up").asDouble(), 0);
    }

    @Test
    void otherLobsterSummaries() throws Exception {
        JsonNode out = inspect(SharedData.data("lobster/gaas-spin-emmet/lobsterout.gz"));
        assertEquals("v4.1.0", out.get("lobster_version").asText());
        assertEquals(9.26, out.get("total_spilling_percent").get(1).asDouble(), 0);
        assertEquals(175.813, out.get("wall_time_s").asDouble(), 1e-9);
        JsonNode crash = inspect(SharedData.data("lobster/lobsterout-variants/crash/lobsterout"));
        assertFalse(crash.has("wall_time_s"));
        assertTrue(crash.has("damage"));
        JsonNode charge = inspect(SharedData.data("lobster/nacl-v51-lcfo/CHARGE.LCFO.lobster"));
        assertFalse(charge.has("mulliken"), "LCFO: Löwdin only");
        assertEquals(1.34, charge.get("loewdin").get(1).asDouble(), 0);
        JsonNode cohp = inspect(SharedData.data("lobster/fe-spin-lobster2/COHPCAR.lobster.gz"));
        assertEquals(2, cohp.get("n_bonds").asInt());
        assertEquals(List.of(2, 3, cohp.get("n_energies").asInt()), MAPPER.convertValue(
                cohp.get("arrays").get("cohp").get("shape"), List.class));
        JsonNode gp = inspect(SharedData.data("lobster/gaas-spin-emmet/GROSSPOP.lobster.gz"));
        assertEquals("Ga1", gp.get("atoms").get(0).get("atom").asText());
        assertEquals(12.87, gp.get("atoms").get(0).get("mulliken").get("total").get(0).asDouble(), 0);
        JsonNode site = inspect(SharedData.data("lobster/gaas-spin-emmet/SitePotentials.lobster.gz"));
        assertEquals(-0.68, site.get("madelung_mulliken_ev").asDouble(), 0);
        JsonNode in = inspect(SharedData.data("lobster/nacl-v51-lcfo/lobsterin"));
        assertEquals("3s", in.get("basis_functions").get("Na").get(0).asText());
    }
}
