package org.vaspflow.io.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Progress reporting for long parses without changing any reader: a {@link ProgressListener} is installed for
 * the current thread for the duration of a {@link Scope}, and {@link Compression#open} wraps the raw file
 * stream of every file opened on that thread in a counting stream. Counting happens below the decompressor,
 * so a gzipped file reports compressed bytes against its on-disk size and still reaches 100%.
 *
 * <pre>
 * try (Progress.Scope s = Progress.watch(bar)) {
 *     Vasprun v = VasprunReader.read(file, VasprunOptions.ALL);
 * }
 * </pre>
 *
 * A thread-local rather than a reader parameter keeps every reader's signature as it is; the scope is
 * thread-confined, so parses on other threads (e.g. {@link ParallelParser}) are not reported unless they open
 * their own scope; {@link #watch(Path, ProgressListener)} narrows a scope to one file.
 */
public final class Progress {
    private static final ThreadLocal<ProgressListener> CURRENT = new ThreadLocal<>();

    private Progress() {
    }

    /** Installs {@code listener} for files opened on this thread until the scope is closed. */
    public static Scope watch(ProgressListener listener) {
        ProgressListener previous = CURRENT.get();
        CURRENT.set(listener);
        return new Scope(previous);
    }

    /**
     * Installs {@code listener} for {@code file} only: other files opened on this thread are not reported. Use
     * this form when the thread may run unrelated work while the scope is open (a fork-join worker that steals
     * tasks while it waits runs them on the same thread, with the same thread-local).
     */
    public static Scope watch(Path file, ProgressListener listener) {
        Path target = file.toAbsolutePath().normalize();
        return watch(new ProgressListener() {
            private Path lastSeen;
            private boolean lastMatched;

            @Override
            public void progress(Path f, long bytesRead, long totalBytes) {
                if (f != lastSeen) {
                    lastSeen = f;
                    lastMatched = f.toAbsolutePath().normalize().equals(target);
                }
                if (lastMatched) {
                    listener.progress(f, bytesRead, totalBytes);
                }
            }
        });
    }

    /** The listener installed on this thread, if any. */
    public static Optional<ProgressListener> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Wraps {@code raw} (the bytes of {@code file} as they come from disk) when a listener is installed. */
    static InputStream track(Path file, long totalBytes, InputStream raw) {
        ProgressListener listener = CURRENT.get();
        return listener == null ? raw : new CountingInputStream(raw, file, totalBytes, listener);
    }

    /** Restores the previously installed listener (scopes nest). */
    public static final class Scope implements AutoCloseable {
        private final ProgressListener previous;

        private Scope(ProgressListener previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Counts bytes read (and skipped) and reports the running total after each call that moved it. */
    static final class CountingInputStream extends FilterInputStream {
        private final Path file;
        private final long totalBytes;
        private final ProgressListener listener;
        private long count;

        CountingInputStream(InputStream in, Path file, long totalBytes, ProgressListener listener) {
            super(in);
            this.file = file;
            this.totalBytes = totalBytes;
            this.listener = listener;
            listener.progress(file, 0, totalBytes);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            if (s > 0) {
                advance(s);
            }
            return s;
        }

        @Override
        public boolean markSupported() {
            // a reset would make the count go backwards; Compression buffers above this stream anyway
            return false;
        }

        private void advance(long n) {
            count += n;
            listener.progress(file, count, totalBytes);
        }
    }
}
