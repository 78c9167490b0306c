package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaspflow.io.testing.SharedData;

class SymmetryCommandTest {
    @ParameterizedTest
    @CsvSource({"batio3, lobster/batio3/CONTCAR.gz, 1e-3", "feo-afm-ldau-relax, vasp/feo-afm-ldau-relax/CONTCAR, 1e-1",
        "lifeo2-pbesol-large, vasp/lifeo2-pbesol-large/vasprun.pbesol.xml.gz, 1e-1"})
    void printsSpglibsAnswer(String kase, String file, String symprec) throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("symmetry", SharedData.data(file).toString(), "--symprec", symprec,
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        JsonNode g = SharedData.goldenInputs(kase).get("symmetry").get("spglib").get(symprec);
        assertEquals(g.get("number").asInt(), out.get("spacegroup_number").asInt());
        assertEquals(g.get("international").asText(), out.get("spacegroup_symbol").asText());
        assertEquals(g.get("n_operations").asInt(), out.get("n_operations").asInt());
        assertEquals(g.get("site_class"), out.get("equivalent_sites"));
    }
}
