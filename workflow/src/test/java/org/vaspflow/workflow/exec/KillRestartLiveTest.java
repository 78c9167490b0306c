package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Acceptance of exactly-once on a real cluster: a 20-calculation campaign (10 charge states x relax → static,
 * CONTCAR carried) is run by {@code vaspflow run --profile} in a separate JVM, which is killed with SIGKILL
 * at random moments (at least 10 times, seed printed) and started again each time; the last run must finish by
 * itself. Then: every calculation DONE, reached exactly once; Slurm's accounting ({@code sacct}) holds exactly
 * one job per calculation, COMPLETED (so no calculation ever had two live jobs); fake-vasp ran exactly 20 times;
 * the retrieved outputs have the sha256 of the recorded files fake-vasp copies; results were parsed; and
 * {@code vaspflow watch --once} reports the counts.
 */
@ExtendWith(LoopbackCluster.class)
class KillRestartLiveTest {
    private static final String CAMPAIGN = """
            campaign: @NAME@
            matrix:
              materials: [{name: feo, structure: "@POSCAR@"}]
              charges: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
            steps:
              - name: relax
                incar: {NSW: 5, ISPIN: 2}
              - name: static
                after: relax
                carry: [CONTCAR]
                incar: {NSW: 0, ISPIN: 2}
            """;
    private static final int KILLS = 10;

    @Test
    void killedAtRandomMomentsEveryCalculationIsDoneExactlyOnce(LoopbackCluster.Env env, @TempDir Path dir)
            throws Exception {
        String name = "kill" + Long.toString(System.currentTimeMillis(), 36);
        // two jobs at once: the campaign lasts >= 30 s of fake-vasp time on any machine, enough for 10 kills
        LiveKit kit = new LiveKit(env, dir, name, 2);
        Path yaml = dir.resolve("campaign.yaml");
        Files.writeString(yaml, CAMPAIGN.replace("@NAME@", name)
                .replace("@POSCAR@", LiveKit.DATA.resolve("POSCAR").toString()));
        long seed = System.nanoTime();
        System.err.println("KillRestartLiveTest seed " + seed);
        Random random = new Random(seed);
        Path log = Path.of("target", "kill-restart-" + name + ".log").toAbsolutePath();
        int kills = 0;
        int starts = 0;
        while (kills < KILLS) {
            Process p = start(kit, yaml, log);
            starts++;
            long lifeMillis = 1500 + random.nextInt(4000);
            if (p.waitFor(lifeMillis, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the orchestrator ended by itself (exit " + p.exitValue() + ") after "
                        + kills + " kills: campaign too short for the test, or a failure; see " + log);
            }
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            kills++;
        }
        Process last = start(kit, yaml, log);
        assertTrue(last.waitFor(4, TimeUnit.MINUTES), "the last run did not finish; see " + log);
        assertEquals(0, last.exitValue(), "the last run's exit code; see " + log);
        System.err.println("KillRestartLiveTest: " + kills + " SIGKILLs over " + (starts + 1) + " starts");

        try (Store store = Store.open(dir.resolve(Store.FILE_NAME)); SessionPool pool = new SessionPool();
             ClusterClient cluster = kit.client(pool, "true")) {
            List<Calculation> all = store.all();
            assertEquals(20, all.size());
            long adopted = all.stream().flatMap(c -> store.history(c.id()).stream())
                    .filter(h -> h.why().contains("found by name")).count();
            long neverSubmitted = all.stream().flatMap(c -> store.history(c.id()).stream())
                    .filter(h -> h.why().contains("was never submitted")).count();
            System.err.println("KillRestartLiveTest: after restarts, " + adopted + " submissions adopted by name, "
                    + neverSubmitted + " found never submitted");
            for (Calculation c : all) {
                assertEquals(CalcState.DONE, c.state(), c.name() + " " + store.history(c.id()));
                long done = store.history(c.id()).stream().filter(h -> h.to() == CalcState.DONE).count();
                assertEquals(1, done, c.name() + " reached DONE once: " + store.history(c.id()));
                assertTrue(store.result(c.id()).orElseThrow().contains("\"final_energy\""), c.name());
                Path folder = dir.resolve(c.folder());
                for (String f : LiveKit.OUTPUTS) {
                    assertEquals(LiveKit.sha256(LiveKit.DATA.resolve(f)), LiveKit.sha256(folder.resolve(f)),
                            c.name() + "/" + f + " retrieved intact");
                }
            }
            Map<String, List<String>> jobsByCalc = new HashMap<>();
            Pattern jobName = Pattern.compile("vf-" + name + "-(\\d+)-a\\d+-[0-9a-f]+");
            for (String[] job : LiveKit.sacct(cluster, "vf-" + name + "-")) {
                Matcher m = jobName.matcher(job[1]);
                assertTrue(m.matches(), job[1]);
                jobsByCalc.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(job[0] + " " + job[2]);
            }
            assertEquals(20, jobsByCalc.size(), jobsByCalc.toString());
            for (Calculation c : all) {
                List<String> jobs = jobsByCalc.get(Long.toString(c.id()));
                assertEquals(1, jobs.size(), c.name() + " has exactly one Slurm job: " + jobs);
                assertTrue(jobs.get(0).endsWith("COMPLETED"), c.name() + ": " + jobs);
            }
            List<String> runs = Files.readAllLines(kit.fakeVaspLog());
            assertEquals(20, runs.size(), "fake-vasp ran once per calculation: " + runs);
            assertEquals(20, new HashSet<>(runs).size(), runs.toString());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream old = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                assertEquals(0, Main.run("watch", dir.toString(), "--once"));
            } finally {
                System.setOut(old);
            }
            assertEquals("total 20: DONE 20", out.toString(StandardCharsets.UTF_8).strip());
            cluster.transport().exec("rm -rf " + ShellQuote.quote(kit.remoteRoot));
        }
    }

    /** {@code vaspflow run} in its own JVM, on the test classpath. */
    private static Process start(LiveKit kit, Path yaml, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", cp,
                Main.class.getName(), "run", yaml.toString(), "--profile", kit.profile.toString(),
                "--vasp-cmd", kit.vaspCmd(3), "--poll", "0.5")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(kit.childEnvironment());
        return pb.start();
    }
}
