package org.vaspflow.io.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the shared test corpus lives ({@code ../shared} beside the checkout; Maven passes it as the system
 * property {@code vaspflow.shared}) and how to read its golden JSON files. Tests fail loudly when the corpus
 * is missing: a silently skipped parity test would prove nothing.
 */
public final class SharedData {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedData() {
    }

    /** The {@code shared/} folder. */
    public static Path root() {
        String prop = System.getProperty("vaspflow.shared");
        Path p = prop != null ? Paths.get(prop) : Paths.get("..", "..", "shared");
        if (!Files.isDirectory(p.resolve("data"))) {
            Path alt = Paths.get("..", "shared");
            if (Files.isDirectory(alt.resolve("data"))) {
                p = alt;
            } else {
                throw new IllegalStateException("shared corpus not found at " + p.toAbsolutePath()
                        + " (set -Dvaspflow.shared=...)");
            }
        }
        return p.toAbsolutePath().normalize();
    }

    /** {@code shared/data}. */
    public static Path data() {
        return root().resolve("data");
    }

    /** A path under {@code shared/data}, e.g. {@code data("vasp/feo-afm-ldau-relax/OUTCAR")}. */
    public static Path data(String relative) {
        return data().resolve(relative);
    }

    /** {@code shared/data/golden/<name>.json}. */
    public static JsonNode golden(String caseName) {
        return readJson(data().resolve("golden").resolve(caseName + ".json"));
    }

    /** {@code shared/data/golden/inputs/<name>.json}. */
    public static JsonNode goldenInputs(String caseName) {
        return readJson(data().resolve("golden").resolve("inputs").resolve(caseName + ".json"));
    }

    public static JsonNode readJson(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
