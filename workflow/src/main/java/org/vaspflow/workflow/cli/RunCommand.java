package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.dag.PresetInputWriter;
import org.vaspflow.workflow.engine.Engine;
import org.vaspflow.workflow.exec.LocalExecutor;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.spec.CampaignSpec;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow run CAMPAIGN.yaml}: plans the campaign into its store ({@code vaspflow.db} beside the YAML),
 * then drives every calculation with the local executor until nothing can move. Resumes when the store exists.
 * Exit 0 when every calculation is DONE, 1 otherwise.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run (or resume) a campaign on this machine.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CAMPAIGN.yaml", description = "The campaign file.")
    Path campaign;

    @Option(names = "--profile", description = "Profile with the VASP command (default: local).")
    String profile = "local";

    @Option(names = "--vasp-cmd", description = "VASP command line (replaces the profile's launcher and executable).")
    String vaspCmd = "";

    @Option(names = "--jobs", description = "Jobs at once (default: the profile queue's max_jobs).")
    int jobs;

    @Option(names = "--poll", description = "Seconds between polls (default: 5).")
    double pollSeconds = 5;

    @Option(names = "--dry-run", description = "Plan and write every input folder; submit nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws InterruptedException {
        CampaignSpec spec = CampaignLoader.load(campaign);
        Path dir = campaign.toAbsolutePath().getParent();
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME));
             LocalExecutor executor = LocalExecutor.fromProfile(profile, vaspCmd, jobs)) {
            Engine engine = new Engine(store, executor, new Planner(spec, dir), new PresetInputWriter(),
                    ErrorCatalog.builtIn(), dir, new Engine.Options(spec.maxAttempts(),
                    Duration.ofMillis((long) (pollSeconds * 1000)), dryRun));
            engine.run();
            Map<CalcState, Integer> counts = store.counts();
            System.err.println("vaspflow: " + spec.campaign() + ": " + counts);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            return dryRun || counts.getOrDefault(CalcState.DONE, 0) == total ? 0 : 1;
        }
    }
}
