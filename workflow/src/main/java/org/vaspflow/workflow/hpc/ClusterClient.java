package org.vaspflow.workflow.hpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One cluster as the workflow engine sees it: a profile, its {@link Transport}, its {@link Scheduler} and its
 * submission budget. This is the API an executor builds on (see {@code docs/hpc.md}): stage and submit, poll
 * many jobs at once, find a job by name after a crash, cancel, retrieve.
 */
public final class ClusterClient implements AutoCloseable {
    private final ProfileLoader.LoadedProfile loaded;
    private final Transport transport;
    private final Scheduler scheduler;
    private final RateLimiter submissions;
    private final JobMonitor monitor;

    public ClusterClient(ProfileLoader.LoadedProfile loaded, Transport transport, Scheduler scheduler,
                         RateLimiter submissions) {
        this.loaded = loaded;
        this.transport = transport;
        this.scheduler = scheduler;
        this.submissions = submissions;
        this.monitor = new JobMonitor(transport, scheduler);
    }

    /** A client for a remote profile, its session taken from (and shared through) the pool. */
    public static ClusterClient connect(ProfileLoader.LoadedProfile loaded, SessionPool pool,
                                        PasswordSource passwords) {
        Profile p = loaded.profile();
        return new ClusterClient(loaded, pool.transport(p, passwords), Scheduler.of(p.scheduler()),
                new RateLimiter("submissions to " + p.name(), p.maxSubmissionsPerMinute()));
    }

    public Profile profile() {
        return loaded.profile();
    }

    public Transport transport() {
        return transport;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The remote folder of a calculation: {@code remote_work_root/relative}. */
    public String workDir(String relative) {
        String root = ShellQuote.remotePath(profile().remoteWorkRoot());
        return root.endsWith("/") ? root + relative : root + "/" + relative;
    }

    /** The job script for a request; the request must fit its queue's limits. */
    public String render(JobRequest job) {
        List<String> problems = job.violations(profile().queue(job.queue()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("job " + job.jobName() + " does not fit queue " + job.queue() + ": "
                    + String.join("; ", problems));
        }
        return scheduler.render(job, profile(), loaded.template());
    }

    /**
     * Writes the job script into {@code localDir}, uploads the folder to {@code job.workDir()} and submits it.
     * The caller records the job name as SUBMITTING before this call: if this throws, the job may or may not be
     * queued, and {@link #lookup} by name decides (never call submit twice for one name without it).
     *
     * @return the scheduler's job id
     */
    public String submit(JobRequest job, Path localDir) {
        try {
            Files.writeString(localDir.resolve(Scheduler.SCRIPT_FILE), render(job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transport.put(localDir, job.workDir());
        submissions.acquire();
        return scheduler.submit(job.workDir()).run(transport);
    }

    /** Status of every job with one queue command (plus one record and one exit-file command if any ended). */
    public Map<String, JobStatus> poll(Collection<TrackedJob> jobs) {
        return monitor.poll(jobs);
    }

    /** Jobs the scheduler knows by this unique name, active or finished (empty: it was never submitted). */
    public List<JobRecord> lookup(String jobName) {
        return monitor.lookup(jobName);
    }

    public void cancel(Collection<String> jobIds) {
        if (!jobIds.isEmpty()) {
            scheduler.cancel(jobIds).run(transport);
        }
    }

    /** Downloads a calculation folder, skipping e.g. {@code WAVECAR} and {@code CHG*}. */
    public void retrieve(String remoteDir, Path localDir, List<String> excludes) {
        transport.get(remoteDir, localDir, excludes);
    }

    @Override
    public void close() {
        transport.close();
    }
}
