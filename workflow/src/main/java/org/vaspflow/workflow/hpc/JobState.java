package org.vaspflow.workflow.hpc;

/**
 * A job's state in scheduler-neutral terms. {@link #LOST} is never reported by a scheduler: it is the
 * {@link JobMonitor}'s verdict for a job that no signal knows any more.
 */
public enum JobState {
    PENDING, HELD, RUNNING, SUSPENDED, COMPLETING,
    COMPLETED, FAILED, CANCELLED, TIMEOUT, OUT_OF_MEMORY, NODE_FAIL,
    LOST;

    /** Whether the job is over (successfully or not). */
    public boolean isFinal() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
