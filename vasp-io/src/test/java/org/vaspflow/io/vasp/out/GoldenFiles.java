package org.vaspflow.io.vasp.out;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.vaspflow.io.testing.SharedData;

/** Finds every golden entry made by a given pymatgen parser and turns each into a test named after its case. */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static List<DynamicTest> tests(String parserName, BiConsumer<Path, JsonNode> check) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.data("golden"))) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode golden = SharedData.readJson(g);
                for (Iterator<Map.Entry<String, JsonNode>> it = golden.path("files").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!f.getValue().path("parser").asText().endsWith(parserName)) {
                        continue;
                    }
                    Path file = SharedData.root().resolve(golden.get("path").asText().replaceFirst("^shared/", ""))
                            .resolve(f.getKey());
                    tests.add(DynamicTest.dynamicTest(golden.get("case").asText() + " " + f.getKey(),
                            () -> check.accept(file, f.getValue())));
                }
            }
        }
        return tests;
    }
}
