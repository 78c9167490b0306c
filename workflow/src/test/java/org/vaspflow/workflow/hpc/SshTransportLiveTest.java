package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SSH against the real sshd of the loopback cluster: strict host keys, key and password logins, transfers. */
@ExtendWith(LoopbackCluster.class)
class SshTransportLiveTest {
    private static SessionPool pool;
    private static LoopbackCluster.Env env;

    @BeforeAll
    static void setUp(LoopbackCluster.Env e) {
        env = e;
        pool = new SessionPool();
    }

    @AfterAll
    static void tearDown() {
        if (pool != null) {
            pool.close();
        }
    }

    private static SshTarget target(String user, List<String> keys, String knownHosts) {
        return new SshTarget(env.get("VF_CLUSTER_SSH_HOST"), Integer.parseInt(env.get("VF_CLUSTER_SSH_PORT")), user,
                keys, knownHosts, Optional.empty(), true, false, 30, 10);
    }

    private static SshTransport keyTransport() {
        return pool.transport(target(env.get("VF_CLUSTER_SSH_USER"), List.of(env.get("VF_CLUSTER_SSH_KEY")),
                env.get("VF_CLUSTER_SSH_KNOWN_HOSTS")), PasswordSource.none(), 600, 30);
    }

    @Test
    void execWithEd25519KeyAndStrictHostKeys() {
        ExecResult r = keyTransport().exec("echo out; echo err >&2; whoami; exit 3");
        assertEquals(3, r.exitCode());
        assertEquals("out\n" + env.get("VF_CLUSTER_SSH_USER") + "\n", r.stdout());
        assertEquals("err\n", r.stderr());
    }

    @Test
    void passwordLoginOfThePasswordUser() {
        try (SessionPool own = new SessionPool()) {
            SshTransport t = own.transport(target(env.get("VF_CLUSTER_PW_USER"), List.of(),
                    env.get("VF_CLUSTER_SSH_KNOWN_HOSTS")),
                    PasswordSource.of(env.get("VF_CLUSTER_PW_PASSWORD").toCharArray()), 60, 6);
            assertEquals(env.get("VF_CLUSTER_PW_USER"), t.exec("whoami").stdout().strip());
        }
        try (SessionPool own = new SessionPool()) {
            SshTransport wrong = own.transport(target(env.get("VF_CLUSTER_PW_USER"), List.of(),
                    env.get("VF_CLUSTER_SSH_KNOWN_HOSTS")), PasswordSource.of("wrong".toCharArray()), 60, 6);
            TransportException e = assertThrows(TransportException.class, () -> wrong.exec("true"));
            assertEquals(TransportException.Kind.AUTH_FAILED, e.kind(), e.getMessage());
            assertEquals(0, own.connectCount(wrong.describe()), "authentication failures are not retried");
        }
    }

    @Test
    void wrongOrUnknownHostKeyIsRejected(@TempDir Path tmp) throws Exception {
        Process kg = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                tmp.resolve("other").toString()).redirectErrorStream(true).start();
        assertEquals(0, kg.waitFor());
        String pub = Files.readString(tmp.resolve("other.pub")).strip();
        Path wrong = tmp.resolve("known_hosts");
        Files.writeString(wrong, "[" + env.get("VF_CLUSTER_SSH_HOST") + "]:" + env.get("VF_CLUSTER_SSH_PORT") + " "
                + pub.substring(0, pub.lastIndexOf(' ')) + "\n");
        try (SessionPool own = new SessionPool()) {
            SshTransport t = own.transport(target(env.get("VF_CLUSTER_SSH_USER"),
                    List.of(env.get("VF_CLUSTER_SSH_KEY")), wrong.toString()), PasswordSource.none(), 60, 6);
            TransportException e = assertThrows(TransportException.class, () -> t.exec("true"));
            assertEquals(TransportException.Kind.HOST_KEY_CHANGED, e.kind(), e.getMessage());
        }
        try (SessionPool own = new SessionPool()) {
            SshTransport t = own.transport(target(env.get("VF_CLUSTER_SSH_USER"),
                    List.of(env.get("VF_CLUSTER_SSH_KEY")), tmp.resolve("empty_known_hosts").toString()),
                    PasswordSource.none(), 60, 6);
            TransportException e = assertThrows(TransportException.class, () -> t.exec("true"));
            assertEquals(TransportException.Kind.HOST_KEY_UNKNOWN, e.kind(), e.getMessage());
        }
    }

    @Test
    void tarGzRoundTripWithSha256OverAPathWithSpacesAndQuotes(@TempDir Path tmp) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("calc in"));
        Files.writeString(src.resolve("INCAR"), "ENCUT = 520\nISPIN = 2\n");
        Files.createDirectories(src.resolve("sub dir"));
        byte[] data = new byte[300_000];
        new Random(1).nextBytes(data);
        Files.write(src.resolve("sub dir/CHGCAR it's"), data);
        Files.writeString(src.resolve("WAVECAR"), "huge");
        String base = "vaspflow-live/" + System.nanoTime();
        String remote = base + "/dir with 'quotes' and spaces";
        SshTransport t = keyTransport();
        List<long[]> seen = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        try (org.vaspflow.io.parse.Progress.Scope scope = org.vaspflow.io.parse.Progress.watch((file, read, total) -> {
            names.add(file.toString());
            seen.add(new long[] {read, total});
        })) {
            t.put(src, remote);
        }
        assertTrue(t.exists(remote + "/sub dir/CHGCAR it's"));
        // the transfer reported its bytes to the thread's progress listener, monotone, ending at the archive size
        assertTrue(seen.size() >= 2, "progress reports: " + seen.size());
        assertTrue(seen.get(seen.size() - 1)[1] > 300_000 / 2 && seen.get(seen.size() - 1)[0] == seen.get(seen.size() - 1)[1]);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "monotone");
        }
        assertTrue(names.get(0).startsWith("upload calc in"), names.get(0));
        String remoteSha = t.exec("sha256sum < " + ShellQuote.quote(remote + "/sub dir/CHGCAR it's")
                + " | cut -c1-64").requireOk().stdout().strip();
        assertEquals(TarGz.sha256(src.resolve("sub dir/CHGCAR it's")), remoteSha);
        t.exec("echo done > " + ShellQuote.quote(remote + "/OUTCAR")).requireOk();

        Path back = tmp.resolve("back here");
        t.get(remote, back, List.of("WAVECAR"));
        assertEquals("ENCUT = 520\nISPIN = 2\n", Files.readString(back.resolve("INCAR")));
        assertArrayEquals(data, Files.readAllBytes(back.resolve("sub dir/CHGCAR it's")));
        assertEquals("done\n", Files.readString(back.resolve("OUTCAR")));
        assertFalse(Files.exists(back.resolve("WAVECAR")), "excluded on the way back");
        assertEquals("", t.exec("ls -A " + ShellQuote.quote(remote) + " | grep vaspflow-upload || true").stdout(),
                "the uploaded archive is removed");
        t.exec("rm -rf " + ShellQuote.quote(base)).requireOk();
    }

    @Test
    void oneSessionServesManyCommandsAndReconnectsAfterADrop() {
        SshTransport t = keyTransport();
        t.exec("true");
        int before = t.connectCount();
        Set<String> connections = new HashSet<>();
        for (int i = 0; i < 15; i++) {
            connections.add(t.exec("echo $SSH_CONNECTION").stdout().strip());
        }
        assertEquals(1, connections.size(), "every command came over the same TCP connection");
        assertEquals(before, t.connectCount(), "no new session");
        SshTransport other = keyTransport();
        other.exec("true");
        assertEquals(before, other.connectCount(), "a second transport for the same login shares the session");

        t.dropSession();
        assertEquals(0, t.exec("true").exitCode(), "the next command reconnects");
        assertEquals(before + 1, t.connectCount());
    }
}
