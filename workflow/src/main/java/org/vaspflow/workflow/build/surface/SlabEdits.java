package org.vaspflow.workflow.build.surface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * What is done to a slab after it is cut: in-plane supercells, fixing the bottom with selective dynamics, and the
 * site order written to POSCAR. Heights are Cartesian positions projected on the slab normal a × b / |a × b|.
 */
public final class SlabEdits {
    /**
     * Atoms whose heights differ by at most this (Å) from the next lower atom belong to one layer: 0.1 Å, the
     * plane tolerance pymatgen uses to find terminations ({@code ftol}), so a layer is one atomic plane.
     */
    public static final double DEFAULT_LAYER_TOLERANCE_ANGSTROM = 0.1;

    private static final boolean[] FIXED = {false, false, false};

    private SlabEdits() {
    }

    /**
     * An in-plane supercell: {@code m} is 2 × 2, rows are the new a and b in units of the old ones ({@code
     * {{2,0},{0,2}}} for 2 × 2, {@code {{1,1},{-1,1}}} for √2 × √2 R45° on a square net, {@code {{2,1},{-1,2}}} for
     * √5 × √5); c is kept. A matrix with a negative determinant is refused (it would flip the slab upside down).
     */
    public static Slab inPlaneSupercell(Slab slab, int[][] m) {
        if (m.length != 2 || m[0].length != 2 || m[1].length != 2) {
            throw new IllegalArgumentException("an in-plane supercell needs a 2x2 matrix");
        }
        int det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        if (det <= 0) {
            throw new IllegalArgumentException("in-plane supercell matrix needs a positive determinant, got " + det);
        }
        Structure big = slab.structure().supercell(new int[][] {{m[0][0], m[0][1], 0}, {m[1][0], m[1][1], 0}, {0, 0, 1}});
        return slab.withStructure(sortedForPoscar(big, slab.normal()));
    }

    /**
     * The same atoms (Cartesian positions kept) in a cell whose third vector is perpendicular to the surface:
     * c' = (c · n̂) n̂, as pymatgen's {@code Slab.get_orthogonal_c_slab}; in-plane coordinates are wrapped into
     * [0, 1). The vacuum along the normal is unchanged.
     */
    public static Slab orthogonalC(Slab slab) {
        Structure s = slab.structure();
        double[] n = slab.normal();
        double[] c = s.lattice().vector(2);
        double h = IntMath.dot(c, n);
        org.vaspflow.io.structure.Lattice lat = org.vaspflow.io.structure.Lattice.fromMatrix(new double[][] {
            s.lattice().vector(0), s.lattice().vector(1), {h * n[0], h * n[1], h * n[2]}});
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            double[] f = lat.toFractional(s.cartesian(i));
            f[0] -= Math.floor(f[0]);
            f[1] -= Math.floor(f[1]);
            sites.add(s.site(i).withFracCoords(f));
        }
        return slab.withStructure(new Structure(lat, sites, s.comment()));
    }

    /** Fixes (F F F) every atom lower than {@code thicknessAngstrom} above the lowest atom; the others move freely. */
    public static Slab fixBottomAngstrom(Slab slab, double thicknessAngstrom) {
        double min = slab.minHeightAngstrom();
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < slab.structure().size(); i++) {
            boolean fixed = slab.heightAngstrom(i) < min + thicknessAngstrom;
            sites.add(slab.structure().site(i).withSelectiveDynamics(fixed ? FIXED : Site.ALL_FREE));
        }
        return slab.withStructure(slab.structure().withSites(sites));
    }

    /** Fixes the {@code count} lowest layers ({@link #layers}); the others move freely. */
    public static Slab fixBottomLayers(Slab slab, int count, double layerToleranceAngstrom) {
        List<List<Integer>> layers = layers(slab, layerToleranceAngstrom);
        if (count >= layers.size()) {
            throw new IllegalArgumentException("cannot fix " + count + " layers of a slab with " + layers.size()
                    + " (layers = atoms within " + layerToleranceAngstrom + " Å in height; use a smaller tolerance or "
                    + "fix by thickness in Å)");
        }
        boolean[] fixed = new boolean[slab.structure().size()];
        for (int l = 0; l < count; l++) {
            for (int i : layers.get(l)) {
                fixed[i] = true;
            }
        }
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < fixed.length; i++) {
            sites.add(slab.structure().site(i).withSelectiveDynamics(fixed[i] ? FIXED : Site.ALL_FREE));
        }
        return slab.withStructure(slab.structure().withSites(sites));
    }

    /**
     * Atom indices grouped into layers from the bottom: sorted by height, a new layer starts where the gap to the
     * next lower atom exceeds {@code toleranceAngstrom}.
     */
    public static List<List<Integer>> layers(Slab slab, double toleranceAngstrom) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < slab.structure().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(slab::heightAngstrom));
        List<List<Integer>> out = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            double h = slab.heightAngstrom(i);
            if (out.isEmpty() || h - last > toleranceAngstrom) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(i);
            last = h;
        }
        return out;
    }

    /**
     * Sites sorted as pymatgen's {@code Slab.get_sorted_structure} does by default (electronegativity, then symbol),
     * and within one element from the bottom up, so POSCAR has one species line entry per element.
     */
    static Structure sortedForPoscar(Structure s, double[] normal) {
        Comparator<Site> byEn = Comparator.comparingDouble((Site x) -> Double.isNaN(x.element().electronegativityPauling())
                ? Double.POSITIVE_INFINITY : x.element().electronegativityPauling())
                .thenComparing(x -> x.element().symbol());
        return s.sorted(byEn.thenComparingDouble(x -> IntMath.dot(s.lattice().toCartesian(x.fracCoords()), normal)));
    }
}
