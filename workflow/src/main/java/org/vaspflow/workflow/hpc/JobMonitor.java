package org.vaspflow.workflow.hpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Polls many jobs with a fixed, small number of commands, whatever their count: one queue query for all, then
 * for the jobs gone from the queue one record query and one exit-file query. A failed query throws (a job is
 * never declared finished or lost because a command failed).
 */
public final class JobMonitor {
    private final Transport transport;
    private final Scheduler scheduler;

    public JobMonitor(Transport transport, Scheduler scheduler) {
        this.transport = transport;
        this.scheduler = scheduler;
    }

    /** The status of every job, by job id. */
    public Map<String, JobStatus> poll(Collection<TrackedJob> jobs) {
        Map<String, JobStatus> out = new LinkedHashMap<>();
        if (jobs.isEmpty()) {
            return out;
        }
        Map<String, String> outputs = new HashMap<>();
        List<String> ids = jobs.stream().map(TrackedJob::jobId).toList();
        Map<String, JobRecord> queue = run(scheduler.queue(ids), outputs);
        List<TrackedJob> gone = jobs.stream().filter(j -> !queue.containsKey(j.jobId())
                || queue.get(j.jobId()).state().isFinal()).toList();
        Map<String, JobRecord> records = gone.isEmpty() ? Map.of()
                : run(scheduler.records(gone.stream().map(TrackedJob::jobId).toList()), outputs);
        List<OptionalInt> exits = gone.isEmpty() ? List.of()
                : exitFiles(gone.stream().map(TrackedJob::workDir).toList()).run(transport);
        for (TrackedJob job : jobs) {
            int i = gone.indexOf(job);
            JobRecord q = queue.get(job.jobId());
            out.put(job.jobId(), resolve(job, i < 0 ? Optional.ofNullable(q) : Optional.empty(),
                    Optional.ofNullable(records.get(job.jobId())), i < 0 ? OptionalInt.empty() : exits.get(i)));
        }
        return out;
    }

    /** Every job the scheduler knows by this name (active or finished), one per id. */
    public List<JobRecord> lookup(String jobName) {
        Map<String, JobRecord> found = new LinkedHashMap<>();
        for (SchedulerQuery<List<JobRecord>> q : scheduler.lookup(jobName)) {
            for (JobRecord r : q.run(transport)) {
                if (r.jobName().equals(jobName)) {
                    found.putIfAbsent(r.jobId(), r);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** PBS and LSF answer queue and records with the same command: run it once per poll. */
    private <T> T run(SchedulerQuery<T> query, Map<String, String> seen) {
        ExecResult cached = seen.containsKey(query.command()) ? new ExecResult(query.command(), 0,
                seen.get(query.command()), "") : null;
        ExecResult r = cached != null ? cached : transport.exec(query.command());
        T value = query.parse(r);
        if (cached == null && r.ok()) {
            seen.put(query.command(), r.stdout());
        }
        return value;
    }

    /**
     * The agreement rule. Active in the queue: that state. Gone from the queue: the record's final state
     * (a non-zero exit file turns COMPLETED into FAILED); a record still active (accounting lags): finished only
     * if the exit file exists, else COMPLETING; no record: the exit file decides, and without one the job is LOST.
     */
    public static JobStatus resolve(TrackedJob job, Optional<JobRecord> queue, Optional<JobRecord> record,
                                    OptionalInt exitFile) {
        String file = "exit file: " + (exitFile.isPresent() ? Integer.toString(exitFile.getAsInt()) : "absent");
        if (queue.isPresent() && !queue.get().state().isFinal()) {
            JobRecord q = queue.get();
            return new JobStatus(job, q.state(), OptionalInt.empty(), "queue: " + q.rawState()
                    + (q.reason().isEmpty() ? "" : " (" + q.reason() + ")"));
        }
        String rec = "record: " + record.map(r -> r.rawState() + (r.exitCode().isPresent() ? " "
                + r.exitCode().getAsInt() : "")).orElse("absent");
        String evidence = "queue: absent; " + rec + "; " + file;
        if (record.isPresent() && record.get().state().isFinal()) {
            JobRecord r = record.get();
            OptionalInt exit = r.exitCode().isPresent() ? r.exitCode() : exitFile;
            JobState state = r.state() == JobState.COMPLETED && exitFile.isPresent() && exitFile.getAsInt() != 0
                    ? JobState.FAILED : r.state();
            return new JobStatus(job, state, exitFile.isPresent() && state == JobState.FAILED ? exitFile : exit,
                    evidence);
        }
        if (exitFile.isPresent()) {
            return new JobStatus(job, exitFile.getAsInt() == 0 ? JobState.COMPLETED : JobState.FAILED, exitFile,
                    evidence);
        }
        if (record.isPresent()) {
            return new JobStatus(job, JobState.COMPLETING, OptionalInt.empty(), evidence);
        }
        return new JobStatus(job, JobState.LOST, OptionalInt.empty(), evidence);
    }

    /** One command that prints, per folder in order, {@code X<exit code>} or {@code -}. */
    static SchedulerQuery<List<OptionalInt>> exitFiles(List<String> dirs) {
        StringBuilder cmd = new StringBuilder("for d in");
        dirs.forEach(d -> cmd.append(' ').append(ShellQuote.quote(ShellQuote.remotePath(d))));
        cmd.append("; do if [ -f \"$d/").append(Scheduler.EXIT_FILE).append("\" ]; then printf 'X%s\\n' \"$(head -c 32 \"$d/")
                .append(Scheduler.EXIT_FILE).append("\")\"; else echo -; fi; done");
        return new SchedulerQuery<>(cmd.toString(), r -> {
            List<String> lines = r.stdout().lines().toList();
            if (!r.ok() || lines.size() != dirs.size()) {
                throw new SchedulerException("exit-file check printed " + lines.size() + " lines for "
                        + dirs.size() + " folders", r);
            }
            return lines.stream().map(l -> l.startsWith("X") && l.substring(1).strip().matches("\\d+")
                    ? OptionalInt.of(Integer.parseInt(l.substring(1).strip())) : OptionalInt.empty()).toList();
        });
    }
}
