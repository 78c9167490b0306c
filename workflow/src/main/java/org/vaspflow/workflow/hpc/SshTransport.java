package org.vaspflow.workflow.hpc;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link Transport} over SSH (JSch), on the shared session of its {@link SessionPool}. Each command is an
 * exec channel and costs one permit of the login's commands-per-minute budget; each transfer is one tar.gz
 * over SFTP whose sha256 is computed here and by {@code sha256sum} on the cluster, and must agree before
 * anything is extracted.
 *
 * <p>A command is re-sent after a reconnect only if the channel could not be opened (so it cannot have run);
 * a connection lost while it ran is reported as {@code IO}: it may or may not have run.
 */
public final class SshTransport implements Transport {
    /** Exit code the upload command uses for a sha256 mismatch. */
    static final int SHA_MISMATCH = 86;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vaspflow-ssh-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final SessionPool pool;
    private final SessionPool.Entry entry;

    SshTransport(SessionPool pool, SessionPool.Entry entry) {
        this.pool = pool;
        this.entry = entry;
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        entry.commands.acquire();
        ChannelExec ch = (ChannelExec) openChannel("exec");
        ch.setCommand(command);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ch.setErrStream(err, true);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            ch.disconnect();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = ch.getInputStream()) {
            ch.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            byte[] out = in.readAllBytes();
            while (!ch.isClosed() && !timedOut.get()) {
                Thread.sleep(5);
            }
            if (timedOut.get()) {
                throw new TransportException(TransportException.Kind.TIMEOUT, describe() + ": command did not finish"
                        + " within " + timeout + " (it may have run): " + command);
            }
            int exit = ch.getExitStatus();
            if (exit < 0) {
                throw new TransportException(TransportException.Kind.IO, describe()
                        + ": connection lost while the command ran (it may have run): " + command);
            }
            return new ExecResult(command, exit, new String(out, StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } catch (JSchException | IOException e) {
            throw new TransportException(timedOut.get() ? TransportException.Kind.TIMEOUT
                    : TransportException.Kind.IO, describe() + ": " + e.getMessage() + " (the command may have run): "
                    + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.IO, "interrupted: " + command, e);
        } finally {
            watchdog.cancel(false);
            ch.disconnect();
        }
    }

    /** Opens a channel, reconnecting once if the session turned out to be dead (nothing was sent yet). */
    private Channel openChannel(String type) {
        for (int attempt = 0; ; attempt++) {
            Session s = pool.session(entry);
            try {
                Channel ch = s.openChannel(type);
                if (type.equals("sftp")) {
                    ch.connect((int) TimeUnit.SECONDS.toMillis(entry.target.connectTimeoutSeconds()));
                }
                return ch;
            } catch (JSchException e) {
                if (attempt > 0) {
                    throw new TransportException(TransportException.Kind.IO, describe() + ": cannot open a "
                            + type + " channel: " + e.getMessage(), e);
                }
                pool.drop(entry);
            }
        }
    }

    @Override
    public void put(Path localDir, String remoteDir) {
        String dir = ShellQuote.remotePath(remoteDir);
        Path archive = tempFile();
        try {
            String sha = TarGz.pack(localDir, archive, List.of());
            String name = ".vaspflow-upload-" + UUID.randomUUID() + ".tar.gz";
            mkdirs(dir);
            sftp(ch -> ch.put(archive.toString(), dir + "/" + name, progress("upload " + localDir.getFileName())));
            ExecResult r = exec("cd " + ShellQuote.quote(dir) + " && a=" + name
                    + " && s=$(sha256sum < \"$a\" | cut -c1-64) && if [ \"$s\" = " + sha
                    + " ]; then tar -xzf \"$a\" && rm -f \"$a\"; else rm -f \"$a\"; echo \"sha256 mismatch: $s\" >&2; exit "
                    + SHA_MISMATCH + "; fi");
            if (r.exitCode() == SHA_MISMATCH) {
                throw new TransportException(TransportException.Kind.INTEGRITY, describe() + ": upload to " + dir
                        + " arrived damaged (local sha256 " + sha + ", " + r.stderr().strip() + ")");
            }
            r.requireOk();
        } finally {
            LocalTransport.deleteQuietly(archive);
        }
    }

    @Override
    public void get(String remoteDir, Path localDir, List<String> excludes) {
        String dir = ShellQuote.remotePath(remoteDir);
        StringBuilder ex = new StringBuilder();
        excludes.forEach(e -> ex.append(ShellQuote.quote("--exclude=" + e)).append(' '));
        ExecResult r = exec("cd " + ShellQuote.quote(dir) + " && f=$(mktemp \"${TMPDIR:-/tmp}/vaspflow-XXXXXXXX\")"
                + " && { tar -czf \"$f\" " + ex + ". ; rc=$?; [ $rc -le 1 ] || { rm -f \"$f\"; exit $rc; }; }"
                + " && printf '%s\\n' \"$f\" && sha256sum < \"$f\" | cut -c1-64").requireOk();
        List<String> lines = r.stdout().lines().toList();
        if (lines.size() < 2 || !lines.get(1).matches("[0-9a-f]{64}")) {
            throw new TransportException(TransportException.Kind.COMMAND_FAILED, describe()
                    + ": unexpected answer when packing " + dir + ": " + r.stdout());
        }
        String remoteArchive = lines.get(0);
        Path archive = tempFile();
        try {
            sftp(ch -> ch.get(remoteArchive, archive.toString(), progress("download " + Path.of(dir).getFileName())));
            exec("rm -f " + ShellQuote.quote(remoteArchive));
            String local = TarGz.sha256(archive);
            if (!local.equals(lines.get(1))) {
                throw new TransportException(TransportException.Kind.INTEGRITY, describe() + ": download of " + dir
                        + " arrived damaged (remote sha256 " + lines.get(1) + ", local " + local + ")");
            }
            TarGz.unpack(archive, localDir);
        } finally {
            LocalTransport.deleteQuietly(archive);
        }
    }

    /**
     * Reports an SFTP transfer to the progress listener of the calling thread, if one is installed
     * ({@code io.parse.Progress}; {@code vaspflow run} installs a bar on a terminal), as bytes of a "file" named
     * after the transfer.
     */
    private static com.jcraft.jsch.SftpProgressMonitor progress(String what) {
        java.util.Optional<org.vaspflow.io.parse.ProgressListener> listener = org.vaspflow.io.parse.Progress.current();
        Path name = Path.of(what.replace('/', '_'));
        return new com.jcraft.jsch.SftpProgressMonitor() {
            private long total;
            private long done;

            @Override
            public void init(int op, String src, String dest, long max) {
                total = Math.max(0, max);
            }

            @Override
            public boolean count(long bytes) {
                done += bytes;
                listener.ifPresent(l -> l.progress(name, done, total));
                return true;
            }

            @Override
            public void end() {
                listener.ifPresent(l -> l.progress(name, total, total));
            }
        };
    }

    @Override
    public void mkdirs(String remoteDir) {
        exec("mkdir -p " + ShellQuote.quote(ShellQuote.remotePath(remoteDir))).requireOk();
    }

    @Override
    public boolean exists(String remotePath) {
        ExecResult r = exec("test -e " + ShellQuote.quote(ShellQuote.remotePath(remotePath)));
        if (r.exitCode() > 1) {
            r.requireOk();
        }
        return r.ok();
    }

    @Override
    public String describe() {
        return entry.target.key();
    }

    /** Sessions (re)established for this login so far. */
    public int connectCount() {
        return pool.connectCount(entry.target.key());
    }

    /** Breaks the shared session as a network failure would (for tests of the reconnect path). */
    void dropSession() {
        pool.drop(entry);
    }

    /** The session stays in the pool for the other users of this login; {@link SessionPool#close()} ends it. */
    @Override
    public void close() {
        // nothing of its own
    }

    @FunctionalInterface
    private interface SftpAction {
        void run(ChannelSftp ch) throws SftpException;
    }

    private void sftp(SftpAction action) {
        entry.commands.acquire();
        ChannelSftp ch = (ChannelSftp) openChannel("sftp");
        try {
            action.run(ch);
        } catch (SftpException e) {
            throw new TransportException(TransportException.Kind.IO, describe() + ": sftp: " + e.getMessage(), e);
        } finally {
            ch.disconnect();
        }
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("vaspflow-", ".tar.gz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
