package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.dag.PresetInputWriter;
import org.vaspflow.workflow.engine.Engine;
import org.vaspflow.workflow.exec.Executor;
import org.vaspflow.workflow.exec.LocalExecutor;
import org.vaspflow.workflow.exec.SshSchedulerExecutor;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.PasswordSource;
import org.vaspflow.workflow.hpc.Profile;
import org.vaspflow.workflow.hpc.ProfileLoader;
import org.vaspflow.workflow.hpc.SessionPool;
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
 * then drives every calculation until nothing can move: on this machine (profile {@code local}, or any profile
 * with {@code scheduler: local}) or on a cluster over SSH + its batch system (any other profile). Resumes when
 * the store exists. Exit 0 when every calculation is DONE, 1 otherwise.
 *
 * <p>When VASP cannot be started on this machine (a local profile whose VASP command or MPI launcher is not
 * found, and no {@code --vasp-cmd}), it plans every calculation into the store, writes the whole input tree and
 * the plan table ({@code plan/}, as {@code vaspflow plan}) and the report ({@code report/report.html}), says what
 * to set, and exits 0: the campaign is ready to run once VASP is configured.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run (or resume) a campaign, here or on a cluster.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CAMPAIGN.yaml", description = "The campaign file.")
    Path campaign;

    @Option(names = "--profile", description = "HPC profile (name or file; default: local).")
    String profile = "local";

    @Option(names = "--vasp-cmd", description = "VASP command line (replaces the profile's launcher and executable).")
    String vaspCmd = "";

    @Option(names = "--jobs", description = "Jobs at once, local profile only (default: the queue's max_jobs).")
    int jobs;

    @Option(names = "--queue", description = "Queue of a cluster profile (default: the profile's default_queue).")
    String queue = "";

    @Option(names = "--poll", description = "Seconds between polls (default: the profile's poll_interval_seconds).")
    double pollSeconds;

    @Option(names = "--dry-run", description = "Plan and write every input folder; submit nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "{\"campaign\", \"total\", \"counts\", \"ran\", \"message\"} on stdout at the end.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        CampaignSpec spec = CampaignLoader.load(campaign);
        Path dir = campaign.toAbsolutePath().getParent();
        ProfileLoader.LoadedProfile loaded = ProfileLoader.load(profile);
        java.util.Optional<String> noVasp = dryRun ? java.util.Optional.empty() : VaspCheck.problem(loaded, vaspCmd,
                spec.steps().stream().map(s -> s.variant()).toList());
        if (noVasp.isPresent()) {
            return planOnly(spec, dir, noVasp.get());
        }
        if (!dryRun && vaspCmd.isBlank() && loaded.profile().vasp().potcarRoot().isBlank()) {
            if (spec.matrix().charges().stream().anyMatch(q -> q != 0)) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "charged cells need "
                        + "NELECT, which the job sets from the POTCARs: set vasp.potcar_root (and vasp.potcar_set) in "
                        + "profile " + loaded.profile().name() + " (" + loaded.origin() + ")");
            }
            System.err.println("vaspflow: profile " + loaded.profile().name() + " has no vasp.potcar_root: each "
                    + "folder must bring its own POTCAR (vaspflow writes POTCAR.spec)");
        }
        Duration poll = pollSeconds > 0 ? Duration.ofMillis((long) (pollSeconds * 1000))
                : Duration.ofSeconds(loaded.profile().pollIntervalSeconds());
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME));
             SessionPool pool = new SessionPool();
             Executor executor = executor(loaded, spec, dir, pool, poll)) {
            Engine engine = new Engine(store, executor, new Planner(spec, dir), new PresetInputWriter(),
                    ErrorCatalog.builtIn(), dir, new Engine.Options(spec.maxAttempts(), poll, dryRun));
            // a bar on stderr (a terminal only) for transfers and parses of files over 100 MB
            try (org.vaspflow.io.parse.ProgressBar bar = new org.vaspflow.io.parse.ProgressBar(System.err,
                    org.vaspflow.io.parse.ProgressBar.DEFAULT_MIN_BYTES);
                 org.vaspflow.io.parse.Progress.Scope scope = InspectCommand.stderrIsTerminal()
                         ? org.vaspflow.io.parse.Progress.watch(bar) : null) {
                engine.run();
            }
            Map<CalcState, Integer> counts = store.counts();
            System.err.println("vaspflow: " + spec.campaign() + ": " + counts);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            summary(spec, total, counts, !dryRun, "");
            return dryRun || counts.getOrDefault(CalcState.DONE, 0) == total ? 0 : 1;
        }
    }

    private int planOnly(CampaignSpec spec, Path dir, String problem) throws java.io.IOException {
        int total;
        var report = (org.vaspflow.workflow.report.CampaignReport) null;
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            new Planner(spec, dir).plan(store);
            total = store.all().size();
            report = ReportCommand.build(store, campaign);
        }
        var rows = PlanCommand.write(spec, dir, dir.resolve("plan"));
        Path html = ReportCommand.writeHtml(report, dir.resolve("report"));
        System.err.println("vaspflow: " + spec.campaign() + ": " + total + " calculations planned in the store ("
                + rows.size() + " with conditional steps); inputs in " + dir.resolve("plan/runs") + ", plan table "
                + dir.resolve("plan/plan.csv") + ", report " + html);
        System.err.println("vaspflow: nothing was run. " + problem);
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            summary(spec, total, store.counts(), false, problem);
        }
        return 0;
    }

    private void summary(CampaignSpec spec, int total, Map<CalcState, Integer> counts, boolean ran, String message)
            throws java.io.IOException {
        if (!json) {
            return;
        }
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("campaign", spec.campaign());
        doc.put("total", total);
        Map<String, Integer> byState = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> byState.put(k.name(), v));
        doc.put("counts", byState);
        doc.put("ran", ran);
        doc.put("message", message);
        System.out.println(Json.MAPPER.writeValueAsString(doc));
    }

    private Executor executor(ProfileLoader.LoadedProfile loaded, CampaignSpec spec, Path dir, SessionPool pool,
                              Duration poll) {
        if (!loaded.profile().remote()) {
            return LocalExecutor.fromProfile(profile, vaspCmd, jobs);
        }
        ProfileLoader.LoadedProfile used = vaspCmd.isBlank() ? loaded : withVasp(loaded, vaspCmd);
        ClusterClient cluster = ClusterClient.connect(used, pool, passwords());
        // the assembled POTCAR stays on the cluster: licensed, and rebuilt from POTCAR.spec by every job
        return new SshSchedulerExecutor(cluster, dir, spec.campaign(), queue, List.of("POTCAR"), poll);
    }

    /** Keys and agent first; a password or passphrase is asked on the console when there is one. */
    private static PasswordSource passwords() {
        return PasswordSource.console().orElse(PasswordSource.none());
    }

    /** The profile with every VASP variant replaced by one command line (and no MPI launcher). */
    public static ProfileLoader.LoadedProfile withVasp(ProfileLoader.LoadedProfile lp, String cmd) {
        Profile p = lp.profile();
        Profile q = new Profile(p.name(), p.description(), p.scheduler(), p.ssh(), p.queues(), p.defaultQueue(),
                p.account(), p.environment(), new Profile.VaspCommands("", cmd, cmd, cmd, p.vasp().potcarRoot(), p.vasp().potcarSet()), p.remoteWorkRoot(),
                p.pollIntervalSeconds(), p.maxSubmissionsPerMinute(), p.maxCommandsPerMinute(),
                p.maxConnectionsPerMinute(), p.template());
        return new ProfileLoader.LoadedProfile(q, lp.origin(), lp.template());
    }
}
