package org.vaspflow.workflow.exec;

import java.util.Optional;

/** The answer to "does a job with this name exist?" (see {@link Executor#lookup}). */
public record Lookup(Kind kind, Optional<JobHandle> handle, String detail) {
    public enum Kind { FOUND, ABSENT, UNKNOWN }

    public static Lookup found(JobHandle h) {
        return new Lookup(Kind.FOUND, Optional.of(h), "found " + h.jobId());
    }

    public static Lookup absent(String detail) {
        return new Lookup(Kind.ABSENT, Optional.empty(), detail);
    }

    public static Lookup unknown(String detail) {
        return new Lookup(Kind.UNKNOWN, Optional.empty(), detail);
    }
}
