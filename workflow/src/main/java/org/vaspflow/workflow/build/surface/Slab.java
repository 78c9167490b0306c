package org.vaspflow.workflow.build.surface;

import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Structure;

/**
 * One slab: the structure (vacuum along the third vector, surfaces parallel to the first two), the plane it was
 * cut along and the shift of the cut (pymatgen's {@code Slab.shift}: the fractional c-coordinate of the oriented
 * unit cell where the cut was made).
 *
 * @param structure the slab
 * @param hkl the Miller indices, reduced
 * @param shift the termination shift, fractional along c of the oriented unit cell
 * @param orientedUnitCell the bulk cell the slab was built from
 */
public record Slab(Structure structure, MillerIndex hkl, double shift, OrientedUnitCell orientedUnitCell) {

    /**
     * A slab read from a file: its surfaces are taken to be the (001) planes of its own cell (vacuum along c), so
     * {@code hkl} is (0,0,1) of that cell and the shift 0. {@link IllegalArgumentException} when there is less than
     * {@code minVacuumAngstrom} of vacuum along the normal (the structure is then no slab).
     */
    public static Slab fromStructure(Structure s, double minVacuumAngstrom) {
        MillerIndex c = new MillerIndex(0, 0, 1);
        Structure unwrapped = unwrapped(s);
        Slab slab = new Slab(unwrapped, c, 0, OrientedUnitCell.of(unwrapped, c));
        if (slab.vacuumAngstrom() < minVacuumAngstrom) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "only %.2f Å of vacuum along c (need %.1f): not a slab with its surfaces in the ab plane",
                    slab.vacuumAngstrom(), minVacuumAngstrom));
        }
        return slab;
    }

    /**
     * The atoms moved by whole periods along c so that the widest gap in c lies across the cell boundary: a slab
     * that a file stores wrapped (some atoms near c = 0.95, others near 0.05) becomes one contiguous block.
     */
    static Structure unwrapped(Structure s) {
        double[] z = new double[s.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = s.site(i).frac(2) - Math.floor(s.site(i).frac(2));
        }
        double[] sorted = z.clone();
        java.util.Arrays.sort(sorted);
        double widest = sorted[0] + 1 - sorted[sorted.length - 1];
        double start = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] - sorted[i - 1] > widest) {
                widest = sorted[i] - sorted[i - 1];
                start = sorted[i];
            }
        }
        java.util.List<org.vaspflow.io.structure.Site> sites = new java.util.ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            double[] f = s.site(i).fracCoords();
            f[2] = z[i] < start ? z[i] + 1 : z[i];
            sites.add(s.site(i).withFracCoords(f));
        }
        return s.withSites(sites);
    }

    /**
     * Unit normal ±a × b / |a × b| of the slab's own lattice, the sign chosen so that it points along +c (from the
     * bottom to the top surface).
     */
    public double[] normal() {
        Lattice l = structure.lattice();
        double[] n = IntMath.unit(IntMath.cross(l.vector(0), l.vector(1)));
        // a left-handed cell (det < 0) has a × b pointing away from c: turn it round so "up" is along +c
        return l.determinant() < 0 ? new double[] {-n[0], -n[1], -n[2]} : n;
    }

    /** Height of site i along {@link #normal()}, Å (Cartesian coordinate projected on the normal). */
    public double heightAngstrom(int i) {
        return IntMath.dot(structure.cartesian(i), normal());
    }

    /** Area of one surface, |a × b|, Å² (pymatgen's {@code Slab.surface_area}). */
    public double surfaceAreaAngstrom2() {
        Lattice l = structure.lattice();
        return IntMath.norm(IntMath.cross(l.vector(0), l.vector(1)));
    }

    /** Distance along the normal between the lowest and the highest atom, Å. */
    public double thicknessAngstrom() {
        return maxHeightAngstrom() - minHeightAngstrom();
    }

    /** Vacuum gap along the normal between the top atom and the bottom atom of the next periodic image, Å. */
    public double vacuumAngstrom() {
        double period = Math.abs(IntMath.dot(structure.lattice().vector(2), normal()));
        return period - thicknessAngstrom();
    }

    double minHeightAngstrom() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < structure.size(); i++) {
            min = Math.min(min, heightAngstrom(i));
        }
        return min;
    }

    double maxHeightAngstrom() {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < structure.size(); i++) {
            max = Math.max(max, heightAngstrom(i));
        }
        return max;
    }

    /** The same slab with another structure (after fixing atoms, a supercell, …). */
    public Slab withStructure(Structure s) {
        return new Slab(s, hkl, shift, orientedUnitCell);
    }
}
