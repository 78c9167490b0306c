package org.vaspflow.workflow.hpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@link Transport} for jobs on this machine: commands run through {@code /bin/bash -c}, folders are copied
 * through the same tar.gz bundle as over SSH (so exclusions and the confinement checks behave identically).
 */
public final class LocalTransport implements Transport {

    @Override
    public ExecResult exec(String command, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder("/bin/bash", "-c", command).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new TransportException(TransportException.Kind.IO, "cannot start bash: " + e.getMessage(), e);
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new TransportException(TransportException.Kind.TIMEOUT,
                        "command did not finish within " + timeout + ": " + command);
            }
            return new ExecResult(command, process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new TransportException(TransportException.Kind.IO, "interrupted: " + command, e);
        }
    }

    @Override
    public void put(Path localDir, String remoteDir) {
        copy(localDir, Path.of(remoteDir), List.of());
    }

    @Override
    public void get(String remoteDir, Path localDir, List<String> excludes) {
        copy(Path.of(remoteDir), localDir, excludes);
    }

    private static void copy(Path from, Path to, List<String> excludes) {
        if (!Files.isDirectory(from)) {
            throw new TransportException(TransportException.Kind.COMMAND_FAILED, "no such folder: " + from);
        }
        Path archive = null;
        try {
            archive = Files.createTempFile("vaspflow-", ".tar.gz");
            TarGz.pack(from, archive, excludes);
            TarGz.unpack(archive, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(archive);
        }
    }

    @Override
    public void mkdirs(String remoteDir) {
        try {
            Files.createDirectories(Path.of(remoteDir));
        } catch (IOException e) {
            throw new TransportException(TransportException.Kind.COMMAND_FAILED,
                    "cannot create " + remoteDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String remotePath) {
        return Files.exists(Path.of(remotePath));
    }

    @Override
    public String describe() {
        return "local";
    }

    @Override
    public void close() {
        // nothing held
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                return buf.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
