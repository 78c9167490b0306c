package org.vaspflow.analysis.dos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BandMomentsTest {
    private static final double[] EPS = grid(-20, 10, 3001);

    private static double[] grid(double lo, double hi, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        return x;
    }

    private static double[] gaussian(double mu, double sigma) {
        double[] y = new double[EPS.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.exp(-0.5 * Math.pow((EPS[i] - mu) / sigma, 2));
        }
        return y;
    }

    @Test
    void gaussianBandHasItsMeanWidthAndGaussianShape() {
        double[] rho = gaussian(-2.5, 1.2);
        double all = Double.POSITIVE_INFINITY;
        assertEquals(-2.5, BandMoments.center(EPS, rho, -all, all), 1e-9);
        assertEquals(1.2, BandMoments.width(EPS, rho, -all, all), 1e-6);
        assertEquals(0.0, BandMoments.skewness(EPS, rho, -all, all), 1e-6);
        assertEquals(3.0, BandMoments.kurtosis(EPS, rho, -all, all), 1e-5);
        // Φ(2.5/1.2) = 0.981385 for the continuous band; the grid drops the last interval below 0 (pymatgen keeps
        // only points with ε < 0), which costs ~ρ(0)·Δε/∫ρ = 3.8e-4 here
        assertEquals(0.981385 - 3.8e-4, BandMoments.filling(EPS, rho), 2e-5);
    }

    @Test
    void windowKeepsOnlyPointsInside() {
        double[] rho = gaussian(-2.5, 1.2);
        double inWindow = BandMoments.center(EPS, rho, -10, 0);
        assertTrue(inWindow < -2.5, "cutting the upper tail moves the centre down: " + inWindow);
        double[] x = {0, 1, 2, 3};
        double[] y = {1, 1, 1, 1};
        assertEquals(2.0, BandMoments.trapz(x, y, 0.5, 3), 0);
        // pymatgen's filling: trapz over points with ε < 0 only, divided by trapz over all
        assertEquals(1.0 / 3.0, BandMoments.filling(new double[] {-2, -1, 0, 1}, y), 1e-15);
    }

    @Test
    void hilbertOfCosineIsSine() {
        int n = 64;
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = Math.cos(2 * Math.PI * 3 * t / n);
        }
        double[] h = Hilbert.imaginaryOfAnalyticSignal(x);
        for (int t = 0; t < n; t++) {
            assertEquals(Math.sin(2 * Math.PI * 3 * t / n), h[t], 1e-10);
        }
    }

    @Test
    void upperEdgeLiesAboveTheCentreOfASemiellipticBand() {
        double[] rho = new double[EPS.length];
        for (int i = 0; i < rho.length; i++) {
            double u = (EPS[i] + 2) / 3;
            rho[i] = Math.abs(u) < 1 ? Math.sqrt(1 - u * u) : 0;
        }
        double edge = BandMoments.upperEdge(EPS, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, rho);
        assertTrue(edge > -2 && edge <= 1.0 + 1e-9, "edge " + edge);
    }
}
