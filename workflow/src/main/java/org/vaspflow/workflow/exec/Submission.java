package org.vaspflow.workflow.exec;

import java.nio.file.Path;

/**
 * One job to start.
 *
 * @param jobName unique per calculation and attempt (already stored when submit is called)
 * @param folder  local calculation folder with the complete inputs
 * @param variant VASP executable: {@code std}, {@code gam} or {@code ncl}
 * @param ntasks  MPI ranks
 */
public record Submission(String jobName, Path folder, String variant, int ntasks) {
}
