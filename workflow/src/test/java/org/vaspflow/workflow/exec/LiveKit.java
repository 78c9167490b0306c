package org.vaspflow.workflow.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.ExecResult;
import org.vaspflow.workflow.hpc.LoopbackCluster;
import org.vaspflow.workflow.hpc.PasswordSource;
import org.vaspflow.workflow.hpc.ProfileLoader;
import org.vaspflow.workflow.hpc.SessionPool;
import org.vaspflow.workflow.hpc.ShellQuote;

/**
 * What the executor's live tests share: a test profile derived from {@code hpc-profiles/loopback.yaml}
 * (remote work root with a space in it, 1 s polls, a {@code debug} queue of one minute for TIMEOUT), the
 * fake-vasp command line for the cluster's user, and root-side helpers that stop and restart the cluster's
 * daemons by their pid files (the test started them through {@code start-cluster.sh}).
 */
final class LiveKit {
    static final Path FAKE_VASP = Path.of("src/test/fake-vasp/fake-vasp").toAbsolutePath();
    static final Path DATA = SharedData.data("vasp/feo-afm-ldau-relax");
    static final List<String> OUTPUTS = List.of("OSZICAR", "OUTCAR", "vasprun.xml", "CONTCAR");

    final LoopbackCluster.Env env;
    final String run;
    final Path profile;
    /** Remote work root relative to the login home (it contains a space). */
    final String remoteRoot;

    LiveKit(LoopbackCluster.Env env, Path tmp, String run) throws IOException {
        this(env, tmp, run, 20);
    }

    /** @param maxJobs jobs at once in queue {@code normal} (bounds a campaign's pace whatever the CPU count) */
    LiveKit(LoopbackCluster.Env env, Path tmp, String run, int maxJobs) throws IOException {
        this.env = env;
        this.run = run;
        this.remoteRoot = "vf live/" + run;
        String yaml = new String(LiveKit.class.getResourceAsStream("/hpc-profiles/loopback.yaml").readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("remote_work_root: vaspflow", "remote_work_root: \"" + remoteRoot + "\"")
                .replace("poll_interval_seconds: 5", "poll_interval_seconds: 1")
                .replace("max_walltime: \"00:05:00\"", "max_walltime: \"00:01:00\"")
                .replace("max_jobs: 20", "max_jobs: " + maxJobs);
        if (!yaml.contains(remoteRoot) || !yaml.contains("\"00:01:00\"")) {
            throw new IllegalStateException("loopback.yaml changed: the live test profile cannot be derived");
        }
        this.profile = tmp.resolve("loopback-live.yaml");
        Files.writeString(profile, yaml);
    }

    ProfileLoader.LoadedProfile loaded(String vaspCmd) {
        ProfileLoader.LoadedProfile lp = ProfileLoader.load(profile.toString(), env::env);
        return org.vaspflow.workflow.cli.RunCommand.withVasp(lp, vaspCmd);
    }

    ClusterClient client(SessionPool pool, String vaspCmd) {
        return ClusterClient.connect(loaded(vaspCmd), pool, PasswordSource.none());
    }

    /** The cluster user's home (the loopback cluster's homes are on this machine). */
    Path home() {
        return Path.of(env.get("VF_CLUSTER_SSH_USER_HOME"));
    }

    Path remoteRootLocally() {
        return home().resolve(remoteRoot);
    }

    /** fake-vasp log of every run, in the remote root (written by the cluster's user). */
    Path fakeVaspLog() {
        return remoteRootLocally().resolve("fake-vasp.log");
    }

    String vaspCmd(int sleepSeconds) {
        return "FAKE_VASP_DATA=" + ShellQuote.quote(DATA.toString())
                + " FAKE_VASP_ERRORS=" + ShellQuote.quote(SharedData.data("errors").toString())
                + " FAKE_VASP_LOG=" + ShellQuote.quote(fakeVaspLog().toString())
                + " FAKE_VASP_SLEEP=" + sleepSeconds + " " + ShellQuote.quote(FAKE_VASP.toString());
    }

    /** Environment for a child JVM running {@code vaspflow run --profile} on this profile. */
    Map<String, String> childEnvironment() {
        Map<String, String> m = new TreeMap<>();
        env.props().stringPropertyNames().forEach(k -> m.put(k, env.props().getProperty(k)));
        return m;
    }

    /**
     * Every job whose name starts with a prefix, as {@code [id, name, state]}: {@code sacct}, completed by
     * {@code squeue -t all} (finished jobs stay there for MinJobAge) for jobs accounting has not recorded yet.
     */
    static List<String[]> sacct(ClusterClient c, String namePrefix) {
        Map<String, String[]> byId = new TreeMap<>();
        ExecResult q = c.transport().exec("squeue -h -t all -o '%i|%j|%T'");
        ExecResult a = c.transport().exec("sacct -n -X -P -S now-1days -o JobID,JobName,State");
        for (ExecResult r : List.of(q, a)) { // sacct last: its record wins
            r.stdout().lines().map(l -> l.split("\\|", -1))
                    .filter(f -> f.length >= 3 && f[1].startsWith(namePrefix)).forEach(f -> byId.put(f[0], f));
        }
        return List.copyOf(byId.values());
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pid of a daemon of the loopback cluster, from its pid file. */
    long daemonPid(String name) throws IOException {
        return Long.parseLong(Files.readString(Path.of(env.get("VF_CLUSTER_DIR"), "run", name + ".pid")).strip());
    }

    /** Stops a daemon of the loopback cluster (and, for sshd, the connections it serves), by its pid file. */
    void stopDaemon(String name) throws IOException, InterruptedException {
        long pid = daemonPid(name);
        ProcessHandle.of(pid).ifPresent(p -> {
            List<ProcessHandle> children = p.children().toList();
            p.destroy();
            children.forEach(ProcessHandle::destroy); // sshd: the per-connection processes of our sessions
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Starts whatever daemon is missing again ({@code start-cluster.sh} is idempotent). */
    static void restartCluster() throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("vaspflow.shared", "../../shared")).resolve("infra/start-cluster.sh");
        Path log = Path.of("target", "vf-cluster-restart.log").toAbsolutePath();
        Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("start-cluster.sh failed again; see " + log);
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
