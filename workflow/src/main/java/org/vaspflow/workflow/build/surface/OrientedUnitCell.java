package org.vaspflow.workflow.build.surface;

import org.apache.commons.math3.util.ArithmeticUtils;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Structure;

/**
 * The bulk re-expressed in a cell whose first two vectors lie in the (hkl) plane: the building block of every
 * slab, constructed exactly as pymatgen's {@code SlabGenerator.__init__} (pymatgen 2022.11.7,
 * {@code pymatgen/core/surface.py}) builds {@code oriented_unit_cell} with {@code max_normal_search=None}:
 *
 * <ol>
 *   <li>n̂ = (h a* + k b* + l c*) / |…|, the unit normal of the plane (crystallographic reciprocal vectors);</li>
 *   <li>for every index that is 0 the corresponding lattice vector lies in the plane and is a row of S;</li>
 *   <li>among the other vectors a_i, the one with the largest |n̂·a_i| / |a_i| is the c-candidate; in-plane rows are
 *       added, for pairs (i, j) of non-zero indices in order, as {@code l[i] = -lcm/m_i, l[j] = lcm/m_j} (lcm of the
 *       non-zero indices) until S has two rows;</li>
 *   <li>the third row is the unit vector of the c-candidate; S is negated when det S &lt; 0, each row is divided by
 *       the gcd of its entries, and the cell is {@code bulk.supercell(S)} with coordinates wrapped into [0, 1).</li>
 * </ol>
 *
 * <p>{@code projectedHeightAngstrom} is |n̂·c'|, the thickness of one oriented cell along the normal.
 *
 * @param cell the oriented unit cell
 * @param scaleFactor S, rows are the new vectors in units of the bulk vectors
 * @param normal unit normal of the plane (Cartesian)
 * @param projectedHeightAngstrom |n̂·c'|
 * @param dHklAngstrom interplanar spacing d(hkl) = 1 / |h a* + k b* + l c*| of the bulk lattice
 */
public record OrientedUnitCell(Structure cell, int[][] scaleFactor, double[] normal, double projectedHeightAngstrom,
        double dHklAngstrom) {

    /** The oriented unit cell of {@code bulk} for the plane {@code hkl} (reduced first). */
    public static OrientedUnitCell of(Structure bulk, MillerIndex hkl) {
        MillerIndex m = hkl.reduced();
        Lattice lat = bulk.lattice();
        double[] g = lat.reciprocalLatticeCrystallographic().toCartesian(new double[] {m.h(), m.k(), m.l()});
        double dHkl = 1 / IntMath.norm(g);
        double[] normal = IntMath.unit(g);
        List<int[]> rows = new ArrayList<>();
        List<Integer> nonOrth = new ArrayList<>();
        int cIndex = -1;
        double best = -1;
        for (int i = 0; i < 3; i++) {
            if (m.get(i) == 0) {
                int[] e = new int[3];
                e[i] = 1;
                rows.add(e);
            } else {
                nonOrth.add(i);
                double d = Math.abs(IntMath.dot(normal, lat.vector(i))) / IntMath.norm(lat.vector(i));
                // strictly greater: Python's max keeps the first of equal keys
                if (d > best) {
                    best = d;
                    cIndex = i;
                }
            }
        }
        if (nonOrth.size() > 1) {
            int lcm = 1;
            for (int i : nonOrth) {
                lcm = ArithmeticUtils.lcm(lcm, m.get(i));
            }
            outer:
            for (int x = 0; x < nonOrth.size(); x++) {
                for (int y = x + 1; y < nonOrth.size(); y++) {
                    int i = nonOrth.get(x);
                    int j = nonOrth.get(y);
                    int[] v = new int[3];
                    v[i] = -(lcm / m.get(i));
                    v[j] = lcm / m.get(j);
                    rows.add(v);
                    if (rows.size() == 2) {
                        break outer;
                    }
                }
            }
        }
        int[] e = new int[3];
        e[cIndex] = 1;
        rows.add(e);
        int[][] s = rows.toArray(new int[0][]);
        if (IntMath.det(s) < 0) {
            for (int[] r : s) {
                for (int k = 0; k < 3; k++) {
                    r[k] = -r[k];
                }
            }
        }
        for (int r = 0; r < 3; r++) {
            s[r] = IntMath.reduce(s[r]);
        }
        Structure cell = bulk.supercell(s);
        double h = Math.abs(IntMath.dot(normal, cell.lattice().vector(2)));
        return new OrientedUnitCell(cell, s, normal, h, dHkl);
    }

    @Override
    public int[][] scaleFactor() {
        return new int[][] {scaleFactor[0].clone(), scaleFactor[1].clone(), scaleFactor[2].clone()};
    }

    @Override
    public double[] normal() {
        return normal.clone();
    }
}
