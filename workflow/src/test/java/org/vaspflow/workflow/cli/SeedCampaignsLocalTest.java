package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;

/**
 * Both seed recipes from YAML to report through the local executor: {@code init}, {@code run --vasp-cmd} with the
 * fake-vasp double (each POSCAR kept as CONTCAR, so later steps build on it), {@code report}. The same recipes run
 * through sshd + Slurm in {@code exec.SeedCampaignsLiveTest}.
 */
class SeedCampaignsLocalTest {

    @ParameterizedTest
    @CsvSource({"nlmo-ru-dopant-screen, 20", "nlro-cascade-catalysis, 52"})
    void recipeRunsToDoneLocallyAndReports(String recipe, int calculations, @TempDir Path dir) throws Exception {
        Path campaign = dir.resolve(recipe);
        assertEquals(0, CliTestSupport.run("init", recipe, "--out", campaign.toString()).exitCode());
        String vasp = "FAKE_VASP_CONTCAR=poscar FAKE_VASP_DATA="
                + ShellQuote.quote(SharedData.data("vasp/feo-afm-ldau-relax").toString())
                + " FAKE_VASP_ERRORS=" + ShellQuote.quote(SharedData.data("errors").toString()) + " "
                + ShellQuote.quote(Path.of("src/test/fake-vasp/fake-vasp").toAbsolutePath().toString());
        CliTestSupport.Result run = CliTestSupport.run("run", campaign.resolve(recipe + ".yaml").toString(),
                "--vasp-cmd", vasp, "--jobs", "2", "--poll", "0.05", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(calculations, Json.MAPPER.readTree(run.out()).get("counts").get("DONE").asInt(), run.out());
        try (Store store = Store.open(campaign.resolve(Store.FILE_NAME))) {
            for (Calculation c : store.all()) {
                assertEquals(CalcState.DONE, c.state(), c.name());
            }
        }
        CliTestSupport.Result report = CliTestSupport.run("report", campaign.toString(), "--json");
        assertEquals(0, report.exitCode(), report.err());
        String html = Files.readString(Path.of(Json.MAPPER.readTree(report.out()).get("html").asText()));
        for (String id : List.of("overview", "results", "energies", "mo-bonds", "dband", "fig-pdos", "history")) {
            assertTrue(html.contains("id=\"" + id + "\""), recipe + ": " + id);
        }
        if (recipe.startsWith("nlro")) {
            assertTrue(html.contains("id=\"fig-free-energy\""));
            assertTrue(Files.readString(campaign.resolve("runs/ruo2-NaO2/ads_relax/README.md")).contains(
                    "adsorbate NaO2"));
        } else {
            assertTrue(Files.readString(campaign.resolve("runs/nlmo-Ru.c1/lobster/README.md")).contains(
                    "cell rotated to align the Ru-O octahedron"));
        }
    }
}
