package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;

class TableCommandTest {
    @Test
    void jsonRowsAndCorrelationWithExtraValues(@TempDir Path dir) throws Exception {
        Path feo = SharedData.data("vasp/feo-afm-ldau-relax");
        Path fe2o3 = SharedData.data("vasp/fe2o3-ldau-magmom");
        Path y2 = SharedData.data("vasp/lifepo4-spin");
        Path values = dir.resolve("ads.csv");
        Files.writeString(values, "folder,adsorption_energy\nfeo-afm-ldau-relax,-1.2\nfe2o3-ldau-magmom,-0.4\n"
                + "lifepo4-spin,-0.9\n");
        Path out = dir.resolve("t.json");
        Path plot = dir.resolve("c.png");
        CliTestSupport.Result r = CliTestSupport.run("table", feo.toString(), fe2o3.toString(), y2.toString(),
                dir.resolve("missing").toString(), "--element", "Fe", "--out", out.toString(), "--values",
                values.toString(), "--plot", "dband_center_Fe:adsorption_energy", "--plot-out", plot.toString(),
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode file = new ObjectMapper().readTree(out.toFile());
        assertEquals(4, file.size());
        JsonNode g = SharedData.golden("feo-afm-ldau-relax").get("summary");
        assertEquals(g.get("final_energy").asDouble(), file.get(0).get("energy").asDouble(), 1e-8);
        assertEquals(-1.2, file.get(0).get("adsorption_energy").asDouble(), 0);
        assertEquals(false, file.get(3).get("ok").asBoolean());
        assertTrue(file.get(3).get("energy").isNull());
        assertTrue(r.err().contains("missing"), r.err());
        JsonNode c = new ObjectMapper().readTree(r.out()).get("correlation");
        assertEquals(3, c.get("n").asInt());
        assertTrue(c.get("r_squared").asDouble() >= 0 && c.get("r_squared").asDouble() <= 1);
        assertEquals(800, ImageIO.read(plot.toFile()).getWidth());
    }

    @Test
    void csvOut(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.csv");
        CliTestSupport.Result r = CliTestSupport.run("table", SharedData.data("lobster/nacl-comp-range").toString(),
                "--pair", "Na-Cl", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = Files.readString(out).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].endsWith("icohp_mean_Na-Cl,notes"), lines[0]);
    }
}
