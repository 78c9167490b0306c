package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.ExecResult;
import org.vaspflow.workflow.hpc.JobState;
import org.vaspflow.workflow.hpc.JobStatus;
import org.vaspflow.workflow.hpc.ProfileLoader;
import org.vaspflow.workflow.hpc.RateLimiter;
import org.vaspflow.workflow.hpc.ScriptedTransport;
import org.vaspflow.workflow.hpc.SlurmScheduler;
import org.vaspflow.workflow.hpc.TrackedJob;
import org.vaspflow.workflow.hpc.TransportException;

/**
 * {@link SshSchedulerExecutor} against a scripted transport that answers like Slurm 22.05 (formats as in
 * {@code src/test/resources/hpc/slurm}): commands sent, state mapping, and what a failing cluster must not do
 * (declare a job lost or finished). The same executor runs against the real loopback cluster in
 * {@link SshSchedulerExecutorLiveTest}.
 */
class SshSchedulerExecutorTest {
    @TempDir
    Path dir;

    private Function<String, ExecResult> answer = c -> ok(c, "");
    private final ScriptedTransport t = new ScriptedTransport(c -> answer.apply(c));
    private final List<String> sent = t.commands;
    private final List<String> uploads = t.transfers;

    private SshSchedulerExecutor executor() {
        ProfileLoader.LoadedProfile lp = ProfileLoader.load("loopback", k -> null);
        return new SshSchedulerExecutor(new ClusterClient(lp, t, new SlurmScheduler(), new RateLimiter("s", 600)),
                dir, "camp", "", List.of(), Duration.ofHours(1));
    }

    private static ExecResult ok(String cmd, String out) {
        return new ExecResult(cmd, 0, out, "");
    }

    private JobHandle submitOne(SshSchedulerExecutor ex) throws Exception {
        Path calc = Files.createDirectories(dir.resolve("runs/feo q0/relax"));
        Files.writeString(calc.resolve("INCAR"), "NSW = 1\n");
        answer = c -> ok(c, c.contains("sbatch") ? "4242\n" : "");
        return ex.submit(new Submission("vf-camp-1-a1-abc123", calc, "std", 1));
    }

    @Test
    void submitClearsTheQuotedRemoteFolderUploadsAndSubmitsUnderTheName() throws Exception {
        try (SshSchedulerExecutor ex = executor()) {
            JobHandle h = submitOne(ex);
            assertEquals("4242", h.jobId());
            assertEquals("rm -rf -- 'vaspflow/camp/runs/feo q0/relax'", sent.get(0));
            assertEquals(List.of("vaspflow/camp/runs/feo q0/relax"), uploads);
            assertEquals("cd 'vaspflow/camp/runs/feo q0/relax' && sbatch --parsable vaspflow.job.sh", sent.get(1));
            String script = Files.readString(h.folder().resolve("vaspflow.job.sh"));
            assertTrue(script.contains("#SBATCH --job-name=vf-camp-1-a1-abc123"), script);
            assertTrue(script.contains("#SBATCH --time=1-00:00:00"), "the queue's max walltime: " + script);
            assertEquals(20 - 1, ex.capacity());
        }
    }

    @Test
    void oneTickIsOneSqueueWhileJobsAreQueued() throws Exception {
        try (SshSchedulerExecutor ex = executor()) {
            JobHandle h = submitOne(ex);
            sent.clear();
            assertEquals(ExecStatus.Phase.QUEUED, ex.poll(List.of(h)).get(h.jobName()).phase(),
                    "answered from the snapshot");
            assertTrue(sent.isEmpty(), sent.toString());
            answer = c -> ok(c, c.startsWith("squeue") ? "4242|RUNNING|vf-camp-1-a1-abc123|None\n" : "");
            ex.refresh();
            assertEquals(List.of("squeue -h -j 4242 -o '%i|%T|%j|%r'"), sent);
            assertEquals(ExecStatus.Phase.RUNNING, ex.poll(List.of(h)).get(h.jobName()).phase());
        }
    }

    @Test
    void aTickOverAThousandQueuedJobsIsOneSqueue() {
        try (SshSchedulerExecutor ex = executor()) {
            List<JobHandle> jobs = new ArrayList<>();
            StringBuilder queue = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                String name = "vf-camp-" + i + "-a1-aaaaaa";
                jobs.add(new JobHandle(name, Integer.toString(5000 + i), dir.resolve("runs/c" + i)));
                queue.append(5000 + i).append("|PENDING|").append(name).append("|Priority\n");
            }
            answer = c -> ok(c, c.startsWith("squeue") ? queue.toString() : "");
            Map<String, ExecStatus> st = ex.poll(jobs); // all unseen: one immediate tick
            assertEquals(1, sent.size(), "one command for 1000 jobs");
            String ids = sent.get(0).replaceAll("^squeue -h -j (\\S+) -o .*$", "$1");
            assertEquals(1000, new java.util.HashSet<>(List.of(ids.split(","))).size(), "every id in it");
            assertEquals(1000, st.values().stream().filter(s -> s.phase() == ExecStatus.Phase.QUEUED).count());
            sent.clear();
            ex.tick();
            assertEquals(1, sent.size());
            assertEquals(0, ex.capacity(), "max_jobs 20 is long exceeded");
        }
    }

    @Test
    void cancelledBySlurmIsCancelledAndAFailingClusterChangesNothing() throws Exception {
        try (SshSchedulerExecutor ex = executor()) {
            JobHandle h = submitOne(ex);
            answer = c -> {
                throw new TransportException(TransportException.Kind.UNREACHABLE, "connection refused");
            };
            ex.poll(List.of(h));
            ex.tick(); // a monitoring tick: must not throw into Quartz...
            assertEquals(ExecStatus.Phase.QUEUED, ex.poll(List.of(h)).get(h.jobName()).phase(), "...nor invent");
            JobHandle adopted = new JobHandle("vf-camp-2-a1-def456", "4243", dir.resolve("runs/feo q0/static"));
            Map<String, ExecStatus> st = ex.poll(List.of(h, adopted));
            assertFalse(st.containsKey(adopted.jobName()), "an unseen job is not reported, never LOST: " + st);
            assertTrue(ex.failedPolls() >= 2);

            answer = c -> c.startsWith("squeue") ? ok(c, "") : c.startsWith("sacct")
                    ? ok(c, "4242|vf-camp-1-a1-abc123|CANCELLED by 1001|0:0\n4243|vf-camp-2-a1-def456|COMPLETED|0:0\n")
                    : ok(c, "-\nX0\n");
            ex.refresh();
            st = ex.poll(List.of(h, adopted));
            assertEquals(ExecStatus.Phase.CANCELLED, st.get(h.jobName()).phase(), st.toString());
            assertEquals(new ExecStatus(ExecStatus.Phase.FINISHED, 0, st.get(adopted.jobName()).detail()),
                    st.get(adopted.jobName()));
        }
    }

    @Test
    void lookupIsAbsentOnlyWhenTheClusterAnsweredAndThrowsWhenItCannot() throws Exception {
        try (SshSchedulerExecutor ex = executor()) {
            Path f = dir.resolve("runs/x");
            assertEquals(Lookup.Kind.ABSENT, ex.lookup("vf-camp-9-a1-000000", f).kind());
            assertTrue(sent.get(0).startsWith("squeue -h -t all -n vf-camp-9-a1-000000"), sent.toString());
            assertTrue(sent.get(1).startsWith("sacct -n -X -P -S now-60days --name vf-camp-9-a1-000000"),
                    sent.toString());
            answer = c -> c.startsWith("sacct") ? ok(c, "77|vf-camp-9-a1-000000|PENDING|0:0\n") : ok(c, "");
            Lookup l = ex.lookup("vf-camp-9-a1-000000", f);
            assertEquals(Lookup.Kind.FOUND, l.kind());
            assertEquals("77", l.handle().orElseThrow().jobId());
            answer = c -> new ExecResult(c, 1, "", "slurm_load_jobs error: Unable to contact slurm controller");
            assertThrows(ExecutorException.class, () -> ex.lookup("vf-camp-9-a1-000000", f));
        }
    }

    @Test
    void stateMappingAndFoldersOutsideTheCampaign() {
        TrackedJob j = new TrackedJob("1", "n", "d");
        assertEquals(new ExecStatus(ExecStatus.Phase.FINISHED, -1, "TIMEOUT: e"),
                SshSchedulerExecutor.status(new JobStatus(j, JobState.TIMEOUT, OptionalInt.empty(), "e")));
        assertEquals(ExecStatus.Phase.LOST,
                SshSchedulerExecutor.status(new JobStatus(j, JobState.NODE_FAIL, OptionalInt.empty(), "e")).phase());
        assertEquals(ExecStatus.Phase.QUEUED,
                SshSchedulerExecutor.status(new JobStatus(j, JobState.HELD, OptionalInt.empty(), "e")).phase());
        assertEquals(ExecStatus.Phase.RUNNING,
                SshSchedulerExecutor.status(new JobStatus(j, JobState.COMPLETING, OptionalInt.empty(), "e")).phase());
        try (SshSchedulerExecutor ex = executor()) {
            assertThrows(IllegalArgumentException.class, () -> ex.remoteDir(dir.resolve("../elsewhere")));
            assertEquals("vaspflow/camp/a/b", ex.remoteDir(dir.resolve("a/b")));
        }
    }
}
