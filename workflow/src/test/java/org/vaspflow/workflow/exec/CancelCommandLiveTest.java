package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.cli.Main;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.LoopbackCluster;
import org.vaspflow.workflow.hpc.SessionPool;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;

/**
 * {@code vaspflow cancel ID --profile NAME} ends a cluster job while no orchestrator runs: the campaign's
 * {@code run} is killed while its job hangs in Slurm, then {@code cancel} (its own JVM) scancels the job and the
 * calculation is CANCELLED in the store and in {@code sacct}.
 */
@ExtendWith(LoopbackCluster.class)
class CancelCommandLiveTest {

    @Test
    void cancelWithAProfileEndsTheClusterJobWithoutTheEngine(LoopbackCluster.Env env, @TempDir Path dir)
            throws Exception {
        String name = "cancel" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        LiveKit kit = new LiveKit(env, dir, name, 2);
        Path yaml = dir.resolve("campaign.yaml");
        Files.writeString(yaml, """
                campaign: %s
                matrix:
                  materials: [{name: feo, structure: "%s"}]
                steps:
                  - name: relax
                    incar: {SYSTEM: fake-hang, NSW: 5}
                """.formatted(name, LiveKit.DATA.resolve("POSCAR")));
        Process run = child(kit, dir.resolve("run.log"), "run", yaml.toString(), "--profile", kit.profile.toString(),
                "--vasp-cmd", kit.vaspCmd(0), "--poll", "0.5");
        Calculation c = waitRunning(dir, run);
        run.destroyForcibly();
        run.waitFor();

        Process cancel = child(kit, dir.resolve("cancel.log"), "cancel", c.name(), "--campaign", dir.toString(),
                "--profile", kit.profile.toString());
        assertTrue(cancel.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, cancel.exitValue(), Files.readString(dir.resolve("cancel.log")));
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            assertEquals(CalcState.CANCELLED, store.get(c.id()).state());
        }
        try (SessionPool pool = new SessionPool(); ClusterClient cluster = kit.client(pool, "true")) {
            String state = "";
            for (int i = 0; i < 60 && !state.startsWith("CANCELLED"); i++) {
                List<String[]> jobs = LiveKit.sacct(cluster, "vf-" + name + "-");
                state = jobs.isEmpty() ? "" : jobs.get(0)[2];
                Thread.sleep(500);
            }
            assertTrue(state.startsWith("CANCELLED"), "sacct state of the job: " + state);
            cluster.transport().exec("rm -rf " + ShellQuote.quote(kit.remoteRoot));
        }
    }

    private static Calculation waitRunning(Path dir, Process run) throws Exception {
        for (int i = 0; i < 240; i++) {
            Thread.sleep(500);
            if (Files.exists(dir.resolve(Store.FILE_NAME))) {
                try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
                    for (Calculation c : store.all()) {
                        if (c.state() == CalcState.RUNNING) {
                            return c;
                        }
                    }
                }
            }
            assertTrue(run.isAlive(), "vaspflow run ended before its job ran");
        }
        throw new AssertionError("the job never ran");
    }

    private static Process child(LiveKit kit, Path log, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(kit.childEnvironment());
        return pb.start();
    }
}
