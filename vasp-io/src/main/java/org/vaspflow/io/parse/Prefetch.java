package org.vaspflow.io.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream that reads (and decompresses) its source ahead on a thread of its own, a few chunks at a time,
 * so that the reads from disk overlap the parsing of what was read before. Why: for a 300 MB DOSCAR the reads
 * (system call and copy) were ~0.2 s of the reader's critical path, and a gzip file's inflation all of it. The
 * bytes, their order and an {@link IOException} of the source (handed over when the reader reaches it) are those
 * of the source; only the thread that reads it differs, which is why {@link ByteLines} does not prefetch while a
 * {@link ProgressListener} (called on the reading thread) is installed.
 */
final class Prefetch extends InputStream {
    private static final int CHUNK_BYTES = 4 << 20;
    private static final int CHUNKS = 3;
    /** Handed over after the last chunk (its length is -1). */
    private static final Chunk END = new Chunk(new byte[0], -1, null);

    private record Chunk(byte[] data, int length, IOException error) {
    }

    private final InputStream source;
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private Chunk current;
    private int at;
    private volatile boolean closed;

    Prefetch(InputStream source) {
        this(source, CHUNK_BYTES);
    }

    /** With another chunk size, for tests. */
    Prefetch(InputStream source, int chunkBytes) {
        this.source = source;
        for (int i = 0; i < CHUNKS; i++) {
            empty.add(new byte[chunkBytes]);
        }
        reader = new Thread(this::readAhead, "vaspflow-prefetch");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                byte[] b = empty.take();
                int n = 0;
                IOException error = null;
                try {
                    for (int r; n < b.length && (r = source.read(b, n, b.length - n)) >= 0; ) {
                        n += r;
                    }
                } catch (IOException e) {
                    error = e; // the bytes read before it are handed over first, as a reading in place gets them
                }
                if (n > 0) {
                    full.put(new Chunk(b, n, null));
                }
                if (error != null || n < b.length) {
                    full.put(error == null ? END : new Chunk(new byte[0], -1, error));
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed while waiting for a free chunk: nothing is left to hand over
        }
    }

    /** The chunk to read from, or null at the end of the data. */
    private Chunk chunk() throws IOException {
        if (current != null && at < current.length) {
            return current;
        }
        if (current == END) {
            return null;
        }
        if (current != null) {
            empty.offer(current.data);
        }
        try {
            current = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
        at = 0;
        if (current.error != null) {
            IOException e = current.error;
            current = END;
            throw e;
        }
        return current == END ? null : current;
    }

    @Override
    public int read() throws IOException {
        Chunk c = chunk();
        return c == null ? -1 : c.data[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        Chunk c = chunk();
        if (c == null) {
            return -1;
        }
        int n = Math.min(len, c.length - at);
        System.arraycopy(c.data, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        source.close();
    }
}
