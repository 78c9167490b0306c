package org.vaspflow.workflow.hpc;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A batch system as pure functions: the job script, the commands to submit, query and cancel jobs, and the
 * parsers of what those commands print. Nothing here runs anything; {@link JobMonitor} and
 * {@link ClusterClient} run the queries on a {@link Transport}.
 *
 * <p>Two status sources per scheduler: {@link #queue} lists jobs the scheduler still has active (pending,
 * running), {@link #records} gives final states (accounting). A job is finished only when it is gone from the
 * first and the second (or the exit-code file the script writes last) says how it ended; see
 * {@link JobMonitor#resolve}.
 */
public interface Scheduler {
    /** The file every job script writes last, holding the exit code of the VASP run. */
    String EXIT_FILE = "vaspflow.exitcode";
    /** The job script's file name inside the calculation folder. */
    String SCRIPT_FILE = "vaspflow.job.sh";

    Profile.SchedulerKind kind();

    /** The job script for a request, from a template with the profile's environment and VASP command. */
    String render(JobRequest job, Profile profile, String template);

    /** Submits {@link #SCRIPT_FILE} from inside {@code workDir}; parses the job id. */
    SchedulerQuery<String> submit(String workDir);

    /** Active jobs among {@code ids}, by id (missing ids are not active or unknown). One command for all. */
    SchedulerQuery<Map<String, JobRecord>> queue(Collection<String> ids);

    /** What the accounting side knows of {@code ids}, by id, including final states. One command for all. */
    SchedulerQuery<Map<String, JobRecord>> records(Collection<String> ids);

    /** Cancels jobs (already finished ones are not an error). */
    SchedulerQuery<Void> cancel(Collection<String> ids);

    /** Queries that together find every job with this name, active or finished (after a crash). */
    List<SchedulerQuery<List<JobRecord>>> lookup(String jobName);

    /** What the scheduler says about queues (existence, availability, limits), for {@code profile check}. */
    SchedulerQuery<Map<String, QueueInfo>> queueInfo(Collection<String> names);

    /** The commands that must be on the login node's PATH. */
    List<String> requiredCommands();

    /**
     * One queue as the scheduler describes it.
     *
     * @param maxWalltimeSeconds 0 when unlimited or not reported
     * @param coresPerNode       0 when not reported
     */
    record QueueInfo(String name, boolean available, long maxWalltimeSeconds, int coresPerNode) {
    }

    /** The scheduler for a profile's kind; {@code local} has none (jobs are plain processes). */
    static Scheduler of(Profile.SchedulerKind kind) {
        return switch (kind) {
            case SLURM -> new SlurmScheduler();
            case PBS -> new PbsScheduler();
            case LSF -> new LsfScheduler();
            case LOCAL -> throw new IllegalArgumentException("the local profile runs jobs without a scheduler");
        };
    }
}
