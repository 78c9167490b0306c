package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.dag.PresetInputWriter;
import org.vaspflow.workflow.engine.Engine;
import org.vaspflow.workflow.hpc.LoopbackCluster;
import org.vaspflow.workflow.hpc.SessionPool;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;
import org.vaspflow.workflow.store.Store;

/**
 * The two crash points of a submission, made deterministic with the engine's checkpoints, on the real Slurm:
 * a crash after sbatch but before the job id is stored (the restarted engine finds the job by name in squeue /
 * sacct and adopts it), and a crash after SUBMITTING is stored but before sbatch (the lookup finds nothing, the
 * calculation is submitted under a new name). Each calculation ends with exactly one Slurm job.
 * ({@link KillRestartLiveTest} kills at random moments; this one hits the two windows on purpose.)
 */
@ExtendWith(LoopbackCluster.class)
class CrashAtSubmitLiveTest {
    @Test
    void aSubmissionCutAtEitherSideOfSbatchIsNeverDuplicated(LoopbackCluster.Env env, @TempDir Path dir)
            throws Exception {
        String name = "crash" + Long.toString(System.currentTimeMillis(), 36);
        LiveKit kit = new LiveKit(env, dir, name);
        Files.writeString(dir.resolve("campaign.yaml"), """
                campaign: @NAME@
                matrix:
                  materials: [{name: feo, structure: "@POSCAR@"}]
                  charges: [0, 1]
                steps:
                  - name: relax
                    incar: {NSW: 5}
                """.replace("@NAME@", name).replace("@POSCAR@", LiveKit.DATA.resolve("POSCAR").toString()));
        var spec = CampaignLoader.load(dir.resolve("campaign.yaml"));
        try (SessionPool pool = new SessionPool(); Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            // engine 1: the first sbatch runs, then the process "dies" before storing the job id
            try (SshSchedulerExecutor ex = new SshSchedulerExecutor(kit.client(pool, kit.vaspCmd(0)), dir, name, "",
                    List.of(), Duration.ofSeconds(1))) {
                Engine e = engine(store, ex, spec, dir);
                e.onCheckpoint(p -> {
                    if (p.equals("submitted")) {
                        throw new IllegalStateException("simulated crash after sbatch");
                    }
                });
                assertThrows(IllegalStateException.class, e::run);
            }
            assertEquals(1, store.inState(CalcState.SUBMITTING).size());
            // engine 2: adopts that job by name, then "dies" after storing SUBMITTING for the other calculation
            AtomicInteger calls = new AtomicInteger();
            try (SshSchedulerExecutor ex = new SshSchedulerExecutor(kit.client(pool, kit.vaspCmd(0)), dir, name, "",
                    List.of(), Duration.ofSeconds(1))) {
                Engine e = engine(store, ex, spec, dir);
                e.onCheckpoint(p -> {
                    if (p.equals("submitting") && calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("simulated crash before sbatch");
                    }
                });
                assertThrows(IllegalStateException.class, e::run);
            }
            // engine 3: finds the second name absent, submits it anew, finishes
            try (SshSchedulerExecutor ex = new SshSchedulerExecutor(kit.client(pool, kit.vaspCmd(0)), dir, name, "",
                    List.of(), Duration.ofSeconds(1))) {
                engine(store, ex, spec, dir).run();
                List<String> why = store.all().stream().flatMap(c -> store.history(c.id()).stream())
                        .map(HistoryEntry::why).toList();
                assertEquals(1, why.stream().filter(w -> w.contains("found by name")).count(), why.toString());
                assertEquals(1, why.stream().filter(w -> w.contains("was never submitted")).count(), why.toString());
                List<String[]> jobs = LiveKit.sacct(ex.cluster(), "vf-" + name + "-");
                for (Calculation c : store.all()) {
                    assertEquals(CalcState.DONE, c.state(), store.history(c.id()).toString());
                    List<String[]> mine = jobs.stream().filter(j -> j[1].startsWith("vf-" + name + "-" + c.id() + "-"))
                            .toList();
                    assertEquals(1, mine.size(), c.name() + ": one Slurm job");
                    assertTrue(mine.get(0)[2].startsWith("COMPLETED"), mine.get(0)[2]);
                    assertEquals(mine.get(0)[0], c.jobId(), "the adopted or submitted job is the stored one");
                }
                ex.cluster().transport().exec("rm -rf " + ShellQuote.quote(kit.remoteRoot));
            }
        }
    }

    private static Engine engine(Store store, Executor ex, org.vaspflow.workflow.spec.CampaignSpec spec, Path dir) {
        return new Engine(store, ex, new Planner(spec, dir), new PresetInputWriter(), ErrorCatalog.builtIn(), dir,
                new Engine.Options(spec.maxAttempts(), Duration.ofMillis(300), false));
    }
}
