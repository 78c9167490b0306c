package org.vaspflow.workflow.hpc;

/**
 * A scheduler command that failed or printed something its parser cannot read. A failed status query never
 * means "the job is gone": callers must keep the job's state and ask again later.
 */
public final class SchedulerException extends RuntimeException {
    private final ExecResult result;

    public SchedulerException(String message, ExecResult result) {
        super(message + " [" + result.command() + " -> exit " + result.exitCode() + detail(result) + "]");
        this.result = result;
    }

    public ExecResult result() {
        return result;
    }

    private static String detail(ExecResult r) {
        String t = (r.stderr().isBlank() ? r.stdout() : r.stderr()).strip();
        return t.isEmpty() ? "" : ": " + (t.length() > 300 ? t.substring(0, 300) + "…" : t);
    }
}
