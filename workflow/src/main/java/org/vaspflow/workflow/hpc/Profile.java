package org.vaspflow.workflow.hpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cluster (or this machine) as a YAML profile in {@code hpc-profiles/}: how to reach it, which scheduler
 * and queues it has, how VASP starts there, and how gently to treat it. Bound strictly by
 * {@link ProfileLoader} (keys in snake_case; unknown keys are errors naming the YAML path and line). Profiles
 * never hold secrets: passwords are asked for at run time.
 *
 * @param remoteWorkRoot folder under which each calculation gets its own folder; a relative path (or
 *                       {@code ~/x}) is relative to the login home
 * @param template       job-script template file name, looked up beside the profile, then in
 *                       {@code hpc-profiles/templates/}; empty for the scheduler's default
 */
public record Profile(String name, String description, SchedulerKind scheduler, SshSettings ssh,
                      Map<String, QueueLimits> queues, String defaultQueue, String account,
                      EnvironmentSetup environment, VaspCommands vasp, String remoteWorkRoot,
                      int pollIntervalSeconds, int maxSubmissionsPerMinute, int maxCommandsPerMinute,
                      int maxConnectionsPerMinute, String template) {

    public Profile {
        name = req(name, "name");
        description = description == null ? "" : description;
        if (scheduler == null) {
            throw new IllegalArgumentException("scheduler is required (one of slurm, pbs, lsf, local)");
        }
        if (ssh == null) {
            if (scheduler != SchedulerKind.LOCAL) {
                throw new IllegalArgumentException("an ssh section is required for scheduler " + scheduler.key());
            }
            ssh = SshSettings.NONE;
        }
        if (queues == null || queues.isEmpty()) {
            throw new IllegalArgumentException("queues: at least one queue is required");
        }
        queues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queues));
        defaultQueue = defaultQueue == null || defaultQueue.isBlank() ? queues.keySet().iterator().next()
                : defaultQueue;
        if (!queues.containsKey(defaultQueue)) {
            throw new IllegalArgumentException("default_queue '" + defaultQueue + "' is not one of the queues "
                    + queues.keySet());
        }
        account = account == null ? "" : account;
        environment = environment == null ? new EnvironmentSetup(List.of(), List.of()) : environment;
        if (vasp == null) {
            throw new IllegalArgumentException("vasp: the VASP commands (std, gam, ncl) are required");
        }
        remoteWorkRoot = req(remoteWorkRoot, "remote_work_root");
        pollIntervalSeconds = positive(pollIntervalSeconds, 60, "poll_interval_seconds");
        maxSubmissionsPerMinute = positive(maxSubmissionsPerMinute, 10, "max_submissions_per_minute");
        maxCommandsPerMinute = positive(maxCommandsPerMinute, 60, "max_commands_per_minute");
        maxConnectionsPerMinute = positive(maxConnectionsPerMinute, 6, "max_connections_per_minute");
        template = template == null ? "" : template;
    }

    /** Whether jobs run on another machine reached over SSH. */
    public boolean remote() {
        return scheduler != SchedulerKind.LOCAL;
    }

    public QueueLimits queue(String queueName) {
        QueueLimits q = queues.get(queueName);
        if (q == null) {
            throw new IllegalArgumentException("profile " + name + " has no queue '" + queueName + "' (has "
                    + queues.keySet() + ")");
        }
        return q;
    }

    static String req(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value;
    }

    private static int positive(int value, int dflt, String key) {
        if (value < 0) {
            throw new IllegalArgumentException(key + " must be positive, got " + value);
        }
        return value == 0 ? dflt : value;
    }

    /** Which batch system runs the jobs. */
    public enum SchedulerKind {
        SLURM, PBS, LSF, LOCAL;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static SchedulerKind of(String key) {
            for (SchedulerKind k : values()) {
                if (k.key().equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("scheduler '" + key + "' is not one of slurm, pbs, lsf, local");
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Limits of one queue (Slurm partition, PBS queue, LSF queue) as the site publishes them.
     *
     * @param maxJobs jobs vaspflow keeps in this queue at once (queued + running)
     */
    public record QueueLimits(Walltime maxWalltime, int coresPerNode, int maxNodes, int maxJobs) {
        public QueueLimits {
            if (maxWalltime == null) {
                throw new IllegalArgumentException("max_walltime is required");
            }
            if (coresPerNode <= 0) {
                throw new IllegalArgumentException("cores_per_node must be positive");
            }
            maxNodes = maxNodes == 0 ? 1 : maxNodes;
            maxJobs = maxJobs == 0 ? 10 : maxJobs;
            if (maxNodes < 0 || maxJobs < 0) {
                throw new IllegalArgumentException("max_nodes and max_jobs must be positive");
            }
        }
    }

    /**
     * What every job script does before VASP starts.
     *
     * @param modules {@code module load} arguments, in order
     * @param setup   further shell lines (exports, {@code source} of a site script)
     */
    public record EnvironmentSetup(List<String> modules, List<String> setup) {
        public EnvironmentSetup {
            modules = modules == null ? List.of() : List.copyOf(modules);
            setup = setup == null ? List.of() : List.copyOf(setup);
        }

        /** The lines a job script (or a check) runs: {@code module load} lines first, then the set-up lines. */
        public List<String> lines() {
            List<String> lines = new java.util.ArrayList<>();
            modules.forEach(m -> lines.add("module load " + ShellQuote.quote(m)));
            lines.addAll(setup);
            return List.copyOf(lines);
        }
    }

    /**
     * How VASP is started: the MPI launcher ({@code srun}, {@code mpirun -np {{ntasks}}}, or empty for a serial
     * run) and the three executables; and where the job finds the pseudopotentials: {@code potcar_root} (a folder
     * on the machine that runs VASP holding {@code <potcar_set>/<symbol>/POTCAR}, e.g. {@code PBE_54}) from which
     * the job script assembles POTCAR from POTCAR.spec and sets NELECT for a charged cell. Empty: every folder
     * must bring its own POTCAR.
     */
    public record VaspCommands(String mpiLauncher, String std, String gam, String ncl, String potcarRoot,
                               String potcarSet) {
        public VaspCommands {
            mpiLauncher = mpiLauncher == null ? "" : mpiLauncher;
            std = req(std, "vasp.std");
            gam = gam == null || gam.isBlank() ? std : gam;
            ncl = ncl == null || ncl.isBlank() ? std : ncl;
            potcarRoot = potcarRoot == null ? "" : potcarRoot;
            potcarSet = potcarSet == null || potcarSet.isBlank() ? "PBE_54" : potcarSet;
            if (!potcarSet.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("vasp.potcar_set: a folder name such as PBE_54, got '" + potcarSet
                        + "'");
            }
        }

        public VaspCommands(String mpiLauncher, String std, String gam, String ncl) {
            this(mpiLauncher, std, gam, ncl, "", "");
        }

        /** The executable for a variant: {@code std}, {@code gam} or {@code ncl}. */
        public String executable(String variant) {
            return switch (variant) {
                case "std" -> std;
                case "gam" -> gam;
                case "ncl" -> ncl;
                default -> throw new IllegalArgumentException("VASP variant '" + variant
                        + "' is not one of std, gam, ncl");
            };
        }
    }
}
