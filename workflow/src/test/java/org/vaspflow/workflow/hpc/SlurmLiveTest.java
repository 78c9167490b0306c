package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real jobs on the loopback Slurm through {@link ClusterClient}: the rendered job script, upload, sbatch,
 * polling, exit file, cancel, lookup by name. VASP is replaced through the profile's commands: {@code std}
 * runs {@code cat INCAR} (succeeds), {@code gam} runs {@code false} (exit 1), {@code ncl} sleeps (to cancel).
 */
@ExtendWith(LoopbackCluster.class)
class SlurmLiveTest {
    private static final String RUN = "vf-live-" + Long.toString(System.currentTimeMillis(), 36);
    private static final List<TrackedJob> JOBS = new ArrayList<>();
    private static SessionPool pool;
    private static ClusterClient cluster;
    private static Map<String, JobStatus> finalStates;
    private static int pollCommands;

    @BeforeAll
    static void submitJobs(LoopbackCluster.Env env, @TempDir Path tmp) throws IOException {
        String yaml = new String(SlurmLiveTest.class.getResourceAsStream("/hpc-profiles/loopback.yaml")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replace("std: vasp_std", "std: cat INCAR").replace("gam: vasp_gam", "gam: \"false\"")
                .replace("ncl: vasp_ncl", "ncl: sleep 300");
        Path file = tmp.resolve("loopback-live.yaml");
        Files.writeString(file, yaml);
        pool = new SessionPool();
        cluster = ClusterClient.connect(ProfileLoader.load(file.toString(), env::env), pool, PasswordSource.none());
        for (String variant : List.of("std", "gam", "ncl")) {
            String name = RUN + "-" + variant;
            Path local = Files.createDirectories(tmp.resolve(variant));
            Files.writeString(local.resolve("INCAR"), "SYSTEM = " + name + "\n");
            String dir = cluster.workDir("live/" + RUN + "/" + variant + " calc");
            String id = cluster.submit(new JobRequest(name, "debug", Walltime.parse("2m"), 1, 1, variant, dir), local);
            JOBS.add(new TrackedJob(id, name, dir));
        }
        cluster.cancel(List.of(JOBS.get(2).jobId()));
        RecordingTransport counting = new RecordingTransport(cluster.transport());
        JobMonitor monitor = new JobMonitor(counting, cluster.scheduler());
        List<TrackedJob> all = new ArrayList<>(JOBS);
        all.add(new TrackedJob("999999", RUN + "-never", "live/" + RUN + "/never"));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            counting.commands.clear();
            finalStates = monitor.poll(all);
            pollCommands = Math.max(pollCommands, counting.commands.size());
            if (finalStates.values().stream().allMatch(JobStatus::finished) || System.nanoTime() > deadline) {
                break;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    @AfterAll
    static void cleanUp() {
        if (cluster != null) {
            cluster.transport().exec("rm -rf " + ShellQuote.quote(cluster.workDir("live/" + RUN)));
            pool.close();
        }
    }

    @Test
    void completedJobWithExitFileAndRetrievedOutput(@TempDir Path back) throws IOException {
        JobStatus s = finalStates.get(JOBS.get(0).jobId());
        assertEquals(JobState.COMPLETED, s.state(), s.evidence());
        assertEquals(OptionalInt.of(0), s.exitCode());
        cluster.retrieve(JOBS.get(0).workDir(), back, List.of("*.err"));
        assertEquals("SYSTEM = " + JOBS.get(0).jobName() + "\n", Files.readString(back.resolve("vasp.out")));
        assertEquals("0\n", Files.readString(back.resolve(Scheduler.EXIT_FILE)));
        assertTrue(Files.readString(back.resolve(Scheduler.SCRIPT_FILE)).contains("#SBATCH --partition=debug"));
    }

    @Test
    void failedJobExitsWithOne() {
        JobStatus s = finalStates.get(JOBS.get(1).jobId());
        assertEquals(JobState.FAILED, s.state(), s.evidence());
        assertEquals(OptionalInt.of(1), s.exitCode());
    }

    @Test
    void cancelledJob() {
        JobStatus s = finalStates.get(JOBS.get(2).jobId());
        assertEquals(JobState.CANCELLED, s.state(), s.evidence());
    }

    @Test
    void unknownJobIsLost() {
        JobStatus s = finalStates.get("999999");
        assertEquals(JobState.LOST, s.state(), s.evidence());
    }

    @Test
    void oneStatusCommandForManyJobs() {
        assertTrue(pollCommands <= 3, "one squeue, one sacct, one exit-file check per poll: " + pollCommands);
    }

    @Test
    void lookupByNameFindsTheSubmissionAndOnlyIt() {
        List<JobRecord> found = cluster.lookup(JOBS.get(1).jobName());
        assertEquals(1, found.size(), found.toString());
        assertEquals(JOBS.get(1).jobId(), found.get(0).jobId());
        assertEquals(JobState.FAILED, found.get(0).state());
        assertTrue(cluster.lookup(RUN + "-never-submitted").isEmpty());
    }

    @Test
    void submissionOverThePartitionLimitIsRefusedWithSlurmsReason(@TempDir Path local) throws IOException {
        Files.writeString(local.resolve("INCAR"), "x\n");
        JobRequest tooLong = new JobRequest(RUN + "-toolong", "debug", Walltime.parse("10m"), 1, 1, "std",
                cluster.workDir("live/" + RUN + "/toolong"));
        assertThrows(IllegalArgumentException.class, () -> cluster.render(tooLong), "the profile's limit stops it");
        String script = cluster.scheduler().render(tooLong, cluster.profile(),
                ProfileLoader.load("loopback", k -> null).template());
        Files.writeString(local.resolve(Scheduler.SCRIPT_FILE), script);
        cluster.transport().put(local, tooLong.workDir());
        SchedulerException e = assertThrows(SchedulerException.class,
                () -> cluster.scheduler().submit(tooLong.workDir()).run(cluster.transport()));
        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
    }
}
