package org.vaspflow.workflow.hpc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How vaspflow reaches the machine that runs the jobs: run a command, move a folder there and back.
 * Remote paths are POSIX strings; implementations shell-quote them (see {@link ShellQuote}), so callers
 * pass them raw. Folders travel as one tar.gz with its sha256 checked on both sides.
 *
 * <p>Implementations are thread-safe. {@link #close()} releases this handle; a shared SSH session stays
 * with its {@link SessionPool} until the pool is closed.
 */
public interface Transport extends AutoCloseable {
    /** Default limit for one command. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /**
     * Runs one command line through the login shell. A non-zero exit is a normal result, not an exception.
     * If this throws after the command may have started, the command may or may not have run: callers that
     * submit jobs must resolve that by looking the job up by name, never by running the command again.
     */
    ExecResult exec(String command, Duration timeout);

    default ExecResult exec(String command) {
        return exec(command, DEFAULT_TIMEOUT);
    }

    /** Copies the contents of the local folder into {@code remoteDir} (created if missing; files replaced). */
    void put(Path localDir, String remoteDir);

    /**
     * Copies the contents of {@code remoteDir} into {@code localDir} (created if missing), skipping paths that
     * match one of the tar {@code --exclude} patterns (e.g. {@code WAVECAR}, {@code CHG*}).
     */
    void get(String remoteDir, Path localDir, List<String> excludes);

    default void get(String remoteDir, Path localDir) {
        get(remoteDir, localDir, List.of());
    }

    /** {@code mkdir -p}. */
    void mkdirs(String remoteDir);

    /** Whether the path exists (file or folder). */
    boolean exists(String remotePath);

    /** A short description for messages, e.g. {@code vfuser@127.0.0.1:2222} or {@code local}. */
    String describe();

    @Override
    void close();
}
