package org.vaspflow.workflow.build.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PoscarWriter;

class SlabEditsTest {
    private static Slab cu111() {
        Structure cu = PymatgenSlabCases.load("local:cu-fcc.POSCAR");
        return new SlabGenerator(cu, new MillerIndex(1, 1, 1), SlabOptions.of(10, 15)).terminations().get(0);
    }

    @Test
    void slabMeetsTheRequestedThicknessAndVacuum() {
        Slab s = cu111();
        // pymatgen counts whole oriented cells: n_slab = ceil(10 / h) cells of 3 planes, so >= 10 Å of cells;
        // the atom-to-atom thickness is one plane spacing less
        double d111 = 3.615 / Math.sqrt(3);
        assertEquals(s.structure().size() - 1, Math.round(s.thicknessAngstrom() / d111));
        assertTrue(s.thicknessAngstrom() + d111 >= 10 - 1e-9);
        assertTrue(s.vacuumAngstrom() >= 15 - 1e-9, "vacuum " + s.vacuumAngstrom());
    }

    @Test
    void fixesBottomLayersAndBottomAngstroms() {
        Slab s = cu111();
        List<List<Integer>> layers = SlabEdits.layers(s, SlabEdits.DEFAULT_LAYER_TOLERANCE_ANGSTROM);
        assertEquals(s.structure().size(), layers.size(), "one atom per (111) layer in the primitive cell");
        Slab fixed = SlabEdits.fixBottomLayers(s, 2, SlabEdits.DEFAULT_LAYER_TOLERANCE_ANGSTROM);
        assertEquals(2, fixed.structure().sites().stream().filter(x -> x.isConstrained()).count());
        for (int i : layers.get(0)) {
            assertTrue(fixed.structure().site(i).isConstrained());
        }
        for (int i : layers.get(layers.size() - 1)) {
            assertTrue(!fixed.structure().site(i).isConstrained());
        }
        double d111 = 3.615 / Math.sqrt(3);
        Slab byAngstrom = SlabEdits.fixBottomAngstrom(s, 2.5 * d111);
        assertEquals(3, byAngstrom.structure().sites().stream().filter(x -> x.isConstrained()).count());
        assertThrows(IllegalArgumentException.class, () -> SlabEdits.fixBottomLayers(s, layers.size(), 0.5));
    }

    @Test
    void inPlaneSupercellsMultiplyAtomsAndArea() {
        Slab s = cu111();
        Slab twoByTwo = SlabEdits.inPlaneSupercell(s, new int[][] {{2, 0}, {0, 2}});
        assertEquals(4 * s.structure().size(), twoByTwo.structure().size());
        assertEquals(4 * s.surfaceAreaAngstrom2(), twoByTwo.surfaceAreaAngstrom2(), 1e-9);
        assertEquals(s.thicknessAngstrom(), twoByTwo.thicknessAngstrom(), 1e-9);
        Slab root3 = SlabEdits.inPlaneSupercell(s, new int[][] {{2, 1}, {-1, 1}});
        assertEquals(3 * s.structure().size(), root3.structure().size());
        assertEquals(3 * s.surfaceAreaAngstrom2(), root3.surfaceAreaAngstrom2(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> SlabEdits.inPlaneSupercell(s, new int[][] {{0, 1}, {1, 0}}));
    }

    @Test
    void slabsLieInTheXyPlaneAndCanHaveAnOrthogonalC() {
        Structure oso2 = PymatgenSlabCases.load("vasp/oso2-rutile/vasprun.xml.gz");
        Slab s = new SlabGenerator(oso2, new MillerIndex(1, 0, 1), SlabOptions.of(10, 15)).terminations().get(0);
        double[][] m = s.structure().lattice().matrix();
        assertEquals(0, m[0][1], 1e-12);
        assertEquals(0, m[0][2], 1e-12);
        assertEquals(0, m[1][2], 1e-12);
        assertTrue(Math.hypot(m[2][0], m[2][1]) > 0.1, "(101): c of the oriented cell is oblique");
        Slab o = SlabEdits.orthogonalC(s);
        double[][] mo = o.structure().lattice().matrix();
        assertEquals(0, mo[2][0], 1e-12);
        assertEquals(0, mo[2][1], 1e-12);
        assertEquals(s.thicknessAngstrom(), o.thicknessAngstrom(), 1e-9);
        assertEquals(s.vacuumAngstrom(), o.vacuumAngstrom(), 1e-9);
        for (int i = 0; i < s.structure().size(); i++) {
            assertEquals(s.heightAngstrom(i), o.heightAngstrom(i), 1e-9);
            assertEquals(s.structure().site(i).element(), o.structure().site(i).element());
        }
        assertTrue(SlabMatcher.isSymmetric(s.structure(), 0.2) == SlabMatcher.isSymmetric(o.structure(), 0.2));
    }

    @Test
    void aSlabStoredAcrossTheCellBoundaryIsReadAsOneBlock() {
        Slab s = cu111();
        java.util.List<org.vaspflow.io.structure.Site> moved = new java.util.ArrayList<>();
        for (org.vaspflow.io.structure.Site x : s.structure().sites()) {
            double[] f = x.fracCoords();
            f[2] = f[2] + 0.45 - Math.floor(f[2] + 0.45);
            moved.add(x.withFracCoords(f));
        }
        Structure wrapped = s.structure().withSites(moved);
        assertTrue(wrapped.sites().stream().anyMatch(x -> x.frac(2) < 0.2)
                && wrapped.sites().stream().anyMatch(x -> x.frac(2) > 0.8), "the test slab really straddles c = 0");
        Slab read = Slab.fromStructure(wrapped, 3);
        assertEquals(s.thicknessAngstrom(), read.thicknessAngstrom(), 1e-9);
        assertEquals(s.vacuumAngstrom(), read.vacuumAngstrom(), 1e-9);
        Structure bulk = PymatgenSlabCases.load("local:cu-fcc.POSCAR");
        assertThrows(IllegalArgumentException.class, () -> Slab.fromStructure(bulk, 3), "a bulk cell is no slab");
    }

    @Test
    void slabPoscarsReReadEqual(@TempDir Path dir) {
        Structure oso2 = PymatgenSlabCases.load("vasp/oso2-rutile/vasprun.xml.gz");
        for (Slab s : new SlabGenerator(oso2, new MillerIndex(1, 1, 0), SlabOptions.of(10, 15)).terminations()) {
            Slab edited = SlabEdits.fixBottomLayers(SlabEdits.inPlaneSupercell(s, new int[][] {{2, 0}, {0, 1}}), 2, 0.5);
            Path file = dir.resolve("POSCAR");
            PoscarWriter.write(Poscar.of(edited.structure()), file);
            Poscar back = PoscarReader.read(file);
            assertTrue(back.selectiveDynamics());
            assertEquals(edited.structure(), back.structure());
            assertEquals(List.of("Os", "O"), back.speciesNames(), "one species entry per element");
        }
    }
}
