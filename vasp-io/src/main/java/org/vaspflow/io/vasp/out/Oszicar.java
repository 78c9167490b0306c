package org.vaspflow.io.vasp.out;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * An OSZICAR: one entry per ionic step with its electronic steps.
 *
 * @param ionicSteps ionic summaries in order
 * @param electronicSteps per ionic step, the SCF lines ({@code DAV:}, {@code RMM:}, {@code CG:} …) that preceded
 *     its summary line; a last list without summary belongs to an unfinished ionic step
 * @param completeness complete unless the file ends inside an ionic step
 */
public record Oszicar(List<IonicStep> ionicSteps, List<List<ElectronicStep>> electronicSteps, Completeness completeness)
        implements Completeness.Flagged {

    /**
     * {@code 1 F= -.20663237E+02 E0= -.20663237E+02  d E =-.206632E+02  mag=    -2.0180} (or the MD form
     * {@code T= … E= … F= … E0= … EK= … SP= … SK= …}); absent values are NaN.
     */
    public record IonicStep(double freeEnergyEv, double e0Ev, double deltaEEv, double magnetization,
            double temperatureK, double totalEnergyEv) {
    }

    /** {@code DAV:   1    -0.425632596040E+02   -0.42563E+02   -0.14600E+03   768   0.257E+02}. */
    public record ElectronicStep(String algorithm, int n, double energyEv, double deltaEEv, double deltaEpsEv,
            int ncg, double rms, double rmsC) {
    }

    /** E0 of the last ionic step (pymatgen's {@code Oszicar.final_energy}); NaN when none. */
    public double finalEnergyEv() {
        return ionicSteps.isEmpty() ? Double.NaN : ionicSteps.get(ionicSteps.size() - 1).e0Ev();
    }
}
