package org.vaspflow.io.structure.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpaceGroupTableTest {
    @Test
    void everyTypeHasItsOwnFingerprint() {
        assertTrue(SpaceGroupTable.collisions().isEmpty(), () -> SpaceGroupTable.collisions().toString());
        for (int n = 1; n <= 230; n++) {
            var ops = SpaceGroupTable.operations(n);
            assertEquals(n, SpaceGroupTable.identify(ops, SpaceGroupTable.invariantLattice(ops)).orElseThrow().number());
        }
    }

    /** Another basis (random unimodular, det +1), another origin, a 2×2×2 supercell and noisy translations. */
    @Test
    void identificationDoesNotDependOnTheSetting() {
        Random rnd = new Random(7);
        for (int n = 1; n <= 230; n++) {
            List<SymmetryOperation> ops = SpaceGroupTable.operations(n);
            double[][] rows = SpaceGroupTable.invariantLattice(ops);
            for (int trial = 0; trial < 3; trial++) {
                int[][] b = randomUnimodular(rnd);
                double[] origin = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
                List<SymmetryOperation> moved = transform(ops, b, origin, trial == 2 ? 2 : 1, rnd);
                double[][] newRows = M3.mul(M3.transpose(M3.toDouble(b)), rows);
                if (trial == 2) {
                    newRows = M3.mul(new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}}, newRows);
                }
                final int expected = n;
                assertEquals(n, SpaceGroupTable.identify(moved, newRows).map(SpaceGroupType::number).orElse(-1),
                        () -> "type " + expected + " in basis " + java.util.Arrays.deepToString(b));
            }
        }
    }

    private static List<SymmetryOperation> transform(List<SymmetryOperation> ops, int[][] b, double[] o, int scale,
            Random rnd) {
        double[][] bd = M3.toDouble(b);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                bd[i][j] *= scale;
            }
        }
        double[][] binv = M3.inverse(bd);
        List<SymmetryOperation> out = new ArrayList<>();
        for (SymmetryOperation op : ops) {
            int[][] r = M3.rint(M3.mul(binv, M3.mul(M3.toDouble(op.rotation()), bd)), 1e-9);
            for (int s = 0; s < scale * scale * scale; s++) {
                double[] lat = {s % scale, s / scale % scale, s / (scale * scale)};
                double[] t = M3.add(M3.sub(M3.add(op.apply(o), lat), o), new double[3]);
                double[] tn = M3.wrap(M3.mul(binv, t));
                for (int k = 0; k < 3; k++) {
                    tn[k] += (rnd.nextDouble() - 0.5) * 2e-3;
                }
                out.add(new SymmetryOperation(r, tn));
            }
        }
        return out;
    }

    private static int[][] randomUnimodular(Random rnd) {
        int[][] m = M3.identity();
        for (int k = 0; k < 4; k++) {
            int i = rnd.nextInt(3);
            int j = (i + 1 + rnd.nextInt(2)) % 3;
            int[][] e = M3.identity();
            e[i][j] = rnd.nextBoolean() ? 1 : -1;
            m = M3.mul(m, e);
        }
        return m;
    }
}
