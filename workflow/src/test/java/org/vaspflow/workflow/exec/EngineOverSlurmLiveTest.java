package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.dag.PresetInputWriter;
import org.vaspflow.workflow.engine.Engine;
import org.vaspflow.workflow.hpc.LoopbackCluster;
import org.vaspflow.workflow.hpc.SessionPool;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.hpc.SshTransport;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;
import org.vaspflow.workflow.store.Store;

/**
 * The engine with {@link SshSchedulerExecutor} on the loopback Slurm + sshd, through failures: four recorded
 * VASP errors (each detected from the fetched logs, corrected as the catalogue says, then successful on the
 * retry), a walltime hit (Slurm TIMEOUT after the 1-minute limit of queue {@code debug}; continued from
 * CONTCAR), a job cancelled with scancel (calculation CANCELLED), while sshd is stopped and restarted and
 * slurmctld is restarted. The campaign completes without any action but the restarts.
 */
@ExtendWith(LoopbackCluster.class)
@Isolated("stops and restarts the cluster's sshd and slurmctld")
class EngineOverSlurmLiveTest {
    private static final String CAMPAIGN = """
            campaign: @NAME@
            max_attempts: 3
            matrix:
              materials: [{name: feo, structure: "@POSCAR@"}]
            steps:
              - name: zpotrf
                incar: {SYSTEM: fake-error-zpotrf, ISYM: 2, NSW: 5}
              - name: brmix
                incar: {SYSTEM: fake-log-vasp-out-messages--vasp.brmix, NSW: 5}
              - name: toofew
                incar: {SYSTEM: fake-log-too-few-bands--vasp.too_few_bands, NSW: 5}
              - name: edddav
                incar: {SYSTEM: fake-log-vasp-out-messages--vasp.edddav, NSW: 5}
              - name: walltime
                incar: {SYSTEM: fake-timeout, NSW: 5}
              - name: hang
                incar: {SYSTEM: fake-hang, NSW: 5}
            """;

    @Test
    void errorsTimeoutCancelAndDaemonRestartsEndWithoutUserAction(LoopbackCluster.Env env, @TempDir Path dir)
            throws Exception {
        String name = "errs" + Long.toString(System.currentTimeMillis(), 36);
        LiveKit kit = new LiveKit(env, dir, name);
        Files.writeString(dir.resolve("campaign.yaml"), CAMPAIGN.replace("@NAME@", name)
                .replace("@POSCAR@", LiveKit.DATA.resolve("POSCAR").toString()));
        var spec = CampaignLoader.load(dir.resolve("campaign.yaml"));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] slurmctldPids = new long[2];
        try (SessionPool pool = new SessionPool(); Store store = Store.open(dir.resolve(Store.FILE_NAME));
             SshSchedulerExecutor executor = new SshSchedulerExecutor(kit.client(pool, kit.vaspCmd(0)), dir, name,
                     "debug", List.of(), Duration.ofSeconds(1))) {
            Engine engine = new Engine(store, executor, new Planner(spec, dir), new PresetInputWriter(),
                    ErrorCatalog.builtIn(), dir, new Engine.Options(spec.maxAttempts(), Duration.ofMillis(500), false));
            Thread runner = new Thread(() -> {
                try {
                    engine.run();
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "engine");
            runner.start();
            try {
                Calculation hang = await(store, "feo/hang", c -> c.state() == CalcState.RUNNING);
                executor.cancel(new JobHandle(hang.jobName(), hang.jobId(), dir.resolve(hang.folder())));
                await(store, "feo/walltime", c -> c.state() == CalcState.RUNNING);
                kit.stopDaemon("sshd");
                LiveKit.sleep(Duration.ofSeconds(4));
                LiveKit.restartCluster();
                LiveKit.sleep(Duration.ofSeconds(3));
                slurmctldPids[0] = kit.daemonPid("slurmctld");
                kit.stopDaemon("slurmctld");
                LiveKit.sleep(Duration.ofSeconds(4));
                LiveKit.restartCluster();
                slurmctldPids[1] = kit.daemonPid("slurmctld");
                runner.join(Duration.ofMinutes(4).toMillis());
            } finally {
                engine.stop();
                runner.join(10_000);
                executor.cluster().transport().exec("rm -rf " + ShellQuote.quote(kit.remoteRoot));
            }
            assertNull(failure.get(), () -> "engine died: " + failure.get());
            assertTrue(((SshTransport) executor.cluster().transport()).connectCount() >= 2,
                    "the session was re-established after sshd's restart");
            assertTrue(slurmctldPids[0] != slurmctldPids[1], "slurmctld was restarted");
            Map<String, Calculation> byStep = new java.util.HashMap<>();
            store.all().forEach(c -> byStep.put(c.step(), c));
            assertEquals(CalcState.CANCELLED, byStep.get("hang").state(), store.history(byStep.get("hang").id())
                    .toString());
            for (String step : List.of("zpotrf", "brmix", "toofew", "edddav", "walltime")) {
                Calculation c = byStep.get(step);
                List<HistoryEntry> h = store.history(c.id());
                assertEquals(CalcState.DONE, c.state(), step + ": " + h);
                assertEquals(2, c.attempt(), step + " succeeded on the retry: " + h);
                String expected = step.equals("toofew") ? "too_few_bands" : step;
                assertTrue(h.stream().anyMatch(e -> e.why().startsWith("corrected " + expected + " step")),
                        step + ": " + h);
                assertTrue(Files.isDirectory(dir.resolve(c.folder()).resolve("attempt-1")), step);
            }
            Path walltime = dir.resolve(byStep.get("walltime").folder());
            assertTrue(Files.readString(walltime.resolve("attempt-1/std_err.txt")).contains("DUE TO TIME LIMIT"));
            assertEquals(Files.readString(walltime.resolve("attempt-1/CONTCAR")),
                    Files.readString(walltime.resolve("POSCAR")), "continued from the CONTCAR of the timed-out run");
            assertTrue(Files.readString(dir.resolve(byStep.get("zpotrf").folder()).resolve("INCAR"))
                    .contains("ISYM = 0"));
            List<String[]> jobs = LiveKit.sacct(executor.cluster(), "vf-" + name + "-");
            assertTrue(jobs.stream().anyMatch(j -> j[2].startsWith("TIMEOUT")), "sacct: TIMEOUT job");
            assertTrue(jobs.stream().anyMatch(j -> j[2].startsWith("CANCELLED")), "sacct: CANCELLED job");
        }
    }

    private static Calculation await(Store store, String name, Predicate<Calculation> p) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            var c = store.findByName(name);
            if (c.isPresent() && p.test(c.get())) {
                return c.get();
            }
            LiveKit.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError(name + " never reached the awaited state: " + store.findByName(name));
    }
}
