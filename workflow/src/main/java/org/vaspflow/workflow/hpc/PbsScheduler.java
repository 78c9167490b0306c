package org.vaspflow.workflow.hpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * PBS Professional / OpenPBS (and Torque for the parts it shares). One command serves as queue and record
 * source, {@code qstat -f -x IDS}: {@code -x} keeps finished jobs (state {@code F}) in the listing. Read format
 * (continuation lines start with a tab and are joined):
 * <pre>
 * Job Id: 4123.pbs01
 *     Job_Name = vf-demo-Ru-relax-a1
 *     job_state = F
 *     Exit_status = 0
 * </pre>
 * Exit_status mapping: 0 COMPLETED; -29 (JOB_EXEC_KILL_WALLTIME) TIMEOUT; 271 (256+SIGTERM, a {@code qdel} of a
 * running job) CANCELLED; a finished job without Exit_status (deleted while queued) CANCELLED; else FAILED.
 * Torque's {@code C} state and lower-case {@code exit_status} are read the same way.
 */
public final class PbsScheduler implements Scheduler {

    @Override
    public Profile.SchedulerKind kind() {
        return Profile.SchedulerKind.PBS;
    }

    @Override
    public String render(JobRequest job, Profile profile, String template) {
        String account = JobScripts.checkedAccount(profile.account());
        return JobScripts.render(job, profile, template, job.walltime().pbs(),
                account.isEmpty() ? "" : "#PBS -A " + account);
    }

    @Override
    public SchedulerQuery<String> submit(String workDir) {
        return new SchedulerQuery<>("cd " + ShellQuote.quote(ShellQuote.remotePath(workDir)) + " && qsub "
                + SCRIPT_FILE, r -> {
                    String id = r.stdout().strip();
                    if (!r.ok() || !id.matches("\\d+(\\[\\d*])?(\\.[\\w.-]+)?")) {
                        throw new SchedulerException("qsub refused the job", r);
                    }
                    return id;
                });
    }

    @Override
    public SchedulerQuery<Map<String, JobRecord>> queue(Collection<String> ids) {
        return new SchedulerQuery<>(qstat(ids), r -> {
            Map<String, JobRecord> out = new LinkedHashMap<>();
            parseQstat(r).forEach((id, rec) -> {
                if (!rec.state().isFinal()) {
                    out.put(id, rec);
                }
            });
            return out;
        });
    }

    @Override
    public SchedulerQuery<Map<String, JobRecord>> records(Collection<String> ids) {
        return new SchedulerQuery<>(qstat(ids), PbsScheduler::parseQstat);
    }

    private static String qstat(Collection<String> ids) {
        return "qstat -f -x " + String.join(" ", ids.stream().map(ShellQuote::quote).toList());
    }

    /** Parses {@code qstat -f} blocks; "Unknown Job Id" lines on stderr are jobs PBS no longer knows. */
    static Map<String, JobRecord> parseQstat(ExecResult r) {
        boolean onlyUnknown = r.stderr().lines().allMatch(l -> l.isBlank() || l.contains("Unknown Job Id")
                || l.contains("Job has finished"));
        if (!r.ok() && !onlyUnknown) {
            throw new SchedulerException("qstat failed", r);
        }
        Map<String, JobRecord> out = new LinkedHashMap<>();
        Map<String, String> attrs = null;
        String id = null;
        String last = null;
        for (String line : (Iterable<String>) r.stdout().lines()::iterator) {
            if (line.startsWith("Job Id:")) {
                if (id != null) {
                    out.put(id, record(id, attrs));
                }
                id = line.substring("Job Id:".length()).strip();
                attrs = new LinkedHashMap<>();
                last = null;
            } else if (attrs != null && line.startsWith("\t") && last != null) {
                attrs.put(last, attrs.get(last) + line.strip());
            } else if (attrs != null && line.contains(" = ")) {
                int eq = line.indexOf(" = ");
                last = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                attrs.put(last, line.substring(eq + 3).strip());
            }
        }
        if (id != null) {
            out.put(id, record(id, attrs));
        }
        return out;
    }

    private static JobRecord record(String id, Map<String, String> a) {
        String raw = a.getOrDefault("job_state", "");
        String exitText = a.getOrDefault("exit_status", "");
        OptionalInt exit = exitText.matches("-?\\d+") ? OptionalInt.of(Integer.parseInt(exitText)) : OptionalInt.empty();
        JobState state = switch (raw) {
            case "Q", "W", "T", "M" -> JobState.PENDING;
            case "H" -> JobState.HELD;
            case "R", "B", "X" -> JobState.RUNNING;
            case "S", "U" -> JobState.SUSPENDED;
            case "E" -> JobState.COMPLETING;
            case "F", "C" -> finished(exit);
            default -> JobState.PENDING;
        };
        return new JobRecord(id, a.getOrDefault("job_name", ""), state, raw, state.isFinal() ? exit
                : OptionalInt.empty(), a.getOrDefault("comment", ""));
    }

    private static JobState finished(OptionalInt exit) {
        if (exit.isEmpty() || exit.getAsInt() == 271) {
            return JobState.CANCELLED;
        }
        return switch (exit.getAsInt()) {
            case 0 -> JobState.COMPLETED;
            case -29 -> JobState.TIMEOUT;
            default -> JobState.FAILED;
        };
    }

    @Override
    public SchedulerQuery<Void> cancel(Collection<String> ids) {
        return new SchedulerQuery<>("qdel " + String.join(" ", ids.stream().map(ShellQuote::quote).toList()), r -> {
            if (!r.ok() && !r.stderr().contains("Job has finished") && !r.stderr().contains("Unknown Job Id")) {
                throw new SchedulerException("qdel failed", r);
            }
            return null;
        });
    }

    /** qselect finds the ids (with finished ones, {@code -x}); qstat only runs when there are any. */
    @Override
    public List<SchedulerQuery<List<JobRecord>>> lookup(String jobName) {
        String cmd = "ids=$(qselect -x -N " + ShellQuote.quote(jobName) + ") || exit $?; "
                + "[ -z \"$ids\" ] || qstat -f -x $ids";
        return List.of(new SchedulerQuery<>(cmd, r -> new ArrayList<>(parseQstat(r).values())));
    }

    @Override
    public SchedulerQuery<Map<String, QueueInfo>> queueInfo(Collection<String> names) {
        return new SchedulerQuery<>("qstat -Q -f", PbsScheduler::parseQueues);
    }

    /** {@code qstat -Q -f}: "Queue: workq" blocks with {@code enabled}, {@code started}, {@code resources_max.walltime}. */
    static Map<String, QueueInfo> parseQueues(ExecResult r) {
        if (!r.ok()) {
            throw new SchedulerException("qstat -Q failed", r);
        }
        Map<String, QueueInfo> out = new LinkedHashMap<>();
        String name = null;
        Map<String, String> a = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(r.stdout().lines().toList());
        lines.add("Queue: ");
        for (String line : lines) {
            if (line.startsWith("Queue:")) {
                if (name != null) {
                    boolean up = !"False".equalsIgnoreCase(a.get("enabled"))
                            && !"False".equalsIgnoreCase(a.get("started"));
                    long wall = SlurmScheduler.slurmTimeSeconds(a.getOrDefault("resources_max.walltime", ""));
                    String ncpus = a.getOrDefault("resources_max.ncpus", "");
                    out.put(name, new QueueInfo(name, up, wall, ncpus.matches("\\d+") ? Integer.parseInt(ncpus) : 0));
                }
                name = line.substring(6).strip();
                a = new LinkedHashMap<>();
            } else if (line.contains(" = ")) {
                int eq = line.indexOf(" = ");
                a.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
            }
        }
        return out;
    }

    @Override
    public List<String> requiredCommands() {
        return List.of("qsub", "qstat", "qdel", "qselect");
    }
}
