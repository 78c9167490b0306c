package org.vaspflow.io.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Turns the golden files into tests: every {@code files.<name>} entry of {@code golden/<case>.json} that a
 * predicate selects becomes one dynamic test named "case file", given the data file's path and its golden entry.
 */
public final class GoldenCases {
    private GoldenCases() {
    }

    /** Entries made by a pymatgen (or ASE) parser whose name ends with {@code parserSuffix}. */
    public static List<DynamicTest> byParser(String parserSuffix, BiConsumer<Path, JsonNode> check) {
        return select(g -> g.path("parser").asText().endsWith(parserSuffix), check);
    }

    /** Entries the predicate accepts. */
    public static List<DynamicTest> select(Predicate<JsonNode> entry, BiConsumer<Path, JsonNode> check) {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.data("golden"))) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode golden = SharedData.readJson(g);
                for (Iterator<Map.Entry<String, JsonNode>> it = golden.path("files").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!entry.test(f.getValue())) {
                        continue;
                    }
                    Path file = SharedData.root().resolve(golden.get("path").asText().replaceFirst("^shared/", ""))
                            .resolve(f.getKey());
                    tests.add(DynamicTest.dynamicTest(golden.get("case").asText() + " " + f.getKey(),
                            () -> check.accept(file, f.getValue())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tests;
    }

    /** The structure a golden file records (lattice, species, frac_coords), built exactly as given. */
    public static Structure structure(JsonNode s) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = s.get("lattice").get(i).get(j).asDouble();
            }
        }
        List<Site> sites = new ArrayList<>();
        for (int k = 0; k < s.get("species").size(); k++) {
            JsonNode f = s.get("frac_coords").get(k);
            sites.add(new Site(Element.of(s.get("species").get(k).asText()),
                    new double[] {f.get(0).asDouble(), f.get(1).asDouble(), f.get(2).asDouble()}));
        }
        return new Structure(Lattice.fromMatrix(m), sites);
    }
}
