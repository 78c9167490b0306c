package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class SshTargetResolverTest {
    private static final String CONFIG = """
            Host hpc
              HostName login.cluster.example.org
              Port 2200
              User bob
              IdentityFile /keys/hpc_ed25519
              UserKnownHostsFile /keys/known_hosts
              ProxyJump gw-user@gateway.example.org:2022

            Host gateway.example.org
              User gwconfig

            Host *
              ServerAliveInterval 60
            """;

    private static SshSettings settings(String host, int port, String user, String key) {
        return new SshSettings(host, port, user, key, "", "", true, false, true, 0, 0);
    }

    @Test
    void configFillsWhatTheProfileLeavesOpen() throws Exception {
        SshTarget t = SshTargetResolver.resolve(settings("hpc", 0, "", ""), OpenSSHConfig.parse(CONFIG));
        assertEquals("login.cluster.example.org", t.host());
        assertEquals(2200, t.port());
        assertEquals("bob", t.user());
        assertEquals(List.of("/keys/hpc_ed25519"), t.identityFiles());
        assertEquals("/keys/known_hosts", t.knownHosts());
        assertEquals("bob@login.cluster.example.org:2200", t.key());
        SshTarget jump = t.jump().orElseThrow();
        assertEquals("gw-user@gateway.example.org:2022", jump.key(), "user and port of the ProxyJump spec win");
        assertEquals(List.of("/keys/hpc_ed25519"), jump.identityFiles(), "the hop inherits the target's key");
        assertTrue(jump.jump().isEmpty());
    }

    @Test
    void profileValuesWinOverTheConfig() throws Exception {
        SshTarget t = SshTargetResolver.resolve(settings("hpc", 22, "alice", "/mine/id"), OpenSSHConfig.parse(CONFIG));
        assertEquals(22, t.port());
        assertEquals("alice", t.user());
        assertEquals(List.of("/mine/id"), t.identityFiles());
    }

    @Test
    void withoutConfigOpenSshDefaultsApply() {
        SshTarget t = SshTargetResolver.resolve(settings("plain.example.org", 0, "", "~/k"), ConfigRepository.nullConfig);
        assertEquals(22, t.port());
        assertEquals(System.getProperty("user.name"), t.user());
        assertEquals(System.getProperty("user.home") + "/k", t.identityFiles().get(0));
        assertEquals(System.getProperty("user.home") + "/.ssh/known_hosts", t.knownHosts());
        assertTrue(t.jump().isEmpty());
    }

    @Test
    void jumpChainsResolveHopByHop() throws Exception {
        SshSettings s = new SshSettings("target.example.org", 0, "t", "/k", "", "a@one:2201,gateway.example.org",
                true, false, true, 0, 0);
        SshTarget t = SshTargetResolver.resolve(s, OpenSSHConfig.parse(CONFIG));
        SshTarget last = t.jump().orElseThrow();
        assertEquals("gwconfig@gateway.example.org:22", last.key(), "the last hop's user comes from its Host block");
        assertEquals("a@one:2201", last.jump().orElseThrow().key());
    }
}
