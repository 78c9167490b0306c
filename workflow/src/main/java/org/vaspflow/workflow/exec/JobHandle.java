package org.vaspflow.workflow.exec;

import java.nio.file.Path;

/**
 * A submitted job: the name vaspflow gave it, the executor's id (local: the process id; Slurm: the job id), and
 * the local calculation folder.
 */
public record JobHandle(String jobName, String jobId, Path folder) {
}
