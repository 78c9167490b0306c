package org.vaspflow.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/**
 * Small CIFs (two written by pymatgen's CifWriter, two by hand) expand to the structures pymatgen's
 * {@code CifParser.get_structures(primitive=False)} gives ({@code <name>.expected.json}, made offline by
 * {@code generate_expected.py}): same lattice matrix and the same sites, in any order (pymatgen sorts them).
 */
class CifReaderTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(CifReaderTest.class.getResource("/cif/" + name).toURI());
    }

    private static final String HEADER = """
            data_x
            _cell_length_a 4.0(1)
            _cell_length_b 4.0
            _cell_length_c 4.0
            _cell_angle_alpha 90
            _cell_angle_beta 90
            _cell_angle_gamma 90
            """;

    @ParameterizedTest
    @ValueSource(strings = {"NaCl-Fm-3m", "TiO2-rutile", "ZnO-wurtzite", "monoclinic-P21c"})
    void expandsToPymatgensStructure(String name) throws Exception {
        Structure s = CifReader.read(resource(name + ".cif"));
        JsonNode expected = SharedData.readJson(resource(name + ".expected.json"));
        assertEquals(expected.get("nsites").asInt(), s.size());
        assertEquals(expected.get("formula").asText(), s.formula());
        assertEquals(expected.get("volume").asDouble(), s.lattice().volumeAngstrom3(), 1e-9);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected.get("lattice").get(i).get(j).asDouble(), s.lattice().get(i, j), 1e-12);
            }
        }
        boolean[] used = new boolean[s.size()];
        for (int k = 0; k < s.size(); k++) {
            JsonNode f = expected.get("frac_coords").get(k);
            String symbol = expected.get("species").get(k).asText();
            int match = -1;
            for (int i = 0; i < s.size() && match < 0; i++) {
                Site site = s.site(i);
                double d = 0;
                for (int a = 0; a < 3; a++) {
                    double x = site.frac(a) - f.get(a).asDouble();
                    d = Math.max(d, Math.abs(x - Math.rint(x)));
                }
                match = !used[i] && d < 1e-6 && site.element().symbol().equals(symbol) ? i : -1;
            }
            assertTrue(match >= 0, "pymatgen site " + k + " " + symbol + f + " not found");
            used[match] = true;
        }
    }

    @Test
    void labelsAndCoordinatesAreKept() throws Exception {
        Structure s = CifReader.read(resource("monoclinic-P21c.cif"));
        assertEquals("Cu1", s.site(0).label());
        assertEquals(0.1, s.site(0).frac(0), 0, "uncertainty '(4)' dropped, first operation is the identity");
        assertEquals("Si1", s.site(9).label());
    }

    @Test
    void fractionalOccupancyNamesTheSite() {
        String cif = HEADER + """
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
    void twoRowsOnOnePositionNameBothSites() {
        String cif = HEADER + """
                loop_
                _symmetry_equiv_pos_as_xyz
                'x,y,z'
                '-x,-y,-z'
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Fe1 0.25 0.25 0.25
                Co1 0.75 0.75 0.75
                """;
        ParseException e = assertThrows(ParseException.class, () -> CifReader.parse("x.cif", cif));
        assertTrue(e.getMessage().contains("Co1") && e.getMessage().contains("Fe1"), e.getMessage());
    }

    @Test
    void spaceGroupWithoutOperationsIsRefused() {
        String cif = HEADER + """
                _symmetry_space_group_name_H-M 'F m -3 m'
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Na1 0 0 0
                """;
        ParseException e = assertThrows(ParseException.class, () -> CifReader.parse("x.cif", cif));
        assertTrue(e.getMessage().contains("F m -3 m"), e.getMessage());
        String p1 = cif.replace("'F m -3 m'", "'P 1'");
        assertEquals(1, CifReader.parse("p1.cif", p1).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'x,y'", "'x,y,2z'", "'x,x,z'", "'x+1/,y,z'", "'x+1/0,y,z'", "'x,y,z+a'", "'--x,y,z'",
        "'x,,z'"})
    void badOperationsAreParseErrors(String op) {
        String cif = HEADER + "loop_\n_symmetry_equiv_pos_as_xyz\n'x,y,z'\n" + op + "\n"
                + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa1 0 0 0\n";
        ParseException e = assertThrows(ParseException.class, () -> CifReader.parse("x.cif", cif));
        assertEquals(11, e.line(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Na1 0 0", "Na1 0 0 ?", "Na1 0 0 1f", "Xx1 0 0 0", "Na1 0 0 1e999"})
    void badAtomRowsAreParseErrors(String row) {
        String cif = HEADER + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + row + "\n";
        assertThrows(ParseException.class, () -> CifReader.parse("x.cif", cif));
    }

    @Test
    void contract(@TempDir Path tmp) throws Exception {
        ReaderContract.of(CifReader::read).comparing(s -> s).check(resource("monoclinic-P21c.cif"), tmp);
    }
}
