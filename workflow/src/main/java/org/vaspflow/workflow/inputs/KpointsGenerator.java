package org.vaspflow.workflow.inputs;

import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Kpoints;

/**
 * Automatic k-point meshes, with pymatgen's rules so meshes match Materials Project inputs
 * ({@code Kpoints.automatic_density_by_vol} and {@code automatic_density}, pymatgen 2022.11.7):
 *
 * <pre>
 * kppa = reciprocal_density × V(reciprocal lattice, with 2π) × N_sites
 * if |round(kppa^(1/3))³ − kppa| &lt; 1: kppa × 1.01       (avoid a perfect cube)
 * mult = (kppa / N_sites × a b c)^(1/3)
 * division_i = floor(max(mult / |a_i|, 1))
 * Γ-centred if any division is odd, or the cell is hexagonal (angles within 5°, equal lengths within 0.01 Å),
 * else Monkhorst–Pack; no shift.
 * </pre>
 */
public final class KpointsGenerator {
    private static final double ONE_THIRD = 1.0 / 3.0;

    private KpointsGenerator() {
    }

    /** pymatgen's {@code automatic_density_by_vol}: kppa = reciprocalDensity × V* × N, then {@link #byKpointsPerAtom}. */
    public static Kpoints byReciprocalDensity(Structure s, double reciprocalDensity, boolean forceGamma) {
        double kppa = reciprocalDensity * s.lattice().reciprocalLattice().volumeAngstrom3() * s.size();
        return mesh(s, kppa, forceGamma, String.format(java.util.Locale.ROOT,
                "vaspflow: reciprocal density %s, %.0f k-points per reciprocal atom", trim(reciprocalDensity), kppa));
    }

    /** pymatgen's {@code automatic_density(structure, kppa, force_gamma)}: kppa k-points per reciprocal atom. */
    public static Kpoints byKpointsPerAtom(Structure s, double kppa, boolean forceGamma) {
        return mesh(s, kppa, forceGamma, "vaspflow: " + trim(kppa) + " k-points per reciprocal atom");
    }

    /**
     * A slab mesh: the 3-D mesh of {@link #byReciprocalDensity} (or by k-points per atom when
     * {@code kpointsPerAtom} &gt; 0) with 1 division along c, the surface normal of vaspflow's slabs (the vacuum
     * makes the c* direction dispersionless), always Γ-centred (a 1-division Monkhorst–Pack mesh is Γ anyway).
     */
    public static Kpoints slab(Structure s, double reciprocalDensity, double kpointsPerAtom) {
        Kpoints bulk = kpointsPerAtom > 0 ? byKpointsPerAtom(s, kpointsPerAtom, true)
                : byReciprocalDensity(s, reciprocalDensity, true);
        int[] d = bulk.divisions();
        d[2] = 1;
        return Kpoints.mesh(bulk.comment() + ", slab: 1 along c", true, d, new double[] {0, 0, 0});
    }

    private static Kpoints mesh(Structure s, double kppaIn, boolean forceGamma, String comment) {
        Lattice lat = s.lattice();
        double kppa = kppaIn;
        if (Math.abs(Math.pow(Math.floor(Math.pow(kppa, ONE_THIRD) + 0.5), 3) - kppa) < 1) {
            kppa += kppa * 0.01;
        }
        double[] abc = lat.abc();
        // Python's x ** (1/3), not a true cube root: on cubic cells mult / a lands on 9.999… where cbrt gives 10
        double mult = Math.pow(kppa / s.size() * abc[0] * abc[1] * abc[2], ONE_THIRD);
        int[] div = new int[3];
        boolean odd = false;
        for (int i = 0; i < 3; i++) {
            div[i] = (int) Math.floor(Math.max(mult / abc[i], 1));
            odd |= div[i] % 2 == 1;
        }
        boolean gamma = odd || isHexagonal(lat) || forceGamma;
        return Kpoints.mesh(comment, gamma, div, new double[] {0, 0, 0});
    }

    /** pymatgen's {@code Lattice.is_hexagonal(5, 0.01)}. */
    public static boolean isHexagonal(Lattice lat) {
        double[] len = lat.abc();
        double[] ang = lat.anglesDeg();
        int[] right = new int[3];
        int nRight = 0;
        int nHex = 0;
        for (int i = 0; i < 3; i++) {
            if (Math.abs(ang[i] - 90) < 5) {
                right[nRight++] = i;
            }
            if (Math.abs(ang[i] - 60) < 5 || Math.abs(ang[i] - 120) < 5) {
                nHex++;
            }
        }
        return nRight == 2 && nHex == 1 && Math.abs(len[right[0]] - len[right[1]]) < 0.01;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
