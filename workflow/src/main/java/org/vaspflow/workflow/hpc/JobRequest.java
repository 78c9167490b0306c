package org.vaspflow.workflow.hpc;

import java.util.regex.Pattern;

/**
 * One VASP run to submit: what the job script needs to know.
 *
 * @param jobName unique per calculation and attempt (it is how a submission is found again after a crash);
 *                letters, digits, {@code . _ -}, at most 64 characters
 * @param workDir remote folder holding the inputs; relative paths are relative to the login home
 * @param nodes   nodes to request
 * @param ntasks  MPI ranks in all
 * @param variant VASP executable: {@code std}, {@code gam} or {@code ncl}
 */
public record JobRequest(String jobName, String queue, Walltime walltime, int nodes, int ntasks, String variant,
                         String workDir) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    public JobRequest {
        if (jobName == null || !NAME.matcher(jobName).matches()) {
            throw new IllegalArgumentException("job name '" + jobName
                    + "' must be 1-64 letters, digits, '.', '_' or '-' (starting with a letter or digit)");
        }
        if (queue == null || !WORD.matcher(queue).matches()) {
            throw new IllegalArgumentException("queue name '" + queue + "' is not a plain word");
        }
        if (walltime == null || nodes < 1 || ntasks < 1) {
            throw new IllegalArgumentException("walltime, nodes >= 1 and ntasks >= 1 are required");
        }
        if (workDir == null || workDir.isBlank() || workDir.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("work folder must be a non-empty single-line path");
        }
        variant = variant == null || variant.isBlank() ? "std" : variant;
    }

    /** The problems of this request against a queue's limits (empty when it fits). */
    public java.util.List<String> violations(Profile.QueueLimits limits) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (walltime.compareTo(limits.maxWalltime()) > 0) {
            out.add("walltime " + walltime + " exceeds the queue's " + limits.maxWalltime());
        }
        if (nodes > limits.maxNodes()) {
            out.add(nodes + " nodes exceed the queue's " + limits.maxNodes());
        }
        if (ntasks > nodes * limits.coresPerNode()) {
            out.add(ntasks + " MPI ranks exceed " + nodes + " node(s) x " + limits.coresPerNode() + " cores");
        }
        return out;
    }
}
