package org.vaspflow.io.parse;

import java.nio.file.Path;

/**
 * Receives how far a reader has got through a file: bytes taken from the file on disk (the compressed bytes
 * for a gzip/bzip2/xz/zstd file, so the total is known in advance) out of its size. Installed for the current
 * thread with {@link Progress#watch}; every reader that opens its file through {@link Compression#open} reports
 * without knowing it. Called on the reading thread, often (every buffer refill), so implementations must be
 * cheap and throttle any output themselves.
 */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param file       the file being read
     * @param bytesRead  bytes read from the file so far (monotone for one opening of the file)
     * @param totalBytes the file's size on disk when it was opened
     */
    void progress(Path file, long bytesRead, long totalBytes);
}
