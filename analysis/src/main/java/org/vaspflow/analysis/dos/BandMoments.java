package org.vaspflow.analysis.dos;

/**
 * Band descriptors of one projected density of states on its raw energy grid, defined exactly as pymatgen
 * 2022.11.7 defines them ({@code CompleteDos.get_band_center/width/skewness/kurtosis/filling/upper_band_edge}),
 * so values agree with pymatgen to rounding:
 *
 * <ul>
 *   <li>energies are relative to E-fermi: {@code ε = E − E_F};</li>
 *   <li>an optional window keeps the grid points with {@code lo ≤ ε ≤ hi} (both ends inclusive) before any
 *       integral is taken;</li>
 *   <li>every integral is the trapezoid rule on the kept grid points ({@code numpy.trapz});</li>
 *   <li>n-th moment {@code M_n = ∫ρ(ε)(ε−c)ⁿ dε / ∫ρ(ε) dε}; the band centre is the first moment about 0
 *       (Hammer &amp; Nørskov, Surf. Sci. 343, 211 (1995)); width {@code √M₂}; skewness {@code M₃/M₂^{3/2}};
 *       kurtosis {@code M₄/M₂²} (not the excess kurtosis);</li>
 *   <li>filling {@code ∫_{ε<0} ρ dε / ∫ ρ dε} over the whole grid (pymatgen ignores the window here, and so do
 *       we, so numbers stay comparable);</li>
 *   <li>upper band edge: the ε of the largest value of the imaginary part of the analytic signal of ρ — the
 *       discrete Hilbert transform of {@code scipy.signal.hilbert} — within the window (Xin, Vojvodic, Voss,
 *       Nørskov &amp; Abild-Pedersen, Phys. Rev. B 89, 115114 (2014)). For a spin sum the transforms of the two
 *       spin channels are added, as pymatgen does.</li>
 * </ul>
 * A selection whose integral is zero (no d states at all) gives NaN, where pymatgen divides by zero.
 */
public final class BandMoments {
    private BandMoments() {
    }

    /** The window that keeps every grid point. */
    public static final double[] WHOLE_RANGE = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

    /** ∫ y dx by the trapezoid rule over points whose x lies in [lo, hi]. */
    public static double trapz(double[] x, double[] y, double lo, double hi) {
        double sum = 0;
        int prev = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < lo || x[i] > hi) {
                continue;
            }
            if (prev >= 0) {
                sum += 0.5 * (y[i] + y[prev]) * (x[i] - x[prev]);
            }
            prev = i;
        }
        return sum;
    }

    /** The n-th moment of ρ about {@code center} within the window (see class comment). */
    public static double moment(double[] eps, double[] rho, int n, double center, double lo, double hi) {
        double[] weighted = new double[eps.length];
        for (int i = 0; i < eps.length; i++) {
            weighted[i] = Math.pow(eps[i] - center, n) * rho[i];
        }
        return trapz(eps, weighted, lo, hi) / trapz(eps, rho, lo, hi);
    }

    /** Band centre ε_c = M₁ about 0, eV relative to E-fermi. */
    public static double center(double[] eps, double[] rho, double lo, double hi) {
        return moment(eps, rho, 1, 0.0, lo, hi);
    }

    /** Band width √M₂ about the centre, eV. */
    public static double width(double[] eps, double[] rho, double lo, double hi) {
        return Math.sqrt(moment(eps, rho, 2, center(eps, rho, lo, hi), lo, hi));
    }

    /** Skewness M₃/M₂^{3/2} about the centre (dimensionless). */
    public static double skewness(double[] eps, double[] rho, double lo, double hi) {
        double c = center(eps, rho, lo, hi);
        return moment(eps, rho, 3, c, lo, hi) / Math.pow(moment(eps, rho, 2, c, lo, hi), 1.5);
    }

    /** Kurtosis M₄/M₂² about the centre (dimensionless; 3 for a Gaussian). */
    public static double kurtosis(double[] eps, double[] rho, double lo, double hi) {
        double c = center(eps, rho, lo, hi);
        double m2 = moment(eps, rho, 2, c, lo, hi);
        return moment(eps, rho, 4, c, lo, hi) / (m2 * m2);
    }

    /** Filling: the fraction of the band below E-fermi over the whole grid. */
    public static double filling(double[] eps, double[] rho) {
        double occupied = 0;
        int prev = -1;
        for (int i = 0; i < eps.length; i++) {
            if (eps[i] >= 0) {
                continue;
            }
            if (prev >= 0) {
                occupied += 0.5 * (rho[i] + rho[prev]) * (eps[i] - eps[prev]);
            }
            prev = i;
        }
        return occupied / trapz(eps, rho, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * Upper band edge: ε at the maximum of the summed Hilbert transforms of the given spin channels, within the
     * window; the first maximum when several are equal (numpy.argmax).
     */
    public static double upperEdge(double[] eps, double lo, double hi, double[]... spinChannels) {
        double[] transformed = new double[eps.length];
        for (double[] channel : spinChannels) {
            double[] h = Hilbert.imaginaryOfAnalyticSignal(channel);
            for (int i = 0; i < h.length; i++) {
                transformed[i] += h[i];
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        double at = Double.NaN;
        for (int i = 0; i < eps.length; i++) {
            if (eps[i] >= lo && eps[i] <= hi && transformed[i] > best) {
                best = transformed[i];
                at = eps[i];
            }
        }
        return at;
    }
}
