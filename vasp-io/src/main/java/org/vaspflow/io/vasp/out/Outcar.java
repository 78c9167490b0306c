package org.vaspflow.io.vasp.out;

import java.util.List;
import java.util.Map;
import org.vaspflow.io.parse.Completeness;

/**
 * What an OUTCAR holds, as read by {@link OutcarReader}.
 *
 * @param versionLine first line without the leading blank ({@code vasp.5.3.5 31Mar14 (build …) complex})
 * @param header NIONS, NKPTS, NBANDS, ISPIN, ENCUT, NELECT (header value) as numbers, when printed
 * @param ionicSteps every ionic step whose FREE ENERGIE block was printed
 * @param efermiAllEv every "E-fermi :" value in order (NaN for {@code ****})
 * @param nelect the last "number of electron N magnetization M" value (NaN when none)
 * @param totalMagnetization its M (NaN when the run is not spin-polarised)
 * @param magnetization last "magnetization (x)" block: one row per ion, columns as {@code magnetizationColumns}
 * @param magnetizationColumns header of that block ({@code s p d tot} or {@code s p d f tot})
 * @param charge last "total charge" block, same layout
 * @param runStats the timing section ("Elapsed time (sec)" …; NaN for N/A) plus {@code cores}
 * @param stopped true when VASP wrote "soft stop encountered!  aborting job" (STOPCAR)
 * @param warnings VASP's warning lines ({@code WARNING: …}) and boxed warnings' first text line
 * @param completeness complete when the timing section was reached (the run ended normally)
 */
public record Outcar(String versionLine, Map<String, Double> header, List<IonicStep> ionicSteps,
        double[] efermiAllEv, double nelect, double totalMagnetization, List<double[]> magnetization,
        List<String> magnetizationColumns, List<double[]> charge, List<String> chargeColumns,
        Map<String, Double> runStats, boolean stopped, List<String> warnings, Completeness completeness)
        implements Completeness.Flagged {

    /**
     * One ionic step: the energies of its FREE ENERGIE block (eV), forces (eV/Å, flat n×3; empty when not printed)
     * and stress (kB, xx yy zz xy yz zx; empty when not printed).
     */
    public record IonicStep(double freeEnergyToten, double energyWithoutEntropy, double energySigma0,
            double[] forces, double[] stressKbar) {
        public double maxForceNorm() {
            double max = Double.NaN;
            for (int i = 0; i + 2 < forces.length; i += 3) {
                double f = Math.sqrt(forces[i] * forces[i] + forces[i + 1] * forces[i + 1] + forces[i + 2] * forces[i + 2]);
                max = Double.isNaN(max) ? f : Math.max(max, f);
            }
            return max;
        }
    }

    /** The last E-fermi, NaN when none. */
    public double efermiEv() {
        return efermiAllEv.length == 0 ? Double.NaN : efermiAllEv[efermiAllEv.length - 1];
    }

    /** Energy(sigma→0) of the last ionic step (pymatgen's {@code Outcar.final_energy}); NaN when none. */
    public double finalEnergyEv() {
        return ionicSteps.isEmpty() ? Double.NaN : ionicSteps.get(ionicSteps.size() - 1).energySigma0();
    }

    /** The last printed forces, empty when none. */
    public double[] finalForces() {
        for (int i = ionicSteps.size() - 1; i >= 0; i--) {
            if (ionicSteps.get(i).forces().length > 0) {
                return ionicSteps.get(i).forces();
            }
        }
        return new double[0];
    }
}
