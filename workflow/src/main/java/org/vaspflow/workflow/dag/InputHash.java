package org.vaspflow.workflow.dag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * sha256 over a calculation's input files: for each of {@link #FILES} present, in this order, its name, its
 * length and its bytes. Two folders with the same hash would make VASP compute the same thing, so the engine
 * links the second to the first's result instead of running it. Job scripts and vaspflow's own files are not
 * inputs (they differ per run without changing the physics).
 */
public final class InputHash {
    public static final List<String> FILES = List.of("INCAR", "POSCAR", "KPOINTS", "POTCAR.spec", "POTCAR", "vaspflow.charge",
            "lobsterin", "CHGCAR", "WAVECAR", "CHG", "WAVEDER", "ICONST", "vdw_kernel.bindat");

    private InputHash() {
    }

    public static String of(Path folder) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        for (String name : FILES) {
            Path f = folder.resolve(name);
            if (!Files.isRegularFile(f)) {
                continue;
            }
            md.update((name + "\0" + Files.size(f) + "\0").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(f)) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
