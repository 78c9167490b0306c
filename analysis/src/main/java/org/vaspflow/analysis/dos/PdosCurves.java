package org.vaspflow.analysis.dos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pDOS curves of several selections on one DOS, optionally Gaussian-broadened ({@link Pdos#smear}), each with
 * its electron count up to E-fermi and, for d-type selections, its band centre.
 *
 * <p>Definitions recorded with the result: energies ε = E − E_F; the electron count
 * {@link Pdos#integralToFermi} is taken on the <em>unbroadened</em> density (broadening is for display); the band
 * centre is {@link BandMoments#center} of the unbroadened density over the whole grid (pymatgen's default window,
 * Hammer &amp; Nørskov 1995), so it equals {@code vaspflow dband} for the same selection.
 *
 * @param dos the source
 * @param sigmaEv Gaussian broadening σ, eV; 0 = none
 * @param curves one per selection and spin channel
 */
public record PdosCurves(ProjectedDos dos, double sigmaEv, List<Curve> curves) {
    public PdosCurves {
        curves = List.copyOf(curves);
    }

    /**
     * @param label e.g. {@code Ru:d:up}
     * @param density unbroadened, states/eV
     * @param shown what is exported and plotted (broadened when σ &gt; 0)
     * @param electrons ∫ρ up to E-fermi (unbroadened)
     * @param dCenterEv band centre relative to E-fermi; NaN for selections that are not d-type
     */
    public record Curve(String label, DosSelection selection, double[] density, double[] shown, double electrons,
            double dCenterEv) {
        public boolean isD() {
            return !Double.isNaN(dCenterEv);
        }
    }

    /**
     * Curves of the given selections ({@link Pdos#parse} syntax). A selection without a spin gives one curve
     * per spin channel of a spin-polarised DOS (up, down), and {@code total} otherwise.
     */
    public static PdosCurves of(ProjectedDos dos, List<String> selections, double sigmaEv) {
        List<Curve> out = new ArrayList<>();
        for (String text : selections) {
            boolean spinGiven = text.strip().split(":").length == 3;
            List<DosSelection> sels = new ArrayList<>();
            if (spinGiven || dos.nSpins() == 1) {
                sels.add(Pdos.parse(text, "total"));
            } else {
                sels.add(Pdos.parse(text, "up"));
                sels.add(Pdos.parse(text, "down"));
            }
            for (DosSelection sel : sels) {
                double[] rho = Pdos.density(dos, sel);
                double[] shown = sigmaEv > 0 ? Pdos.smear(dos.energiesEv(), rho, sigmaEv) : rho;
                double centre = Pdos.isD(sel) ? BandMoments.center(dos.energiesEv(), rho, Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY) : Double.NaN;
                out.add(new Curve(Pdos.describe(sel), sel, rho, shown,
                        Pdos.integralToFermi(dos.energiesEv(), rho), centre));
            }
        }
        return new PdosCurves(dos, sigmaEv, out);
    }

    /**
     * CSV text: a header {@code energy_minus_efermi_eV,<label>,…} and one row per grid point with lo ≤ ε ≤ hi;
     * the values are the shown (broadened, if asked) densities in states/eV, spin down positive as in the file.
     */
    public String csv(double lo, double hi) {
        StringBuilder sb = new StringBuilder("energy_minus_efermi_eV");
        for (Curve c : curves) {
            sb.append(',').append(c.label());
        }
        sb.append('\n');
        double[] eps = dos.energiesEv();
        for (int e = 0; e < eps.length; e++) {
            if (eps[e] < lo || eps[e] > hi) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%.6f", eps[e]));
            for (Curve c : curves) {
                sb.append(',').append(String.format(Locale.ROOT, "%.8g", c.shown()[e]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
