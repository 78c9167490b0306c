package org.vaspflow.analysis.dos;

import java.util.List;
import org.vaspflow.io.vasp.Dos;

/**
 * Band descriptors of a DOS selection, with the definition that produced them (ARCHITECTURE house rule 4):
 * formulas and citations are in {@link BandMoments}.
 *
 * @param centerEv first moment, eV relative to E-fermi (Hammer &amp; Nørskov 1995)
 * @param widthEv √(second central moment), eV
 * @param filling occupied fraction over the whole grid
 * @param skewness third standardised moment
 * @param kurtosis fourth standardised moment (3 for a Gaussian)
 * @param upperEdgeEv maximum of the Hilbert transform (Xin et al., PRB 89, 115114 (2014)), eV relative to E-fermi
 * @param integral ∫ρ dε over the window (states)
 */
public record DBand(double centerEv, double widthEv, double filling, double skewness, double kurtosis,
        double upperEdgeEv, double integral, DosSelection selection, Definition definition, String source) {

    /**
     * @param efermiEv the E-fermi the energies were shifted by
     * @param erangeEv the window [lo, hi] relative to E-fermi, both inclusive (±∞ = whole grid, pymatgen's default;
     *     [−10, 0] is LobsterPy's choice)
     */
    public record Definition(String energyReference, double efermiEv, double[] erangeEv, String spin,
            String integration) {
    }

    /** Computes the descriptors of {@code selection} on {@code dos} within [lo, hi] eV of E-fermi. */
    public static DBand of(Dos dos, List<String> speciesPerIon, DosSelection selection, double lo, double hi,
            String source) {
        double[] rho = selection.density(dos, speciesPerIon);
        double[] eps = new double[dos.nEnergies()];
        for (int e = 0; e < eps.length; e++) {
            eps[e] = dos.energiesEv()[e] - dos.efermiEv();
        }
        return of(eps, rho, dos.efermiEv(), selection, lo, hi, source);
    }

    /**
     * The same descriptors from any projected DOS, DOSCAR.lobster included (its energies are already relative to
     * E-fermi; its orbital names are LOBSTER's basis functions, matched as {@link ProjectedDos#vaspName} spells them).
     */
    public static DBand of(ProjectedDos dos, DosSelection selection, double lo, double hi) {
        return of(dos.energiesEv(), Pdos.density(dos, selection), dos.efermiEv(), selection, lo, hi, dos.source());
    }

    private static DBand of(double[] eps, double[] rho, double efermi, DosSelection selection, double lo, double hi,
            String source) {
        double integral = BandMoments.trapz(eps, rho, lo, hi);
        boolean empty = integral == 0;
        Definition def = new Definition("E - E_fermi (E_fermi from the file)", efermi, new double[] {lo, hi},
                selection.spin(), "trapezoid rule on the raw energy grid, window inclusive; filling over the whole grid");
        return new DBand(empty ? Double.NaN : BandMoments.center(eps, rho, lo, hi),
                empty ? Double.NaN : BandMoments.width(eps, rho, lo, hi),
                empty ? Double.NaN : BandMoments.filling(eps, rho),
                empty ? Double.NaN : BandMoments.skewness(eps, rho, lo, hi),
                empty ? Double.NaN : BandMoments.kurtosis(eps, rho, lo, hi),
                empty ? Double.NaN : BandMoments.upperEdge(eps, lo, hi, rho), integral, selection, def, source);
    }
}
