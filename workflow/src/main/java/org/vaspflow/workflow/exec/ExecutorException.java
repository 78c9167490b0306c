package org.vaspflow.workflow.exec;

/** An executor operation failed; for {@code submit}, the job may still have started. */
public final class ExecutorException extends RuntimeException {
    public ExecutorException(String message, Throwable cause) {
        super(message, cause);
    }
}
