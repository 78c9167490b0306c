package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.parse.ParseException;

/** Every KPOINTS mode (the corpus has only meshes and explicit lists): read, write, re-read equal. */
class KpointsTest {
    private static Kpoints roundTrip(String text) {
        Kpoints k = KpointsReader.parse("KPOINTS", text);
        assertEquals(k, KpointsReader.parse("written", KpointsWriter.write(k)));
        return k;
    }

    @Test
    void fullyAutomaticLength() {
        Kpoints k = roundTrip("Fully automatic\n0\nAuto\n  25\n");
        assertEquals("Automatic", k.style());
        assertEquals(25.0, k.lengthAngstrom());
        assertEquals(0, k.nPoints());
    }

    @Test
    void gammaAndMonkhorstWithShift() {
        Kpoints g = roundTrip("mesh\n0\nGamma\n 4 4 2\n 0.5 0.5 0\n");
        assertEquals("Gamma", g.style());
        assertArrayEquals(new int[] {4, 4, 2}, g.divisions());
        assertArrayEquals(new double[] {0.5, 0.5, 0}, g.shift());
        Kpoints m = roundTrip("mesh\n0\nmonkhorst-pack\n 6 6 6\n");
        assertEquals("Monkhorst", m.style());
        assertArrayEquals(new double[] {0, 0, 0}, m.shift());
        assertTrue(KpointsWriter.write(m).contains("Monkhorst-Pack\n6 6 6\n"), KpointsWriter.write(m));
    }

    @Test
    void explicitListsWithWeightsLabelsAndCartesian() {
        Kpoints r = roundTrip("explicit\n3\nReciprocal\n0 0 0 1 \\Gamma\n0.5 0 0 6\n0.5 0.5 0 3 M\n");
        assertEquals("Reciprocal", r.style());
        assertArrayEquals(new double[] {1, 6, 3}, r.weights());
        assertEquals(List.of("\\Gamma", "", "M"), r.labels());
        Kpoints c = roundTrip("cartesian\n2\nCartesian\n0 0 0 1\n0.25 0 0 1\n");
        assertEquals("Cartesian", c.style());
        assertTrue(c.cartesian());
        // an IBZKPT: the tetrahedron section after the list is not part of the k-points
        Kpoints ibz = roundTrip("Automatically generated mesh\n2\nReciprocal lattice\n 0 0 0 1\n 0.5 0 0 1\n"
                + "Tetrahedra\n 1 0.25\n 6 1 1 2 2\n");
        assertEquals(2, ibz.nPoints());
    }

    @Test
    void lineMode() {
        Kpoints k = roundTrip("G-X-M\n 40\nLine-mode\nreciprocal\n 0 0 0 ! \\Gamma\n 0.5 0 0 ! X\n\n"
                + " 0.5 0 0 ! X\n 0.5 0.5 0 ! M\n");
        assertEquals("Line_mode", k.style());
        assertEquals(40, k.pointsPerLine());
        assertEquals(4, k.nPoints());
        assertEquals(List.of("\\Gamma", "X", "X", "M"), k.labels());
        assertFalse(k.cartesian());
    }

    @Test
    void errorsNameLineAndColumn() {
        ParseException div = assertThrows(ParseException.class, () -> KpointsReader.parse("KPOINTS",
                "x\n0\nGamma\n4 0 4\n"));
        assertEquals(4, div.line());
        assertEquals(3, div.column());
        ParseException point = assertThrows(ParseException.class, () -> KpointsReader.parse("KPOINTS",
                "x\n2\nReciprocal\n0 0 0 1\n0.5 abc 0 1\n"));
        assertEquals(5, point.line());
        assertEquals("abc", point.snippet());
        ParseException odd = assertThrows(ParseException.class, () -> KpointsReader.parse("KPOINTS",
                "x\n10\nLine\nReciprocal\n0 0 0\n0.5 0 0\n0.5 0.5 0\n"));
        assertTrue(odd.getMessage().contains("pairs"), odd.getMessage());
        assertThrows(ParseException.class, () -> KpointsReader.parse("KPOINTS", "x\n0\nReciprocal\n1 0 0\n"));
    }
}
