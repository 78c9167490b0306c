package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.testing.SharedData;

class DbandCommandTest {
    @Test
    void firstFeSiteAsPymatgen() throws Exception {
        JsonNode golden = SharedData.golden("feo-afm-ldau-relax").get("files").get("vasprun.xml").get("dband")
                .get("first_site").get("Fe");
        CliTestSupport.Result r = CliTestSupport.run("dband", SharedData.data("vasp/feo-afm-ldau-relax").toString(),
                "--site", "0", "--erange", "-10:0", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertEquals(golden.get("band_center_summed_erange_-10_0").asDouble(), out.get("center").asDouble(), 1e-6);
        assertEquals(golden.get("band_width_summed_erange_-10_0").asDouble(), out.get("width").asDouble(), 1e-6);
        assertEquals(golden.get("band_filling_summed").asDouble(), out.get("filling").asDouble(), 1e-6);
        assertTrue(out.get("definition").get("citation").asText().contains("Hammer"));
        assertEquals(-10.0, out.get("definition").get("erange").get(0).asDouble());
        assertTrue(out.get("upper_edge").asDouble() > out.get("center").asDouble() - 10);
    }
}
