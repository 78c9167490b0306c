package org.vaspflow.workflow.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow status [CAMPAIGN] [--json]}: counts by state and one row per calculation. The table is coloured
 * by state when stdout is a terminal, plain otherwise; {@code --no-color} / {@code --color=never} or a non-empty
 * {@code NO_COLOR} environment variable (no-color.org) turn colour off, {@code --color=always} forces it.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show where every calculation is.")
public final class StatusCommand implements Callable<Integer> {
    private static final String RESET = "\u001b[0m";

    /** When to colour: auto (a terminal and no NO_COLOR), always, never. */
    enum ColorMode { auto, always, never }

    @Parameters(paramLabel = "CAMPAIGN", arity = "0..1", description = "Campaign YAML or folder (default: .).")
    Path campaign = Path.of(".");

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto | always | never. Default: ${DEFAULT-VALUE} (colour on a terminal, unless NO_COLOR is set).")
    ColorMode color;

    @Option(names = "--no-color", description = "Plain text (same as --color=never).")
    boolean noColor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        try (Store store = CampaignStore.open(campaign, spec.commandLine())) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            store.counts().forEach((k, v) -> counts.put(k.name(), v));
            List<Calculation> calcs = store.all();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Calculation c : calcs) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("id", c.id());
                    r.put("name", c.name());
                    r.put("step", c.step());
                    r.put("state", c.state().name());
                    r.put("attempt", c.attempt());
                    r.put("job_name", c.jobName());
                    r.put("job_id", c.jobId());
                    r.put("folder", c.folder());
                    c.link().ifPresent(l -> r.put("linked_to", l));
                    rows.add(r);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("store", store.file().toString());
                out.put("counts", counts);
                out.put("calculations", rows);
                System.out.println(Json.MAPPER.writeValueAsString(out));
            } else {
                boolean ansi = useColor(noColor ? ColorMode.never : color, System.getenv("NO_COLOR"),
                        System.console() != null);
                System.out.print(table(calcs, store.counts(), ansi));
            }
            return 0;
        }
    }

    /** Whether to colour: never with NO_COLOR set and non-empty, unless forced with {@code always}. */
    static boolean useColor(ColorMode mode, String noColorEnv, boolean terminal) {
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> terminal && (noColorEnv == null || noColorEnv.isEmpty());
        };
    }

    /** The text table: padding is computed on the plain text, so colour codes never break the columns. */
    static String table(List<Calculation> calcs, Map<CalcState, Integer> counts, boolean ansi) {
        int nameWidth = Math.max(4, calcs.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        StringBuilder b = new StringBuilder();
        String fmt = "%-5s %-" + nameWidth + "s %-10s %-11s %7s  %s";
        b.append(style(String.format(fmt, "ID", "NAME", "STEP", "STATE", "ATTEMPT", "JOB").stripTrailing(), "1", ansi))
                .append('\n');
        String head = "%-5s %-" + nameWidth + "s %-10s ";
        for (Calculation c : calcs) {
            b.append(String.format(head, c.id(), c.name(), c.step()))
                    .append(style(String.format("%-11s", c.state().name()), code(c.state()), ansi))
                    .append(String.format(" %7s  %s", c.attempt(), c.jobId().isEmpty() ? c.jobName() : c.jobId())
                            .stripTrailing()).append('\n');
        }
        List<String> parts = new ArrayList<>();
        int total = 0;
        for (Map.Entry<CalcState, Integer> e : counts.entrySet()) {
            parts.add(style(e.getKey().name() + " " + e.getValue(), code(e.getKey()), ansi));
            total += e.getValue();
        }
        parts.add(style("total " + total, "1", ansi));
        b.append(String.join("  ", parts)).append('\n');
        return b.toString();
    }

    /** SGR code of a state: green done, red failed/lost, blue in the queue, cyan being fetched, yellow held. */
    static String code(CalcState s) {
        return switch (s) {
            case DONE -> "32";
            case FAILED, LOST -> "1;31";
            case RECOVERING -> "35";
            case SUBMITTING, QUEUED, RUNNING -> "34";
            case FINISHED, RETRIEVED, PARSED -> "36";
            case HELD -> "33";
            case CANCELLED -> "90";
            case PLANNED, READY, STAGED -> "2";
        };
    }

    private static String style(String text, String sgr, boolean ansi) {
        return ansi ? "\u001b[" + sgr + "m" + text + RESET : text;
    }
}
