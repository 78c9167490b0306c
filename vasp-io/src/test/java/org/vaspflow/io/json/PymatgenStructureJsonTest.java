package org.vaspflow.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.ReaderContract;

class PymatgenStructureJsonTest {
    static Path resource() throws Exception {
        return Path.of(PymatgenStructureJsonTest.class.getResource("/cif/TiO2-rutile.pymatgen.json").toURI());
    }

    @Test
    void readsPymatgenAsDictAndRoundTrips() throws Exception {
        Structure s = PymatgenStructureJson.read(resource());
        assertEquals(6, s.size());
        assertEquals("TiO2", s.reducedFormula());
        Structure again = PymatgenStructureJson.parse("written", PymatgenStructureJson.write(s));
        assertEquals(s.lattice(), again.lattice());
        assertEquals(s.sites(), again.sites());
    }

    @Test
    void disorderNamesTheSite() {
        String json = """
                {"lattice": {"matrix": [[3,0,0],[0,3,0],[0,0,3]]},
                 "sites": [{"species": [{"element": "Li", "occu": 0.5}, {"element": "Na", "occu": 0.5}],
                            "abc": [0,0,0], "label": "M1"}]}
                """;
        ParseException e = assertThrows(ParseException.class, () -> PymatgenStructureJson.parse("s.json", json));
        assertTrue(e.getMessage().contains("M1"), e.getMessage());
    }

    @Test
    void contract(@TempDir Path tmp) throws Exception {
        ReaderContract.of(PymatgenStructureJson::read).check(resource(), tmp);
    }
}
