package org.vaspflow.workflow.hpc;

import java.util.OptionalInt;

/**
 * What one scheduler query says about one job.
 *
 * @param rawState the scheduler's own word ({@code CANCELLED by 1001}, {@code F}, {@code EXIT}), for the record
 * @param exitCode the job script's exit code when the scheduler reports it
 * @param reason   the scheduler's reason (pending reason, {@code NonZeroExitCode}), or empty
 */
public record JobRecord(String jobId, String jobName, JobState state, String rawState, OptionalInt exitCode,
                        String reason) {
    public JobRecord {
        jobName = jobName == null ? "" : jobName;
        reason = reason == null ? "" : reason;
        exitCode = exitCode == null ? OptionalInt.empty() : exitCode;
    }
}
