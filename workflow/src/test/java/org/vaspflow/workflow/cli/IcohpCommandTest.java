package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.testing.SharedData;

class IcohpCommandTest {
    @Test
    void pairsOfAFolder() throws Exception {
        JsonNode golden = SharedData.golden("gaas-spin-emmet").get("files").get("ICOHPLIST.lobster.gz")
                .get("by_element_pair").get("As-Ga");
        CliTestSupport.Result r = CliTestSupport.run("icohp", SharedData.data("lobster/gaas-spin-emmet").toString(),
                "--pair", "Ga-As", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        JsonNode p = out.get("pairs").get("Ga-As");
        assertEquals(golden.get("count").asInt(), p.get("count").asInt());
        assertEquals(golden.get("sum_summed_spins").asDouble(), p.get("sum").asDouble(), 1e-6);
        assertEquals(16, out.get("entries").size());
        assertEquals(2, out.get("entries").get(0).get("icohp").size(), "up and down");
    }
}
