package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Element;

/** POSCAR/CONTCAR layouts beyond the corpus: scale variants, hashed species names, MD blocks, VASP 4 species. */
class PoscarTest {
    private static final String CELL = "1.0\n3 0 0\n0 3 0\n0 0 4\n";

    @Test
    void scaleIsKeptAsReadAndAppliedToLatticeAndCartesianPositions() {
        Poscar p = PoscarReader.parse("POSCAR", "x\n2.0\n1 0 0\n0 1 0\n0 0 1\nNa\n1\nCartesian\n0.5 0.5 0.5\n");
        assertArrayEquals(new double[] {2.0}, p.scale());
        assertEquals(8.0, p.structure().lattice().volumeAngstrom3(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, p.structure().site(0).fracCoords(), 1e-15);
        Poscar three = PoscarReader.parse("POSCAR", "x\n1 2 3\n1 0 0\n0 1 0\n0 0 1\nNa\n1\nDirect\n0 0 0\n");
        assertArrayEquals(new double[] {1, 2, 3}, three.scale());
        assertEquals(6.0, three.structure().lattice().volumeAngstrom3(), 1e-12);
        Poscar volume = PoscarReader.parse("POSCAR", "x\n-27\n1 0 0\n0 2 0\n0 0 1\nNa\n1\nDirect\n0 0 0\n");
        assertArrayEquals(new double[] {-27}, volume.scale());
        assertEquals(27.0, volume.structure().lattice().volumeAngstrom3(), 1e-9);
        // the writer normalises the scale to 1.0 (as pymatgen does); the structure is unchanged bit for bit
        Poscar again = PoscarReader.parse("w", PoscarWriter.write(p));
        assertArrayEquals(new double[] {1.0}, again.scale());
        assertEquals(p.structure(), again.structure());
        assertThrows(ParseException.class, () -> PoscarReader.parse("POSCAR", "x\n1 -2 3\n" + CELL.substring(4)
                + "Na\n1\nDirect\n0 0 0\n"));
    }

    @Test
    void hashedSpeciesNamesOfVasp6AreKeptAsWritten() {
        Poscar p = PoscarReader.parse("CONTCAR", "Fe O\n" + CELL + "  Fe_pv/3a1b2c  O/9f8e7d\n 1 1\nDirect\n"
                + "0 0 0 Fe\n0.5 0.5 0.5 O\n");
        assertEquals(List.of("Fe_pv/3a1b2c", "O/9f8e7d"), p.speciesNames());
        assertEquals(Element.of("Fe"), p.structure().site(0).element());
        assertEquals("Fe", p.structure().site(0).label());
        Poscar again = PoscarReader.parse("w", PoscarWriter.write(p));
        assertEquals(p, again);
    }

    @Test
    void mdBlocksAreToleratedAndIonVelocitiesKept() {
        String head = "Si2\n" + CELL + "Si\n2\nDirect\n0 0 0\n0.25 0.25 0.25\n";
        String velocities = "  1.0E-03  0.0  0.0\n  0.0  -2.0E-03  0.0\n";
        String predictor = "\n  1\n  1.0\n  0.0 0.0 0.0\n  0.0 0.0 0.0\n";
        Poscar blank = PoscarReader.parse("CONTCAR", head + "\n" + velocities + predictor);
        assertEquals(2, blank.velocities().size());
        assertArrayEquals(new double[] {0, -2e-3, 0}, blank.velocities().get(1));
        Poscar headed = PoscarReader.parse("POSCAR", head + "Cartesian\n" + velocities);
        assertArrayEquals(blank.velocities().get(0), headed.velocities().get(0));
        String lattice = "Lattice velocities and vectors\n  1\n" + "  0 0 0\n".repeat(3) + "  3 0 0\n  0 3 0\n  0 0 4\n";
        Poscar withLattice = PoscarReader.parse("CONTCAR", head + "\n" + lattice + "\n" + velocities + predictor);
        assertArrayEquals(blank.velocities().get(1), withLattice.velocities().get(1));
        Poscar direct = PoscarReader.parse("POSCAR", head + "Direct\n  0.5 0 0\n  0 0 0.25\n");
        assertArrayEquals(new double[] {1.5, 0, 0}, direct.velocities().get(0), 1e-15, "Direct → Cartesian");
        assertArrayEquals(new double[] {0, 0, 1.0}, direct.velocities().get(1), 1e-15);
        // a CONTCAR of a relaxation: zero velocities, written back after a blank line
        assertEquals(blank, PoscarReader.parse("w", PoscarWriter.write(blank)));
        Poscar garbage = PoscarReader.parse("POSCAR", head + "\n  not velocities\n");
        assertTrue(garbage.velocities().isEmpty());
        Poscar noSeparator = PoscarReader.parse("POSCAR", head + velocities);
        assertTrue(noSeparator.velocities().isEmpty(), "rows right after the positions are not velocities");
    }

    @Test
    void vasp4SpeciesFromPotcarBesideTheFile(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("calc"));
        Files.writeString(dir.resolve("POSCAR"), "rock salt\n" + CELL + "1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n");
        ParseException e = assertThrows(ParseException.class, () -> PoscarReader.read(dir.resolve("POSCAR")));
        assertTrue(e.getMessage().contains("POTCAR"), e.getMessage());
        Files.writeString(dir.resolve("POTCAR"), FakePotcars.text("Na_pv") + FakePotcars.text("Cl"));
        Poscar p = PoscarReader.read(dir.resolve("POSCAR"));
        assertEquals("NaCl", p.structure().reducedFormula());
        assertEquals(List.of("Na", "Cl"), p.speciesNames());
        // a comment naming other elements than counts is not taken for species
        assertThrows(ParseException.class, () -> PoscarReader.parse("POSCAR", "Na Cl O\n" + CELL
                + "1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n"));
    }

    @Test
    void writerLayout() {
        Poscar p = PoscarReader.parse("POSCAR", "slab\n" + CELL + "Ru O\n1 1\nSelective dynamics\nDirect\n"
                + "0 0 0 F F F\n0.1 0.2 0.3 T T T\n");
        String text = PoscarWriter.write(p);
        List<String> lines = text.lines().toList();
        assertEquals("slab", lines.get(0));
        assertEquals("1.0", lines.get(1));
        assertEquals(List.of("Ru", "O"), List.of(lines.get(5).trim().split("\\s+")));
        assertEquals("Selective dynamics", lines.get(7));
        assertEquals("Direct", lines.get(8));
        assertTrue(lines.get(10).endsWith("T T T"), lines.get(10));
        assertEquals(p, PoscarReader.parse("w", text));
        Poscar free = PoscarReader.parse("POSCAR", "bulk\n" + CELL + "Ru\n1\nDirect\n0 0 0\n");
        assertFalse(PoscarWriter.write(free).contains("Selective"));
    }

    @Test
    void errorsNameLineAndColumn() {
        ParseException count = assertThrows(ParseException.class, () -> PoscarReader.parse("POSCAR",
                "x\n" + CELL + "Na Cl\n1\nDirect\n0 0 0\n"));
        assertEquals(7, count.line());
        ParseException flag = assertThrows(ParseException.class, () -> PoscarReader.parse("POSCAR",
                "x\n" + CELL + "Na\n1\nSelective\nDirect\n0 0 0 T X T\n"));
        assertEquals(10, flag.line());
        assertEquals("X", flag.snippet());
        ParseException species = assertThrows(ParseException.class, () -> PoscarReader.parse("POSCAR",
                "x\n" + CELL + "Na Qq\n1 1\nDirect\n0 0 0\n0 0 0\n"));
        assertEquals(6, species.line());
        assertEquals(4, species.column());
    }
}
