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
        assertTrue(Files.readString(out.resolve("README.md")).contains("mp-relax"));
        assertEquals(2, CliTestSupport.run("inputs", "x").exitCode(), "missing --preset/--out is a usage error");
    }

    @Test
    void lobsterPresetWritesLobsterinAndPerElementOverrides(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("lobster");
        CliTestSupport.Result r = CliTestSupport.run("inputs", SharedData.data("vasp/feo-afm-ldau-relax/POSCAR").toString(),
                "--preset", "lobster", "--set", "LDAUU=Fe:4.0", "--set", "MAGMOM=Fe:3.5", "--cores", "8", "--out",
                out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        var lobsterin = org.vaspflow.io.lobster.LobsterinReader.read(out.resolve("lobsterin"));
        assertEquals(List.of("Fe 3d 4p 4s", "O 2p 2s"), lobsterin.all("basisfunctions"));
        assertEquals("from 0.1 to 3.0", lobsterin.get("cohpGenerator").orElseThrow());
        Incar incar = IncarReader.read(out.resolve("INCAR"));
        assertEquals(0L, incar.get("ISYM").orElseThrow().plain());
        assertEquals(true, incar.get("LWAVE").orElseThrow().plain());
        assertEquals(2 * 9 + 2 * 4L, incar.get("NBANDS").orElseThrow().plain(), "Fe 3d 4p 4s = 9, O 2p 2s = 4");
        assertEquals(4.0, ((double[]) incar.get("LDAUU").orElseThrow().plain())[0]);
        assertEquals(3.5, ((double[]) incar.get("MAGMOM").orElseThrow().plain())[1]);
        assertEquals(List.of("Fe", "O"), PotcarSpec.read(out.resolve("POTCAR.spec")).symbols(), "PBE_54 recommended");
        assertEquals("[\"lobster\",\"static\",\"base\"]", new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("preset_chain").toString(), r.out());
    }

    @Test
    void oxidationAndSpinOptions(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("feo");
        CliTestSupport.Result r = CliTestSupport.run("inputs", SharedData.data("vasp/feo-afm-ldau-relax/POSCAR").toString(),
                "--preset", "relax", "--oxidation", "Fe:3", "--spin", "low", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        double[] m = (double[]) IncarReader.read(out.resolve("INCAR")).get("MAGMOM").orElseThrow().plain();
        assertEquals(1.0, m[0], "Fe3+ low spin d5: 1");
        assertEquals(2, CliTestSupport.run("inputs", "x", "--preset", "relax", "--oxidation", "Fe:2.5", "--out",
                tmp.resolve("y").toString()).exitCode());
    }

    @Test
    void failingChecksWriteNothing(@TempDir Path tmp) {
        Path out = tmp.resolve("bad");
        CliTestSupport.Result r = CliTestSupport.run("inputs", SharedData.data("vasp/feo-afm-ldau-relax/POSCAR").toString(),
                "--preset", "lobster", "--set", "ISYM=2", "--set", "KPAR=3", "--cores", "8", "--out", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("ISYM: expected 0 or -1 for LOBSTER, got 2"), r.err());
        assertTrue(r.err().contains("KPAR: expected a divisor of the 8 cores, got 3"), r.err());
        assertTrue(!Files.exists(out));
    }
}
