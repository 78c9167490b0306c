package org.vaspflow.io.vasp;

import java.util.List;

/**
 * A density of states, from vasprun.xml or DOSCAR: energies (eV, absolute, not shifted), total and integrated DOS
 * per spin (flat [spin][energy]), and the projected DOS (flat [ion][spin][orbital][energy]) with its orbital names
 * ({@code s, py, pz, px, dxy, …} or {@code s, p, d}); {@code nIons == 0} when there is none.
 *
 * <p>The projected DOS is stored as {@code float}, as the PROCAR and vasprun.xml projections are: it is by far the
 * largest array (ions × spins × orbitals × NEDOS), and the files give fewer digits than a float holds (DOSCAR's
 * E12.4 five significant digits, vasprun.xml's four decimals), so every value read back prints as the file wrote
 * it, within 6e-8 relative of the double nearest to it.
 */
public record Dos(double efermiEv, double[] energiesEv, int nSpins, double[] total, double[] integrated,
        int nIons, List<String> orbitals, float[] partial) {
    public int nEnergies() {
        return energiesEv.length;
    }

    /**
     * The orbital type (s, p, d, f) of an orbital name as VASP writes it: {@code s}, {@code py}, {@code dxy},
     * {@code x2-y2} (VASP 5.4+ drops the d of dx2-y2), {@code fy3x2} …
     */
    public static char orbitalType(String orbital) {
        String o = orbital.strip();
        if (o.equals("x2-y2") || o.equals("dx2")) {
            return 'd';
        }
        return o.isEmpty() ? '?' : o.charAt(0);
    }

    /** Projected density of one ion, spin and orbital at energy index e. */
    public double partial(int ion, int spin, int orbital, int e) {
        return partial[((ion * nSpins + spin) * orbitals.size() + orbital) * energiesEv.length + e];
    }
}
