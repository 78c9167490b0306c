package org.vaspflow.workflow.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow watch [CAMPAIGN]}: live progress of a campaign that a {@code vaspflow run} (this machine or
 * another process) is driving. Reads only the store, so it never talks to a cluster. On a terminal the screen
 * is redrawn (counts by state, a progress bar, the active calculations); otherwise one plain line of counts is
 * printed per refresh, and only when something changed. Ends when every calculation is settled (DONE, HELD,
 * CANCELLED) or, with {@code --once}, after the first report.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Show a campaign's progress, refreshed.")
public final class WatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CAMPAIGN", arity = "0..1", description = "Campaign YAML or folder (default: .).")
    Path campaign = Path.of(".");

    @Option(names = "--once", description = "Print the counts once and exit (for scripts and tests).")
    boolean once;

    @Option(names = "--interval", description = "Seconds between refreshes (default: 2).")
    double intervalSeconds = 2;

    @Option(names = "--plain", description = "Plain lines even on a terminal.")
    boolean plain;

    @Option(names = "--json", description = "One JSON object per change ({\"total\", \"counts\"}), one per line.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        boolean tty = !plain && !json && System.console() != null;
        String last = "";
        try (Store store = CampaignStore.open(campaign, spec.commandLine())) {
            while (true) {
                List<Calculation> all = store.all();
                Map<CalcState, Integer> counts = store.counts();
                String line = countsLine(counts, all.size());
                if (tty) {
                    out.print("\u001b[H\u001b[2J");
                    out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + line);
                    out.println(bar(counts.getOrDefault(CalcState.DONE, 0), all.size(), 50));
                    all.stream().filter(c -> c.state().active() || c.state() == CalcState.FAILED
                            || c.state() == CalcState.RECOVERING).limit(30).forEach(c -> out.printf(
                                    "  %-5d %-32s %-11s attempt %d  %s%n", c.id(), c.name(), c.state(), c.attempt(),
                                    c.jobId()));
                    out.flush();
                } else if (!line.equals(last)) {
                    out.println(json ? jsonLine(counts, all.size()) : line);
                    out.flush();
                }
                last = line;
                boolean settled = all.stream().allMatch(c -> c.state().settled());
                if (once || settled) {
                    return settled && counts.getOrDefault(CalcState.DONE, 0) == all.size() ? 0 : once ? 0 : 1;
                }
                Thread.sleep((long) (intervalSeconds * 1000));
            }
        }
    }

    /** {@code total 20: DONE 12, RUNNING 2, QUEUED 6}, states in life-cycle order. */
    static String countsLine(Map<CalcState, Integer> counts, int total) {
        String parts = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "total " + total + (parts.isEmpty() ? "" : ": " + parts);
    }

    private static String jsonLine(Map<CalcState, Integer> counts, int total) {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("total", total);
        Map<String, Integer> byState = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> byState.put(e.getKey().name(), e.getValue()));
        doc.put("counts", byState);
        try {
            return Json.MAPPER.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bar(int done, int total, int width) {
        int filled = total == 0 ? 0 : (int) Math.round((double) done * width / total);
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " done";
    }
}
