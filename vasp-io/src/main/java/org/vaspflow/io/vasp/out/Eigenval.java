package org.vaspflow.io.vasp.out;

import org.vaspflow.io.parse.Completeness;

/**
 * An EIGENVAL file: band energies (eV) and occupations per spin, k-point and band (flat [spin][kpoint][band]),
 * k-points in reduced coordinates (flat, 3 per point) with their weights.
 */
public record Eigenval(int nSpins, int nKpoints, int nBands, double nElectrons, double[] kpoints, double[] weights,
        double[] energiesEv, double[] occupations, Completeness completeness) implements Completeness.Flagged {
    public double energy(int spin, int kpoint, int band) {
        return energiesEv[(spin * nKpoints + kpoint) * nBands + band];
    }
}
