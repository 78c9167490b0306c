package org.vaspflow.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** CIFs written by pymatgen's CifWriter (symmetrised, full operation lists) expand to pymatgen's structures. */
class CifReaderTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(CifReaderTest.class.getResource("/cif/" + name).toURI());
    }

    @Test
    void expandsSymmetryOperations() throws Exception {
        for (String name : new String[] {"NaCl-Fm-3m", "TiO2-rutile"}) {
            Structure s = CifReader.read(resource(name + ".cif"));
            JsonNode expected = SharedData.readJson(resource(name + ".expected.json"));
            assertEquals(expected.get("nsites").asInt(), s.size(), name);
            assertEquals(expected.get("reduced").asText(), s.reducedFormula(), name);
            assertEquals(expected.get("volume").asDouble(), s.lattice().volumeAngstrom3(), 1e-6, name);
        }
    }

    @Test
    void fractionalOccupancyNamesTheSite() {
        String cif = """
                data_x
                _cell_length_a 4.0(1)
                _cell_length_b 4.0
                _cell_length_c 4.0
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                Na1 Na 0 0 0 1
                Li2 Li 0.5 0.5 0.5 0.5
                """;
        ParseException e = assertThrows(ParseException.class, () -> CifReader.parse("x.cif", cif));
        assertTrue(e.getMessage().contains("Li2"), e.getMessage());
        assertEquals(16, e.line());
    }

    @Test
    void contract(@TempDir Path tmp) throws Exception {
        ReaderContract.of(CifReader::read).check(resource("TiO2-rutile.cif"), tmp);
    }
}
