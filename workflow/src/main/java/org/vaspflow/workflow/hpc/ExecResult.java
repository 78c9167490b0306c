package org.vaspflow.workflow.hpc;

/**
 * What one command returned: its exit code and everything it wrote (UTF-8).
 *
 * @param command the command line as it was sent (for error messages)
 */
public record ExecResult(String command, int exitCode, String stdout, String stderr) {
    public boolean ok() {
        return exitCode == 0;
    }

    /** Throws a {@link TransportException} of kind {@code COMMAND_FAILED} unless the exit code is 0. */
    public ExecResult requireOk() {
        if (!ok()) {
            throw new TransportException(TransportException.Kind.COMMAND_FAILED,
                    "command failed (exit " + exitCode + "): " + command + brief(stderr.isBlank() ? stdout : stderr));
        }
        return this;
    }

    private static String brief(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return "";
        }
        return ": " + (t.length() > 500 ? t.substring(0, 500) + "…" : t);
    }
}
