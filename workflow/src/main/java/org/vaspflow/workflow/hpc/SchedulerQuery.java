package org.vaspflow.workflow.hpc;

/**
 * A scheduler command and the pure function that reads its result: what {@link Scheduler} hands out, so that
 * rendering and parsing can be tested on captured text and the {@link Transport} only runs strings.
 */
public record SchedulerQuery<T>(String command, Parser<T> parser) {
    /** Reads a command's result. */
    @FunctionalInterface
    public interface Parser<T> {
        /** @throws SchedulerException if the command failed or its output cannot be read */
        T parse(ExecResult result);
    }

    /** Runs the command on a transport and parses its result. */
    public T run(Transport transport) {
        return parser.parse(transport.exec(command));
    }

    public T parse(ExecResult result) {
        return parser.parse(result);
    }
}
