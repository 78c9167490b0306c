package org.vaspflow.io.vasp.out;

import java.util.List;
import java.util.Optional;
import org.vaspflow.io.parse.Completeness;

/**
 * What an OUTCAR holds, as read by {@link OutcarReader} (each part's Javadoc quotes the text it comes from).
 *
 * @param header version, dimensions and parameters printed before the first ionic step
 * @param ionicSteps every ionic step whose {@code FREE ENERGIE OF THE ION-ELECTRON SYSTEM} block was printed
 * @param efermiAllEv every {@code E-fermi :} value in file order (one per SCF iteration; NaN for {@code ****})
 * @param nElectrons the last {@code number of electron  N magnetization  M} value N (NaN when none)
 * @param totalMagnetization its M, μB (first component for a non-collinear run; NaN when not spin-polarised)
 * @param magnetization the last per-ion moment tables: {@code magnetization (x)}, then (y) and (z) for a
 *     non-collinear run; empty when VASP printed none (LORBIT unset)
 * @param charge the last {@code total charge} table
 * @param runStats timing, memory and cores
 * @param stopped true when VASP wrote {@code soft stop encountered!  aborting job} (STOPCAR)
 * @param warnings VASP's {@code WARNING: …} lines and the first text line of each boxed warning, in order
 * @param completeness complete when the timing block was read to its end (the run finished)
 */
public record Outcar(OutcarHeader header, List<IonicStep> ionicSteps, double[] efermiAllEv, double nElectrons,
        double totalMagnetization, List<SiteTable> magnetization, Optional<SiteTable> charge, OutcarRunStats runStats,
        boolean stopped, List<String> warnings, Completeness completeness) implements Completeness.Flagged {

    /**
     * One ionic step:
     *
     * <pre>
     *   in kB      -8.87214     0.88508     1.02501    -0.39040     0.36976    -2.11336    stress XX YY ZZ XY YZ ZX
     *  POSITION                                       TOTAL-FORCE (eV/Angst)
     *  -----------------------------------------------------------------------------------
     *       0.00000      0.00000      0.00000         0.000000      0.000000      0.000000
     *  -----------------------------------------------------------------------------------
     *   FREE ENERGIE OF THE ION-ELECTRON SYSTEM (eV)
     *   ---------------------------------------------------
     *   free  energy   TOTEN  =       -34.006249 eV
     *
     *   energy  without entropy=      -34.006249  energy(sigma->0) =      -34.006249
     * </pre>
     *
     * Positions (Cartesian, Å) and forces are flat [ion][xyz] and empty when the step printed none; the stress is
     * empty when not printed (ISIF=0).
     */
    public record IonicStep(double freeEnergyEv, double energyWithoutEntropyEv, double energySigma0Ev,
            double[] positionsAngstrom, double[] forcesEvPerAngstrom, double[] stressKbar) {

        /** The largest |F| over ions, eV/Å; NaN when no forces were printed. */
        public double maxForceNorm() {
            double max = Double.NaN;
            double[] f = forcesEvPerAngstrom;
            for (int i = 0; i + 2 < f.length; i += 3) {
                double n = Math.sqrt(f[i] * f[i] + f[i + 1] * f[i + 1] + f[i + 2] * f[i + 2]);
                max = Double.isNaN(max) ? n : Math.max(max, n);
            }
            return max;
        }
    }

    /** The last E-fermi, NaN when none. */
    public double efermiEv() {
        return efermiAllEv.length == 0 ? Double.NaN : efermiAllEv[efermiAllEv.length - 1];
    }

    /** energy(sigma→0) of the last finished ionic step (pymatgen's {@code Outcar.final_energy}); NaN when none. */
    public double finalEnergyEv() {
        return ionicSteps.isEmpty() ? Double.NaN : ionicSteps.get(ionicSteps.size() - 1).energySigma0Ev();
    }

    /** The forces of the last ionic step that printed some, flat [ion][xyz]; empty when none. */
    public double[] finalForces() {
        for (int i = ionicSteps.size() - 1; i >= 0; i--) {
            if (ionicSteps.get(i).forcesEvPerAngstrom().length > 0) {
                return ionicSteps.get(i).forcesEvPerAngstrom();
            }
        }
        return new double[0];
    }

    /** The {@code magnetization (x)} table (the collinear moments), when printed. */
    public Optional<SiteTable> magnetizationX() {
        return magnetization.isEmpty() ? Optional.empty() : Optional.of(magnetization.get(0));
    }
}
