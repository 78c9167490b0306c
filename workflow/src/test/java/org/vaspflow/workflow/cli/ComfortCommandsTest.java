package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Change;
import org.vaspflow.workflow.store.Store;

/** {@code status} colours, {@code completion bash} and {@code --version}. */
class ComfortCommandsTest {
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    private void campaign() {
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            long a = store.add("feo/relax", "relax", "runs/feo/relax", "{}", List.of());
            store.add("a-much-longer-calculation-name/static", "static", "runs/x", "{}", List.of(a));
            store.transition(a, CalcState.PLANNED, CalcState.HELD, "held by the test", Change.NONE);
        }
    }

    @Test
    void statusIsPlainWhenNotATerminalAndColouredWhenAsked() {
        campaign();
        var plain = CliTestSupport.run("status", dir.toString());
        assertEquals(0, plain.exitCode(), plain.err());
        assertFalse(plain.out().contains(ESC), "stdout is not a terminal in tests: no colour");
        List<String> lines = plain.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ID    NAME"), lines.get(0));
        int stateColumn = lines.get(0).indexOf("STATE");
        assertEquals("HELD", lines.get(1).substring(stateColumn, stateColumn + 4), "columns line up: " + lines);
        assertEquals("PLANNED", lines.get(2).substring(stateColumn, stateColumn + 7));
        assertEquals("PLANNED 1  HELD 1  total 2", lines.get(3));

        var coloured = CliTestSupport.run("status", dir.toString(), "--color=always");
        assertTrue(coloured.out().contains(ESC + "33mHELD"), coloured.out());
        assertTrue(coloured.out().contains(ESC + "2mPLANNED"), coloured.out());
        String stripped = coloured.out().replaceAll("\u001b\\[[0-9;]*m", "");
        assertEquals(plain.out(), stripped, "colour codes never move a column");

        var never = CliTestSupport.run("status", dir.toString(), "--color=always", "--no-color");
        assertFalse(never.out().contains(ESC), "--no-color wins");
    }

    @Test
    void colourDecisionHonoursTerminalAndNoColor() {
        assertTrue(StatusCommand.useColor(StatusCommand.ColorMode.auto, null, true));
        assertFalse(StatusCommand.useColor(StatusCommand.ColorMode.auto, null, false));
        assertFalse(StatusCommand.useColor(StatusCommand.ColorMode.auto, "1", true), "NO_COLOR set");
        assertTrue(StatusCommand.useColor(StatusCommand.ColorMode.auto, "", true), "NO_COLOR empty counts as unset");
        assertTrue(StatusCommand.useColor(StatusCommand.ColorMode.always, "1", false));
        assertFalse(StatusCommand.useColor(StatusCommand.ColorMode.never, null, true));
        String t = StatusCommand.table(List.of(new Calculation(1, "x", "s", CalcState.FAILED, 3, "f", "", "", "77", 0,
                "{}", List.of())), Map.of(CalcState.FAILED, 1), true);
        assertTrue(t.contains(ESC + "1;31mFAILED"), t);
    }

    @Test
    void statusJsonIsUnchanged() throws Exception {
        campaign();
        var r = CliTestSupport.run("status", dir.toString(), "--json", "--color=always");
        var j = Json.MAPPER.readTree(r.out());
        assertEquals(1, j.get("counts").get("HELD").asInt());
        assertEquals(2, j.get("calculations").size());
        assertFalse(r.out().contains(ESC));
    }

    @Test
    void bashCompletionCompletesCommandsAndOptions() throws Exception {
        var r = CliTestSupport.run("completion", "bash");
        assertEquals(0, r.exitCode(), r.err());
        Path script = dir.resolve("vaspflow.bash");
        Files.writeString(script, r.out());
        // complete "vaspflow rep" and "vaspflow report --o" in a real bash with the generated function
        String probe = "source " + script + "\n"
                + "COMP_WORDS=(vaspflow rep); COMP_CWORD=1; COMP_LINE='vaspflow rep'; COMP_POINT=12\n"
                + "_complete_vaspflow; echo \"cmds:${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(vaspflow report --o); COMP_CWORD=2; COMP_LINE='vaspflow report --o'; COMP_POINT=19\n"
                + "_complete_vaspflow; echo \"opts:${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(vaspflow status --color ''); COMP_CWORD=3; COMP_LINE='vaspflow status --color '; "
                + "COMP_POINT=24\n_complete_vaspflow; echo \"vals:${COMPREPLY[*]}\"\n";
        Process p = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("cmds:report"), out);
        assertTrue(out.contains("opts:--out"), out);
        assertTrue(out.contains("vals:") && out.contains("always") && out.contains("never"), out);
        assertEquals(2, CliTestSupport.run("completion", "fish").exitCode(), "unsupported shell is a usage error");
    }

    @Test
    void versionShowsProjectVersionBuildAndJava() {
        var r = CliTestSupport.run("--version");
        assertEquals(0, r.exitCode());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("vaspflow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertTrue(lines.get(1).matches("build: (commit [0-9a-f]{7,40}.*|commit unknown), built "
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Java " + System.getProperty("java.version")), lines.get(2));
    }
}
