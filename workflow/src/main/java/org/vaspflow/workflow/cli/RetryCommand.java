package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.recovery.Recovery;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Change;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow retry ID...}: puts FAILED, LOST, CANCELLED or HELD calculations back to READY (a new attempt;
 * the folder is backed up into {@code attempt-N/} first). The next {@code run} picks them up.
 */
@Command(name = "retry", mixinStandardHelpOptions = true, description = "Run failed or cancelled calculations again.")
public final class RetryCommand implements Callable<Integer> {
    private static final Set<CalcState> RETRYABLE = Set.of(CalcState.FAILED, CalcState.LOST, CalcState.CANCELLED,
            CalcState.HELD);

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Calculation ids or names.")
    List<String> ids;

    @Option(names = "--campaign", description = "Campaign YAML or folder (default: .).")
    Path campaign = Path.of(".");

    @Option(names = "--json", description = "A JSON array of the calculations changed on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        java.util.List<java.util.Map<String, Object>> changed = new java.util.ArrayList<>();
        int code = CampaignStore.forEach(campaign, ids, spec.commandLine(), c -> RETRYABLE.contains(c.state()),
                ", not retryable", (store, c) -> {
                    boolean ran = c.state() != CalcState.HELD && !c.jobName().isEmpty();
                    if (ran) {
                        Recovery.backup(CampaignStore.folder(campaign).resolve(c.folder()), c.attempt());
                    }
                    store.transition(c.id(), c.state(), CalcState.READY, "retry requested by the user",
                            ran ? Change.NONE.withNextAttempt() : Change.NONE);
                    changed.add(java.util.Map.of("id", c.id(), "name", c.name(), "state", "READY"));
                        if (!json) {
                            System.out.println(c.id() + " " + c.name() + " READY");
                        }
                });
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(changed));
        }
        return code;
    }
}
