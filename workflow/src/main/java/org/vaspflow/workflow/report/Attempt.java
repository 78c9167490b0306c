package org.vaspflow.workflow.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.HistoryEntry;
import org.vaspflow.workflow.store.Store;

/**
 * One attempt of a calculation, summarised from its history rows and job records ({@link Definitions#HISTORY}).
 *
 * @param number      attempt number (1 for the first run)
 * @param jobs        job names and executor ids given in this attempt ({@code name (id)}), in order
 * @param executor    executor(s) the jobs went to; empty before any submission
 * @param started     time of the attempt's first history row
 * @param ended       time of its last history row
 * @param outcome     the last state reached in this attempt (FAILED, not the RECOVERING that follows it)
 * @param errors      error ids detected when it failed (custodian's names)
 * @param corrections corrections recovery applied after it, before the next attempt ({@code id step N (what)})
 */
public record Attempt(int number, List<String> jobs, String executor, Instant started, Instant ended,
        CalcState outcome, List<String> errors, List<String> corrections) {
    private static final Pattern ERRORS = Pattern.compile("errors \\[([^\\]]*)\\]");
    private static final Pattern CORRECTED = Pattern.compile("corrected (\\S+) step (\\d+) \\((.*)\\)");

    public Attempt {
        jobs = List.copyOf(jobs);
        errors = List.copyOf(errors);
        corrections = List.copyOf(corrections);
    }

    /**
     * Groups history rows by attempt. The row {@code RECOVERING → READY} that starts attempt n + 1 carries the
     * corrections made after attempt n failed, so its corrections are credited to attempt n.
     */
    public static List<Attempt> of(List<HistoryEntry> history, List<Store.Job> jobs) {
        Map<Integer, List<HistoryEntry>> rows = new TreeMap<>();
        Map<Integer, List<String>> corrections = new TreeMap<>();
        for (HistoryEntry h : history) {
            boolean correcting = h.from() == CalcState.RECOVERING && h.to() == CalcState.READY;
            if (correcting) {
                corrections.computeIfAbsent(h.attempt() - 1, k -> new ArrayList<>()).addAll(corrections(h.why()));
            }
            rows.computeIfAbsent(h.attempt(), k -> new ArrayList<>()).add(h);
        }
        List<Attempt> out = new ArrayList<>();
        rows.forEach((n, list) -> {
            List<String> errors = new ArrayList<>();
            for (HistoryEntry h : list) {
                Matcher m = ERRORS.matcher(h.why());
                if (h.to() == CalcState.FAILED && m.find()) {
                    for (String id : m.group(1).split(",")) {
                        if (!id.isBlank() && !errors.contains(id.strip())) {
                            errors.add(id.strip());
                        }
                    }
                }
            }
            List<String> jobNames = new ArrayList<>();
            List<String> executors = new ArrayList<>();
            for (Store.Job j : jobs) {
                if (j.attempt() == n) {
                    jobNames.add(j.jobId().isEmpty() ? j.jobName() : j.jobName() + " (" + j.jobId() + ")");
                    if (!executors.contains(j.executor())) {
                        executors.add(j.executor());
                    }
                }
            }
            HistoryEntry last = list.get(list.size() - 1);
            // the move into RECOVERING is bookkeeping after the run: the attempt's outcome is the state before it
            CalcState outcome = last.to() == CalcState.RECOVERING ? last.from() : last.to();
            out.add(new Attempt(n, jobNames, String.join(", ", executors), list.get(0).at(), last.at(), outcome,
                    errors, corrections.getOrDefault(n, List.of())));
        });
        return out;
    }

    /** The {@code corrected ID step N (what)} parts of a recovery row. */
    static List<String> corrections(String why) {
        List<String> out = new ArrayList<>();
        for (String part : why.split("; ")) {
            Matcher m = CORRECTED.matcher(part.strip());
            if (m.matches()) {
                out.add(m.group(1) + " step " + m.group(2) + " (" + m.group(3) + ")");
            }
        }
        return out;
    }
}
