package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.workflow.cli.Main;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.LoopbackCluster;
import org.vaspflow.workflow.hpc.SessionPool;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;

/**
 * Both seed recipes from YAML to report through sshd + Slurm: {@code vaspflow init}, then {@code vaspflow run
 * --profile loopback} in its own JVM with the fake-vasp double (which keeps each calculation's POSCAR as its
 * CONTCAR, so slabs are cut from the relaxed bulk and adsorbates placed on the relaxed slab, as in a real run),
 * then {@code vaspflow report}.
 */
@ExtendWith(LoopbackCluster.class)
class SeedCampaignsLiveTest {

    @ParameterizedTest
    @CsvSource({"nlmo-ru-dopant-screen, 20", "nlro-cascade-catalysis, 52"})
    void recipeRunsToDoneOverSlurmAndReports(String recipe, int calculations, LoopbackCluster.Env env,
            @TempDir Path dir) throws Exception {
        String name = "seed" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        LiveKit kit = new LiveKit(env, dir, name, 20);
        Path campaign = dir.resolve(recipe);
        assertEquals(0, Main.run("init", recipe, "--out", campaign.toString()));
        Path yaml = campaign.resolve(recipe + ".yaml");
        Path log = Path.of("target", "seed-" + recipe + ".log").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", yaml.toString(), "--profile", kit.profile.toString(),
                "--vasp-cmd", "FAKE_VASP_CONTCAR=poscar " + kit.vaspCmd(0), "--poll", "0.5")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(kit.childEnvironment());
        Process run = pb.start();
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the campaign did not finish; see " + log);
        assertEquals(0, run.exitValue(), "vaspflow run's exit code; see " + log);

        try (Store store = Store.open(campaign.resolve(Store.FILE_NAME))) {
            List<Calculation> all = store.all();
            assertEquals(calculations, all.size());
            for (Calculation c : all) {
                assertEquals(CalcState.DONE, c.state(), c.name() + " " + store.history(c.id()));
                assertTrue(store.result(c.id()).orElseThrow().contains("\"final_energy\""), c.name());
            }
        }
        if (recipe.startsWith("nlro")) {
            // the chain of structures: the adsorbate was placed on the slab cut from the bulk at that Na content
            var slab = PoscarReader.read(campaign.resolve("runs/nlro-x0.67/slab_relax/POSCAR")).structure();
            var ads = PoscarReader.read(campaign.resolve("runs/nlro-x0.67-Na2CO3/ads_relax/POSCAR")).structure();
            assertEquals(slab.size() + 6, ads.size());
            assertEquals(slab.composition().get(Element.of("Na")) + 2, ads.composition().get(Element.of("Na")));
            assertEquals(1, ads.composition().get(Element.of("C")));
        }

        Path out = dir.resolve("report");
        assertEquals(0, Main.run("report", campaign.toString(), "--out", out.toString()));
        String html = Files.readString(out.resolve("report.html"));
        for (String id : List.of("overview", "calculations", "results", "energies", "magnetization", "mo-bonds",
                "dband", "figures", "fig-pdos", "history", "definitions")) {
            assertTrue(html.contains("id=\"" + id + "\""), recipe + ": section " + id);
        }
        assertTrue(html.contains(">" + calculations + "<") || html.contains(" " + calculations + " "),
                "the overview counts every calculation");
        if (recipe.startsWith("nlro")) {
            assertTrue(html.contains("id=\"fig-free-energy\""), "free-energy diagrams of the recipe's pathways");
            assertTrue(html.contains("Free energy: ruo2-pathway.yaml"));
        }
        try (SessionPool pool = new SessionPool(); ClusterClient cluster = kit.client(pool, "true")) {
            cluster.transport().exec("rm -rf " + ShellQuote.quote(kit.remoteRoot));
        }
    }
}
