package org.vaspflow.workflow.hpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slurm through its text interfaces, as Slurm 22.05 prints them (the JSON forms are avoided: {@code squeue --json}
 * ignores filters and {@code sacct --json} reports wrong exit codes in 22.05). Read formats:
 * <pre>
 * sbatch --parsable            42            (or 42;cluster)
 * squeue -h -o '%i|%T|%j|%r'   7|PENDING|vf-demo-Fe-relax-a2|Resources
 * sacct -n -X -P -o JobID,JobName,State,ExitCode
 *                              3|vf-cap-cancel|CANCELLED by 1001|0:0
 * scontrol show job -o         JobId=2 JobName=vf-cap-fail ... JobState=FAILED Reason=NonZeroExitCode ... ExitCode=1:0 ...
 * sinfo -h -o '%P|%a|%l|%c'    normal*|up|1-00:00:00|2
 * </pre>
 * Records come from {@code sacct}; where accounting is disabled the same command falls back to
 * {@code scontrol show job -o} (one line per job the controller still knows) and the parser reads either.
 */
public final class SlurmScheduler implements Scheduler {
    private static final String SQUEUE_FORMAT = "'%i|%T|%j|%r'";
    private static final String SACCT_FIELDS = "JobID,JobName,State,ExitCode";
    /** How far back a lookup by name searches accounting (sacct's default is "since midnight"). */
    static final String LOOKUP_WINDOW = "now-60days";
    private static final Pattern KV = Pattern.compile("(\\w+(?:/\\w+)?)=(\\S*)");

    @Override
    public Profile.SchedulerKind kind() {
        return Profile.SchedulerKind.SLURM;
    }

    @Override
    public String render(JobRequest job, Profile profile, String template) {
        String account = JobScripts.checkedAccount(profile.account());
        return JobScripts.render(job, profile, template, job.walltime().slurm(),
                account.isEmpty() ? "" : "#SBATCH --account=" + account);
    }

    @Override
    public SchedulerQuery<String> submit(String workDir) {
        String cmd = "cd " + ShellQuote.quote(ShellQuote.remotePath(workDir)) + " && sbatch --parsable "
                + SCRIPT_FILE;
        return new SchedulerQuery<>(cmd, SlurmScheduler::parseSubmit);
    }

    static String parseSubmit(ExecResult r) {
        if (!r.ok()) {
            throw new SchedulerException("sbatch refused the job", r);
        }
        String first = r.stdout().strip().lines().reduce((a, b) -> b).orElse("");
        String id = first.split(";", 2)[0].strip();
        if (!id.matches("\\d+(_\\d+)?")) {
            throw new SchedulerException("sbatch printed no job id", r);
        }
        return id;
    }

    @Override
    public SchedulerQuery<Map<String, JobRecord>> queue(Collection<String> ids) {
        return new SchedulerQuery<>("squeue -h -j " + idList(ids) + " -o " + SQUEUE_FORMAT,
                SlurmScheduler::parseSqueue);
    }

    /** Unknown ids only: squeue exits 1 with "Invalid job id specified" when none of the ids is known. */
    static Map<String, JobRecord> parseSqueue(ExecResult r) {
        if (!r.ok()) {
            if (r.stderr().contains("Invalid job id specified")) {
                return Map.of();
            }
            throw new SchedulerException("squeue failed", r);
        }
        Map<String, JobRecord> out = new LinkedHashMap<>();
        for (String line : (Iterable<String>) r.stdout().lines()::iterator) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\|", 4);
            if (f.length < 3) {
                throw new SchedulerException("unexpected squeue line '" + line + "'", r);
            }
            String raw = f[1].strip();
            out.put(f[0].strip(), new JobRecord(f[0].strip(), f[2], state(raw), raw, OptionalInt.empty(),
                    f.length > 3 ? f[3].strip() : ""));
        }
        return out;
    }

    @Override
    public SchedulerQuery<Map<String, JobRecord>> records(Collection<String> ids) {
        String cmd = "sacct -n -X -P -j " + idList(ids) + " -o " + SACCT_FIELDS + " || scontrol show job -o";
        return new SchedulerQuery<>(cmd, r -> {
            Map<String, JobRecord> all = parseRecords(r);
            Map<String, JobRecord> out = new LinkedHashMap<>();
            ids.forEach(id -> {
                if (all.containsKey(id)) {
                    out.put(id, all.get(id));
                }
            });
            return out;
        });
    }

    /** Reads sacct's {@code -P} lines or scontrol's one-line records, whichever the command printed. */
    static Map<String, JobRecord> parseRecords(ExecResult r) {
        if (!r.ok()) {
            throw new SchedulerException("neither sacct nor scontrol answered", r);
        }
        Map<String, JobRecord> out = new LinkedHashMap<>();
        for (String line : (Iterable<String>) r.stdout().lines()::iterator) {
            if (line.isBlank() || line.startsWith("No jobs in the system")) {
                continue;
            }
            JobRecord rec = line.startsWith("JobId=") ? scontrolLine(line) : sacctLine(line, r);
            out.put(rec.jobId(), rec);
        }
        return out;
    }

    private static JobRecord sacctLine(String line, ExecResult r) {
        String[] f = line.split("\\|", -1);
        if (f.length < 4) {
            throw new SchedulerException("unexpected sacct line '" + line + "'", r);
        }
        String raw = f[2].strip();
        return new JobRecord(f[0].strip(), f[1], state(raw), raw, exitCode(f[3]), "");
    }

    /** One {@code scontrol show job -o} line. JobName may contain spaces in general; ours never do. */
    static JobRecord scontrolLine(String line) {
        Map<String, String> kv = new LinkedHashMap<>();
        Matcher m = KV.matcher(line);
        while (m.find()) {
            kv.putIfAbsent(m.group(1), m.group(2));
        }
        String raw = kv.getOrDefault("JobState", "");
        String id = kv.containsKey("ArrayTaskId") ? kv.get("ArrayJobId") + "_" + kv.get("ArrayTaskId")
                : kv.getOrDefault("JobId", "");
        String reason = kv.getOrDefault("Reason", "");
        OptionalInt exit = state(raw).isFinal() ? exitCode(kv.getOrDefault("ExitCode", "")) : OptionalInt.empty();
        return new JobRecord(id, kv.getOrDefault("JobName", ""), state(raw), raw, exit,
                reason.equals("None") ? "" : reason);
    }

    @Override
    public SchedulerQuery<Void> cancel(Collection<String> ids) {
        return new SchedulerQuery<>("scancel " + String.join(" ", quoted(ids)), r -> {
            if (!r.ok() && !r.stderr().contains("already completing or completed")
                    && !r.stderr().contains("Invalid job id")) {
                throw new SchedulerException("scancel failed", r);
            }
            return null;
        });
    }

    @Override
    public List<SchedulerQuery<List<JobRecord>>> lookup(String jobName) {
        String name = ShellQuote.quote(jobName);
        SchedulerQuery<List<JobRecord>> q = new SchedulerQuery<>(
                "squeue -h -t all -n " + name + " -o " + SQUEUE_FORMAT,
                r -> new ArrayList<>(parseSqueue(r).values()));
        SchedulerQuery<List<JobRecord>> a = new SchedulerQuery<>(
                "sacct -n -X -P -S " + LOOKUP_WINDOW + " --name " + name + " -o " + SACCT_FIELDS, r -> {
                    if (!r.ok() && r.stderr().contains("accounting storage is disabled")) {
                        return List.of();
                    }
                    return new ArrayList<>(parseRecords(r).values());
                });
        return List.of(q, a);
    }

    @Override
    public SchedulerQuery<Map<String, QueueInfo>> queueInfo(Collection<String> names) {
        return new SchedulerQuery<>("sinfo -h -o '%P|%a|%l|%c'", SlurmScheduler::parseSinfo);
    }

    static Map<String, QueueInfo> parseSinfo(ExecResult r) {
        if (!r.ok()) {
            throw new SchedulerException("sinfo failed", r);
        }
        Map<String, QueueInfo> out = new LinkedHashMap<>();
        for (String line : (Iterable<String>) r.stdout().lines()::iterator) {
            String[] f = line.strip().split("\\|");
            if (f.length < 4) {
                continue;
            }
            String name = f[0].endsWith("*") ? f[0].substring(0, f[0].length() - 1) : f[0];
            int cpus = f[3].matches("\\d+") ? Integer.parseInt(f[3]) : 0;
            out.put(name, new QueueInfo(name, f[1].equals("up"), slurmTimeSeconds(f[2]), cpus));
        }
        return out;
    }

    /**
     * Slurm's printed time ({@code sinfo %l}, {@code TimeLimit=}): {@code [D-]HH:MM:SS}, {@code MM:SS},
     * {@code infinite}/{@code UNLIMITED} (0).
     */
    static long slurmTimeSeconds(String text) {
        Matcher m = Pattern.compile("(?:(\\d+)-)?(?:(\\d+):)?(\\d+):(\\d+)").matcher(text.strip());
        if (!m.matches()) {
            return 0;
        }
        long d = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long h = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return d * 86400 + h * 3600 + Long.parseLong(m.group(3)) * 60 + Long.parseLong(m.group(4));
    }

    @Override
    public List<String> requiredCommands() {
        return List.of("sbatch", "squeue", "sacct", "scontrol", "scancel", "sinfo");
    }

    /** Slurm's state words ({@code CANCELLED by 1001} included) in neutral terms. */
    static JobState state(String raw) {
        String word = raw.split("\\s+", 2)[0].replace("+", "");
        return switch (word) {
            case "PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_FED", "REQUEUE_HOLD", "RESV_DEL_HOLD" -> JobState.PENDING;
            case "RUNNING", "RESIZING", "SIGNALING", "STAGE_OUT" -> JobState.RUNNING;
            case "SUSPENDED", "STOPPED" -> JobState.SUSPENDED;
            case "COMPLETING" -> JobState.COMPLETING;
            case "COMPLETED" -> JobState.COMPLETED;
            case "CANCELLED", "REVOKED" -> JobState.CANCELLED;
            case "TIMEOUT", "DEADLINE" -> JobState.TIMEOUT;
            case "OUT_OF_MEMORY" -> JobState.OUT_OF_MEMORY;
            case "NODE_FAIL", "BOOT_FAIL" -> JobState.NODE_FAIL;
            case "FAILED", "PREEMPTED", "SPECIAL_EXIT" -> JobState.FAILED;
            default -> word.isEmpty() ? JobState.PENDING : JobState.RUNNING;
        };
    }

    /** {@code exit:signal} as Slurm prints it; the exit part. */
    static OptionalInt exitCode(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        String head = colon < 0 ? t : t.substring(0, colon);
        return head.matches("\\d+") ? OptionalInt.of(Integer.parseInt(head)) : OptionalInt.empty();
    }

    static String idList(Collection<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no job ids");
        }
        return String.join(",", quoted(ids));
    }

    private static List<String> quoted(Collection<String> ids) {
        return ids.stream().map(ShellQuote::quote).toList();
    }
}
