package org.vaspflow.workflow.hpc;

/** A submitted job the workflow follows: scheduler id, the unique name it was submitted with, its folder. */
public record TrackedJob(String jobId, String jobName, String workDir) {
    public TrackedJob {
        if (jobId == null || jobId.isBlank() || workDir == null || workDir.isBlank()) {
            throw new IllegalArgumentException("a tracked job needs an id and a work folder");
        }
        jobName = jobName == null ? "" : jobName;
    }
}
