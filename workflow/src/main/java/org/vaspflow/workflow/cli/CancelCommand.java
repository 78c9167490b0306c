package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.exec.JobHandle;
import org.vaspflow.workflow.exec.LocalExecutor;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Change;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow cancel ID...}: ends running local jobs and marks calculations CANCELLED (not DONE ones, and not
 * ones being submitted this very moment: those are resolved by the running engine first).
 */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel calculations (and their jobs).")
public final class CancelCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Calculation ids or names.")
    List<String> ids;

    @Option(names = "--campaign", description = "Campaign YAML or folder (default: .).")
    Path campaign = Path.of(".");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        LocalExecutor local = new LocalExecutor("", (variant, n) -> "", List.of(), 1);
        return CampaignStore.forEach(campaign, ids, spec.commandLine(), c -> c.state().canGo(CalcState.CANCELLED),
                " and cannot be cancelled", (store, c) -> {
                    if (c.state().active()) {
                        local.cancel(new JobHandle(c.jobName(), c.jobId(), CampaignStore.folder(campaign)
                                .resolve(c.folder())));
                    }
                    store.transition(c.id(), c.state(), CalcState.CANCELLED, "cancelled by the user", Change.NONE);
                    System.out.println(c.id() + " " + c.name() + " CANCELLED");
                });
    }
}
