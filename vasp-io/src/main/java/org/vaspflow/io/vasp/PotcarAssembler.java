package org.vaspflow.io.vasp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Assembles a POTCAR from a user's pseudopotential folder laid out as VASP distributes it,
 * {@code <root>/<set>/<symbol>/POTCAR} (e.g. {@code ~/psp/PBE_54/Mn_pv/POTCAR}), and records the sha256 of
 * each symbol's file so a result can say exactly which pseudopotentials made it. vaspflow never ships POTCARs.
 */
public final class PotcarAssembler {
    private PotcarAssembler() {
    }

    /** What was assembled: sha256 (hex) per symbol, in order. */
    public record Assembled(Path potcar, Map<String, String> sha256BySymbol) {
        public Assembled {
            sha256BySymbol = Map.copyOf(sha256BySymbol);
        }
    }

    /**
     * Concatenates the POTCARs of {@code spec} from {@code root/set} into {@code target}; a missing symbol is an
     * {@link IllegalArgumentException} naming the file it looked for.
     */
    public static Assembled assemble(Path root, String set, PotcarSpec spec, Path target) {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (OutputStream out = Files.newOutputStream(target)) {
            for (String symbol : spec.symbols()) {
                Path single = root.resolve(set).resolve(symbol).resolve("POTCAR");
                if (!Files.isRegularFile(single)) {
                    throw new IllegalArgumentException("no POTCAR for symbol " + symbol + ": " + single
                            + " does not exist (set the pseudopotential root and set, e.g. PBE_54)");
                }
                byte[] bytes = Files.readAllBytes(single);
                hashes.put(symbol, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Assembled(target, hashes);
    }
}
