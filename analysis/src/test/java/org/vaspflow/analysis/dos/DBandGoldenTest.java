package org.vaspflow.analysis.dos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.out.Doscar;
import org.vaspflow.io.vasp.out.DoscarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * d-band centre, width, filling and integral of every golden case (pymatgen CompleteDos moments), per element and
 * for the first site, summed and per spin, whole range and [−10, 0] eV, to 1e-6 eV.
 */
class DBandGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() {
        List<DynamicTest> tests = GoldenCases.select(
                e -> e.has("dband") && e.get("dband").has("by_element") && !e.path("parser").asText().contains("lobster"),
                (file, e) -> check(file, e.path("parser").asText().contains("Vasprun"), e.get("dband")));
        assertTrue(tests.size() >= 15, "d-band golden files: " + tests.size());
        return tests.stream();
    }

    static void check(Path file, boolean vasprun, JsonNode g) {
        Dos dos;
        List<String> species;
        if (vasprun) {
            Vasprun v = VasprunReader.read(file, VasprunOptions.DEFAULT);
            dos = v.dos().orElseThrow();
            species = v.atomSymbols();
        } else {
            Doscar d = DoscarReader.read(file);
            dos = d.dos();
            species = d.speciesPerIon();
        }
        assertEquals(g.get("efermi_used").asDouble(), dos.efermiEv(), 1e-9);
        for (Iterator<Map.Entry<String, JsonNode>> it = g.get("by_element").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            compare(dos, species, new ArrayList<>(List.of(e.getKey())), List.of(), e.getValue(), e.getKey());
        }
        if (g.has("first_site")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = g.get("first_site").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(dos, species, List.of(), List.of(e.getValue().get("site_index").asInt()), e.getValue(),
                        "site of " + e.getKey());
            }
        }
    }

    private static void compare(Dos dos, List<String> species, List<String> elements, List<Integer> sites, JsonNode g,
            String what) {
        String[][] spins = {{"summed", "total"}, {"up", "up"}, {"down", "down"}};
        for (String[] s : spins) {
            if (!g.has("band_center_" + s[0] + "_erange_none")) {
                continue;
            }
            DosSelection sel = new DosSelection(elements, sites, "d", s[1]);
            DBand all = DBand.of(dos, species, sel, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "test");
            DBand window = DBand.of(dos, species, sel, -10, 0, "test");
            expect(g.get("band_center_" + s[0] + "_erange_none"), all.centerEv(), what + " centre " + s[0]);
            expect(g.get("band_width_" + s[0] + "_erange_none"), all.widthEv(), what + " width " + s[0]);
            expect(g.get("band_center_" + s[0] + "_erange_-10_0"), window.centerEv(), what + " centre [-10,0] " + s[0]);
            expect(g.get("band_width_" + s[0] + "_erange_-10_0"), window.widthEv(), what + " width [-10,0] " + s[0]);
            expect(g.get("band_filling_" + s[0]), all.filling(), what + " filling " + s[0]);
            expect(g.get("d_dos_integral_trapz_" + s[0]), all.integral(), what + " integral " + s[0]);
        }
    }

    private static void expect(JsonNode expected, double actual, String what) {
        if (expected == null || expected.isNull()) {
            assertTrue(Double.isNaN(actual), what + ": pymatgen divides by zero here, expected NaN, got " + actual);
        } else {
            assertEquals(expected.asDouble(), actual, 1e-6, what);
        }
    }
}
