package org.vaspflow.workflow.store;

import java.time.Instant;

/** One row of {@code history}: a state change, when, why, at which attempt. */
public record HistoryEntry(long calcId, CalcState from, CalcState to, Instant at, String why, int attempt) {
}
