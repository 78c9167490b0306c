package org.vaspflow.io.vasp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a POTCAR from a user's pseudopotential folder laid out as VASP distributes it,
 * {@code <root>/<set>/<symbol>/POTCAR} (e.g. {@code ~/psp/PBE_54/Mn_pv/POTCAR}), and records the sha256 of
 * each symbol's file so a result can say exactly which pseudopotentials made it. vaspflow never ships POTCARs.
 * Every file is looked for before anything is written, so a missing symbol leaves no partial POTCAR behind.
 */
public final class PotcarAssembler {
    private PotcarAssembler() {
    }

    /** What was assembled: the POTCAR written and the sha256 (hex) of each symbol's file, in POTCAR order. */
    public record Assembled(Path potcar, Map<String, String> sha256BySymbol) {
        public Assembled {
            sha256BySymbol = Collections.unmodifiableMap(new LinkedHashMap<>(sha256BySymbol));
        }
    }

    /**
     * Concatenates the POTCARs of {@code spec} from {@code root/set} into {@code target}. A missing folder or
     * symbol is an {@link IllegalArgumentException} naming the set folder, every missing symbol and the path
     * looked for.
     */
    public static Assembled assemble(Path root, String set, PotcarSpec spec, Path target) {
        Path setDir = root.resolve(set);
        if (!Files.isDirectory(setDir)) {
            throw new IllegalArgumentException("pseudopotential folder " + setDir + " does not exist (expected "
                    + "<root>/" + set + "/<symbol>/POTCAR; check the PSP root and the set name, e.g. PBE_54)");
        }
        List<String> missing = new ArrayList<>();
        for (String symbol : spec.symbols()) {
            if (!Files.isRegularFile(single(setDir, symbol))) {
                missing.add(symbol);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no POTCAR for " + String.join(", ", missing) + " in " + setDir
                    + " (looked for " + single(setDir, missing.get(0)) + ")");
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = Files.newOutputStream(part)) {
                for (String symbol : spec.symbols()) {
                    byte[] bytes = Files.readAllBytes(single(setDir, symbol));
                    hashes.put(symbol, HexFormat.of().formatHex(sha.digest(bytes)));
                    out.write(bytes);
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        return new Assembled(target, hashes);
    }

    private static Path single(Path setDir, String symbol) {
        return setDir.resolve(symbol).resolve("POTCAR");
    }
}
