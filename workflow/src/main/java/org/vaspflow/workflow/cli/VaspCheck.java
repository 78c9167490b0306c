package org.vaspflow.workflow.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vaspflow.workflow.hpc.ProfileLoader;

/**
 * Whether a local profile can start VASP on this machine: the first program of each VASP command and of the MPI
 * launcher must be an executable file or found on {@code PATH}. Remote profiles are checked on the cluster by
 * {@code vaspflow profile check}; a command given with {@code --vasp-cmd} is used as given.
 */
final class VaspCheck {
    private VaspCheck() {
    }

    /** What is missing, as a message naming what to set; empty when VASP can be started. */
    static Optional<String> problem(ProfileLoader.LoadedProfile loaded, String vaspCmdOverride, List<String> variants) {
        if (loaded.profile().remote() || !vaspCmdOverride.isBlank()) {
            return Optional.empty(); // a cluster's commands are checked there; an explicit --vasp-cmd is trusted
        }
        List<String> commands = new ArrayList<>();
        variants.stream().distinct().forEach(v -> commands.add(loaded.profile().vasp().executable(v)));
        commands.add(loaded.profile().vasp().mpiLauncher());
        for (String command : commands) {
            String word = firstProgram(command);
            if (!word.isEmpty() && !executable(word)) {
                return Optional.of("VASP cannot be started on this machine: '" + word + "' is not "
                        + (word.contains("/") ? "an executable file" : "on PATH") + ". Set vasp.std (and "
                        + "vasp.mpi_launcher) in a profile (~/.vaspflow/profiles/" + loaded.profile().name()
                        + ".yaml; the built-in one is " + loaded.origin() + "), or pass --vasp-cmd, or run on a "
                        + "cluster with --profile NAME (docs/clusters.md).");
            }
        }
        return Optional.empty();
    }

    /** The first word that is not a shell variable assignment ({@code OMP_NUM_THREADS=1 vasp_std}). */
    static String firstProgram(String command) {
        for (String word : command.strip().split("\\s+")) {
            if (!word.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                return word;
            }
        }
        return "";
    }

    private static boolean executable(String word) {
        if (word.contains("/")) {
            return Files.isExecutable(Path.of(word));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, word))) {
                return true;
            }
        }
        return false;
    }
}
