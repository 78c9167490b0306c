package org.vaspflow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.workflow.hpc.ExecResult;
import org.vaspflow.workflow.hpc.Transport;

/**
 * A {@link Transport} that runs nothing: it records every command line and answers {@code squeue} with a
 * captured reply, so a benchmark can count the scheduler commands one poll issues. Any other command (and
 * every file transfer) is recorded and fails, so an unexpected extra command shows up both in the count and
 * as a poll error rather than being silently answered.
 */
final class RecordingTransport implements Transport {
    private final String squeueReply;
    private final List<String> commands = new ArrayList<>();

    RecordingTransport(String squeueReply) {
        this.squeueReply = squeueReply;
    }

    /** Every command line sent so far, in order. */
    synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public synchronized ExecResult exec(String command, Duration timeout) {
        commands.add(command);
        if (command.startsWith("squeue ")) {
            return new ExecResult(command, 0, squeueReply, "");
        }
        return new ExecResult(command, 127, "", "recording transport: no recorded answer for this command");
    }

    @Override
    public synchronized void put(Path localDir, String remoteDir) {
        commands.add("put " + remoteDir);
        throw new UnsupportedOperationException("recording transport moves no files");
    }

    @Override
    public synchronized void get(String remoteDir, Path localDir, List<String> excludes) {
        commands.add("get " + remoteDir);
        throw new UnsupportedOperationException("recording transport moves no files");
    }

    @Override
    public synchronized void mkdirs(String remoteDir) {
        commands.add("mkdir -p " + remoteDir);
    }

    @Override
    public synchronized boolean exists(String remotePath) {
        commands.add("test -e " + remotePath);
        return false;
    }

    @Override
    public String describe() {
        return "recording";
    }

    @Override
    public void close() {
    }
}
