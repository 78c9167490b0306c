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

class FedCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "pathways");

    @Test
    void naO2PathwayJsonAndPlot(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("fed.png");
        CliTestSupport.Result r = CliTestSupport.run("fed", EXAMPLES.resolve("na-o2-peroxide.yaml").toString(),
                "--out", png.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(-2.2523, o.get("steps").get(0).get("dg_u0").asDouble(), 1e-6);
        assertEquals(-2.4, o.get("steps").get(1).get("dg_u0").asDouble(), 1e-6);
        assertEquals(2.32615, o.get("equilibrium_potential").asDouble(), 1e-6);
        assertEquals(2.2523, o.get("limiting_potential_discharge").asDouble(), 1e-6);
        assertEquals(2.4, o.get("limiting_potential_charge").asDouble(), 1e-6);
        assertEquals(0.07385, o.get("overpotential_discharge").asDouble(), 1e-6);
        assertEquals(0.07385, o.get("overpotential_charge").asDouble(), 1e-6);
        assertTrue(o.get("definition").get("reference_electrode").asText().contains("Hummelshoj"));
        assertTrue(o.get("species").get("O2").get("source").asText().contains("per_o2"));
        assertEquals(900, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void oerKeys(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("oer.svg");
        CliTestSupport.Result r = CliTestSupport.run("fed", EXAMPLES.resolve("oer-ruo2-110.yaml").toString(),
                "--out", svg.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(0.37, o.get("overpotential_oer").asDouble(), 1e-6);
        assertEquals(1.6, o.get("limiting_potential_oer").asDouble(), 1e-6);
        assertEquals(1.23, o.get("equilibrium_potential").asDouble(), 1e-9);
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void badPathwayIsExitOneWithFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "process: reduction\ncarrier: {ion: Na, reference: Na, per_pair: 1}\n"
                + "species: {Na: {energy_ev: -1}}\nstep: []\n");
        CliTestSupport.Result r = CliTestSupport.run("fed", bad.toString(), "--json");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("bad.yaml:4") && r.err().contains("unknown key 'step'"), r.err());
    }
}
