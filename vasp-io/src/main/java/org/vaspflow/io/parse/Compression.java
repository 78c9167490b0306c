package org.vaspflow.io.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * Opens plain, gzip, bzip2, xz and zstd files, recognised by their magic bytes (not their name), through
 * Apache Commons Compress. Concatenated gzip members (as {@code pigz} and some archivers write) are read
 * through to the end.
 */
public enum Compression {
    NONE, GZIP, BZIP2, XZ, ZSTD;

    private static final int BUFFER_BYTES = 1 << 16;

    /** Which compression the first bytes announce. */
    public static Compression sniff(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
            return BZIP2;
        }
        if (length >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X'
                && head[4] == 'Z' && head[5] == 0) {
            return XZ;
        }
        if (length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    /** Which compression the file uses, judged from its content. */
    public static Compression of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = new byte[6];
            int n = in.readNBytes(head, 0, head.length);
            return sniff(head, n);
        } catch (IOException e) {
            throw new ParseException(file, 0, 0, "", "cannot read file: " + e.getMessage());
        }
    }

    /**
     * A buffered stream of the decompressed content. A file that cannot be opened, or whose compressed
     * header is damaged, gives a {@link ParseException} naming the file. When a {@link ProgressListener} is
     * installed on this thread ({@link Progress#watch}), the bytes read from disk are reported to it.
     */
    public static InputStream open(Path file) {
        InputStream raw = null;
        try {
            long sizeBytes = Progress.current().isPresent() ? Files.size(file) : 0;
            raw = new BufferedInputStream(Progress.track(file, sizeBytes, Files.newInputStream(file)), BUFFER_BYTES);
            return decompress(raw);
        } catch (IOException | RuntimeException e) {
            closeQuietly(raw);
            if (e instanceof ParseException pe) {
                throw pe;
            }
            throw new ParseException(file, 0, 0, "", "cannot open file: " + e.getMessage());
        }
    }

    /** Wraps a stream that supports mark/reset (or buffers it) in the decompressor its content needs. */
    public static InputStream decompress(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, BUFFER_BYTES);
        buffered.mark(8);
        byte[] head = new byte[6];
        int n = buffered.readNBytes(head, 0, head.length);
        buffered.reset();
        return switch (sniff(head, n)) {
            case GZIP -> new BufferedInputStream(new GzipCompressorInputStream(buffered, true), BUFFER_BYTES);
            case BZIP2 -> new BufferedInputStream(new BZip2CompressorInputStream(buffered, true), BUFFER_BYTES);
            case XZ -> new BufferedInputStream(new XZCompressorInputStream(buffered, true), BUFFER_BYTES);
            case ZSTD -> new BufferedInputStream(new ZstdCompressorInputStream(buffered), BUFFER_BYTES);
            case NONE -> buffered;
        };
    }

    /** The file name without a compression suffix, for sniffing formats by name ({@code vasprun.xml.gz} → {@code vasprun.xml}). */
    public static String baseName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        for (String suffix : new String[] {".gz", ".bz2", ".xz", ".zst", ".zstd"}) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the original failure is what the user needs to see
            }
        }
    }
}
