package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.KpointsReader;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PotcarSpec;

class InputsCommandTest {
    @Test
    void writesAFolderThatReadsBack(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("feo relax");
        CliTestSupport.Result r = CliTestSupport.run("inputs", SharedData.data("vasp/feo-afm-ldau-relax/POSCAR").toString(),
                "--preset", "mp-relax", "--set", "ENCUT=600", "--set", "NCORE=2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Incar incar = IncarReader.read(out.resolve("INCAR"));
        assertEquals(600.0, ((Number) incar.get("ENCUT").orElseThrow().plain()).doubleValue());
        assertEquals(2L, incar.get("NCORE").orElseThrow().plain());
        assertEquals(5.3, ((double[]) incar.get("LDAUU").orElseThrow().plain())[0], "MP U for Fe in an oxide");
        assertEquals(4, PoscarReader.read(out.resolve("POSCAR")).structure().size());
        assertEquals("Gamma", KpointsReader.read(out.resolve("KPOINTS")).style());
        assertEquals(List.of("Fe_pv", "O"), PotcarSpec.read(out.resolve("POTCAR.spec")).symbols());
        assertTrue(Files.readString(out.resolve("README.vaspflow")).contains("mp-relax"));
        assertEquals(2, CliTestSupport.run("inputs", "x").exitCode(), "missing --preset/--out is a usage error");
    }
}
