package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.exec.JobHandle;
import org.vaspflow.workflow.exec.LocalExecutor;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.PasswordSource;
import org.vaspflow.workflow.hpc.ProfileLoader;
import org.vaspflow.workflow.hpc.SessionPool;
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

    @Option(names = "--profile", description = "Cluster profile: end cluster jobs now (scancel/qdel/bkill) instead of "
            + "at the next poll of a running `vaspflow run`.")
    String profile = "";

    @Option(names = "--json", description = "A JSON array of the calculations changed on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        LocalExecutor local = new LocalExecutor("", (variant, n) -> "", List.of(), 1);
        try (SessionPool pool = new SessionPool()) {
            ClusterClient[] cluster = {null};
            java.util.List<java.util.Map<String, Object>> changed = new java.util.ArrayList<>();
            int code = CampaignStore.forEach(campaign, ids, spec.commandLine(), c -> c.state().canGo(CalcState.CANCELLED),
                    " and cannot be cancelled", (store, c) -> {
                        if (c.state().active()) {
                            String executor = store.jobs(c.id()).isEmpty() ? "local"
                                    : store.jobs(c.id()).get(store.jobs(c.id()).size() - 1).executor();
                            if (executor.equals("local")) {
                                local.cancel(new JobHandle(c.jobName(), c.jobId(), CampaignStore.folder(campaign)
                                        .resolve(c.folder())));
                            } else if (!profile.isEmpty() && !c.jobId().isEmpty()) {
                                if (cluster[0] == null) {
                                    cluster[0] = ClusterClient.connect(ProfileLoader.load(profile), pool,
                                            PasswordSource.console().orElse(PasswordSource.none()));
                                }
                                cluster[0].cancel(List.of(c.jobId()));
                            } else {
                                System.err.println("vaspflow: " + c.name() + ": job " + c.jobName() + " on " + executor
                                        + " ends at the next poll of `vaspflow run` (or pass --profile NAME)");
                            }
                        }
                        store.transition(c.id(), c.state(), CalcState.CANCELLED, "cancelled by the user", Change.NONE);
                        changed.add(java.util.Map.of("id", c.id(), "name", c.name(), "state", "CANCELLED"));
                        if (!json) {
                            System.out.println(c.id() + " " + c.name() + " CANCELLED");
                        }
                    });
            if (json) {
                System.out.println(Json.MAPPER.writeValueAsString(changed));
            }
            return code;
        }
    }
}
