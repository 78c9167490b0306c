package org.vaspflow.workflow.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;

/** {@code inspect} of POSCAR/CONTCAR, INCAR, KPOINTS/IBZKPT, POTCAR and POTCAR.spec, against the golden files. */
class InputSummariesTest {
    @Test
    void contcarAgreesWithPymatgen() {
        JsonNode golden = SharedData.golden("feo-afm-ldau-relax").get("files").get("CONTCAR");
        Map<String, Object> e = Inspectors.inspect(SharedData.data("vasp/feo-afm-ldau-relax/CONTCAR"), false);
        assertEquals("poscar", e.get("format"));
        assertEquals(golden.get("formula").asText(), e.get("formula"));
        assertEquals(golden.get("nsites").asInt(), e.get("natoms"));
        assertEquals(List.of("Fe", "Fe", "O", "O"), e.get("species"));
        double[][] lattice = (double[][]) e.get("lattice");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(golden.get("lattice").get(i).get(j).asDouble(), lattice[i][j], 1e-8);
            }
        }
        @SuppressWarnings("unchecked")
        List<double[]> frac = (List<double[]>) e.get("frac_coords");
        assertEquals(golden.get("frac_coords").get(2).get(2).asDouble(), frac.get(2)[2], 1e-8);
        assertArrayEquals(new double[] {1.0}, (double[]) e.get("scale"));
        assertEquals(true, e.get("has_velocities"), "a CONTCAR carries a (zero) velocity block");
    }

    @Test
    void incarTagsAreTypedAndListsExpanded() {
        JsonNode params = SharedData.golden("feo-afm-ldau-relax").get("files").get("INCAR").get("params");
        Map<String, Object> e = Inspectors.inspect(SharedData.data("vasp/feo-afm-ldau-relax/INCAR"), false);
        @SuppressWarnings("unchecked")
        Map<String, Object> tags = (Map<String, Object>) e.get("tags");
        assertEquals(params.size(), tags.size());
        assertEquals(520L, tags.get("ENCUT"));
        assertEquals(0.0002, tags.get("EDIFF"));
        assertEquals(true, tags.get("LDAU"));
        assertEquals("Accurate", tags.get("PREC"));
        double[] magmom = (double[]) tags.get("MAGMOM");
        for (int i = 0; i < magmom.length; i++) {
            assertEquals(params.get("MAGMOM").get(i).asDouble(), magmom[i], 0, "MAGMOM " + i);
        }
        assertArrayEquals(new long[] {2, 0}, (long[]) tags.get("LDAUL"));
        assertEquals(List.of(), e.get("warnings"));
    }

    @Test
    void kpointsMeshAndExplicitList() {
        Map<String, Object> mesh = Inspectors.inspect(SharedData.data("vasp/mno2-spinel-host-outcar/KPOINTS"), false);
        assertEquals("kpoints", mesh.get("format"));
        assertEquals("Gamma", mesh.get("style"));
        assertArrayEquals(new int[] {4, 4, 3}, (int[]) mesh.get("divisions"));
        assertArrayEquals(new double[] {0, 0, 0}, (double[]) mesh.get("shift"));
        JsonNode oso2 = SharedData.golden("oso2-rutile").get("files").get("KPOINTS.gz");
        Map<String, Object> list = Inspectors.inspect(SharedData.data("vasp/oso2-rutile/KPOINTS.gz"), false);
        assertEquals(oso2.get("style").asText(), list.get("style"));
        assertEquals(oso2.get("num_kpts").asInt(), list.get("nkpoints"));
        Map<String, Object> ibz = Inspectors.inspect(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/IBZKPT"), false);
        assertEquals("Reciprocal", ibz.get("style"));
        assertTrue((int) ibz.get("nkpoints") >= 1);
    }

    @Test
    void lineModeCountsGeneratedPoints(@TempDir Path tmp) throws Exception {
        Path k = Files.writeString(tmp.resolve("KPOINTS"),
                "path\n20\nLine-mode\nReciprocal\n0 0 0 ! G\n0.5 0 0 ! X\n\n0.5 0 0 ! X\n0.5 0.5 0 ! M\n");
        Map<String, Object> e = Inspectors.inspect(k, false);
        assertEquals("Line_mode", e.get("style"));
        assertEquals(2, e.get("nsegments"));
        assertEquals(40, e.get("nkpoints"));
        assertEquals(List.of("G", "X", "X", "M"), e.get("labels"));
    }

    @Test
    void potcarHeadersAndSpec(@TempDir Path tmp) throws Exception {
        String fake = "  PAW_PBE O 01Jan2000 FAKE header-only POTCAR\n   6.0\n parameters from PSCTR are:\n"
                + "   VRHFIN =O: FAKE\n   TITEL  = PAW_PBE O 01Jan2000 FAKE\n"
                + "   POMASS =    1.000; ZVAL   =    6.000    mass and valenz\n"
                + "   ENMAX  =  400.000; ENMIN  =  300.000 eV\n End of Dataset\n";
        Path potcar = Files.writeString(tmp.resolve("POTCAR"), fake + fake.replace(" O ", " O_h "));
        Map<String, Object> e = Inspectors.inspect(potcar, false);
        assertEquals("potcar", e.get("format"));
        assertEquals(List.of("O", "O_h"), e.get("symbols"));
        assertEquals(List.of(6.0, 6.0), e.get("zval"));
        assertEquals(List.of(400.0, 400.0), e.get("enmax"));
        assertEquals(List.of("PAW_PBE", "PAW_PBE"), e.get("functional"));
        Path spec = Files.writeString(tmp.resolve("POTCAR.spec"), "Mn_pv\nO\n");
        assertEquals(List.of("Mn_pv", "O"), Inspectors.inspect(spec, false).get("symbols"));
    }
}
