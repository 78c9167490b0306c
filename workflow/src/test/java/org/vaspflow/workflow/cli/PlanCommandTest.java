package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.PoscarReader;

class PlanCommandTest {

    @Test
    void theDopantRecipePlansEveryFolderWithTheCompositionsItStates(@TempDir Path dir) throws Exception {
        Path campaign = dir.resolve("c");
        assertEquals(0, CliTestSupport.run("init", "nlmo-ru-dopant-screen", "--out", campaign.toString()).exitCode());
        CliTestSupport.Result r = CliTestSupport.run("plan", campaign.resolve("nlmo-ru-dopant-screen.yaml").toString(),
                "--out", dir.resolve("plan").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = Json.MAPPER.readTree(r.out());
        // pristine + Ru (2 configurations) + Ti + Ir, 4 steps each
        assertEquals(5 * 4, rows.size());
        Set<String> hashes = new HashSet<>();
        for (JsonNode row : rows) {
            Path folder = dir.resolve("plan").resolve(row.get("folder").asText());
            for (String f : new String[] {"INCAR", "POSCAR", "KPOINTS", "POTCAR.spec", "README.md"}) {
                assertTrue(Files.isRegularFile(folder.resolve(f)), folder + "/" + f);
            }
            Structure s = PoscarReader.read(folder.resolve("POSCAR")).structure();
            assertEquals(36, s.size());
            assertEquals(6, s.composition().get(Element.of("Na")));
            assertEquals(2, s.composition().get(Element.of("Li")));
            assertEquals(20, s.composition().get(Element.of("O")));
            String name = row.get("name").asText();
            int mn = s.composition().getOrDefault(Element.of("Mn"), 0);
            assertEquals(name.startsWith("nlmo-pristine") ? 8 : 7, mn, name);
            if (name.startsWith("nlmo-Ru")) {
                assertEquals(1, s.composition().get(Element.of("Ru")), name);
            }
            assertEquals(row.get("formula").asText(), s.formula());
            hashes.add(row.get("input_hash").asText());
        }
        assertEquals(rows.size(), hashes.size(), "every calculation has its own inputs");
        String c1 = Files.readString(dir.resolve("plan/runs/nlmo-Ru.c1/relax/POSCAR"));
        String c2 = Files.readString(dir.resolve("plan/runs/nlmo-Ru.c2/relax/POSCAR"));
        assertTrue(!c1.substring(c1.indexOf('\n')).equals(c2.substring(c2.indexOf('\n'))), "two distinct Ru sites");
        assertTrue(Files.readString(dir.resolve("plan/plan.csv")).startsWith(String.join(",", PlanCommand.COLUMNS)));
        assertTrue(Files.readString(dir.resolve("plan/runs/nlmo-Ru.c2/static/README.md"))
                .contains("replaced by the CONTCAR of nlmo-Ru.c2/relax"));
    }

    @Test
    void initRefusesAnUnknownRecipeAndKeepsExistingFiles(@TempDir Path dir) throws Exception {
        CliTestSupport.Result bad = CliTestSupport.run("init", "no-such-recipe", "--out", dir.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("no recipe 'no-such-recipe'"), bad.err());
        Path mine = dir.resolve("nlmo-ru-dopant-screen.yaml");
        Files.writeString(mine, "mine");
        assertEquals(0, CliTestSupport.run("init", "nlmo-ru-dopant-screen", "--out", dir.toString()).exitCode());
        assertEquals("mine", Files.readString(mine));
        assertTrue(Files.isRegularFile(dir.resolve("structures/P2-Na0.6Li0.2Mn0.8O2.vasp")));
    }
}
