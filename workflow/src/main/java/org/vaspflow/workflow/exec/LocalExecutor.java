package org.vaspflow.workflow.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.vaspflow.workflow.hpc.ProfileLoader;
import org.vaspflow.workflow.hpc.ScriptTemplate;
import org.vaspflow.workflow.hpc.ShellQuote;

/**
 * Runs VASP on this machine: each job is {@code bash vaspflow.job.sh JOBNAME} started in its calculation folder
 * as a child process (output to {@code vaspflow.job.log}), at most {@code maxJobs} at once. The script comes from
 * the profile's template ({@code hpc-profiles/templates/local.sh.tmpl}) and writes {@value #EXIT_FILE} last,
 * through a rename, so the file is either absent or complete.
 *
 * <p>Surviving an orchestrator restart: jobs are not tied to this JVM (outputs go to files, not pipes). Before
 * starting, the job name is written to {@value #MARKER}; after starting, the process id is added. A later
 * instance finds a job again by that marker, by the exit file, and by scanning live processes for one whose
 * arguments carry the job name (so a recycled pid is never mistaken for the job). Two signals decide
 * completion: the process is gone and the exit file is there.
 */
public final class LocalExecutor implements Executor {
    public static final String EXIT_FILE = "vaspflow.exitcode";
    public static final String SCRIPT = "vaspflow.job.sh";
    public static final String MARKER = "vaspflow.job";
    public static final String LOG = "vaspflow.job.log";

    private final String template;
    private final BiFunction<String, Integer, String> runLine;
    private final List<String> environment;
    private final int maxJobs;
    private final String potcarSetup;
    private final Map<String, Long> alive = new ConcurrentHashMap<>();

    /**
     * @param template    job-script template ({@code {{name}}} placeholders, see {@link ScriptTemplate})
     * @param runLine     the shell command that runs VASP for (variant, ntasks)
     * @param environment shell lines run before VASP (module loads, exports)
     * @param maxJobs     jobs running at once
     */
    public LocalExecutor(String template, BiFunction<String, Integer, String> runLine, List<String> environment,
                         int maxJobs) {
        this(template, runLine, environment, maxJobs, "");
    }

    /** @param potcarSetup job-script lines that prepare POTCAR and NELECT ({@code PotcarSetup}), or empty */
    public LocalExecutor(String template, BiFunction<String, Integer, String> runLine, List<String> environment,
                         int maxJobs, String potcarSetup) {
        this.potcarSetup = potcarSetup;
        if (maxJobs < 1) {
            throw new IllegalArgumentException("maxJobs must be positive");
        }
        this.template = template;
        this.runLine = runLine;
        this.environment = List.copyOf(environment);
        this.maxJobs = maxJobs;
    }

    /**
     * From a profile (name or path; {@code local} is built in). A non-empty {@code vaspCmd} replaces the
     * profile's launcher and executables; {@code maxJobs} 0 takes the default queue's {@code max_jobs}.
     */
    public static LocalExecutor fromProfile(String profileName, String vaspCmd, int maxJobs) {
        ProfileLoader.LoadedProfile lp = ProfileLoader.load(profileName);
        var profile = lp.profile();
        int jobs = maxJobs > 0 ? maxJobs : profile.queue(profile.defaultQueue()).maxJobs();
        BiFunction<String, Integer, String> run = (variant, ntasks) -> {
            if (!vaspCmd.isBlank()) {
                return vaspCmd;
            }
            String launcher = ScriptTemplate.render(profile.vasp().mpiLauncher(),
                    Map.of("ntasks", Integer.toString(ntasks))).strip();
            String exe = profile.vasp().executable(variant);
            return launcher.isEmpty() ? exe : launcher + " " + exe;
        };
        return new LocalExecutor(lp.template(), run, profile.environment().lines(), jobs,
                org.vaspflow.workflow.hpc.PotcarSetup.lines(profile.vasp()));
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public int capacity() {
        alive.entrySet().removeIf(e -> !isAlive(e.getValue(), e.getKey()));
        return Math.max(0, maxJobs - alive.size());
    }

    @Override
    public JobHandle submit(Submission s) {
        Path folder = s.folder().toAbsolutePath();
        try {
            Files.deleteIfExists(folder.resolve(EXIT_FILE));
            Files.writeString(folder.resolve(SCRIPT), script(s, folder), StandardCharsets.UTF_8);
            writeMarker(folder, s.jobName(), "");
            ProcessBuilder pb = new ProcessBuilder("bash", folder.resolve(SCRIPT).toString(), s.jobName())
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve(LOG).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            long pid = p.pid();
            alive.put(s.jobName(), pid);
            writeMarker(folder, s.jobName(), Long.toString(pid));
            return new JobHandle(s.jobName(), Long.toString(pid), folder);
        } catch (IOException | RuntimeException e) {
            throw new ExecutorException("cannot start " + s.jobName() + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, ExecStatus> poll(Collection<JobHandle> jobs) {
        Map<String, ExecStatus> out = new LinkedHashMap<>();
        for (JobHandle h : jobs) {
            out.put(h.jobName(), status(h));
        }
        return out;
    }

    private ExecStatus status(JobHandle h) {
        long pid = parsePid(h.jobId());
        boolean running = pid > 0 && isAlive(pid, h.jobName()) || findProcess(h.jobName()).isPresent();
        Optional<Integer> exit = exitCode(h.folder());
        if (running) {
            alive.put(h.jobName(), pid);
            return ExecStatus.of(ExecStatus.Phase.RUNNING, "process " + pid + " alive");
        }
        alive.remove(h.jobName());
        return exit.map(ExecStatus::finished).orElseGet(() -> ExecStatus.of(ExecStatus.Phase.LOST,
                "process " + h.jobId() + " is gone and " + EXIT_FILE + " was never written (killed?)"));
    }

    @Override
    public Lookup lookup(String jobName, Path folder) {
        Path dir = folder.toAbsolutePath();
        Optional<ProcessHandle> live = findProcess(jobName);
        if (live.isPresent()) {
            alive.put(jobName, live.get().pid());
            return Lookup.found(new JobHandle(jobName, Long.toString(live.get().pid()), dir));
        }
        List<String> marker = readMarker(dir);
        if (marker.isEmpty() || !marker.get(0).equals(jobName)) {
            return Lookup.absent("no process and no marker names " + jobName);
        }
        String pid = marker.size() > 1 ? marker.get(1) : "";
        if (exitCode(dir).isPresent()) {
            return Lookup.found(new JobHandle(jobName, pid, dir));
        }
        return Lookup.unknown("marker names " + jobName + " but no process and no " + EXIT_FILE);
    }

    @Override
    public void cancel(JobHandle job) {
        long pid = parsePid(job.jobId());
        // SIGTERM first; a job (or a child forked meanwhile) still there after a grace period gets SIGKILL
        for (int round = 0; round < 3; round++) {
            Optional<ProcessHandle> p = pid > 0 && isAlive(pid, job.jobName()) ? ProcessHandle.of(pid)
                    : findProcess(job.jobName());
            if (p.isEmpty()) {
                break;
            }
            ProcessHandle h = p.get();
            boolean force = round > 0;
            h.descendants().forEach(d -> {
                if (force) {
                    d.destroyForcibly();
                } else {
                    d.destroy();
                }
            });
            if (force) {
                h.destroyForcibly();
            } else {
                h.destroy();
            }
            try {
                h.onExit().get(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // still alive: the next round is forceful
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        alive.remove(job.jobName());
    }

    @Override
    public void fetch(JobHandle job, Path localFolder) {
        // the job ran in the local folder itself
    }

    private String script(Submission s, Path folder) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("job_name", s.jobName());
        v.put("queue", "local");
        v.put("walltime", "");
        v.put("nodes", "1");
        v.put("ntasks", Integer.toString(s.ntasks()));
        v.put("ntasks_per_node", Integer.toString(s.ntasks()));
        v.put("cores_per_node", Integer.toString(Runtime.getRuntime().availableProcessors()));
        v.put("work_dir", ShellQuote.quote(folder.toString()));
        v.put("environment", String.join("\n", environment));
        v.put("exit_file", EXIT_FILE);
        v.put("account_directive", "");
        v.put("potcar", potcarSetup);
        v.put("run", runLine.apply(s.variant(), s.ntasks()));
        return ScriptTemplate.render(template, v);
    }

    /** The code in a folder's {@value #EXIT_FILE}, if the job script got to write it. */
    public static Optional<Integer> exitCodeOf(Path folder) {
        return exitCode(folder);
    }

    static Optional<Integer> exitCode(Path folder) {
        try {
            String text = Files.readString(folder.resolve(EXIT_FILE)).strip();
            return Optional.of(Integer.parseInt(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writeMarker(Path folder, String jobName, String pid) throws IOException {
        Path tmp = folder.resolve(MARKER + ".part");
        Files.writeString(tmp, jobName + "\n" + pid + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, folder.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> readMarker(Path folder) {
        try {
            return Files.readAllLines(folder.resolve(MARKER)).stream().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long parsePid(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Alive and really our job: its arguments carry the job name (guards against recycled pids). */
    private static boolean isAlive(long pid, String jobName) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> carries(h, jobName)).isPresent();
    }

    private static Optional<ProcessHandle> findProcess(String jobName) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(h -> carries(h, jobName))
                .findFirst();
    }

    private static boolean carries(ProcessHandle h, String jobName) {
        return h.info().arguments().map(args -> args.length >= 2 && args[args.length - 1].equals(jobName)
                && args[args.length - 2].endsWith(SCRIPT)).orElse(false);
    }
}
