package org.vaspflow.workflow.hpc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link Transport} that passes everything to a real one and records each command as {@code thread<TAB>command},
 * so live tests can count what a poll or a tick sent. Closing it leaves the real transport open.
 */
public final class RecordingTransport implements Transport {
    private final Transport inner;
    /** {@code thread name + "\t" + command}, in the order sent. */
    public final List<String> commands = Collections.synchronizedList(new ArrayList<>());

    public RecordingTransport(Transport inner) {
        this.inner = inner;
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        commands.add(Thread.currentThread().getName() + "\t" + command);
        return inner.exec(command, timeout);
    }

    @Override
    public void put(Path localDir, String remoteDir) {
        inner.put(localDir, remoteDir);
    }

    @Override
    public void get(String remoteDir, Path localDir, List<String> excludes) {
        inner.get(remoteDir, localDir, excludes);
    }

    @Override
    public void mkdirs(String remoteDir) {
        inner.mkdirs(remoteDir);
    }

    @Override
    public boolean exists(String remotePath) {
        return inner.exists(remotePath);
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public void close() {
    }
}
