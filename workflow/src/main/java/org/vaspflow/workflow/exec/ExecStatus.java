package org.vaspflow.workflow.exec;

/**
 * What an executor knows of one job.
 *
 * @param exitCode the code in {@code vaspflow.exitcode} when FINISHED, else -1
 * @param detail   a short explanation (scheduler state, "process gone without exit file", ...)
 */
public record ExecStatus(Phase phase, int exitCode, String detail) {
    /** {@code CANCELLED}: ended by {@code cancel} or by a scheduler's operator, never by itself. */
    public enum Phase { QUEUED, RUNNING, FINISHED, LOST, CANCELLED }

    public static ExecStatus of(Phase phase, String detail) {
        return new ExecStatus(phase, -1, detail);
    }

    public static ExecStatus finished(int exitCode) {
        return new ExecStatus(Phase.FINISHED, exitCode, "exit code " + exitCode);
    }
}
