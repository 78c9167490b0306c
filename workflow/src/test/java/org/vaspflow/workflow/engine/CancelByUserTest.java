package org.vaspflow.workflow.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.dag.PresetInputWriter;
import org.vaspflow.workflow.exec.ExecStatus;
import org.vaspflow.workflow.exec.Executor;
import org.vaspflow.workflow.exec.JobHandle;
import org.vaspflow.workflow.exec.LocalExecutor;
import org.vaspflow.workflow.exec.Lookup;
import org.vaspflow.workflow.exec.Submission;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Change;
import org.vaspflow.workflow.store.Store;

/**
 * A calculation cancelled by a user from another process that did not end the job itself (on a cluster the
 * CLI has no connection): the running engine asks its executor to end that job, once, and finishes.
 */
class CancelByUserTest {
    @TempDir
    Path dir;

    @Test
    void theEngineEndsTheJobOfACalculationCancelledElsewhere() throws Exception {
        FakeVaspCampaign c = new FakeVaspCampaign(dir, """
                campaign: cancel
                matrix:
                  materials: [{name: feo, structure: "@POSCAR@"}]
                steps:
                  - name: relax
                    incar: {NSW: 5}
                """, 60);
        List<String> cancelled = new CopyOnWriteArrayList<>();
        LocalExecutor local = LocalExecutor.fromProfile("local", c.vaspCommand(), 2);
        Executor recording = new Executor() {
            public String name() {
                return local.name();
            }

            public int capacity() {
                return local.capacity();
            }

            public JobHandle submit(Submission s) {
                return local.submit(s);
            }

            public Map<String, ExecStatus> poll(Collection<JobHandle> jobs) {
                return local.poll(jobs);
            }

            public Lookup lookup(String jobName, Path folder) {
                return local.lookup(jobName, folder);
            }

            public void cancel(JobHandle job) {
                cancelled.add(job.jobName() + " " + job.jobId());
                local.cancel(job);
            }

            public void fetch(JobHandle job, Path localFolder) {
                local.fetch(job, localFolder);
            }
        };
        try (Store store = c.openStore()) {
            var spec = CampaignLoader.load(c.yaml);
            Engine engine = new Engine(store, recording, new Planner(spec, dir), new PresetInputWriter(),
                    ErrorCatalog.builtIn(), dir, new Engine.Options(spec.maxAttempts(), Duration.ofMillis(50), false));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    engine.run();
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            t.start();
            Calculation running = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (running == null && System.nanoTime() < deadline) {
                running = store.all().stream().filter(x -> x.state() == CalcState.RUNNING).findFirst().orElse(null);
                Thread.sleep(50);
            }
            assertTrue(running != null, "the job started");
            store.transition(running.id(), CalcState.RUNNING, CalcState.CANCELLED, "cancelled by the user",
                    Change.NONE);
            t.join(20_000);
            assertTrue(!t.isAlive() && failure.get() == null, "engine ended: " + failure.get());
            assertEquals(List.of(running.jobName() + " " + running.jobId()), cancelled);
            assertEquals(CalcState.CANCELLED, store.get(running.id()).state());
        }
    }
}
