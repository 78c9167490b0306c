package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.testing.SharedData;

/** {@code inspect --progress}: the bar goes to stderr only, for files above the size threshold. */
class InspectProgressTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void barOnStderrStdoutUnchanged() throws Exception {
        Path file = SharedData.data("vasp/ir16-h-slab/vasprun.xml.gz");
        CliTestSupport.Result plain = CliTestSupport.run("inspect", file.toString(), "--json");
        CliTestSupport.Result withBar = CliTestSupport.run("inspect", file.toString(), "--json", "--progress",
                "--progress-min-mb", "0");
        assertEquals(0, withBar.exitCode(), withBar.err());
        assertEquals(MAPPER.readTree(plain.out()), MAPPER.readTree(withBar.out()), "stdout is the same JSON");
        assertFalse(withBar.out().contains("MB/s"), "no bar on stdout");
        String mb = String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        assertTrue(withBar.err().contains("100%") && withBar.err().contains(mb) && withBar.err().contains("ETA"),
                withBar.err());
        assertTrue(withBar.err().startsWith("\r") && withBar.err().endsWith("\n"), withBar.err());
    }

    @Test
    void smallFilesGetNoBarEvenWithProgress() {
        Path file = SharedData.data("vasp/feo-afm-ldau-relax/vasprun.xml");
        CliTestSupport.Result r = CliTestSupport.run("inspect", file.toString(), "--json", "--progress");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "below ~100 MB nothing is drawn");
    }
}
