package org.vaspflow.workflow.hpc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link Transport} for tests without a cluster: each command is recorded and answered by a function (as a
 * scheduler's captured output would answer it); transfers are recorded ({@code remoteDir} for a put,
 * {@code "get " + remoteDir} for a get) and move nothing.
 */
public final class ScriptedTransport implements Transport {
    /** The commands sent, in order. */
    public final List<String> commands = new ArrayList<>();
    /** The transfers asked for, in order. */
    public final List<String> transfers = new ArrayList<>();
    private final Function<String, ExecResult> answers;

    public ScriptedTransport(Function<String, ExecResult> answers) {
        this.answers = answers;
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        commands.add(command);
        return answers.apply(command);
    }

    @Override
    public void put(Path localDir, String remoteDir) {
        transfers.add(remoteDir);
    }

    @Override
    public void get(String remoteDir, Path localDir, List<String> excludes) {
        transfers.add("get " + remoteDir);
    }

    @Override
    public void mkdirs(String remoteDir) {
    }

    @Override
    public boolean exists(String remotePath) {
        return false;
    }

    @Override
    public String describe() {
        return "scripted";
    }

    @Override
    public void close() {
    }
}
