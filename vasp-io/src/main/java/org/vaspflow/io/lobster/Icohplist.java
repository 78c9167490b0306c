package org.vaspflow.io.lobster;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * An ICOHPLIST / ICOOPLIST / ICOBILIST: one {@link Bond} per atom pair (COHP# label), with its orbital-resolved
 * terms when the file is orbital-wise. Values are eV (ICOHP) or dimensionless (ICOOP, ICOBI), integrated up to
 * E-fermi; {@code down} is NaN when the calculation is not spin-polarised.
 *
 * @param kind COHP, COOP or COBI
 */
public record Icohplist(Kind kind, boolean spinPolarized, List<Bond> bonds, Completeness completeness)
        implements Completeness.Flagged {

    public enum Kind {
        COHP, COOP, COBI
    }

    /** An orbital pair's contribution, e.g. {@code Na1_3s}–{@code Cl5_3p_y}. */
    public record OrbitalTerm(String orbital1, String orbital2, double up, double down) {
    }

    /**
     * @param label the COHP# number as written
     * @param atom1 LOBSTER's atom label ({@code Na1}, 1-based in POSCAR order)
     * @param atom2 second atom label
     * @param lengthAngstrom bond length
     * @param translation lattice translation of atom2 (zeros in legacy files that do not print it)
     * @param numberOfBonds "avg. over # bonds" of legacy files; 1 otherwise
     * @param up integrated value, spin up (or the only spin)
     * @param down integrated value, spin down; NaN when not spin-polarised
     * @param orbitals orbital-resolved terms (empty unless orbital-wise)
     */
    public record Bond(String label, String atom1, String atom2, double lengthAngstrom, int[] translation,
            int numberOfBonds, double up, double down, List<OrbitalTerm> orbitals) {
        /** Sum over spins (the only value when not spin-polarised). */
        public double summed() {
            return Double.isNaN(down) ? up : up + down;
        }

        /** Element symbol of a LOBSTER atom label ({@code Na12} → {@code Na}). */
        public static String element(String atomLabel) {
            int i = 0;
            while (i < atomLabel.length() && Character.isLetter(atomLabel.charAt(i))) {
                i++;
            }
            return atomLabel.substring(0, i);
        }

        /** 0-based site index of a LOBSTER atom label ({@code Na12} → 11). */
        public static int siteIndex(String atomLabel) {
            return Integer.parseInt(atomLabel.substring(element(atomLabel).length())) - 1;
        }
    }
}
