package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/** The progress hook on real files (plain and gzipped) and the text bar it drives. */
class ProgressTest {
    private record Event(Path file, long read, long total) {
    }

    private static List<Event> readWithListener(Path file) {
        List<Event> events = new ArrayList<>();
        // narrowed to the file: JUnit runs tests on fork-join workers, which may run another test's reads on this
        // thread while this one waits
        try (Progress.Scope s = Progress.watch(file, (f, read, total) -> events.add(new Event(f, read, total)))) {
            Vasprun v = VasprunReader.read(file, VasprunOptions.ALL);
            assertTrue(v.completeness().complete(), "the fixture parses completely");
        }
        return events;
    }

    private static void assertMonotoneToTheEnd(Path file, List<Event> events) throws Exception {
        long size = Files.size(file);
        assertTrue(events.size() > 2, "more than the opening and one read: " + events.size());
        long last = -1;
        for (Event e : events) {
            assertEquals(file, e.file());
            assertEquals(size, e.total(), "total is the size on disk");
            assertTrue(e.read() >= last, "monotone: " + e.read() + " after " + last);
            assertTrue(e.read() <= size, "never beyond the file: " + e.read());
            last = e.read();
        }
        assertEquals(0, events.get(0).read(), "the first report is at 0 bytes");
        assertEquals(size, last, "the last report is the whole file");
    }

    @Test
    void plainVasprunReportsMonotoneBytesUpToItsSize() throws Exception {
        Path file = SharedData.data("vasp/feo-afm-ldau-relax/vasprun.xml");
        assertMonotoneToTheEnd(file, readWithListener(file));
    }

    @Test
    void gzippedVasprunReportsCompressedBytesUpToTheFileSize() throws Exception {
        Path file = SharedData.data("vasp/ir16-h-slab/vasprun.xml.gz");
        assertEquals(Compression.GZIP, Compression.of(file));
        assertMonotoneToTheEnd(file, readWithListener(file));
    }

    @Test
    void nothingIsReportedOutsideAScopeAndScopesNest() {
        List<String> outer = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        Path file = SharedData.data("vasp/feo-afm-ldau-relax/vasprun.xml");
        VasprunReader.read(file, VasprunOptions.STRUCTURES_ONLY);
        assertTrue(Progress.current().isEmpty());
        try (Progress.Scope a = Progress.watch((f, r, t) -> outer.add("o"))) {
            try (Progress.Scope b = Progress.watch((f, r, t) -> inner.add("i"))) {
                VasprunReader.read(file, VasprunOptions.STRUCTURES_ONLY);
            }
            assertTrue(outer.isEmpty(), "the inner scope took the reports");
            VasprunReader.read(file, VasprunOptions.STRUCTURES_ONLY);
        }
        assertFalse(inner.isEmpty());
        assertFalse(outer.isEmpty(), "the outer listener is back after the inner scope");
        assertTrue(Progress.current().isEmpty(), "closing the last scope removes the listener");
    }

    @Test
    void aFileScopeIgnoresOtherFiles() {
        List<Path> seen = new ArrayList<>();
        Path watched = SharedData.data("vasp/feo-afm-ldau-relax/vasprun.xml");
        Path other = SharedData.data("vasp/ir16-h-slab/vasprun.xml.gz");
        try (Progress.Scope s = Progress.watch(watched.getParent().resolve("../feo-afm-ldau-relax/vasprun.xml"),
                (f, r, t) -> seen.add(f))) {
            VasprunReader.read(other, VasprunOptions.STRUCTURES_ONLY);
            assertTrue(seen.isEmpty(), "another file is not reported");
            VasprunReader.read(watched, VasprunOptions.STRUCTURES_ONLY);
        }
        assertFalse(seen.isEmpty(), "the watched file is, whatever the spelling of its path");
        assertTrue(seen.stream().allMatch(watched::equals));
    }

    @Test
    void barDrawsPercentRateAndEtaOnTheGivenStreamAndEndsTheLine() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long[] now = {0};
        Path file = Path.of("/data/vasprun.xml");
        long total = 200_000_000L;
        try (ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), 100, () -> now[0])) {
            bar.progress(file, 0, total);
            now[0] = 1_000_000_000L;  // 1 s later, 50 MB read: 50 MB/s, 150 MB left -> 3 s
            bar.progress(file, 50_000_000L, total);
            now[0] += 1_000_000L;     // 1 ms later: throttled, no redraw
            bar.progress(file, 51_000_000L, total);
            now[0] = 4_000_000_000L;
            bar.progress(file, total, total);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        String[] draws = text.split("\r", -1);
        assertEquals("", draws[0], "every draw starts with a carriage return");
        assertEquals(5, draws.length, "opening, 25%, 100%, and the final redraw on close: " + text);
        assertTrue(draws[2].contains(" 25% "), draws[2]);
        assertTrue(draws[2].contains("50.0/200.0 MB"), draws[2]);
        assertTrue(draws[2].contains("50.0 MB/s"), draws[2]);
        assertTrue(draws[2].contains("ETA 0:03"), draws[2]);
        assertTrue(draws[2].startsWith("vasprun.xml "), draws[2]);
        assertTrue(draws[3].contains("100%") && draws[3].contains("ETA 0:00"), draws[3]);
        assertTrue(text.endsWith("\n"), "close ends the line");
        assertFalse(text.contains("51.0/"), "redraws are throttled");
    }

    @Test
    void barStaysSilentForSmallFiles() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Path file = SharedData.data("vasp/feo-afm-ldau-relax/vasprun.xml");
        try (ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8),
                Files.size(file) + 1);
             Progress.Scope s = Progress.watch(file, bar)) {
            VasprunReader.read(file, VasprunOptions.ALL);
        }
        assertEquals(0, buf.size());
    }

    @Test
    void barDrivenByARealParseEndsAtTheFileSize() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Path file = SharedData.data("vasp/ir16-h-slab/vasprun.xml.gz");
        try (ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), 0);
             Progress.Scope s = Progress.watch(file, bar)) {
            VasprunReader.read(file, VasprunOptions.ALL);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        String mb = String.format(java.util.Locale.ROOT, "%.1f/%.1f MB", Files.size(file) / 1e6, Files.size(file) / 1e6);
        assertTrue(text.contains("100%") && text.contains(mb), text);
        assertTrue(text.endsWith("\n"));
    }
}
