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
 * IBM Spectrum LSF. One command serves as queue and record source: {@code bjobs -a -noheader -o FIELDS IDS}
 * ({@code -a} keeps jobs finished within CLEAN_PERIOD). Read formats:
 * <pre>
 * bsub &lt; script     Job &lt;1234&gt; is submitted to queue &lt;normal&gt;.
 * bjobs -o           1234|EXIT|1|vf-demo-Mn-relax-a1|TERM_RUNLIMIT: job killed after reaching LSF run time limit
 *                    Job &lt;999&gt; is not found          (stderr)
 * </pre>
 * EXIT jobs are split by {@code exit_reason}: TERM_RUNLIMIT → TIMEOUT, TERM_OWNER/TERM_ADMIN/TERM_FORCE_* →
 * CANCELLED, TERM_MEMLIMIT → OUT_OF_MEMORY, else FAILED.
 */
public final class LsfScheduler implements Scheduler {
    private static final String FIELDS = "'jobid stat exit_code job_name exit_reason delimiter=\"|\"'";
    private static final Pattern SUBMITTED = Pattern.compile("Job <(\\d+(?:\\[\\d+])?)> is submitted");

    @Override
    public Profile.SchedulerKind kind() {
        return Profile.SchedulerKind.LSF;
    }

    @Override
    public String render(JobRequest job, Profile profile, String template) {
        String account = JobScripts.checkedAccount(profile.account());
        return JobScripts.render(job, profile, template, job.walltime().lsf(),
                account.isEmpty() ? "" : "#BSUB -P " + account);
    }

    @Override
    public SchedulerQuery<String> submit(String workDir) {
        return new SchedulerQuery<>("cd " + ShellQuote.quote(ShellQuote.remotePath(workDir)) + " && bsub < "
                + SCRIPT_FILE, r -> {
                    Matcher m = SUBMITTED.matcher(r.stdout());
                    if (!r.ok() || !m.find()) {
                        throw new SchedulerException("bsub refused the job", r);
                    }
                    return m.group(1);
                });
    }

    @Override
    public SchedulerQuery<Map<String, JobRecord>> queue(Collection<String> ids) {
        return new SchedulerQuery<>(bjobs(ids), r -> {
            Map<String, JobRecord> out = new LinkedHashMap<>();
            parseBjobs(r).forEach((id, rec) -> {
                if (!rec.state().isFinal()) {
                    out.put(id, rec);
                }
            });
            return out;
        });
    }

    @Override
    public SchedulerQuery<Map<String, JobRecord>> records(Collection<String> ids) {
        return new SchedulerQuery<>(bjobs(ids), LsfScheduler::parseBjobs);
    }

    private static String bjobs(Collection<String> ids) {
        return "bjobs -a -noheader -o " + FIELDS + " " + String.join(" ", ids.stream().map(ShellQuote::quote).toList());
    }

    static Map<String, JobRecord> parseBjobs(ExecResult r) {
        boolean onlyNotFound = r.stderr().lines().allMatch(l -> l.isBlank() || l.contains("is not found"));
        if (!r.ok() && !onlyNotFound) {
            throw new SchedulerException("bjobs failed", r);
        }
        Map<String, JobRecord> out = new LinkedHashMap<>();
        for (String line : (Iterable<String>) r.stdout().lines()::iterator) {
            if (line.isBlank() || line.contains("is not found") || line.startsWith("No ")) {
                continue;
            }
            String[] f = line.split("\\|", 5);
            if (f.length < 4) {
                throw new SchedulerException("unexpected bjobs line '" + line + "'", r);
            }
            String raw = f[1].strip();
            String reason = f.length > 4 ? f[4].strip() : "";
            reason = reason.equals("-") ? "" : reason;
            String exitText = f[2].strip();
            OptionalInt exit = exitText.matches("\\d+") ? OptionalInt.of(Integer.parseInt(exitText))
                    : raw.equals("DONE") ? OptionalInt.of(0) : OptionalInt.empty();
            JobState state = state(raw, reason);
            out.put(f[0].strip(), new JobRecord(f[0].strip(), f[3].strip(), state, raw,
                    state.isFinal() ? exit : OptionalInt.empty(), reason));
        }
        return out;
    }

    private static JobState state(String raw, String reason) {
        return switch (raw) {
            case "PEND", "WAIT" -> JobState.PENDING;
            case "PSUSP" -> JobState.HELD;
            case "RUN", "PROV", "UNKWN" -> JobState.RUNNING;
            case "USUSP", "SSUSP" -> JobState.SUSPENDED;
            case "DONE" -> JobState.COMPLETED;
            case "ZOMBI" -> JobState.NODE_FAIL;
            case "EXIT" -> {
                if (reason.startsWith("TERM_RUNLIMIT")) {
                    yield JobState.TIMEOUT;
                } else if (reason.startsWith("TERM_OWNER") || reason.startsWith("TERM_ADMIN")
                        || reason.startsWith("TERM_FORCE")) {
                    yield JobState.CANCELLED;
                } else if (reason.startsWith("TERM_MEMLIMIT")) {
                    yield JobState.OUT_OF_MEMORY;
                }
                yield JobState.FAILED;
            }
            default -> JobState.PENDING;
        };
    }

    @Override
    public SchedulerQuery<Void> cancel(Collection<String> ids) {
        return new SchedulerQuery<>("bkill " + String.join(" ", ids.stream().map(ShellQuote::quote).toList()), r -> {
            if (!r.ok() && !r.stderr().contains("already finished") && !r.stderr().contains("is not found")) {
                throw new SchedulerException("bkill failed", r);
            }
            return null;
        });
    }

    @Override
    public List<SchedulerQuery<List<JobRecord>>> lookup(String jobName) {
        return List.of(new SchedulerQuery<>("bjobs -a -noheader -o " + FIELDS + " -J " + ShellQuote.quote(jobName),
                r -> new ArrayList<>(parseBjobs(r).values())));
    }

    /** {@code bqueues -o}: one line per queue, {@code name|status|runlimit}. */
    @Override
    public SchedulerQuery<Map<String, QueueInfo>> queueInfo(Collection<String> names) {
        return new SchedulerQuery<>("bqueues -noheader -o 'queue_name status delimiter=\"|\"'", r -> {
            if (!r.ok()) {
                throw new SchedulerException("bqueues failed", r);
            }
            Map<String, QueueInfo> out = new LinkedHashMap<>();
            for (String line : (Iterable<String>) r.stdout().lines()::iterator) {
                String[] f = line.strip().split("\\|");
                if (f.length >= 2) {
                    out.put(f[0], new QueueInfo(f[0], f[1].startsWith("Open:Active"), 0, 0));
                }
            }
            return out;
        });
    }

    @Override
    public List<String> requiredCommands() {
        return List.of("bsub", "bjobs", "bkill", "bqueues");
    }
}
