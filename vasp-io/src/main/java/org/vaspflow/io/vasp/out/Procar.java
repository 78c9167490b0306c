package org.vaspflow.io.vasp.out;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * A PROCAR: projections of every band onto ions and orbitals (layout quoted in {@link ProcarReader}).
 *
 * @param orbitals orbital names as written ({@code s py pz px dxy dyz dz2 dxz dx2} or {@code x2-y2}, or
 *     {@code s p d}); the file's {@code tot} column is not kept (it is their sum)
 * @param kpoints reduced k-point coordinates, flat 3 per point
 * @param weights k-point weights
 * @param energiesEv band energies, flat [spin][kpoint][band]
 * @param occupations band occupations, same layout
 * @param weightsByOrbital projections, flat [spin][kpoint][band][ion][orbital] (float: PROCAR prints 3 decimals)
 * @param magnetization spin-orbit runs: the mx, my, mz projections, flat [3][kpoint][band][ion][orbital]; empty
 *     otherwise
 * @param hasPhase true for LORBIT=12 files (title {@code PROCAR lm decomposed + phase})
 * @param phase LORBIT=12: the phase factors, flat [spin][kpoint][band][ion][orbital][re, im]; empty otherwise
 */
public record Procar(int nSpins, int nKpoints, int nBands, int nIons, List<String> orbitals, double[] kpoints,
        double[] weights, double[] energiesEv, double[] occupations, float[] weightsByOrbital, float[] magnetization,
        boolean hasPhase, float[] phase, Completeness completeness) implements Completeness.Flagged {

    public float weight(int spin, int kpoint, int band, int ion, int orbital) {
        return weightsByOrbital[(((spin * nKpoints + kpoint) * nBands + band) * nIons + ion) * orbitals.size() + orbital];
    }

    /** pymatgen's {@code get_occupation(ion, orbital)}: Σ over k-points and bands of weight × k-point weight. */
    public double occupation(int spin, int ion, int orbital) {
        double sum = 0;
        for (int k = 0; k < nKpoints; k++) {
            for (int b = 0; b < nBands; b++) {
                sum += weight(spin, k, b, ion, orbital) * weights[k];
            }
        }
        return sum;
    }
}
