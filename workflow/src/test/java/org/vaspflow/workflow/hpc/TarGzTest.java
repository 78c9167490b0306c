package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripKeepsNamesWithSpacesAndQuotesContentAndExecBit() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src dir/it's here"));
        Files.writeString(src.resolve("INCAR"), "ENCUT = 520\n");
        Files.createDirectories(src.resolve("sub dir"));
        byte[] bin = new byte[70_000];
        for (int i = 0; i < bin.length; i++) {
            bin[i] = (byte) (i * 31);
        }
        Files.write(src.resolve("sub dir/WAVE \"data\""), bin);
        Path script = src.resolve("run.sh");
        Files.writeString(script, "#!/bin/sh\n");
        script.toFile().setExecutable(true);
        Files.writeString(src.resolve("WAVECAR"), "big");

        Path archive = tmp.resolve("a.tar.gz");
        String sha = TarGz.pack(src, archive, List.of("WAVECAR"));
        assertEquals(sha, TarGz.sha256(archive));
        assertEquals(sha, new LocalTransport().exec("sha256sum < " + ShellQuote.quote(archive.toString())
                + " | cut -c1-64").stdout().strip(), "our sha256 is what sha256sum prints");

        Path out = tmp.resolve("out dir");
        TarGz.unpack(archive, out);
        assertEquals("ENCUT = 520\n", Files.readString(out.resolve("INCAR")));
        assertArrayEquals(bin, Files.readAllBytes(out.resolve("sub dir/WAVE \"data\"")));
        assertTrue(Files.isExecutable(out.resolve("run.sh")));
        assertFalse(Files.exists(out.resolve("WAVECAR")), "excluded");
    }

    @Test
    void gnuTarArchivesWithDotEntriesUnpack() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("g"));
        Files.writeString(src.resolve("OUTCAR"), "x");
        Path archive = tmp.resolve("g.tar.gz");
        assertEquals(0, new LocalTransport().exec("cd " + ShellQuote.quote(src.toString()) + " && tar -czf "
                + ShellQuote.quote(archive.toString()) + " .").exitCode());
        TarGz.unpack(archive, tmp.resolve("g-out"));
        assertEquals("x", Files.readString(tmp.resolve("g-out/OUTCAR")));
    }

    @Test
    void parentDirectoryEntryIsRejected() throws IOException {
        assertUnsafe(tar(file("ok.txt"), file("../evil.txt")), "..");
    }

    @Test
    void nestedParentDirectoryEntryIsRejected() throws IOException {
        assertUnsafe(tar(file("a/b/../../../evil.txt")), "..");
    }

    @Test
    void absoluteEntryIsRejected() throws IOException {
        assertUnsafe(tar(file("/tmp/evil.txt")), "absolute");
    }

    @Test
    void symlinkPointingOutsideIsRejected() throws IOException {
        assertUnsafe(tar(link("escape", "../../outside")), "symbolic link");
    }

    @Test
    void absoluteSymlinkThenWriteThroughItIsRejected() throws IOException {
        assertUnsafe(tar(link("etc", "/etc"), file("etc/passwd")), "symbolic link");
    }

    @Test
    void hardLinkToOutsideIsRejected() throws IOException {
        TarArchiveEntry hard = new TarArchiveEntry("h", TarConstants.LF_LINK);
        hard.setLinkName("../../etc/passwd");
        assertUnsafe(tar(hard), "..");
    }

    @Test
    void deviceEntryIsRejected() throws IOException {
        assertUnsafe(tar(new TarArchiveEntry("dev", TarConstants.LF_CHR)), "special");
    }

    @Test
    void symlinksInsideTheFolderAreKept() throws IOException {
        Path archive = tar(file("data/real.txt"), link("data/alias", "real.txt"), link("top", "data"));
        Path out = tmp.resolve("links");
        TarGz.unpack(archive, out);
        assertTrue(Files.isSymbolicLink(out.resolve("data/alias")));
        assertEquals("content of data/real.txt", Files.readString(out.resolve("top/alias")));
    }

    @Test
    void preExistingLinkOutOfTheTargetIsNotWrittenThrough() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path out = Files.createDirectories(tmp.resolve("target"));
        Files.createSymbolicLink(out.resolve("sub"), outside);
        TransportException e = assertThrows(TransportException.class,
                () -> TarGz.unpack(tar(file("sub/evil.txt")), out));
        assertEquals(TransportException.Kind.UNSAFE_ARCHIVE, e.kind());
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count());
        }
    }

    private void assertUnsafe(Path archive, String why) throws IOException {
        Path out = tmp.resolve("x" + System.nanoTime());
        TransportException e = assertThrows(TransportException.class, () -> TarGz.unpack(archive, out));
        assertEquals(TransportException.Kind.UNSAFE_ARCHIVE, e.kind());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count(), "nothing is written from a rejected archive");
        }
        assertFalse(Files.exists(tmp.resolve("evil.txt")));
    }

    private static TarArchiveEntry file(String name) {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(("content of " + name).length());
        return e;
    }

    private static TarArchiveEntry link(String name, String target) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        e.setLinkName(target);
        return e;
    }

    /** A tar.gz written entry by entry, exactly as an attacker would. */
    private Path tar(TarArchiveEntry... entries) throws IOException {
        Path archive = tmp.resolve("evil" + System.nanoTime() + ".tar.gz");
        try (OutputStream f = Files.newOutputStream(archive);
             TarArchiveOutputStream out = new TarArchiveOutputStream(new GzipCompressorOutputStream(f))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (TarArchiveEntry e : entries) {
                out.putArchiveEntry(e);
                if (e.getSize() > 0) {
                    out.write(("content of " + e.getName()).getBytes(StandardCharsets.UTF_8));
                }
                out.closeArchiveEntry();
            }
        }
        return archive;
    }
}
