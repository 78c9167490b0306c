package org.vaspflow.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

class PymatgenStructureJsonTest {
    /** {@code json.dumps(Structure.as_dict())} of rutile, written by pymatgen 2022.11.7. */
    static Path resource() throws Exception {
        return Path.of(PymatgenStructureJsonTest.class.getResource("/cif/TiO2-rutile.pymatgen.json").toURI());
    }

    @Test
    void readsPymatgensAsDict() throws Exception {
        Structure s = PymatgenStructureJson.read(resource());
        JsonNode raw = SharedData.readJson(resource());
        assertEquals(raw.get("sites").size(), s.size());
        assertEquals("TiO2", s.reducedFormula());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(raw.get("lattice").get("matrix").get(i).get(j).asDouble(), s.lattice().get(i, j), 0);
            }
        }
        for (int k = 0; k < s.size(); k++) {
            JsonNode site = raw.get("sites").get(k);
            assertEquals(site.get("species").get(0).get("element").asText(), s.site(k).element().symbol());
            for (int a = 0; a < 3; a++) {
                assertEquals(site.get("abc").get(a).asDouble(), s.site(k).frac(a), 0);
            }
            assertEquals("", s.site(k).label(), "pymatgen's default label (the symbol) reads as no label");
        }
    }

    @Test
    void roundTripKeepsLabelsAndSelectiveDynamics() throws Exception {
        Structure s = new Structure(Lattice.fromParameters(3.1, 4.2, 5.3, 81, 95, 112), List.of(
                new Site(Element.of("Fe"), new double[] {0.1, 0.2, 1.3}, "Fe_a", new boolean[] {true, false, true}),
                new Site(Element.of("O"), new double[] {-0.25, 0.5, 1 / 3.0})));
        String json = PymatgenStructureJson.write(s);
        assertEquals(s, PymatgenStructureJson.parse("written", json));
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals("Structure", tree.get("@class").asText());
        assertEquals(5.3, tree.get("lattice").get("c").asDouble(), 1e-12);
        assertArrayEquals(s.cartesian(1), new double[] {tree.get("sites").get(1).get("xyz").get(0).asDouble(),
            tree.get("sites").get(1).get("xyz").get(1).asDouble(), tree.get("sites").get(1).get("xyz").get(2).asDouble()},
                0);
        assertEquals("O", tree.get("sites").get(1).get("label").asText(), "no label is written as the symbol");
    }

    @Test
    void xyzIsUsedWithoutAbc() {
        String json = """
                {"lattice": {"matrix": [[2,0,0],[0,4,0],[0,0,5]]},
                 "sites": [{"species": [{"element": "Cu", "occu": 1, "oxidation_state": 2}], "xyz": [1, 1, 1]}]}
                """;
        assertArrayEquals(new double[] {0.5, 0.25, 0.2}, PymatgenStructureJson.parse("s.json", json).site(0).fracCoords(),
                1e-15);
    }

    @Test
    void disorderNamesTheSiteAndItsLine() {
        String json = """
                {"lattice": {"matrix": [[3,0,0],[0,3,0],[0,0,3]]},
                 "sites": [{"species": [{"element": "Na", "occu": 1}], "abc": [0.5,0.5,0.5]},
                           {"species": [{"element": "Li", "occu": 0.5}, {"element": "Na", "occu": 0.5}],
                            "abc": [0,0,0], "label": "M1"}]}
                """;
        ParseException e = assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("s.json", json));
        assertTrue(e.getMessage().contains("M1"), e.getMessage());
        assertEquals(3, e.line(), "the line the site starts on");
        String half = json.replace("{\"element\": \"Li\", \"occu\": 0.5}, ", "");
        e = assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("s.json", half));
        assertTrue(e.getMessage().contains("M1") && e.getMessage().contains("occupancy"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"element\": \"X0+\"", "\"element\": \"Fe\", \"occu\": \"1\"", "\"element\": 26"})
    void badSpeciesAreParseErrors(String species) {
        String json = "{\"lattice\": {\"matrix\": [[3,0,0],[0,3,0],[0,0,3]]}, \"sites\": [{\"species\": [{" + species
                + "}], \"abc\": [0,0,0]}]}";
        assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("s.json", json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[0,0]", "[0,\"0\",0]", "[0,0,0,0]", "{}"})
    void badCoordinatesAreParseErrors(String abc) {
        String json = "{\"lattice\": {\"matrix\": [[3,0,0],[0,3,0],[0,0,3]]}, \"sites\": [{\"species\": "
                + "[{\"element\": \"Fe\", \"occu\": 1}], \"abc\": " + abc + "}]}";
        assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("s.json", json));
    }

    @Test
    void notAStructureIsAParseError() {
        String cell = "\"lattice\": {\"matrix\": [[3,0,0],[0,3,0],[0,0,3]]}, \"sites\": []";
        assertEquals(0, PymatgenStructureJson.parse("s.json", "{" + cell + "}").size());
        assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("m.json", "{\"@class\": \"Molecule\", " + cell + "}"));
        assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("t.json", "{" + cell + "} {}"));
        assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("l.json", "[1, 2]"));
        assertThrows(ParseException.class,
                () -> PymatgenStructureJson.parse("z.json", "{" + cell.replace("[0,0,3]", "[0,0,0]") + "}"));
    }

    @Test
    void contract(@TempDir Path tmp) throws Exception {
        ReaderContract.of(PymatgenStructureJson::read).comparing(s -> s).check(resource(), tmp);
    }
}
