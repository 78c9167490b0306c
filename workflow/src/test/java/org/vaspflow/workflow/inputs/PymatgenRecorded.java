package org.vaspflow.workflow.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.GoldenCases;

/**
 * Values recorded from pymatgen 2022.11.7 by {@code src/test/resources/inputs/generate_pymatgen_inputs.py}
 * ({@code inputs/pymatgen-inputs.json}): k-meshes by k-points per atom, LobsterSet basis and NBANDS, oxidation
 * guesses, and the test structures (corpus cells with substitutions: Ru in λ-MnO₂, Na/Li/Ru in λ-MnO₂, LiMn₈O₁₆).
 */
final class PymatgenRecorded {
    static final JsonNode JSON = load();

    private PymatgenRecorded() {
    }

    static Structure structure(String name) {
        JsonNode s = JSON.path("structures").path(name);
        if (s.isMissingNode()) {
            throw new IllegalArgumentException("no recorded structure " + name);
        }
        return GoldenCases.structure(s);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode load() {
        try (InputStream in = PymatgenRecorded.class.getResourceAsStream("/inputs/pymatgen-inputs.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
