package org.vaspflow.workflow.exec;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Where VASP runs, as the engine sees it. Implementations: {@link LocalExecutor} (child processes on this
 * machine) and {@link SshSchedulerExecutor} (Slurm, PBS, LSF over SSH) implement the same operations.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #submit} starts one job for a calculation folder whose inputs are complete, under the unique job
 *       name the engine has already stored (state {@code SUBMITTING}). It returns a handle with the executor's
 *       job id. If it throws, the job may or may not exist: the engine then calls {@link #lookup}, never
 *       {@code submit} again for that name.</li>
 *   <li>{@link #lookup} answers "does a job with this name exist (queued, running or finished)?" from the
 *       executor's own records (scheduler queue and accounting, marker and exit files, live processes). It is
 *       how a crash between storing {@code SUBMITTING} and storing the job id is resolved on restart:
 *       {@link Lookup.Kind#FOUND} (adopt it), {@link Lookup.Kind#ABSENT} (it was never submitted: submit may
 *       run), {@link Lookup.Kind#UNKNOWN} (it may have started and died: the engine treats it as lost).</li>
 *   <li>{@link #poll} reports many jobs at once. A job is {@link ExecStatus.Phase#FINISHED} only when two
 *       independent signals agree: the job is gone from the executor (process exited / not in the queue) and
 *       the exit-code file {@code vaspflow.exitcode}, which the job script writes last, is present (for
 *       schedulers, or the accounting record's final state). Gone without the exit file is
 *       {@link ExecStatus.Phase#LOST}; the exit file while still listed is still {@code RUNNING}; ended by
 *       {@link #cancel} (or a scheduler operator) is {@link ExecStatus.Phase#CANCELLED}. A job left out of the
 *       answer was not reported (e.g. the cluster could not be asked): the engine keeps its state.</li>
 *   <li>{@link #fetch} brings the outputs into the local calculation folder (a no-op locally; SFTP/tar
 *       for clusters). {@link #cancel} ends a job; cancelling a finished job is not an error.</li>
 *   <li>{@link #capacity} is how many more jobs may be submitted now (queue limits, local concurrency);
 *       the engine never submits more than that per tick.</li>
 * </ul>
 * Executors hold no campaign state of their own: everything needed after a restart is in the store (job name,
 * job id, folder) or on the executor's side (files, processes, scheduler records).
 */
public interface Executor extends AutoCloseable {
    /** A short name stored with every job (e.g. {@code local}, {@code slurm@cluster}). */
    String name();

    /** How many more jobs may be submitted now. */
    int capacity();

    /** Starts one job. Throws {@link ExecutorException} when it could not (and may then have started). */
    JobHandle submit(Submission submission);

    /**
     * Status of each job, by job name. Jobs the executor knows to be gone without a trace are LOST; jobs it could
     * not ask about are left out. Throws nothing for an unreachable cluster.
     */
    Map<String, ExecStatus> poll(Collection<JobHandle> jobs);

    /**
     * Finds a job by the name stored before its submission (after a crash). Throws {@link ExecutorException}
     * when the executor cannot be asked (the answer would not be trustworthy).
     */
    Lookup lookup(String jobName, Path folder);

    /** Ends a job (and its children). */
    void cancel(JobHandle job);

    /** Copies the job's outputs into {@code localFolder}. */
    void fetch(JobHandle job, Path localFolder);

    @Override
    default void close() {
    }
}
