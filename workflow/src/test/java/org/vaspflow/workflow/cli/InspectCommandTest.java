package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;

class InspectCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void structureFileOutsideTheCorpus(@TempDir Path tmp) throws Exception {
        // a file a new user would write by hand, outside ../shared
        Path poscar = tmp.resolve("my structure.vasp");
        Files.writeString(poscar, """
                NaCl rock salt
                5.64
                0.0 0.5 0.5
                0.5 0.0 0.5
                0.5 0.5 0.0
                Na Cl
                1 1
                Direct
                0 0 0
                0.5 0.5 0.5
                """);
        CliTestSupport.Result r = CliTestSupport.run("inspect", poscar.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode entry = MAPPER.readTree(r.out()).get(0);
        assertEquals("poscar", entry.get("format").asText());
        assertTrue(entry.get("complete").asBoolean());
        assertEquals("Na1 Cl1", entry.get("formula").asText());
        assertEquals(2, entry.get("natoms").asInt());
        assertEquals(2.82, entry.get("lattice").get(0).get(1).asDouble(), 1e-12);
        assertEquals(5.64 * 5.64 * 5.64 / 4, entry.get("volume").asDouble(), 1e-9);
    }

    @Test
    void calculationFolderAndBrokenFile(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("calc"));
        Files.copy(SharedData.data("vasp/feo-afm-ldau-relax/INCAR"), folder.resolve("INCAR"));
        Files.copy(SharedData.data("vasp/feo-afm-ldau-relax/KPOINTS"), folder.resolve("KPOINTS"));
        Files.writeString(folder.resolve("POSCAR"), "broken\n1.0\n1 0 0\n");
        CliTestSupport.Result r = CliTestSupport.run("inspect", folder.toString(), "--json");
        assertEquals(1, r.exitCode(), "a broken file makes the exit code 1");
        JsonNode all = MAPPER.readTree(r.out());
        assertEquals(3, all.size(), "the broken POSCAR does not lose the other files");
        JsonNode incar = all.get(0);
        assertEquals("incar", incar.get("format").asText());
        assertEquals(2, incar.get("tags").get("ISPIN").asInt());
        assertTrue(incar.get("tags").get("MAGMOM").isArray());
        assertEquals("kpoints", all.get(1).get("format").asText());
        JsonNode broken = all.get(2);
        assertEquals(false, broken.get("complete").asBoolean());
        assertEquals(4, broken.get("error").get("line").asInt());
    }

    @Test
    void versionAndHelp() {
        CliTestSupport.Result v = CliTestSupport.run("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("vaspflow "), v.out());
        assertEquals(2, CliTestSupport.run("inspect").exitCode(), "missing PATH is a usage error");
    }
}
