package org.vaspflow.io.lobster;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * What a lobsterout says about a LOBSTER run.
 *
 * @param version e.g. {@code v4.1.0}
 * @param threads threads used (0 when not printed)
 * @param dftProgram the PAW program LOBSTER detected (VASP, ABINIT, …); empty when not printed
 * @param chargeSpillingPercent abs. charge spilling per spin channel, in percent as printed
 * @param totalSpillingPercent abs. total spilling per spin channel, in percent as printed (LOBSTER 5.1 prints
 *        it only with {@code printTotalSpilling})
 * @param elements elements of the "setting up local basis functions" block, in order
 * @param basisTypes basis set per element ({@code pbeVaspFit2015})
 * @param basisFunctions basis functions per element ({@code 4s 4p_y 4p_z 4p_x})
 * @param warnings lines starting with WARNING:, without the prefix, whitespace runs collapsed
 * @param infos lines starting with INFO:, the same way
 * @param restartedFromProjection "loading projection from projectionData.lobster..." was printed
 * @param savedProjection "saving projection to projectionData.lobster..." was printed
 * @param writtenFiles every {@code *.lobster} file a "writing …" line names, in order ({@code COHPCAR.lobster},
 *        {@code ICOHPLIST.lobster}, {@code DOSCAR.LCFO.lobster}, …); "SKIPPING writing" lines are left out
 * @param wallTimeSeconds wall time of "finished in … of wall time"; NaN when the run did not finish
 * @param completeness complete when the "finished in" line is present
 */
public record Lobsterout(String version, int threads, String dftProgram, double[] chargeSpillingPercent,
        double[] totalSpillingPercent, List<String> elements, List<String> basisTypes,
        List<List<String>> basisFunctions, List<String> warnings, List<String> infos,
        boolean restartedFromProjection, boolean savedProjection, List<String> writtenFiles,
        double wallTimeSeconds, double userTimeSeconds, double sysTimeSeconds, Completeness completeness)
        implements Completeness.Flagged {

    /** Whether LOBSTER says it wrote a file, e.g. {@code wrote("COBICAR.lobster")} (case-insensitive). */
    public boolean wrote(String fileName) {
        return writtenFiles.stream().anyMatch(f -> f.equalsIgnoreCase(fileName));
    }

    /** The warnings about k-points that could not be orthonormalised (a sign of a poor basis). */
    public List<String> orthonormalizationWarnings() {
        return warnings.stream().filter(w -> w.contains("orthonormalized")).toList();
    }
}
