package org.vaspflow.workflow.report;

import java.util.List;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;

/**
 * One calculation in the report: its store row, attempts, full history and (for DONE ones) result rows.
 *
 * @param calculation the store row
 * @param linkedName  name of the calculation whose result it reuses; empty when none
 * @param attempts    per-attempt summary
 * @param history     every history row, oldest first
 * @param results     result rows and problems (empty rows for calculations not DONE)
 */
public record CalculationReport(Calculation calculation, String linkedName, List<Attempt> attempts,
        List<HistoryEntry> history, ResultExtractor.Extracted results) {
    public CalculationReport {
        attempts = List.copyOf(attempts);
        history = List.copyOf(history);
    }
}
