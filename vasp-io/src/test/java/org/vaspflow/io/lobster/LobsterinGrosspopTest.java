package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

class LobsterinGrosspopTest {
    @TestFactory
    Stream<DynamicTest> everyLobsterinRoundTrips() throws Exception {
        try (Stream<Path> s = Files.walk(SharedData.data("lobster"))) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("lobsterin")).sorted().toList();
            assertTrue(files.size() >= 3);
            return files.stream().map(f -> DynamicTest.dynamicTest(SharedData.data().relativize(f).toString(), () -> {
                Lobsterin in = LobsterinReader.read(f);
                assertEquals(in, LobsterinReader.parse("written", in.write()));
            }));
        }
    }

    @Test
    void keywordsCaseInsensitiveAndValidated() {
        Lobsterin in = LobsterinReader.parse("lobsterin", """
                COHPstartEnergy -15.0 ! window
                cohpgenerator from 1.5 to 3.0 orbitalwise
                basisfunctions Na 3s 2p
                basisfunctions O 2s 2p
                skipdos
                """);
        assertEquals("-15.0", in.get("cohpStartEnergy").orElseThrow());
        assertEquals(2, in.all("BASISFUNCTIONS").size());
        assertTrue(in.has("skipDOS"));
        ParseException e = assertThrows(ParseException.class, () -> LobsterinReader.parse("lobsterin", "basisSet x\ncohpGenrator 1\n"));
        assertEquals(2, e.line());
    }

    @TestFactory
    Stream<DynamicTest> grosspopGolden() throws Exception {
        return GoldenCases.byParser("Grosspop", (file, g) -> {
            Grosspop gp = GrosspopReader.read(file);
            if (g.has("error")) {
                assertTrue(gp.atoms().size() > 0, "LOBSTER 5.1 GROSSPOP read where pymatgen fails");
                return;
            }
            JsonNode list = g.get("attributes").get("list_dict_grosspop");
            assertEquals(list.size(), gp.atoms().size());
            for (int i = 0; i < list.size(); i++) {
                Grosspop.Atom a = gp.atoms().get(i);
                assertEquals(list.get(i).get("element").asText(), a.element());
                for (Iterator<Map.Entry<String, JsonNode>> it = list.get(i).get("Mulliken GP").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode v = e.getValue();
                    double up = v.isObject() ? v.get("up").asDouble() : v.asDouble();
                    assertEquals(up, a.mulliken().get(0).get(e.getKey()), 0, e.getKey());
                }
            }
        }).stream();
    }

    @Test
    void contracts(@TempDir Path tmp) {
        ReaderContract.of(LobsterinReader::read).check(SharedData.data("lobster/lif-spin-lobster41/lobsterin"), tmp.resolve("a"));
        ReaderContract.of(GrosspopReader::read).comparing(g -> g.atoms().size() + " " + g.atoms().get(0).mulliken())
                .check(SharedData.data("lobster/lif-spin-lobster41/GROSSPOP.lobster"), tmp.resolve("b"));
    }
}
