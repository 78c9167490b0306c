package org.vaspflow.workflow.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vaspflow status [CAMPAIGN] [--json]}: counts by state and one row per calculation. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show where every calculation is.")
public final class StatusCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CAMPAIGN", arity = "0..1", description = "Campaign YAML or folder (default: .).")
    Path campaign = Path.of(".");

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        try (Store store = CampaignStore.open(campaign, spec.commandLine())) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            store.counts().forEach((k, v) -> counts.put(k.name(), v));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Calculation c : store.all()) {
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
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("store", store.file().toString());
                out.put("counts", counts);
                out.put("calculations", rows);
                System.out.println(Json.MAPPER.writeValueAsString(out));
            } else {
                System.out.printf("%-5s %-32s %-12s %-8s %s%n", "ID", "NAME", "STATE", "ATTEMPT", "JOB");
                for (Map<String, Object> r : rows) {
                    System.out.printf("%-5s %-32s %-12s %-8s %s%n", r.get("id"), r.get("name"), r.get("state"),
                            r.get("attempt"), r.get("job_id"));
                }
                System.out.println(counts);
            }
            return 0;
        }
    }
}
