package org.vaspflow.io.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;

/**
 * The contract every reader passes (ARCHITECTURE house rule 5): an empty file, a file of the wrong format,
 * a truncated file (cut at many offsets) and a file with flipped bytes end in a {@link ParseException} with
 * a position, or in a result flagged incomplete — never another exception type, never a hang; and every
 * compression reads the same as the plain file.
 *
 * <p>Usage: {@code ReaderContract.of(MyReader::read).check(sample, tmpDir)}.
 */
public final class ReaderContract<T> {
    private final Function<Path, T> reader;
    private Function<T, Object> fingerprint = String::valueOf;
    private int cuts = 100;
    private boolean emptyIsValid;
    private int flips = 20;

    private ReaderContract(Function<Path, T> reader) {
        this.reader = reader;
    }

    public static <T> ReaderContract<T> of(Function<Path, T> reader) {
        return new ReaderContract<>(reader);
    }

    /** What must be equal between the plain and the compressed reads (default: toString). */
    public ReaderContract<T> comparing(Function<T, Object> what) {
        this.fingerprint = what;
        return this;
    }

    /** For formats where an empty file is legitimate (VASP writes an empty OSZICAR before the first step). */
    public ReaderContract<T> emptyIsValid() {
        this.emptyIsValid = true;
        return this;
    }

    /** Number of truncation offsets tried (default 100). */
    public ReaderContract<T> cuts(int n) {
        this.cuts = n;
        return this;
    }

    /** Number of byte-flip variants tried (default 20). */
    public ReaderContract<T> flips(int n) {
        this.flips = n;
        return this;
    }

    /** Runs the whole contract on a valid sample; {@code work} is a temporary folder. */
    public void check(Path sample, Path work) {
        byte[] plain = plainBytes(sample);
        T reference = reader.apply(sample);
        if (emptyIsValid) {
            reader.apply(write(work.resolve("empty"), new byte[0]));
        } else {
            emptyFileFails(work);
        }
        wrongFormatFails(work);
        compressedReadsTheSame(plain, reference, work);
        truncationIsReported(plain, work);
        flippedBytesAreReported(plain, work);
    }

    public void emptyFileFails(Path work) {
        Path empty = write(work.resolve("empty"), new byte[0]);
        ParseException e = expectParseException(empty);
        assertTrue(e.file().contains("empty"), "error names the file: " + e.getMessage());
    }

    public void wrongFormatFails(Path work) {
        Path wrong = write(work.resolve("wrong-format"),
                "this is not the format you are looking for\n<<< 12 ab cd >>>\n\u00ff\u00fe garbage\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        try {
            T value = reader.apply(wrong);
            if (value instanceof Completeness.Flagged f) {
                assertFalse(f.completeness().complete(), "a file of the wrong format must not read as complete");
            } else {
                fail("a file of the wrong format read without error: " + value);
            }
        } catch (ParseException e) {
            assertTrue(e.line() >= 0);
        }
    }

    public void compressedReadsTheSame(byte[] plain, T reference, Path work) {
        for (String kind : new String[] {"gz", "bz2", "xz", "zst"}) {
            Path file = write(work.resolve("compressed." + kind + ".bin"), compress(plain, kind));
            assertEquals(Compression.sniff(head(file), 6) != Compression.NONE, true, kind + " recognised");
            T value = reader.apply(file);
            assertEquals(fingerprint.apply(reference), fingerprint.apply(value), kind + " reads the same as plain");
        }
    }

    public void truncationIsReported(byte[] plain, Path work) {
        Random random = new Random(42);
        for (int i = 0; i < cuts; i++) {
            int at = i == 0 ? plain.length / 2 : random.nextInt(Math.max(1, plain.length - 1));
            byte[] cut = java.util.Arrays.copyOf(plain, at);
            // one file, overwritten: a corpus of large files must not fill the disk with 100 copies each
            Path file = write(work.resolve("cut"), cut);
            readOrParseException(file, "cut at byte " + at);
        }
    }

    public void flippedBytesAreReported(byte[] plain, Path work) {
        Random random = new Random(7);
        for (int i = 0; i < flips && plain.length > 0; i++) {
            byte[] copy = plain.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int at = random.nextInt(copy.length);
                copy[at] = (byte) "x-.9E\n<>\"*"
                        .charAt(random.nextInt(10));
            }
            Path file = write(work.resolve("flip"), copy);
            readOrParseException(file, "flipped bytes #" + i);
        }
    }

    private void readOrParseException(Path file, String what) {
        try {
            reader.apply(file);
        } catch (ParseException e) {
            assertTrue(e.line() >= 0 && e.column() >= 0, what + ": position present");
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + ": reader threw " + e.getClass().getName() + " instead of ParseException", e);
        }
    }

    private ParseException expectParseException(Path file) {
        try {
            T value = reader.apply(file);
            if (value instanceof Completeness.Flagged f && !f.completeness().complete()) {
                return new ParseException(file, f.completeness().line(), 0, "", f.completeness().reason());
            }
            fail("expected a ParseException for " + file + " but got " + value);
            return null;
        } catch (ParseException e) {
            return e;
        }
    }

    /** The decompressed bytes of a sample. */
    public static byte[] plainBytes(Path sample) {
        try (var in = Compression.open(sample)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] compress(byte[] plain, String kind) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (OutputStream out = switch (kind) {
                case "gz" -> new GZIPOutputStream(bytes);
                case "bz2" -> new BZip2CompressorOutputStream(bytes);
                case "xz" -> new XZCompressorOutputStream(bytes);
                case "zst" -> new ZstdCompressorOutputStream(bytes);
                default -> throw new IllegalArgumentException(kind);
            }) {
                out.write(plain);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
