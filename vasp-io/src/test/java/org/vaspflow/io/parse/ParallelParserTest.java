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
}
