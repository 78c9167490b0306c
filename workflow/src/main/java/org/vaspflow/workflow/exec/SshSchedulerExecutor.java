package org.vaspflow.workflow.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.vaspflow.workflow.hpc.ClusterClient;
import org.vaspflow.workflow.hpc.JobRecord;
import org.vaspflow.workflow.hpc.JobRequest;
import org.vaspflow.workflow.hpc.JobState;
import org.vaspflow.workflow.hpc.JobStatus;
import org.vaspflow.workflow.hpc.Profile;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.hpc.TrackedJob;
import org.vaspflow.workflow.hpc.Walltime;

/**
 * Runs VASP on a cluster through its batch system (Slurm, PBS, LSF) over SSH, on top of {@link ClusterClient}
 * (see {@code docs/hpc.md}).
 *
 * <ul>
 *   <li>{@link #submit}: the calculation folder travels as one tar.gz (sha256 checked on both sides) to
 *       {@code remote_work_root/<campaign>/<folder relative to the campaign>}; the job script (written into
 *       the folder, it writes {@code vaspflow.exitcode} last) is submitted under the job name the engine has
 *       already stored. Paths and names are shell-quoted by the transport and scheduler layers.</li>
 *   <li>{@link #poll}: answered from the last snapshot of a {@link MonitorTicks} tick, which polls every job of
 *       this cluster with one queue command (squeue), plus one record command (sacct, else scontrol) and one
 *       exit-file check for the jobs gone from the queue ({@link org.vaspflow.workflow.hpc.JobMonitor}). A job
 *       the snapshot does not know yet triggers one immediate poll for all. A failed poll keeps the previous
 *       snapshot and reports nothing new (a query failure never makes a job LOST or finished).</li>
 *   <li>{@link #lookup}: squeue {@code -t all} and sacct by name; several jobs under one name (cannot happen
 *       through the engine) are reduced to the first, the others cancelled.</li>
 *   <li>{@link #capacity}: the queue's {@code max_jobs} minus the jobs this executor knows to be queued or
 *       running.</li>
 * </ul>
 * Mapping of scheduler states: pending/held → QUEUED; running, suspended, completing → RUNNING; completed,
 * failed, timeout, out-of-memory → FINISHED (exit code from the record or the exit file, -1 when neither has
 * one, e.g. TIMEOUT); cancelled → CANCELLED; node failure or no signal at all → LOST.
 */
public final class SshSchedulerExecutor implements Executor {
    private final ClusterClient cluster;
    private final Path campaignDir;
    private final String remoteBase;
    private final String queue;
    private final Walltime walltime;
    private final List<String> excludes;
    private final Map<String, TrackedJob> tracked = new ConcurrentHashMap<>();
    private final Map<String, ExecStatus> snapshot = new ConcurrentHashMap<>();
    private final MonitorTicks ticks;
    private final AtomicInteger failedPolls = new AtomicInteger();

    /**
     * @param campaignDir local campaign folder (calculation folders are below it)
     * @param campaign    campaign name: the remote folder under the profile's work root
     * @param queue       queue for every job ({@code ""}: the profile's default queue)
     * @param excludes    tar patterns not fetched back (e.g. {@code WAVECAR})
     * @param pollEvery   interval of the monitoring ticks ({@link Duration#ZERO}: the profile's
     *                    {@code poll_interval_seconds})
     */
    public SshSchedulerExecutor(ClusterClient cluster, Path campaignDir, String campaign, String queue,
                                List<String> excludes, Duration pollEvery) {
        this.cluster = cluster;
        this.campaignDir = campaignDir.toAbsolutePath().normalize();
        this.remoteBase = cluster.workDir(campaign);
        Profile p = cluster.profile();
        this.queue = queue.isBlank() ? p.defaultQueue() : queue;
        this.walltime = p.queue(this.queue).maxWalltime();
        this.excludes = List.copyOf(excludes);
        Duration every = pollEvery.isZero() ? Duration.ofSeconds(p.pollIntervalSeconds()) : pollEvery;
        this.ticks = new MonitorTicks(p.name(), every, this::tick);
    }

    @Override
    public String name() {
        return cluster.profile().scheduler().key() + "@" + cluster.profile().name();
    }

    @Override
    public int capacity() {
        long active = snapshot.entrySet().stream().filter(e -> tracked.containsKey(e.getKey()))
                .filter(e -> e.getValue().phase() == ExecStatus.Phase.QUEUED
                        || e.getValue().phase() == ExecStatus.Phase.RUNNING).count();
        return (int) Math.max(0, cluster.profile().queue(queue).maxJobs() - active);
    }

    @Override
    public JobHandle submit(Submission s) {
        Path folder = s.folder().toAbsolutePath().normalize();
        String dir = remoteDir(folder);
        try {
            int cores = cluster.profile().queue(queue).coresPerNode();
            int nodes = Math.max(1, (s.ntasks() + cores - 1) / cores);
            // a retry reuses the folder: outputs and the exit file of the previous attempt must not survive there
            var rm = cluster.transport().exec("rm -rf -- " + ShellQuote.quote(ShellQuote.remotePath(dir)));
            if (!rm.ok()) {
                throw new IllegalStateException("cannot clear " + dir + ": " + rm.stderr().strip());
            }
            String id = cluster.submit(new JobRequest(s.jobName(), queue, walltime, nodes, s.ntasks(), s.variant(),
                    dir), folder);
            tracked.put(s.jobName(), new TrackedJob(id, s.jobName(), dir));
            snapshot.put(s.jobName(), ExecStatus.of(ExecStatus.Phase.QUEUED, "submitted as " + id));
            ticks.start();
            return new JobHandle(s.jobName(), id, folder);
        } catch (RuntimeException e) {
            throw new ExecutorException("cannot submit " + s.jobName() + " to " + name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, ExecStatus> poll(Collection<JobHandle> jobs) {
        Set<String> asked = new HashSet<>();
        boolean unseen = false;
        for (JobHandle h : jobs) {
            asked.add(h.jobName());
            if (h.jobId().isBlank()) {
                continue;
            }
            tracked.putIfAbsent(h.jobName(), new TrackedJob(h.jobId(), h.jobName(), remoteDir(h.folder())));
            unseen |= !snapshot.containsKey(h.jobName());
        }
        // jobs the engine no longer asks about are settled on its side: stop polling them
        tracked.keySet().retainAll(asked);
        snapshot.keySet().retainAll(asked);
        if (unseen) {
            tick();
        }
        ticks.start();
        Map<String, ExecStatus> out = new LinkedHashMap<>();
        for (String name : asked) {
            ExecStatus s = snapshot.get(name);
            if (s != null) {
                out.put(name, s);
            }
        }
        return out;
    }

    /** One poll of every tracked job (one queue command for all); what Quartz runs each interval. */
    synchronized void refresh() {
        List<TrackedJob> jobs = List.copyOf(tracked.values());
        if (jobs.isEmpty()) {
            return;
        }
        Map<String, JobStatus> st = cluster.poll(jobs);
        for (TrackedJob j : jobs) {
            JobStatus s = st.get(j.jobId());
            if (s != null) {
                snapshot.put(j.jobName(), status(s));
            }
        }
    }

    /** A monitoring tick: {@link #refresh()}, a failure counted and logged, the last snapshot kept. */
    void tick() {
        try {
            refresh();
        } catch (RuntimeException e) {
            failedPolls.incrementAndGet();
            // the cluster may be unreachable for a while (sshd or slurmctld restarting): keep the last snapshot
            System.err.println("vaspflow: poll of " + name() + " failed, keeping the last status: "
                    + e.getMessage());
        }
    }

    static ExecStatus status(JobStatus s) {
        int exit = s.exitCode().isPresent() ? s.exitCode().getAsInt() : -1;
        String why = s.state() + ": " + s.evidence();
        return switch (s.state()) {
            case PENDING, HELD -> ExecStatus.of(ExecStatus.Phase.QUEUED, why);
            case RUNNING, SUSPENDED, COMPLETING -> ExecStatus.of(ExecStatus.Phase.RUNNING, why);
            case COMPLETED, FAILED, TIMEOUT, OUT_OF_MEMORY -> new ExecStatus(ExecStatus.Phase.FINISHED, exit, why);
            case CANCELLED -> ExecStatus.of(ExecStatus.Phase.CANCELLED, why);
            case NODE_FAIL, LOST -> ExecStatus.of(ExecStatus.Phase.LOST, why);
        };
    }

    @Override
    public Lookup lookup(String jobName, Path folder) {
        List<JobRecord> found;
        try {
            found = cluster.lookup(jobName);
        } catch (RuntimeException e) {
            throw new ExecutorException("cannot look up " + jobName + " on " + name() + ": " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            return Lookup.absent("neither the queue nor accounting knows " + jobName);
        }
        JobRecord first = found.get(0);
        if (found.size() > 1) {
            cluster.cancel(found.subList(1, found.size()).stream().map(JobRecord::jobId).toList());
        }
        Path dir = folder.toAbsolutePath().normalize();
        tracked.put(jobName, new TrackedJob(first.jobId(), jobName, remoteDir(dir)));
        return Lookup.found(new JobHandle(jobName, first.jobId(), dir));
    }

    @Override
    public void cancel(JobHandle job) {
        try {
            cluster.cancel(List.of(job.jobId()));
        } catch (RuntimeException e) {
            throw new ExecutorException("cannot cancel " + job.jobName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void fetch(JobHandle job, Path localFolder) {
        try {
            cluster.retrieve(remoteDir(job.folder()), localFolder, excludes);
        } catch (RuntimeException e) {
            throw new ExecutorException("cannot fetch " + job.jobName() + " from " + name() + ": "
                    + e.getMessage(), e);
        }
    }

    /** How many polls failed so far (cluster unreachable); each kept the previous snapshot. */
    public int failedPolls() {
        return failedPolls.get();
    }

    /** The cluster this executor submits to. */
    public ClusterClient cluster() {
        return cluster;
    }

    /** The remote folder of a local calculation folder. */
    public String remoteDir(Path localFolder) {
        Path rel = campaignDir.relativize(localFolder.toAbsolutePath().normalize());
        if (rel.startsWith("..") || rel.toString().isEmpty()) {
            throw new IllegalArgumentException(localFolder + " is not inside the campaign folder " + campaignDir);
        }
        return remoteBase + "/" + rel.toString().replace('\\', '/');
    }

    @Override
    public void close() {
        ticks.close();
        cluster.close();
    }
}
