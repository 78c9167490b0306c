package org.vaspflow.workflow.store;

import java.util.Optional;

/**
 * Fields written together with a state change, in the same transaction. Empty means unchanged.
 *
 * @param jobName     a new job name; also creates the {@code jobs} row (executor name in {@code executor})
 * @param jobId       the executor's id for the current job
 * @param inputHash   sha256 of the staged inputs
 * @param linkedTo    id of the calculation whose result this one reuses
 * @param result      result JSON to store (replaces an earlier one)
 * @param nextAttempt whether the attempt counter goes up by one (back to READY after a failure)
 */
public record Change(Optional<String> jobName, String executor, Optional<String> jobId,
                     Optional<String> inputHash, Optional<Long> linkedTo, Optional<String> result,
                     boolean nextAttempt) {
    public static final Change NONE = new Change(Optional.empty(), "", Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), false);

    public Change withJobName(String name, String executorName) {
        return new Change(Optional.of(name), executorName, jobId, inputHash, linkedTo, result, nextAttempt);
    }

    public Change withJobId(String id) {
        return new Change(jobName, executor, Optional.of(id), inputHash, linkedTo, result, nextAttempt);
    }

    public Change withInputHash(String hash) {
        return new Change(jobName, executor, jobId, Optional.of(hash), linkedTo, result, nextAttempt);
    }

    public Change withLinkedTo(long id) {
        return new Change(jobName, executor, jobId, inputHash, Optional.of(id), result, nextAttempt);
    }

    public Change withResult(String json) {
        return new Change(jobName, executor, jobId, inputHash, linkedTo, Optional.of(json), nextAttempt);
    }

    public Change withNextAttempt() {
        return new Change(jobName, executor, jobId, inputHash, linkedTo, result, true);
    }
}
