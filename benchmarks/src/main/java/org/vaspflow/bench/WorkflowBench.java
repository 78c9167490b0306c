package org.vaspflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.JobState;
import org.vaspflow.workflow.hpc.JobStatus;
import org.vaspflow.workflow.hpc.ProfileLoader;
import org.vaspflow.workflow.hpc.RateLimiter;
import org.vaspflow.workflow.hpc.SlurmScheduler;
import org.vaspflow.workflow.hpc.TrackedJob;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.spec.CampaignSpec;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Change;
import org.vaspflow.workflow.store.Store;

/**
 * The workflow benchmarks of the workflow-engine issue, on the workflow module's public API (benchmarks, not
 * tests: they print figures; {@code docs/benchmarks.md} compares them with the targets).
 * <ul>
 *   <li>{@code plan N}: a campaign YAML whose matrix (materials × 5 charges) × 4 chained steps gives N static
 *       calculations is loaded
 *       and planned into a fresh SQLite store ({@link Planner#plan}); prints wall time (target N = 10 000 in
 *       ≤ 30 s).</li>
 *   <li>{@code poll N}: {@link ClusterClient#poll} with the real {@link SlurmScheduler} on a
 *       {@link RecordingTransport} that answers {@code squeue} with the recorded reply for N ≤ 1 000 active jobs;
 *       prints the number of commands issued (target: exactly 1) and the time.</li>
 *   <li>{@code transitions N}: N calculations are added, then each walks
 *       PLANNED → READY → STAGED → SUBMITTING → QUEUED → RUNNING → FINISHED → RETRIEVED → PARSED → DONE through
 *       {@link Store#transition} (one transaction + history row each, WAL journal); prints transitions per
 *       second (target ≥ 2 000/s).</li>
 * </ul>
 */
final class WorkflowBench {
    private static final String[] STEPS = {"relax", "static", "dos", "lobster"};
    private static final CalcState[] LIFE = {CalcState.PLANNED, CalcState.READY, CalcState.STAGED,
        CalcState.SUBMITTING, CalcState.QUEUED, CalcState.RUNNING, CalcState.FINISHED, CalcState.RETRIEVED,
        CalcState.PARSED, CalcState.DONE};

    private WorkflowBench() {
    }

    static double run(String mode, int n) throws IOException {
        Path dir = Files.createTempDirectory("vf-bench-wf");
        try {
            return switch (mode) {
                case "plan" -> plan(n, dir);
                case "poll" -> poll(n);
                case "transitions" -> transitions(n, dir);
                default -> throw new IllegalArgumentException("unknown workflow mode " + mode);
            };
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * A campaign with {@code n / 4} matrix points (materials × 5 charge states) and four chained steps. Only the
     * plainest matrix axes are used (no dopants, contents or adsorbates, which may enumerate structures), so
     * the benchmark measures the planner and the store, and the structure file need not exist.
     */
    static String campaignYaml(int n) {
        int points = Math.max(1, n / STEPS.length);
        int charges = 5;
        int materials = Math.max(1, points / charges);
        StringBuilder y = new StringBuilder("campaign: bench\nmatrix:\n  materials:\n");
        for (int m = 0; m < materials; m++) {
            y.append("    - {name: mat").append(m).append(", structure: POSCAR}\n");
        }
        y.append("  charges: [-2, -1, 0, 1, 2]\nsteps:\n");
        for (int s = 0; s < STEPS.length; s++) {
            y.append("  - name: ").append(STEPS[s]).append('\n');
            y.append("    incar: {NSW: ").append(s == 0 ? 99 : 0).append(", ISPIN: 2}\n");
            if (s > 0) {
                y.append("    after: ").append(STEPS[s - 1]).append('\n');
            }
        }
        return y.toString();
    }

    /** CPU time of the whole process (all threads), to tell load from work on a shared machine. */
    static double cpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static double plan(int n, Path dir) {
        double c0 = cpuSeconds();
        long t0 = System.nanoTime();
        CampaignSpec spec = CampaignLoader.parse(campaignYaml(n), "bench campaign");
        int added;
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            added = new Planner(spec, dir).plan(store);
            if (store.all().size() != added) {
                throw new IllegalStateException("planned " + added + " but the store holds " + store.all().size());
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("plan: %d calculations planned and stored in %.2f s wall, %.2f s CPU (%.2f ms each)%n",
                added, s, cpuSeconds() - c0, s * 1000 / added);
        return added;
    }

    private static double poll(int n) throws IOException {
        String reply;
        try (InputStream in = WorkflowBench.class.getResourceAsStream("/slurm/squeue-1000.txt")) {
            reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = reply.lines().limit(n).toList();
        List<TrackedJob> jobs = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\\|");
            jobs.add(new TrackedJob(f[0], f[2], "/scratch/bench/runs/" + f[2]));
        }
        RecordingTransport transport = new RecordingTransport(String.join("\n", lines) + "\n");
        ProfileLoader.LoadedProfile profile = ProfileLoader.load("slurm-example");
        long t0 = System.nanoTime();
        Map<String, JobStatus> status;
        try (ClusterClient client = new ClusterClient(profile, transport, new SlurmScheduler(),
                new RateLimiter("bench", 60))) {
            status = client.poll(jobs);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        long active = status.values().stream().filter(s -> s.state() == JobState.PENDING
                || s.state() == JobState.RUNNING).count();
        List<String> cmds = transport.commands();
        System.out.printf("poll: %d jobs, %d active after the poll, %d scheduler command(s), %.1f ms; command: %s%n",
                jobs.size(), active, cmds.size(), ms, cmds.isEmpty() ? "-" : abbreviate(cmds.get(0)));
        if (active != jobs.size()) {
            throw new IllegalStateException("expected every job active, got " + active);
        }
        return cmds.size();
    }

    private static double transitions(int n, Path dir) {
        Path db = dir.resolve(Store.FILE_NAME);
        try (Store store = Store.open(db)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(store.add("calc" + i + "/static", "static", "runs/calc" + i, "{}", List.of()));
            }
            double c0 = cpuSeconds();
            long t0 = System.nanoTime();
            int count = 0;
            for (long id : ids) {
                for (int k = 1; k < LIFE.length; k++) {
                    Change c = Change.NONE;
                    if (LIFE[k] == CalcState.SUBMITTING) {
                        c = c.withJobName("vf-bench-" + id + "-a1", "bench");
                    } else if (LIFE[k] == CalcState.QUEUED) {
                        c = c.withJobId(Long.toString(1000 + id));
                    } else if (LIFE[k] == CalcState.DONE) {
                        c = c.withResult("{\"final_energy_ev\": -1.0}");
                    }
                    store.transition(id, LIFE[k - 1], LIFE[k], "bench", c);
                    count++;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = cpuSeconds() - c0;
            System.out.printf("transitions: %d transitions (%d calculations x %d) in %.2f s wall = %.0f per second; "
                    + "%.2f s CPU = %.0f per CPU-second; journal_mode=%s%n", count, n, LIFE.length - 1, s, count / s,
                    cpu, count / cpu, journalMode(db));
            if (store.counts().getOrDefault(CalcState.DONE, 0) != n) {
                throw new IllegalStateException("not every calculation reached DONE");
            }
            return count / s;
        }
    }

    private static String journalMode(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static String abbreviate(String cmd) {
        return cmd.length() <= 90 ? cmd : cmd.substring(0, 60) + "…" + cmd.substring(cmd.length() - 25)
                + " (" + cmd.length() + " chars)";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
