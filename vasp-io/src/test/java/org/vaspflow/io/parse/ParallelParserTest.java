package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

class ParallelParserTest {
    @Test
    void manyFoldersInOrderWithABrokenOne(@TempDir Path tmp) throws Exception {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path f = Files.createDirectories(tmp.resolve(String.format("calc-%02d", i)));
            if (i == 17) {
                Files.writeString(f.resolve("vasprun.xml"), "<modeling><generator>broken");
            } else {
                Files.copy(SharedData.data("vasp/feo-afm-ldau-relax/vasprun.xml"), f.resolve("vasprun.xml"));
            }
            folders.add(f);
        }
        List<ParallelParser.Outcome<Vasprun>> out = ParallelParser.parseAll(folders,
                f -> VasprunReader.read(f.resolve("vasprun.xml"), VasprunOptions.STRUCTURES_ONLY), 2);
        assertEquals(40, out.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(folders.get(i), out.get(i).input(), "input order kept");
            if (i == 17) {
                assertFalse(out.get(i).ok());
                assertTrue(out.get(i).error().orElseThrow().file().contains("calc-17"));
            } else {
                assertEquals(-28.21851457, out.get(i).value().orElseThrow().finalEnergyEv(), 1e-8);
            }
        }
    }

    /** A parser that fails with something other than a ParseException is reported too, wrapped. */
    @Test
    void anyFailureIsReportedAsAParseException(@TempDir Path tmp) {
        List<Path> inputs = List.of(tmp.resolve("a"), tmp.resolve("b"), tmp.resolve("c"));
        List<ParallelParser.Outcome<String>> out = ParallelParser.parseAll(inputs, p -> {
            if (p.endsWith("b")) {
                throw new IllegalStateException("boom");
            }
            return p.getFileName().toString();
        });
        assertEquals("a", out.get(0).value().orElseThrow());
        assertTrue(out.get(1).error().orElseThrow().getMessage().contains("boom"));
        assertEquals("c", out.get(2).value().orElseThrow());
    }

    /** splitRange covers every index once, in parts, and names the first failing index whichever part found it. */
    @Test
    void splitRangeCoversEveryIndexAndFindsTheFirstFailure() {
        int n = 100_003;
        java.util.concurrent.atomic.AtomicIntegerArray seen = new java.util.concurrent.atomic.AtomicIntegerArray(n);
        int none = ParallelParser.splitRange(n, 1000, (from, to) -> {
            for (int i = from; i < to; i++) {
                seen.incrementAndGet(i);
            }
            return -1;
        });
        assertEquals(-1, none);
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen.get(i), "index " + i);
        }
        int first = ParallelParser.splitRange(n, 1000, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (i == 77_777 || i == 99_000) {
                    return i;
                }
            }
            return -1;
        });
        assertEquals(77_777, first);
        assertEquals(-1, ParallelParser.splitRange(0, 10, (from, to) -> 0));
    }
}
