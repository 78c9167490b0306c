package org.vaspflow.workflow.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
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

/** {@code vaspflow results [CAMPAIGN] [--json|--csv]}: the stored results of every DONE calculation. */
@Command(name = "results", mixinStandardHelpOptions = true, description = "Results of the finished calculations.")
public final class ResultsCommand implements Callable<Integer> {
    static final List<String> CSV_KEYS = List.of("final_energy", "final_energy_per_atom", "efermi", "n_ionic_steps",
            "converged_electronic", "converged_ionic", "formula");

    @Parameters(paramLabel = "CAMPAIGN", arity = "0..1", description = "Campaign YAML or folder (default: .).")
    Path campaign = Path.of(".");

    @Option(names = "--json", description = "A JSON array on stdout.")
    boolean json;

    @Option(names = "--csv", description = "CSV on stdout.")
    boolean csv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Store store = CampaignStore.open(campaign, spec.commandLine())) {
            for (Calculation c : store.inState(CalcState.DONE)) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", c.id());
                r.put("name", c.name());
                r.put("step", c.step());
                r.put("attempt", c.attempt());
                c.link().ifPresent(l -> r.put("linked_to", l));
                r.put("result", Json.MAPPER.readValue(store.result(c.id()).orElse("{}"),
                        new TypeReference<Map<String, Object>>() { }));
                rows.add(r);
            }
        }
        if (csv) {
            System.out.println("id,name,step,attempt," + String.join(",", CSV_KEYS));
            for (Map<String, Object> r : rows) {
                Map<?, ?> res = (Map<?, ?>) r.get("result");
                List<String> cells = new ArrayList<>(List.of(String.valueOf(r.get("id")), Csv.cell(r.get("name")),
                        Csv.cell(r.get("step")), String.valueOf(r.get("attempt"))));
                CSV_KEYS.forEach(k -> cells.add(res.containsKey(k) ? Csv.cell(res.get(k)) : ""));
                System.out.println(String.join(",", cells));
            }
        } else if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(rows));
        } else {
            for (Map<String, Object> r : rows) {
                Map<?, ?> res = (Map<?, ?>) r.get("result");
                System.out.printf("%-32s %s eV%n", r.get("name"), res.get("final_energy"));
            }
        }
        return 0;
    }
}
