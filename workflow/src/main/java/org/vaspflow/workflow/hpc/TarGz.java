package org.vaspflow.workflow.hpc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Folders as one tar.gz (Commons Compress), the unit every transfer moves. {@link #unpack} never writes outside
 * its target: it rejects absolute names, {@code ..} components, links pointing out of the folder, writes
 * through links, hard links to outside names and device/FIFO entries, and checks the whole archive before
 * writing a single file.
 */
public final class TarGz {
    private TarGz() {
    }

    /**
     * Writes the regular files and folders under {@code dir} (names relative to it; file symlinks are followed,
     * so a linked POTCAR travels as content) to {@code archive} and returns the archive's sha256 (hex).
     *
     * @param excludes glob patterns matched against each relative path and file name ({@code WAVECAR},
     *                 {@code CHG*})
     */
    public static String pack(Path dir, Path archive, List<String> excludes) {
        List<PathMatcher> matchers = excludes.stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        MessageDigest sha = sha256();
        try (OutputStream file = Files.newOutputStream(archive);
             DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(file), sha);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(digest));
             Stream<Path> walk = Files.walk(dir)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                Path rel = dir.relativize(p);
                if (rel.toString().isEmpty() || excluded(rel, matchers) || p.equals(archive)) {
                    continue;
                }
                String name = rel.toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    tar.putArchiveEntry(new TarArchiveEntry(name + "/"));
                    tar.closeArchiveEntry();
                } else if (Files.isRegularFile(p)) {
                    TarArchiveEntry entry = new TarArchiveEntry(p.toFile(), name);
                    entry.setSize(Files.size(p));
                    entry.setMode(Files.isExecutable(p) ? 0755 : 0644);
                    tar.putArchiveEntry(entry);
                    Files.copy(p, tar);
                    tar.closeArchiveEntry();
                }
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + dir + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The sha256 (lower-case hex) of a file, as {@code sha256sum} prints it. */
    public static String sha256(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Extracts {@code archive} into {@code target} (created if missing; existing files replaced).
     *
     * @throws TransportException of kind {@code UNSAFE_ARCHIVE} naming the first offending entry; nothing has
     *                            been written then
     */
    public static void unpack(Path archive, Path target) {
        try {
            Files.createDirectories(target);
            Path root = target.toRealPath();
            List<TarArchiveEntry> entries = listChecked(archive, root);
            extract(archive, root, entries.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + archive + ": " + e.getMessage(), e);
        }
    }

    private static List<TarArchiveEntry> listChecked(Path archive, Path root) throws IOException {
        List<TarArchiveEntry> entries = new ArrayList<>();
        try (TarArchiveInputStream tar = open(archive)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path dest = confined(root, e.getName(), e.getName());
                if (e.isSymbolicLink()) {
                    String link = e.getLinkName();
                    if (link.startsWith("/") || !dest.getParent().resolve(link).normalize().startsWith(root)) {
                        throw unsafe(e.getName(), "symbolic link to " + link + " points outside the target folder");
                    }
                } else if (e.isLink()) {
                    confined(root, e.getLinkName(), e.getName());
                } else if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO() || !e.isDirectory() && !e.isFile()) {
                    throw unsafe(e.getName(), "special file (device, FIFO) entries are not accepted");
                }
                entries.add(e);
            }
        }
        return entries;
    }

    private static void extract(Path archive, Path root, int count) throws IOException {
        try (TarArchiveInputStream tar = open(archive)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path dest = root.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                    checkRealParent(root, dest.resolve("x"), e.getName());
                    continue;
                }
                Files.createDirectories(dest.getParent());
                checkRealParent(root, dest, e.getName());
                Files.deleteIfExists(dest);
                if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(dest, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Path from = root.resolve(e.getLinkName()).normalize();
                    checkRealParent(root, from, e.getName());
                    Files.copy(from, dest, LinkOption.NOFOLLOW_LINKS);
                } else {
                    Files.copy(tar, dest, StandardCopyOption.REPLACE_EXISTING);
                    if ((e.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(dest, Set.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
                    }
                }
            }
        }
    }

    /** The destination of an entry name; rejects absolute names and names that climb out with {@code ..}. */
    private static Path confined(Path root, String name, String entry) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\0') >= 0 || name.matches("^[A-Za-z]:.*")) {
            throw unsafe(entry, "absolute or empty name '" + name + "'");
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw unsafe(entry, "name '" + name + "' contains '..'");
            }
        }
        Path dest = root.resolve(name).normalize();
        if (!dest.startsWith(root) || dest.equals(root) && !name.matches("\\.?/?")) {
            throw unsafe(entry, "name '" + name + "' resolves outside the target folder");
        }
        return dest;
    }

    /** A link extracted earlier could make a lexically safe path land elsewhere; check the real parent. */
    private static void checkRealParent(Path root, Path dest, String entry) throws IOException {
        if (!dest.getParent().toRealPath().startsWith(root)) {
            throw unsafe(entry, "would be written through a link that leaves the target folder");
        }
    }

    private static TarArchiveInputStream open(Path archive) throws IOException {
        return new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(archive))));
    }

    private static boolean excluded(Path rel, List<PathMatcher> matchers) {
        for (PathMatcher m : matchers) {
            if (m.matches(rel) || m.matches(rel.getFileName())) {
                return true;
            }
        }
        return false;
    }

    private static TransportException unsafe(String entry, String why) {
        return new TransportException(TransportException.Kind.UNSAFE_ARCHIVE,
                "unsafe archive entry '" + entry + "': " + why);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
