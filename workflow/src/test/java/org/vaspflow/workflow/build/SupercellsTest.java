package org.vaspflow.workflow.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.structure.Lattice;

class SupercellsTest {
    @Test
    void hermiteFormsCountEverySublattice() {
        // number of sublattices of index n of Z³ is σ-like: 7 for 2, 13 for 3, 35 for 4; of Z² (in-plane) σ(n)
        assertEquals(7, Supercells.hermiteForms(2, false).size());
        assertEquals(13, Supercells.hermiteForms(3, false).size());
        assertEquals(35, Supercells.hermiteForms(4, false).size());
        assertEquals(6, Supercells.hermiteForms(5, true).size());
    }

    @Test
    void mostCompactCells() {
        Lattice cubic = Lattice.fromParameters(3, 3, 3, 90, 90, 90);
        assertEquals(3 * Math.sqrt(2), shortest(cubic, Supercells.mostCompact(cubic, 2, false)), 1e-9,
                "index-2 sublattice of a cubic lattice with the longest shortest vector is face-centred");
        Lattice square = Lattice.fromParameters(3, 3, 10, 90, 90, 90);
        int[][] s5 = Supercells.mostCompact(square, 5, true);
        assertEquals(3 * Math.sqrt(5), shortest(square, s5), 1e-9, "√5×√5");
        assertEquals(List.of(0, 0, 1), List.of(s5[2][0], s5[2][1], s5[2][2]), "c kept");
        Lattice hex = Lattice.fromParameters(2.9, 2.9, 11, 90, 90, 120);
        assertEquals(2.9 * Math.sqrt(3), shortest(hex, Supercells.mostCompact(hex, 3, true)), 1e-9, "√3×√3 R30°");
    }

    @Test
    void commensurability() {
        var f = List.of(Supercells.parseFraction("1/3"), Supercells.parseFraction("2/3"));
        assertTrue(Supercells.whyNot(16, List.of("Li", "Ru"), f).contains("Li 1/3 of 16 sites is 5.33 atoms"));
        assertEquals("", Supercells.whyNot(18, List.of("Li", "Ru"), f));
        assertEquals(3, Supercells.smallestMultiple(1, f));
        assertEquals(1, Supercells.smallestMultiple(3, f));
        assertEquals(4, Supercells.smallestMultiple(2, List.of(Supercells.parseFraction("0.125"))));
    }

    private static double shortest(Lattice l, int[][] s) {
        Lattice big = l.supercell(s);
        double best = Double.POSITIVE_INFINITY;
        for (int a = -3; a <= 3; a++) {
            for (int b = -3; b <= 3; b++) {
                for (int c = -3; c <= 3; c++) {
                    if (a != 0 || b != 0 || c != 0) {
                        double[] v = big.toCartesian(new double[] {a, b, c});
                        best = Math.min(best, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]));
                    }
                }
            }
        }
        return best;
    }
}
