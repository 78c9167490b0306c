package org.vaspflow.workflow.recovery;

import java.util.List;

/** What the {@link Diagnoser} found in one file (possibly nothing). */
public record FileDiagnosis(String file, List<Finding> errors) {
    public FileDiagnosis {
        errors = List.copyOf(errors);
    }
}
