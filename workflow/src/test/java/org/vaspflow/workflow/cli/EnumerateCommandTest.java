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
import org.vaspflow.io.vasp.PoscarReader;

class EnumerateCommandTest {
    private static final String FEO = "vasp/feo-afm-ldau-relax/CONTCAR";

    @Test
    void doubleSubstitutionsInASupercellMatchTheGoldenCountAndAreRanked(@TempDir Path tmp) throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("enumerate", SharedData.data(FEO).toString(), "--substitute", "Fe:Ru",
                "--count", "2", "--supercell", "2,2,2", "--out", tmp.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        JsonNode g = SharedData.goldenInputs("feo-afm-ldau-relax").get("substitution").get("per_element").get("Fe")
                .get("supercell").get("1e-3");
        JsonNode configs = out.get("configurations");
        assertEquals(g.get("n_distinct_double").asInt(), configs.size());
        int total = 0;
        double previous = Double.NEGATIVE_INFINITY;
        for (JsonNode c : configs) {
            total += c.get("multiplicity").asInt();
            assertTrue(c.get("ewald_energy").asDouble() >= previous, "ranked by Ewald energy");
            previous = c.get("ewald_energy").asDouble();
            assertEquals("Fe14 Ru2 O16", c.get("formula").asText());
        }
        assertEquals(16 * 15 / 2, total, "the orbits cover every pair of Fe sites");
        assertEquals(32, PoscarReader.read(tmp.resolve("2-1/POSCAR")).structure().size());
        assertTrue(Files.exists(tmp.resolve("2-" + configs.size() + "/POSCAR")));
    }

    @Test
    void vacanciesForSeveralContentsAndCommensurability() throws Exception {
        String nacl = SharedData.data("lobster/nacl-spin/CONTCAR.gz").toString();
        CliTestSupport.Result r = CliTestSupport.run("enumerate", nacl, "--vacancy", "Na", "--contents", "0.75,0.5",
                "--supercell", "2,2,1", "--oxidation", "Na=1,Cl=-1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode configs = new ObjectMapper().readTree(r.out()).get("configurations");
        assertEquals(1, configs.get(0).get("count").asInt(), "0.75 Na per formula unit in 4 formula units: 1 vacancy");
        assertTrue(configs.get(configs.size() - 1).get("content").asDouble() == 0.5);

        CliTestSupport.Result bad = CliTestSupport.run("enumerate", nacl, "--vacancy", "Na", "--contents", "1/3",
                "--supercell", "2,2,2");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("cannot be placed in 8 formula units"), bad.err());

        CliTestSupport.Result frac = CliTestSupport.run("enumerate", nacl, "--substitute", "Na:K", "--fraction", "1/3",
                "--supercell", "2,2,4");
        assertEquals(1, frac.exitCode());
        assertTrue(frac.err().contains("16 sites is 5.33 atoms"), frac.err());
    }
}
