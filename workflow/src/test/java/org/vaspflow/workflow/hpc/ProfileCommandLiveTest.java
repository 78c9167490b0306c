package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.cli.Main;

/** {@code vaspflow profile check} against the loopback cluster and on broken profiles. */
@ExtendWith(LoopbackCluster.class)
class ProfileCommandLiveTest {

    @Test
    void loopbackProfileConnectsAndNamesTheMissingVasp(LoopbackCluster.Env env) throws Exception {
        Map<String, JsonNode> checks = run(1, "profile", "check", "loopback", "--json");
        assertTrue(checks.get("connect").get("ok").asBoolean(), checks.get("connect").toString());
        assertTrue(checks.get("connect").get("detail").asText().contains(env.get("VF_CLUSTER_SSH_USER")));
        assertTrue(checks.get("scheduler").get("ok").asBoolean(), checks.get("scheduler").toString());
        assertTrue(checks.get("queues").get("ok").asBoolean(), checks.get("queues").toString());
        assertTrue(checks.get("work_root").get("ok").asBoolean(), checks.get("work_root").toString());
        assertEquals("vasp_std, vasp_gam, vasp_ncl not found on PATH after the environment set-up "
                + "(export OMP_NUM_THREADS=1)", checks.get("vasp").get("detail").asText(), "VASP is not on the test cluster");
    }

    @Test
    void queueOverThePartitionLimitIsNamed(LoopbackCluster.Env env, @TempDir Path dir) throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/hpc-profiles/loopback.yaml").readAllBytes(),
                StandardCharsets.UTF_8).replace("max_walltime: \"00:05:00\"", "max_walltime: \"01:00:00\"")
                .replace("  normal:\n", "  nosuch:\n    max_walltime: 1h\n    cores_per_node: 1\n  normal:\n")
                .replace("std: vasp_std", "std: cat").replace("gam: vasp_gam", "gam: cat").replace("ncl: vasp_ncl",
                        "ncl: cat");
        Path file = dir.resolve("bad-queues.yaml");
        Files.writeString(file, yaml);
        Map<String, JsonNode> checks = run(1, "profile", "check", file.toString(), "--json");
        String detail = checks.get("queues").get("detail").asText();
        assertTrue(detail.contains("queue 'nosuch' does not exist"), detail);
        assertTrue(detail.contains("queue 'debug': max_walltime 01:00:00 exceeds the scheduler's 00:05:00"), detail);
        assertTrue(checks.get("vasp").get("ok").asBoolean());
        assertTrue(checks.get("potcar").get("ok").asBoolean(), "no potcar_root: nothing to check");
    }

    @Test
    void aPotcarRootWithoutPotcarsIsNamed(LoopbackCluster.Env env, @TempDir Path dir) throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/hpc-profiles/loopback.yaml").readAllBytes(),
                StandardCharsets.UTF_8).replace("  ncl: vasp_ncl\n", "  ncl: vasp_ncl\n  potcar_root: /nonexistent/psp\n");
        assertTrue(yaml.contains("potcar_root"), "loopback.yaml changed: cannot add potcar_root");
        Path file = dir.resolve("potcar.yaml");
        Files.writeString(file, yaml);
        Map<String, JsonNode> checks = run(1, "profile", "check", file.toString(), "--json");
        assertEquals("/nonexistent/psp/PBE_54 has no O/POTCAR: set vasp.potcar_root to the folder that holds "
                + "PBE_54/<symbol>/POTCAR", checks.get("potcar").get("detail").asText());
    }

    @Test
    void wrongHostKeyIsReportedAsSuch(LoopbackCluster.Env env, @TempDir Path dir) throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/hpc-profiles/loopback.yaml").readAllBytes(),
                StandardCharsets.UTF_8).replaceAll("known_hosts: .*", "known_hosts: " + dir.resolve("none"));
        Path file = dir.resolve("nokeys.yaml");
        Files.writeString(file, yaml);
        Map<String, JsonNode> checks = run(1, "profile", "check", file.toString(), "--json");
        assertTrue(checks.get("connect").get("detail").asText().startsWith("host_key_unknown"),
                checks.get("connect").toString());
        assertEquals(2, checks.size(), "nothing else is tried without a login");
    }

    @Test
    void brokenProfileSaysWhereWithoutConnecting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "name: t\nscheduler: slurm\nssh:\n  host: x\n  prot: 22\n");
        Map<String, JsonNode> checks = run(1, "profile", "check", file.toString(), "--json");
        String detail = checks.get("profile").get("detail").asText();
        assertTrue(detail.contains(":5 at ssh.prot: unknown key 'prot'"), detail);
    }

    private static Map<String, JsonNode> run(int expectedExit, String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, code, out);
        JsonNode root = new ObjectMapper().readTree(out);
        assertEquals(expectedExit == 0, root.get("ok").asBoolean());
        Map<String, JsonNode> checks = new HashMap<>();
        root.get("checks").forEach(c -> checks.put(c.get("name").asText(), c));
        return checks;
    }
}
