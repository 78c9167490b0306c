package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileLoaderTest {
    private static final UnaryOperator<String> NO_ENV = k -> null;
    private static final String MINIMAL = """
            name: t
            scheduler: slurm
            ssh:
              host: h.example.org
            queues:
              normal:
                max_walltime: "24:00:00"
                cores_per_node: 64
            vasp:
              std: vasp_std
            remote_work_root: /scratch/t
            """;

    @ParameterizedTest
    @ValueSource(strings = {"local", "slurm-example", "pbs-example", "lsf-example", "loopback"})
    void everyShippedProfileLoadsWithItsTemplate(String name) {
        ProfileLoader.LoadedProfile p = ProfileLoader.load(name, NO_ENV);
        assertEquals(name, p.profile().name());
        assertTrue(p.template().contains("{{run}}") && p.template().contains("{{exit_file}}"), p.origin());
        assertFalse(p.profile().queues().isEmpty());
    }

    @Test
    void exampleValuesAreBound() {
        Profile p = ProfileLoader.load("slurm-example", NO_ENV).profile();
        assertEquals(Profile.SchedulerKind.SLURM, p.scheduler());
        assertEquals("alice@gateway.example.org:22", p.ssh().proxyJump());
        assertEquals(172800, p.queue("standard").maxWalltime().seconds());
        assertEquals(128, p.queue("standard").coresPerNode());
        assertEquals("module load intel/2023.2", p.environment().lines().get(0));
        assertEquals("vasp_gam", p.vasp().executable("gam"));
        assertEquals(10, p.maxSubmissionsPerMinute());
    }

    @Test
    void loopbackTakesMachineValuesFromTheEnvironment() {
        Map<String, String> env = Map.of("VF_CLUSTER_SSH_KEY", "/k/key", "VF_CLUSTER_SSH_PORT", "2345");
        Profile p = ProfileLoader.load("loopback", env::get).profile();
        assertEquals("/k/key", p.ssh().identityFile());
        assertEquals(2345, p.ssh().port());
        assertEquals("/tmp/vf-cluster/ssh/known_hosts", p.ssh().knownHosts(), "default after :-");
    }

    @Test
    void unknownKeyNamesPathAndLine() {
        String yaml = MINIMAL.replace("  host: h.example.org", "  host: h.example.org\n  identiy_file: ~/.ssh/x");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.parse(yaml, "t.yaml", NO_ENV));
        assertEquals("ssh.identiy_file", e.yamlPath());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("identity_file"), "lists the known keys: " + e.getMessage());
    }

    @Test
    void unknownKeyInsideAQueueNamesTheQueue() {
        String yaml = MINIMAL.replace("    cores_per_node: 64", "    cores_per_node: 64\n    max_wall: 3");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.parse(yaml, "t.yaml", NO_ENV));
        assertEquals("queues.normal.max_wall", e.yamlPath());
        assertEquals(9, e.line());
    }

    @Test
    void badWalltimeAndSchedulerAreReportedWithTheirPath() {
        ProfileException w = assertThrows(ProfileException.class, () -> ProfileLoader.parse(
                MINIMAL.replace("\"24:00:00\"", "\"48:00\""), "t.yaml", NO_ENV));
        assertTrue(w.yamlPath().startsWith("queues.normal"), w.getMessage());
        assertTrue(w.getMessage().contains("HH:MM:SS"), w.getMessage());
        ProfileException s = assertThrows(ProfileException.class, () -> ProfileLoader.parse(
                MINIMAL.replace("scheduler: slurm", "scheduler: sge"), "t.yaml", NO_ENV));
        assertTrue(s.getMessage().contains("sge"), s.getMessage());
        assertEquals(2, s.line());
    }

    @Test
    void missingRequiredPartsAndDuplicateKeysAreErrors() {
        assertThrows(ProfileException.class, () -> ProfileLoader.parse(
                MINIMAL.replace("remote_work_root: /scratch/t\n", ""), "t.yaml", NO_ENV));
        assertThrows(ProfileException.class, () -> ProfileLoader.parse(
                MINIMAL.replace("ssh:\n  host: h.example.org\n", ""), "t.yaml", NO_ENV));
        assertThrows(ProfileException.class, () -> ProfileLoader.parse(MINIMAL + "name: again\n", "t.yaml", NO_ENV));
    }

    @Test
    void unsetEnvironmentVariableIsAnErrorWithItsLine() {
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.parse(
                MINIMAL.replace("/scratch/t", "${NO_SUCH_VAR}/runs"), "t.yaml", NO_ENV));
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("NO_SUCH_VAR"));
    }

    @Test
    void profileFileBesideItsTemplate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.yaml"), MINIMAL + "template: site.tmpl\n");
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/site.tmpl"), "#!/bin/sh\n{{run}}\n");
        ProfileLoader.LoadedProfile p = ProfileLoader.load(dir.resolve("mine.yaml").toString(), NO_ENV);
        assertEquals("#!/bin/sh\n{{run}}\n", p.template());
        ProfileLoader.LoadedProfile byName = ProfileLoader.load("mine", Map.of("VASPFLOW_PROFILES",
                dir.toString())::get);
        assertEquals("t", byName.profile().name());
        assertThrows(ProfileException.class, () -> ProfileLoader.load("no-such-profile", NO_ENV));
    }

    @Test
    void walltimeForms() {
        assertEquals(86400 + 3600, Walltime.parse("1-01:00:00").seconds());
        assertEquals(48 * 3600, Walltime.parse("48:00:00").seconds());
        assertEquals(5400, Walltime.parse("90m").seconds());
        assertEquals("2-00:00:00", Walltime.parse("2d").slurm());
        assertEquals("48:00:00", Walltime.parse("2d").pbs());
        assertEquals("0:02", Walltime.parse("61s").lsf(), "LSF minutes round up");
        assertThrows(IllegalArgumentException.class, () -> Walltime.parse("48:00"));
        assertThrows(IllegalArgumentException.class, () -> Walltime.parse("01:60:00"));
    }
}
