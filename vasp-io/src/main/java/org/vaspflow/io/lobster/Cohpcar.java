package org.vaspflow.io.lobster;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * A COHPCAR / COOPCAR / COBICAR: per data set (the average, each bond, each orbital pair of a bond) the
 * projected curve and its integral on a common energy grid. Curves are flat [spin][set][energy].
 *
 * @param energiesEv energies relative to E-fermi (LOBSTER shifts them so E_F = 0)
 * @param efermiEv the E-fermi of the header (absolute)
 * @param sets one per column pair: the average first, then bonds and their orbital-resolved terms
 */
public record Cohpcar(Icohplist.Kind kind, int nSpins, double[] energiesEv, double efermiEv, List<DataSet> sets,
        double[] curves, double[] integrals, Completeness completeness) implements Completeness.Flagged {

    /**
     * One column pair's label as LOBSTER writes it: {@code Average}, {@code No.1:As5->Ga1(2.4899)} or
     * {@code No.1:As5[4s]->Ga1[4s](2.4899)}.
     *
     * @param bondLabel "average" or the bond number ("1")
     * @param atom1 LOBSTER atom (or LCFO fragment) label; "" for the average and for multi-centre labels
     * @param orbital1 orbital of atom1 ("" for a whole bond)
     * @param lengthAngstrom bond length; NaN for the average and multi-centre labels
     * @param label the label line as written
     */
    public record DataSet(String bondLabel, String atom1, String atom2, String orbital1, String orbital2,
            double lengthAngstrom, String label) {
        public boolean isOrbitalResolved() {
            return !orbital1.isEmpty();
        }
    }

    public int nEnergies() {
        return energiesEv.length;
    }

    /** −pCOHP or pCOOP value (as written) of a set at an energy index. */
    public double curve(int spin, int set, int e) {
        return curves[(spin * sets.size() + set) * energiesEv.length + e];
    }

    /** The integral of a set up to energy index e, as LOBSTER wrote it. */
    public double integral(int spin, int set, int e) {
        return integrals[(spin * sets.size() + set) * energiesEv.length + e];
    }
}
