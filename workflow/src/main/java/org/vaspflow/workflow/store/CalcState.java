package org.vaspflow.workflow.store;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A calculation's life (see {@code docs/workflow.md}):
 * {@code PLANNED → READY → STAGED → SUBMITTING → QUEUED → RUNNING → FINISHED → RETRIEVED → PARSED → DONE},
 * side exits {@code FAILED → RECOVERING → READY} (attempt + 1), {@code HELD}, {@code CANCELLED}, {@code LOST}.
 *
 * <p>{@link #SUBMITTING} is written, with a unique job name, before the executor is asked to submit; a
 * calculation found in it after a crash is resolved by looking that name up, never by submitting again.
 * {@code STAGED → DONE} is the short cut for inputs identical to an earlier finished calculation (linked,
 * never computed twice).
 */
public enum CalcState {
    PLANNED, READY, STAGED, SUBMITTING, QUEUED, RUNNING, FINISHED, RETRIEVED, PARSED, DONE,
    FAILED, RECOVERING, HELD, CANCELLED, LOST;

    private static final Map<CalcState, Set<CalcState>> NEXT = Map.ofEntries(
            Map.entry(PLANNED, EnumSet.of(READY, HELD, CANCELLED)),
            Map.entry(READY, EnumSet.of(STAGED, FAILED, HELD, CANCELLED)),
            Map.entry(STAGED, EnumSet.of(SUBMITTING, DONE, READY, HELD, CANCELLED)),
            // READY: the lookup after a crash proved the job was never submitted
            Map.entry(SUBMITTING, EnumSet.of(QUEUED, RUNNING, FINISHED, FAILED, READY, LOST)),
            Map.entry(QUEUED, EnumSet.of(RUNNING, FINISHED, FAILED, CANCELLED, LOST)),
            Map.entry(RUNNING, EnumSet.of(FINISHED, FAILED, CANCELLED, LOST)),
            Map.entry(FINISHED, EnumSet.of(RETRIEVED, FAILED)),
            Map.entry(RETRIEVED, EnumSet.of(PARSED, FAILED)),
            Map.entry(PARSED, EnumSet.of(DONE, FAILED)),
            Map.entry(DONE, EnumSet.noneOf(CalcState.class)),
            Map.entry(FAILED, EnumSet.of(RECOVERING, READY, CANCELLED)),
            Map.entry(RECOVERING, EnumSet.of(READY, FAILED)),
            Map.entry(HELD, EnumSet.of(READY, PLANNED, CANCELLED)),
            Map.entry(CANCELLED, EnumSet.of(READY)),
            Map.entry(LOST, EnumSet.of(READY, FAILED, CANCELLED)));

    /** Whether the state machine allows {@code this → to}. */
    public boolean canGo(CalcState to) {
        return NEXT.get(this).contains(to);
    }

    /** The states a job may be alive in (the executor is polled for these). */
    public boolean active() {
        return this == SUBMITTING || this == QUEUED || this == RUNNING;
    }

    /** States the engine never leaves by itself (a user's {@code retry} may). */
    public boolean settled() {
        return this == DONE || this == HELD || this == CANCELLED;
    }
}
