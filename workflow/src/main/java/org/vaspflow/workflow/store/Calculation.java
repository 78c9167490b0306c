package org.vaspflow.workflow.store;

import java.util.List;
import java.util.Optional;

/**
 * One row of the {@code calculations} table.
 *
 * @param id        store id (1-based, stable)
 * @param name      unique name, e.g. {@code feo-Mn-q+1/static}
 * @param step      the campaign step it belongs to
 * @param attempt   1 for the first run; +1 each time it goes back to READY after a failure
 * @param folder    calculation folder relative to the campaign folder
 * @param inputHash sha256 of the input files (empty until staged)
 * @param jobName   unique per calculation and attempt, written before submission (empty before)
 * @param jobId     what the executor answered (empty until known)
 * @param linkedTo  id of the earlier calculation with identical inputs whose result this one reuses (0: none)
 * @param spec      the planned node as JSON (preset, INCAR overrides, matrix point, carried files)
 * @param dependsOn ids this one waits for
 */
public record Calculation(long id, String name, String step, CalcState state, int attempt, String folder,
                          String inputHash, String jobName, String jobId, long linkedTo, String spec,
                          List<Long> dependsOn) {
    public Calculation {
        dependsOn = List.copyOf(dependsOn);
    }

    public Optional<Long> link() {
        return linkedTo == 0 ? Optional.empty() : Optional.of(linkedTo);
    }
}
