package org.vaspflow.workflow.recovery;

import java.util.List;
import java.util.Set;

/**
 * How a failure shows. Either text markers ({@code contains}: plain, case-sensitive substrings, as VASP prints
 * them) searched in the files of the roles in {@code in}, or a {@code check} computed from parsed outputs:
 * <ul>
 *   <li>{@code positive_energy}: OSZICAR's final E0 is above zero;</li>
 *   <li>{@code potim}: an ionic step after the first raised the energy by more than {@code threshold_ev};</li>
 *   <li>{@code nonconverging}: each of the {@code ionic_steps} ionic steps before the last used NELM electronic
 *       steps (INCAR's NELM, default 60);</li>
 *   <li>{@code unconverged_electronic}, {@code unconverged_ionic}: vasprun.xml's final state (pymatgen's
 *       rules);</li>
 *   <li>{@code lost}: the executor lost the job (no exit file, process or queue entry gone).</li>
 * </ul>
 *
 * @param in          file roles searched: {@code stdout} (vasp.out), {@code stderr}, {@code outcar},
 *                    {@code oszicar}, {@code vasprun}
 * @param unlessIncar the finding is dropped when the INCAR sets one of these tags (brmix in charged cells)
 */
public record Detection(List<String> in, List<String> contains, List<String> unlessIncar, String check,
                        double thresholdEv, int ionicSteps) {
    static final Set<String> ROLES = Set.of("stdout", "stderr", "outcar", "oszicar", "vasprun");
    static final Set<String> CHECKS = Set.of("", "positive_energy", "potim", "nonconverging",
            "unconverged_electronic", "unconverged_ionic", "lost");

    public Detection {
        in = in == null || in.isEmpty() ? List.of("stdout") : List.copyOf(in);
        for (String r : in) {
            if (!ROLES.contains(r)) {
                throw new IllegalArgumentException("in: '" + r + "' is not one of " + ROLES);
            }
        }
        contains = contains == null ? List.of() : List.copyOf(contains);
        unlessIncar = unlessIncar == null ? List.of() : List.copyOf(unlessIncar);
        check = check == null ? "" : check;
        if (!CHECKS.contains(check)) {
            throw new IllegalArgumentException("check: '" + check + "' is not one of " + CHECKS);
        }
        if (check.isEmpty() == contains.isEmpty()) {
            throw new IllegalArgumentException("give either contains (text markers) or check, not both or none");
        }
        thresholdEv = thresholdEv == 0 ? 1.0 : thresholdEv;
        ionicSteps = ionicSteps == 0 ? 10 : ionicSteps;
    }

    public Detection withIonicSteps(int n) {
        return new Detection(in, contains, unlessIncar, check, thresholdEv, n);
    }
}
