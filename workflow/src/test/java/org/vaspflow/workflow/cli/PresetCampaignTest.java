package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.lobster.LobsterinReader;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.workflow.hpc.ShellQuote;

/**
 * A campaign whose steps name presets, run with the fake-vasp test double: relax from the preset, then a LOBSTER
 * step that starts from relax's CONTCAR and final moments (previous calculation) with a per-element U override.
 */
class PresetCampaignTest {
    @TempDir
    Path dir;

    @Test
    void relaxThenLobsterThroughTheEngine() throws Exception {
        Path data = SharedData.data("vasp/feo-afm-ldau-relax");
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, """
                campaign: presets
                matrix:
                  materials: [{name: feo, structure: "%s"}]
                steps:
                  - name: relax
                    preset: relax
                    incar: {NSW: 3}
                  - name: lobster
                    after: relax
                    preset: lobster
                    carry: [CONTCAR]
                    incar: {LDAUU: {Fe: 4.0}}
                    ntasks: 4
                """.formatted(data.resolve("POSCAR")));
        String vasp = "FAKE_VASP_DATA=" + ShellQuote.quote(data.toString()) + " FAKE_VASP_ERRORS="
                + ShellQuote.quote(SharedData.data("errors").toString()) + " "
                + ShellQuote.quote(Path.of("src/test/fake-vasp/fake-vasp").toAbsolutePath().toString());
        var run = CliTestSupport.run("run", yaml.toString(), "--vasp-cmd", vasp, "--poll", "0.05");
        assertEquals(0, run.exitCode(), run.err());
        Path relax = dir.resolve("runs/feo/relax");
        Incar relaxIncar = IncarReader.read(relax.resolve("INCAR"));
        assertEquals(3L, relaxIncar.get("NSW").orElseThrow().plain(), "override over the preset");
        assertEquals(-0.02, relaxIncar.get("EDIFFG").orElseThrow().plain());
        assertEquals(4.0, ((double[]) relaxIncar.get("MAGMOM").orElseThrow().plain())[0], "Fe2+ high spin");
        Path lobster = dir.resolve("runs/feo/lobster");
        Incar incar = IncarReader.read(lobster.resolve("INCAR"));
        assertEquals(0L, incar.get("ISYM").orElseThrow().plain());
        assertEquals(26L, incar.get("NBANDS").orElseThrow().plain());
        assertEquals(4.0, ((double[]) incar.get("LDAUU").orElseThrow().plain())[0]);
        assertEquals(3.007, ((double[]) incar.get("MAGMOM").orElseThrow().plain())[0], 1e-12,
                "final moment of relax's OUTCAR (the double copies the recorded one)");
        assertTrue(PoscarReader.read(lobster.resolve("POSCAR")).structure().equalsWithin(
                PoscarReader.read(relax.resolve("CONTCAR")).structure(), 1e-9, 1e-12));
        assertEquals(List.of("Fe 3d 4p 4s", "O 2p 2s"), LobsterinReader.read(lobster.resolve("lobsterin"))
                .all("basisfunctions"));
        String readme = Files.readString(lobster.resolve("README.md"));
        assertTrue(readme.contains("calculation: `feo/lobster`"), readme);
        assertTrue(readme.contains("previous calculation: `" + relax), readme);
    }
}
