package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.vasp.FakePotcars;

/** The job-script lines that assemble POTCAR and set a charged cell's NELECT, run in a real bash. */
class PotcarSetupTest {
    private static final String POSCAR = """
            Na2 Mn2 O4
            1.0
              2.88 0 0
              -1.44 2.494 0
              0 0 11.15
            Na Mn O
            2 2 4
            Direct
            """;

    private static Profile.VaspCommands vasp(Path root) {
        return new Profile.VaspCommands("", "vasp_std", "", "", root.toString(), "PBE_54");
    }

    private static int run(Path folder, String lines) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "cd " + ShellQuote.quote(folder.toString()) + " || exit 97\n"
                + lines + "\nexit 0").redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        p.getInputStream().readAllBytes();
        return p.exitValue();
    }

    private static Path folder(Path dir, String charge) throws Exception {
        Path f = Files.createDirectories(dir.resolve("calc"));
        Files.writeString(f.resolve("POSCAR"), POSCAR);
        Files.writeString(f.resolve("POTCAR.spec"), "# species order of POSCAR\nNa_pv\nMn_pv\nO\n");
        Files.writeString(f.resolve("INCAR"), "ENCUT = 400\n");
        if (!charge.isEmpty()) {
            Files.writeString(f.resolve("vaspflow.charge"), charge + "\n");
        }
        return f;
    }

    @Test
    void assemblesPotcarInSpecOrderAndSetsNelectOfAChargedCell(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("psp");
        FakePotcars.write(root, "Na_pv", "Mn_pv", "O");
        Path f = folder(dir, "1");
        assertEquals(0, run(f, PotcarSetup.lines(vasp(root))));
        assertEquals(FakePotcars.text("Na_pv") + FakePotcars.text("Mn_pv") + FakePotcars.text("O"),
                Files.readString(f.resolve("POTCAR")));
        // 2 Na_pv (ZVAL 7) + 2 Mn_pv (13) + 4 O (6) = 64 electrons, less the charge +1
        assertTrue(Files.readString(f.resolve("INCAR")).contains("NELECT = 63.0000"), Files.readString(f.resolve("INCAR")));
        assertEquals(0, run(f, PotcarSetup.lines(vasp(root))), "a second run keeps POTCAR and NELECT");
        assertEquals(1, Files.readString(f.resolve("INCAR")).split("NELECT", -1).length - 1);
    }

    @Test
    void aNeutralCellGetsNoNelectAndAMissingPotcarStopsTheJob(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("psp");
        FakePotcars.write(root, "Na_pv", "O");
        Path f = folder(dir, "");
        assertEquals(96, run(f, PotcarSetup.lines(vasp(root))), "Mn_pv is missing from the library");
        assertFalse(Files.exists(f.resolve("POTCAR")), "no partial POTCAR is left as POTCAR");
        FakePotcars.write(root, "Mn_pv");
        assertEquals(0, run(f, PotcarSetup.lines(vasp(root))));
        assertFalse(Files.readString(f.resolve("INCAR")).contains("NELECT"));
    }

    @Test
    void withoutALibraryTheScriptHasNoPotcarLines() {
        assertEquals("", PotcarSetup.lines(new Profile.VaspCommands("", "vasp_std", "", "")));
    }
}
