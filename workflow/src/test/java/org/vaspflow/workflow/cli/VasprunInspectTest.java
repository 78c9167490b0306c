package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.out.Eigenval;
import org.vaspflow.io.vasp.out.EigenvalReader;
import org.vaspflow.io.vasp.out.Procar;
import org.vaspflow.io.vasp.out.ProcarReader;

/** {@code vaspflow inspect} of vasprun.xml: the CLI.md keys against each golden summary, and {@code --arrays}. */
class VasprunInspectTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> goldenSummaries() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = java.nio.file.Files.list(SharedData.data("golden"))) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode golden = SharedData.readJson(g);
                JsonNode s = golden.path("summary");
                String from = s.path("from").asText();
                if (!golden.path("files").path(from).path("parser").asText().endsWith("Vasprun")) {
                    continue;
                }
                Path file = SharedData.root().resolve(golden.get("path").asText().replaceFirst("^shared/", ""))
                        .resolve(from);
                tests.add(DynamicTest.dynamicTest(golden.get("case").asText(), () -> summary(file, s)));
            }
        }
        assertTrue(tests.size() >= 18, "vasprun summaries: " + tests.size());
        return tests.stream();
    }

    private static void summary(Path file, JsonNode s) throws Exception {
        JsonNode e = inspect(file, false);
        assertEquals("vasprun", e.get("format").asText());
        assertEquals(s.get("vasp_version").asText(), e.get("vasp_version").asText());
        assertEquals(s.get("final_energy").asDouble(), e.get("final_energy").asDouble(), 1e-6);
        if (s.get("efermi").isNumber()) {
            assertEquals(s.get("efermi").asDouble(), e.get("efermi").asDouble(), 1e-6);
        }
        assertEquals(s.get("ISPIN").asInt(), e.get("ispin").asInt());
        assertEquals(s.get("nkpoints").asInt(), e.get("nkpoints").asInt());
        assertEquals(s.get("NBANDS").asInt(), e.get("nbands").asInt());
        assertEquals(s.get("converged_electronic").asBoolean(), e.get("converged_electronic").asBoolean());
        assertEquals(s.get("converged_ionic").asBoolean(), e.get("converged_ionic").asBoolean());
        if (s.has("formula")) {
            assertEquals(s.get("formula").asText(), e.get("formula").asText());
            assertEquals(s.get("nsites").asInt(), e.get("natoms").asInt());
            assertEquals(s.get("final_energy_per_atom").asDouble(), e.get("final_energy_per_atom").asDouble(), 1e-6);
        } else {
            // pymatgen has no final structure for a file cut before finalpos; the last ionic step's stands in
            assertEquals(s.get("final_energy").asDouble() / e.get("natoms").asInt(),
                    e.get("final_energy_per_atom").asDouble(), 1e-9);
        }
        assertEquals(s.has("formula"), e.get("complete").asBoolean(), "complete");
    }

    @Test
    void damagedFileSaysWhere() throws Exception {
        JsonNode e = inspect(SharedData.data("vasp/v2o5-interrupted-vasprun/vasprun.xml"), false);
        assertFalse(e.get("complete").asBoolean());
        assertEquals(48155, e.get("damage").get("line").asInt());
        assertEquals(5, e.get("n_ionic_steps").asInt());
    }

    /** The array sums agree with what other files of the same run say: EIGENVAL, PROCAR, pymatgen's total DOS. */
    @Test
    void arraysAgreeWithTheOtherFilesOfTheRun() throws Exception {
        Path dir = SharedData.data("vasp/k4sn4o6-spin-doscar-procar");
        JsonNode a = inspect(dir.resolve("vasprun.xml"), true).get("arrays");
        Eigenval ev = EigenvalReader.read(dir.resolve("EIGENVAL"));
        assertEquals(List.of(2, 1, 80), shape(a.get("eigenvalues")));
        assertEquals(sum(ev.energiesEv()), a.get("eigenvalues").get("sum").asDouble(), 1e-3);
        assertEquals(sum(ev.occupations()), a.get("occupations").get("sum").asDouble(), 1e-3);
        Procar p = ProcarReader.read(dir.resolve("PROCAR"));
        double procar = 0;
        for (float w : p.weightsByOrbital()) {
            procar += w;
        }
        assertEquals(List.of(2, 1, 80, 14, 9), shape(a.get("projected")));
        assertEquals(procar, a.get("projected").get("sum").asDouble(), 0.5e-3 * p.weightsByOrbital().length);
        JsonNode tdos = SharedData.golden("k4sn4o6-spin-doscar-procar").get("files").get("vasprun.xml").get("tdos");
        assertEquals(tdos.get("sum_density").get("up").asDouble() + tdos.get("sum_density").get("down").asDouble(),
                a.get("dos_total").get("sum").asDouble(), 1e-6);
        assertEquals(List.of(2, tdos.get("nedos").asInt()), shape(a.get("dos_total")));
        assertEquals(List.of(14, 2, 9, tdos.get("nedos").asInt()), shape(a.get("dos_projected")));
    }

    private static List<Integer> shape(JsonNode arr) {
        List<Integer> out = new ArrayList<>();
        arr.get("shape").forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static JsonNode inspect(Path file, boolean arrays) throws Exception {
        CliTestSupport.Result r = arrays ? CliTestSupport.run("inspect", file.toString(), "--json", "--arrays")
                : CliTestSupport.run("inspect", file.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        return MAPPER.readTree(r.out()).get(0);
    }
}
