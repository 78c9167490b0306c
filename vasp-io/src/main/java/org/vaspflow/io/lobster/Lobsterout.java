package org.vaspflow.io.lobster;

import java.util.List;
import java.util.Map;
import org.vaspflow.io.parse.Completeness;

/**
 * What a lobsterout says about a LOBSTER run.
 *
 * @param version e.g. {@code v4.1.0}
 * @param threads threads used (0 when not printed)
 * @param dftProgram the PAW program LOBSTER detected (VASP, ABINIT, …)
 * @param chargeSpillingPercent abs. charge spilling per spin channel, in percent as printed
 * @param totalSpillingPercent abs. total spilling per spin channel, in percent as printed
 * @param elements elements of the "setting up local basis functions" block, in order
 * @param basisType basis set per element ({@code pbeVaspFit2015})
 * @param basisFunctions basis functions per element ({@code 4s 4p_y 4p_z 4p_x})
 * @param warnings lines starting with WARNING:, without the prefix
 * @param infos lines starting with INFO:, without the prefix
 * @param wallTimeSeconds wall time of "finished in … of wall time"; NaN when the run did not finish
 * @param files which outputs LOBSTER says it wrote (DOSCAR, COHPCAR, COOPCAR, COBICAR, CHARGE, …)
 * @param completeness complete when the "finished in" line is present
 */
public record Lobsterout(String version, int threads, String dftProgram, List<Double> chargeSpillingPercent,
        List<Double> totalSpillingPercent, List<String> elements, List<String> basisType,
        List<List<String>> basisFunctions, List<String> warnings, List<String> infos, double wallTimeSeconds,
        double userTimeSeconds, double sysTimeSeconds, Map<String, Boolean> files, Completeness completeness)
        implements Completeness.Flagged {
}
