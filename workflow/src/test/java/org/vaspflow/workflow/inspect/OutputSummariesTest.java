package org.vaspflow.workflow.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;

/** {@code inspect} of OUTCAR, OSZICAR, DOSCAR, PROCAR and EIGENVAL against the golden values of the same files. */
class OutputSummariesTest {
    private static final String K4SN4O6 = "vasp/k4sn4o6-spin-doscar-procar/";

    private static JsonNode golden(String kase, String file) {
        return SharedData.golden(kase).get("files").get(file);
    }

    @SuppressWarnings("unchecked")
    private static double sum(Map<String, Object> entry, String array) {
        return (Double) ((Map<String, Object>) ((Map<String, Object>) entry.get("arrays")).get(array)).get("sum");
    }

    @Test
    void outcarFeoAfmLdauRelax() {
        JsonNode g = golden("feo-afm-ldau-relax", "OUTCAR");
        Map<String, Object> e = Inspectors.inspect(SharedData.data("vasp/feo-afm-ldau-relax/OUTCAR"), false);
        assertEquals("outcar", e.get("format"));
        assertEquals(true, e.get("complete"));
        assertTrue(((String) e.get("vasp_version")).startsWith(g.get("version_line").asText()));
        assertEquals(4L, e.get("natoms"));
        assertEquals(2L, e.get("ispin"));
        assertEquals(g.get("final_energy").asDouble(), (Double) e.get("final_energy"), 1e-6);
        assertEquals(g.get("efermi").asDouble(), (Double) e.get("efermi"), 1e-6);
        assertEquals(g.get("total_mag").asDouble(), (Double) e.get("total_magnetization"), 1e-6);
        assertEquals(g.get("final_forces_max_norm").asDouble(), (Double) e.get("final_forces_max_norm"), 1e-6);
        assertEquals(g.get("n_free_energie_blocks").asInt(), e.get("n_ionic_steps"));
        List<?> mag = (List<?>) e.get("magnetization");
        for (int i = 0; i < mag.size(); i++) {
            assertEquals(g.get("magnetization").get(i).get("tot").asDouble(), (Double) mag.get(i), 1e-6);
        }
    }

    @Test
    void outcarOfAKilledRunSaysWhere() {
        Map<String, Object> e = Inspectors.inspect(SharedData.data("errors/potim/OUTCAR"), false);
        assertEquals(false, e.get("complete"));
        assertTrue(((Map<?, ?>) e.get("damage")).get("reason").toString().contains("timing"));
        assertEquals(3, e.get("n_ionic_steps"));
    }

    @Test
    void oszicarK4sn4o6() {
        JsonNode g = golden("k4sn4o6-spin-doscar-procar", "OSZICAR");
        Map<String, Object> e = Inspectors.inspect(SharedData.data(K4SN4O6 + "OSZICAR"), false);
        assertEquals("oszicar", e.get("format"));
        assertEquals(g.get("n_ionic_steps").asInt(), e.get("n_ionic_steps"));
        assertEquals(g.get("final_energy").asDouble(), (Double) e.get("final_energy"), 1e-6);
        assertEquals(g.get("final_mag").asDouble(), (Double) e.get("total_magnetization"), 1e-6);
    }

    @Test
    void doscarK4sn4o6WithArrays() {
        JsonNode g = golden("k4sn4o6-spin-doscar-procar", "DOSCAR");
        Map<String, Object> e = Inspectors.inspect(SharedData.data(K4SN4O6 + "DOSCAR"), true);
        assertEquals("doscar", e.get("format"));
        assertEquals(2, e.get("ispin"));
        assertEquals(14, e.get("natoms"));
        assertEquals(14, ((List<?>) e.get("species")).size(), "species from the POSCAR/CONTCAR beside");
        double total = g.get("total_dos_sum").get(0).asDouble() + g.get("total_dos_sum").get(1).asDouble();
        assertEquals(total, sum(e, "dos_total"), total * 1e-9);
        double projected = 0;
        for (JsonNode ion : g.get("site_column_sums")) {
            for (JsonNode col : ion) {
                projected += col.asDouble();
            }
        }
        // the DOS tolerance: projections are floats (Dos), ~3e-9 off here, totals doubles
        assertEquals(projected, sum(e, "dos_projected"), Math.abs(projected) * 1e-6);
    }

    @Test
    void procarK4sn4o6WithArrays() {
        JsonNode g = golden("k4sn4o6-spin-doscar-procar", "PROCAR");
        Map<String, Object> e = Inspectors.inspect(SharedData.data(K4SN4O6 + "PROCAR"), true);
        assertEquals("procar", e.get("format"));
        assertEquals(g.get("nbands").asInt(), e.get("nbands"));
        double expected = g.get("data_sum").get("up").asDouble() + g.get("data_sum").get("down").asDouble();
        assertEquals(expected, sum(e, "projected"), expected * 1e-6);
    }

    @Test
    void eigenvalK4sn4o6WithArraysAgreesWithProcarOfTheSameRun() {
        Map<String, Object> eig = Inspectors.inspect(SharedData.data(K4SN4O6 + "EIGENVAL"), true);
        Map<String, Object> pro = Inspectors.inspect(SharedData.data(K4SN4O6 + "PROCAR"), true);
        assertEquals("eigenval", eig.get("format"));
        assertEquals(pro.get("nkpoints"), eig.get("nkpoints"));
        assertEquals(128.0, (Double) eig.get("nelect"), 0);
        // EIGENVAL prints 6 decimals, PROCAR 8: 2 × 80 bands agree to 1e-5 eV each
        assertEquals(sum(pro, "eigenvalues"), sum(eig, "eigenvalues"), 160 * 1e-5);
        assertEquals(sum(pro, "occupations"), sum(eig, "occupations"), 160 * 1e-5);
    }

    @Test
    void truncatedDoscarIsFlagged(@TempDir Path tmp) throws Exception {
        byte[] bytes = Files.readAllBytes(SharedData.data("vasp/si-spin-lorbit10-doscar/out/DOSCAR"));
        Path cut = tmp.resolve("DOSCAR");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));
        Map<String, Object> e = Inspectors.inspect(cut, false);
        assertFalse((Boolean) e.get("complete"));
        assertTrue((Integer) ((Map<?, ?>) e.get("damage")).get("line") > 0);
    }
}
