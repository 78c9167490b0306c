package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** lobsterin (read, write, round trip) and GROSSPOP.lobster (against pymatgen's {@code Grosspop}). */
class LobsterinGrosspopReaderTest {
    @TestFactory
    Stream<DynamicTest> everyLobsterinRoundTrips() throws Exception {
        try (Stream<Path> s = Files.walk(SharedData.data("lobster"))) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("lobsterin")).sorted().toList();
            assertTrue(files.size() >= 4);
            return files.stream().map(f -> DynamicTest.dynamicTest(SharedData.data().relativize(f).toString(), () -> {
                Lobsterin in = LobsterinReader.read(f);
                String text = in.write();
                assertEquals(in, LobsterinReader.parse("written", text));
                assertEquals(text, LobsterinReader.parse("written", text).write(), "writing is stable");
            }));
        }
    }

    @Test
    void keywordsCaseInsensitiveCommentsAndRepeatedLines() {
        Lobsterin in = LobsterinReader.parse("lobsterin", """
                ! a LOBSTER input
                COHPstartEnergy -15.0 ! window
                cohpgenerator from 1.5 to 3.0 orbitalwise
                basisfunctions Na 3s 2p   # Bunge basis
                basisfunctions O  2s 2p
                // flags
                skipdos
                """);
        assertEquals("-15.0", in.get("cohpStartEnergy").orElseThrow());
        assertEquals("from 1.5 to 3.0 orbitalwise", in.get("COHPGENERATOR").orElseThrow());
        assertEquals(Map.of("Na", List.of("3s", "2p"), "O", List.of("2s", "2p")), in.basisFunctions());
        assertTrue(in.has("skipDOS"));
        assertEquals(5, in.entries().size());
        Lobsterin upper = LobsterinReader.parse("lobsterin", """
                COHPSTARTENERGY -15.0
                COHPGenerator from 1.5 to 3.0 orbitalwise
                BasisFunctions Na 3s 2p
                BASISFUNCTIONS O 2s 2p
                SKIPDOS
                """);
        assertEquals(in, upper, "keywords compare case-insensitively");
        assertTrue(in.write().startsWith("COHPstartEnergy -15.0\ncohpgenerator from"), "spelling kept on write");
        ParseException e = assertThrows(ParseException.class,
                () -> LobsterinReader.parse("lobsterin", "basisSet x\ncohpGenrator 1\n"));
        assertEquals(2, e.line());
        assertEquals(1, e.column());
    }

    static void checkGrosspop(Path file, JsonNode g) {
        Grosspop gp = GrosspopReader.read(file);
        assertTrue(gp.completeness().complete());
        if (g.has("error")) {
            // LOBSTER 5.1 "For spin" header: pymatgen fails; populations add up to the totals LOBSTER printed
            for (Grosspop.Atom a : gp.atoms()) {
                double sum = 0;
                for (int o = 0; o < a.orbitals().size(); o++) {
                    sum += a.mulliken(0, o);
                }
                assertEquals(a.mullikenTotal()[0], sum, 0.011 * a.orbitals().size(), a.label());
            }
            return;
        }
        JsonNode list = g.get("attributes").get("list_dict_grosspop");
        assertEquals(list.size(), gp.atoms().size());
        for (int i = 0; i < list.size(); i++) {
            Grosspop.Atom a = gp.atoms().get(i);
            assertEquals(list.get(i).get("element").asText(), a.element());
            checkMethod(list.get(i).get("Mulliken GP"), a, true);
            checkMethod(list.get(i).get("Loewdin GP"), a, false);
        }
    }

    private static void checkMethod(JsonNode want, Grosspop.Atom a, boolean mulliken) {
        int k = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); k++) {
            Map.Entry<String, JsonNode> e = it.next();
            double v = e.getValue().asDouble();
            if (e.getKey().equals("total")) {
                assertEquals(v, (mulliken ? a.mullikenTotal() : a.loewdinTotal())[0], 0);
            } else {
                assertEquals(e.getKey(), a.orbitals().get(k));
                assertEquals(v, mulliken ? a.mulliken(0, k) : a.loewdin(0, k), 0, e.getKey());
            }
        }
        assertEquals(a.orbitals().size() + 1, k);
    }

    @Test
    void grosspopSpinColumnsFollowTheSpinLine() {
        String body = """
                  atom#    atom   basisfunction    Mulliken GP     Loewdin GP
                                                    %s
                      1      Na             3s           0.11           0.21           0.12           0.22
                                         total           6.11           6.21           6.12           6.22
                """;
        Grosspop grouped = GrosspopReader.parse("GROSSPOP.lobster",
                body.formatted("For spin 1     For spin 2     For spin 1     For spin 2"));
        Grosspop interleaved = GrosspopReader.parse("GROSSPOP.lobster",
                body.formatted("For spin 1     For spin 1     For spin 2     For spin 2"));
        assertEquals(2, grouped.nSpins());
        Grosspop.Atom g = grouped.atoms().get(0);
        assertEquals(List.of(0.11, 0.21, 0.12, 0.22), List.of(g.mulliken(0, 0), g.mulliken(1, 0), g.loewdin(0, 0), g.loewdin(1, 0)));
        Grosspop.Atom i = interleaved.atoms().get(0);
        assertEquals(List.of(0.11, 0.21, 0.12, 0.22), List.of(i.mulliken(0, 0), i.loewdin(0, 0), i.mulliken(1, 0), i.loewdin(1, 0)));
        assertEquals(6.22, i.loewdinTotal()[1], 0);
        Grosspop cut = GrosspopReader.parse("GROSSPOP.lobster", body.formatted("For spin 1 For spin 2 For spin 1 For spin 2")
                .lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
        assertFalse(cut.completeness().complete());
        assertTrue(Double.isNaN(cut.atoms().get(0).mullikenTotal()[0]));
    }

    @Test
    void contracts(@TempDir Path tmp) {
        ReaderContract.of(LobsterinReader::read).check(SharedData.data("lobster/nacl-v51-lcfo/lobsterin"), tmp.resolve("a"));
        for (String sample : List.of("lif-spin-lobster41/GROSSPOP.lobster", "nacl-v51-lcfo/GROSSPOP.lobster")) {
            ReaderContract.of(GrosspopReader::read)
                    .comparing(g -> g.atoms().stream().map(a -> a.label() + java.util.Arrays.toString(a.mulliken())
                            + java.util.Arrays.toString(a.loewdinTotal())).toList())
                    .check(SharedData.data("lobster/" + sample), tmp.resolve(sample.replace('/', '_')));
        }
    }
}
