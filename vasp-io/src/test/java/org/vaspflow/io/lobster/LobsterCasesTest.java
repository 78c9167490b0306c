package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.SharedData;

/**
 * The LOBSTER corpus against pymatgen's golden values: one test container per case, named after the case, with
 * one test per LOBSTER file of the case. Every file pymatgen read (or failed on) is checked; a golden entry made
 * by a pymatgen LOBSTER parser this table does not know fails the test, so no file is left out silently.
 */
class LobsterCasesTest {
    static final List<String> CASES = List.of("ag2o-orbitalwise", "batio3", "fe-spin-lobster2", "gaas-spin-emmet",
            "lif-spin-lobster41", "lobsterout-variants", "nacl-comp-range", "nacl-spin", "nacl-v51-lcfo",
            "reo3-orbitalwise");

    private static final Map<String, BiConsumer<Path, JsonNode>> CHECKS = Map.of(
            "pymatgen.io.lobster.Icohplist", IcohplistReaderTest::checkGolden,
            "pymatgen.io.lobster.Cohpcar", CohpcarReaderTest::checkGolden,
            "pymatgen.io.lobster.Lobsterout", LobsteroutChargeReaderTest::checkLobsterout,
            "pymatgen.io.lobster.Charge", LobsteroutChargeReaderTest::checkCharge,
            "pymatgen.io.lobster.Grosspop", LobsterinGrosspopReaderTest::checkGrosspop,
            "pymatgen.io.lobster.Doscar", LobsterDoscarReaderTest::checkGolden,
            "pymatgen.io.lobster.MadelungEnergies", MadelungSitePotentialsReaderTest::checkMadelung,
            "pymatgen.io.lobster.SitePotential", MadelungSitePotentialsReaderTest::checkSitePotentials);

    @TestFactory
    Stream<DynamicNode> everyCase() {
        List<DynamicNode> cases = new ArrayList<>();
        for (String name : CASES) {
            JsonNode golden = SharedData.golden(name);
            Path folder = SharedData.root().resolve(golden.get("path").asText().replaceFirst("^shared/", ""));
            List<DynamicTest> files = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("files").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                String parser = f.getValue().path("parser").asText();
                if (!parser.startsWith("pymatgen.io.lobster")) {
                    continue;
                }
                BiConsumer<Path, JsonNode> check = CHECKS.get(parser);
                files.add(DynamicTest.dynamicTest(f.getKey(), () -> {
                    assertNotNull(check, "no check for golden parser " + parser);
                    check.accept(folder.resolve(f.getKey()), f.getValue());
                }));
            }
            cases.add(DynamicContainer.dynamicContainer(name, files));
        }
        return cases.stream();
    }

    @Test
    void theCaseListIsTheLobsterCorpus() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.data("lobster"))) {
            assertEquals(s.map(p -> p.getFileName().toString()).sorted().toList(), CASES);
        }
    }
}
