package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.workflow.hpc.ShellQuote;

/** run → status → results → retry/cancel → diagnose through the command line, with the fake-vasp test double. */
class CampaignCommandsTest {
    @TempDir
    Path dir;

    @Test
    void runStatusResultsCancelRetry() throws Exception {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, """
                campaign: cli
                matrix:
                  materials: [{name: feo, structure: "%s"}]
                  charges: [0, 1, -1]
                steps:
                  - name: relax
                    incar: {NSW: 3}
                  - name: static
                    after: relax
                    carry: [CONTCAR]
                    incar: {NSW: 0}
                """.formatted(SharedData.data("vasp/feo-afm-ldau-relax/POSCAR")));
        String vasp = "FAKE_VASP_DATA=" + ShellQuote.quote(SharedData.data("vasp/feo-afm-ldau-relax").toString())
                + " FAKE_VASP_ERRORS=" + ShellQuote.quote(SharedData.data("errors").toString()) + " "
                + ShellQuote.quote(Path.of("src/test/fake-vasp/fake-vasp").toAbsolutePath().toString());
        var dry = CliTestSupport.run("run", yaml.toString(), "--dry-run", "--vasp-cmd", vasp);
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(Files.isRegularFile(dir.resolve("runs/feo-q-1/relax/INCAR")));
        assertTrue(Files.notExists(dir.resolve("runs/feo-q-1/relax/OUTCAR")));

        var cancel = CliTestSupport.run("cancel", "feo-q-1/static", "--campaign", dir.toString());
        assertEquals(0, cancel.exitCode(), cancel.err());
        var run = CliTestSupport.run("run", yaml.toString(), "--vasp-cmd", vasp, "--poll", "0.05");
        assertEquals(1, run.exitCode(), "one calculation is cancelled: " + run.err());

        JsonNode status = Json.MAPPER.readTree(CliTestSupport.run("status", dir.toString(), "--json").out());
        assertEquals(5, status.path("counts").path("DONE").asInt());
        assertEquals(1, status.path("counts").path("CANCELLED").asInt());
        assertEquals(6, status.path("calculations").size());

        var retry = CliTestSupport.run("retry", "feo-q-1/static", "--campaign", yaml.toString());
        assertEquals(0, retry.exitCode(), retry.err());
        assertEquals(0, CliTestSupport.run("run", yaml.toString(), "--vasp-cmd", vasp, "--poll", "0.05").exitCode());

        String csv = CliTestSupport.run("results", dir.toString(), "--csv").out();
        assertEquals(7, csv.strip().split("\n").length, csv);
        assertTrue(csv.contains("feo-q+1/static,static,1,-28.21851457"), csv);
        JsonNode results = Json.MAPPER.readTree(CliTestSupport.run("results", dir.toString(), "--json").out());
        assertEquals(6, results.size());
    }

    @Test
    void diagnoseJsonNamesCustodianErrors() throws Exception {
        var r = CliTestSupport.run("diagnose", SharedData.data("errors/zpotrf/vasp.out").toString(),
                SharedData.data("errors/potim").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = Json.MAPPER.readTree(r.out());
        JsonNode first = out.get(0).path("errors").get(0);
        assertEquals("zpotrf", first.path("id").asText());
        assertEquals(16, first.path("line").asInt());
        assertEquals("LAPACK: Routine ZPOTRF failed!           1           1           1", first.path("text").asText());
        assertEquals(0, first.path("correction").get(0).path("set").path("ISYM").asInt(-1));
        String potim = out.toString();
        assertTrue(potim.contains("\"id\":\"potim\"") && potim.contains("\"id\":\"positive_energy\""), potim);
    }
}
