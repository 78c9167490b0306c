package org.vaspflow.workflow.hpc;

import java.util.OptionalInt;

/**
 * The monitor's verdict on one job.
 *
 * @param exitCode the job script's exit code when known (scheduler record or exit-code file)
 * @param evidence what each signal said, e.g. {@code squeue: absent; sacct: FAILED 1; exit file: 1}: the "why"
 *                 of the state change for the store's history
 */
public record JobStatus(TrackedJob job, JobState state, OptionalInt exitCode, String evidence) {
    /** Whether the job has ended: every signal that was consulted agrees. */
    public boolean finished() {
        return state.isFinal();
    }
}
