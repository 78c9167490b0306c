package org.vaspflow.analysis.dos;

/**
 * The discrete Hilbert transform as {@code scipy.signal.hilbert} computes it (Marple, IEEE Trans. Signal
 * Process. 47, 2600 (1999)): X = DFT(x); multiply X by h with h[0] = 1, h[k] = 2 for 0 &lt; k &lt; N/2,
 * h[N/2] = 1 for even N, 0 elsewhere; the analytic signal is IDFT(X·h) and the Hilbert transform its imaginary
 * part. The DFT is of exactly N points (no zero padding), as scipy's; N is a DOS grid (a few thousand points),
 * so a direct O(N²) transform with a precomputed twiddle table is fast enough and exact for any N.
 */
final class Hilbert {
    private Hilbert() {
    }

    static double[] imaginaryOfAnalyticSignal(double[] x) {
        int n = x.length;
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * k / n;
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
        }
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int t = 0; t < n; t++) {
                int idx = (int) ((long) k * t % n);
                sr += x[t] * cos[idx];
                si -= x[t] * sin[idx];
            }
            double h = weight(k, n);
            re[k] = sr * h;
            im[k] = si * h;
        }
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            double si = 0;
            for (int k = 0; k < n; k++) {
                int idx = (int) ((long) k * t % n);
                si += re[k] * sin[idx] + im[k] * cos[idx];
            }
            out[t] = si / n;
        }
        return out;
    }

    private static double weight(int k, int n) {
        if (k == 0) {
            return 1;
        }
        if (n % 2 == 0) {
            return k < n / 2 ? 2 : k == n / 2 ? 1 : 0;
        }
        return k <= (n - 1) / 2 ? 2 : 0;
    }
}
