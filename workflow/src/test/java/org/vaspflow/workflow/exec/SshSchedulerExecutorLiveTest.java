package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.hpc.RecordingTransport;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.LoopbackCluster;
import org.vaspflow.workflow.hpc.RateLimiter;
import org.vaspflow.workflow.hpc.Scheduler;
import org.vaspflow.workflow.hpc.SessionPool;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.hpc.Transport;

/**
 * {@link SshSchedulerExecutor} on the loopback Slurm + sshd, without the engine: six jobs in folders whose
 * local and remote paths contain spaces; one poll of all of them sends one squeue; capacity; lookup by name;
 * scancel gives CANCELLED; fetch brings the folder back (tar.gz + sha256).
 */
@ExtendWith(LoopbackCluster.class)
class SshSchedulerExecutorLiveTest {
    private static final String RUN = "x" + Long.toString(System.currentTimeMillis(), 36);
    private static LiveKit kit;
    private static SessionPool pool;
    private static RecordingTransport counting;
    private static SshSchedulerExecutor executor;
    private static final List<JobHandle> JOBS = new ArrayList<>();
    private static Path campaign;

    @BeforeAll
    static void submitSix(LoopbackCluster.Env env, @TempDir Path tmp) throws IOException {
        kit = new LiveKit(env, tmp, RUN);
        pool = new SessionPool();
        ClusterClient real = kit.client(pool, kit.vaspCmd(0));
        counting = new RecordingTransport(real.transport());
        ClusterClient client = new ClusterClient(kit.loaded(kit.vaspCmd(0)), counting, real.scheduler(),
                new RateLimiter("submissions", 600));
        campaign = Files.createDirectories(tmp.resolve("my campaign"));
        executor = new SshSchedulerExecutor(client, campaign, "exec", "", List.of(), Duration.ofSeconds(1));
        for (int i = 0; i < 6; i++) {
            Path calc = Files.createDirectories(campaign.resolve("calc " + i));
            Files.writeString(calc.resolve("INCAR"), "SYSTEM = fake-hang\nNSW = " + i + "\n");
            Files.copy(LiveKit.DATA.resolve("POSCAR"), calc.resolve("POSCAR"));
            Files.writeString(calc.resolve("KPOINTS"), "auto\n0\nGamma\n2 2 2\n");
            Files.writeString(calc.resolve("POTCAR.spec"), "Fe\nO\n");
            JOBS.add(executor.submit(new Submission("vf-exec-" + RUN + "-" + i, calc, "std", 1)));
        }
    }

    @AfterAll
    static void cleanUp() {
        if (executor != null) {
            JOBS.forEach(j -> executor.cancel(j));
            counting.exec("rm -rf " + ShellQuote.quote(kit.remoteRoot), Transport.DEFAULT_TIMEOUT);
            executor.close();
            pool.close();
        }
    }

    @Test
    void oneSqueueForAllJobsThenCapacityLookupCancelAndFetch(@TempDir Path back) throws IOException {
        executor.poll(JOBS);
        counting.commands.clear();
        executor.refresh(); // what one monitoring tick does
        String me = Thread.currentThread().getName();
        List<String> sent = counting.commands.stream().filter(c -> c.startsWith(me + "\t"))
                .map(c -> c.substring(me.length() + 1)).toList();
        Map<String, ExecStatus> first = executor.poll(JOBS);
        assertEquals(6, first.size(), first.toString());
        assertEquals(1, sent.stream().filter(c -> c.startsWith("squeue")).count(), sent.toString());
        assertTrue(sent.size() <= 3, "at most squeue + sacct + exit files: " + sent);
        first.values().forEach(s -> assertTrue(s.phase() == ExecStatus.Phase.QUEUED
                || s.phase() == ExecStatus.Phase.RUNNING, s.toString()));
        assertEquals(20 - 6, executor.capacity(), "max_jobs of queue normal minus six live jobs");

        Lookup found = executor.lookup(JOBS.get(3).jobName(), JOBS.get(3).folder());
        assertEquals(Lookup.Kind.FOUND, found.kind(), found.detail());
        assertEquals(JOBS.get(3).jobId(), found.handle().orElseThrow().jobId());
        assertEquals(Lookup.Kind.ABSENT, executor.lookup("vf-exec-" + RUN + "-never", campaign.resolve("calc 0"))
                .kind());

        JOBS.forEach(executor::cancel);
        Map<String, ExecStatus> st = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            st = executor.poll(JOBS);
            if (st.values().stream().allMatch(s -> s.phase() == ExecStatus.Phase.CANCELLED)) {
                break;
            }
            LiveKit.sleep(Duration.ofMillis(500));
        }
        assertEquals(6, st.values().stream().filter(s -> s.phase() == ExecStatus.Phase.CANCELLED).count(),
                st.toString());

        executor.fetch(JOBS.get(2), back);
        assertEquals(LiveKit.sha256(JOBS.get(2).folder().resolve("INCAR")), LiveKit.sha256(back.resolve("INCAR")));
        String script = Files.readString(back.resolve(Scheduler.SCRIPT_FILE));
        assertTrue(script.contains("#SBATCH --job-name=" + JOBS.get(2).jobName()), script);
        assertTrue(script.contains("'vf live/" + RUN + "/exec/calc 2'"), script);
    }
}
