package org.vaspflow.workflow.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.cif.CifReader;
import org.vaspflow.io.json.PymatgenStructureJson;
import org.vaspflow.io.parse.ParseException;

class StructureSummariesTest {
    private static final String CIF = """
            data_CsCl_like_C_centred
            _cell_length_a 4.0
            _cell_length_b 5.0
            _cell_length_c 6.0
            _cell_angle_alpha 90
            _cell_angle_beta 90
            _cell_angle_gamma 90
            loop_
            _symmetry_equiv_pos_as_xyz
            'x, y, z'
            'x+1/2, y+1/2, z'
            loop_
            _atom_site_label
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            Cs1 0 0 0
            Cl1 0 0 0.5
            """;

    @Test
    void cifAndJsonGiveTheSameStructureKeys(@TempDir Path tmp) throws Exception {
        Path cif = Files.writeString(tmp.resolve("cscl.cif"), CIF);
        Path json = Files.writeString(tmp.resolve("cscl.json"), PymatgenStructureJson.write(CifReader.read(cif)));
        Map<String, Object> fromCif = Inspectors.inspect(cif, false);
        Map<String, Object> fromJson = Inspectors.inspect(json, false);
        assertEquals("cif", fromCif.get("format"));
        assertEquals("pymatgen_structure_json", fromJson.get("format"));
        for (Map<String, Object> e : List.of(fromCif, fromJson)) {
            assertEquals("Cs2 Cl2", e.get("formula"));
            assertEquals(4, e.get("natoms"));
            assertEquals(List.of("Cs", "Cs", "Cl", "Cl"), e.get("species"));
            assertArrayEquals(new double[] {0, 5, 0}, ((double[][]) e.get("lattice"))[1], 1e-12);
            @SuppressWarnings("unchecked")
            List<double[]> frac = (List<double[]>) e.get("frac_coords");
            assertArrayEquals(new double[] {0.5, 0.5, 0.5}, frac.get(3), 1e-12);
            assertEquals(120.0, (double) e.get("volume"), 1e-9);
        }
    }

    @Test
    void disorderedCifIsAParseError(@TempDir Path tmp) throws Exception {
        Path cif = Files.writeString(tmp.resolve("half.cif"), CIF.replace("_atom_site_fract_z\n", "_atom_site_fract_z\n_atom_site_occupancy\n")
                .replace("Cs1 0 0 0", "Cs1 0 0 0 0.5").replace("Cl1 0 0 0.5", "Cl1 0 0 0.5 1"));
        ParseException e = assertThrows(ParseException.class, () -> Inspectors.inspect(cif, false));
        assertTrue(e.getMessage().contains("Cs1"), e.getMessage());
    }
}
