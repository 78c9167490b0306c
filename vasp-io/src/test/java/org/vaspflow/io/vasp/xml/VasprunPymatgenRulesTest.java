package org.vaspflow.io.vasp.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.vasp.Dos;

/**
 * The golden keys that go beyond raw numbers — pymatgen's derived properties — for every vasprun.xml case:
 * generator, typed INCAR, LORBIT/ISMEAR/SIGMA, is_spin, hubbards, is_hubbard, run_type, converged, atomic symbols,
 * k-point generation, eigenvalue band properties, projected-DOS presence and orbital names.
 */
class VasprunPymatgenRulesTest {
    private static final String[] LM = {"s", "py", "pz", "px", "dxy", "dyz", "dz2", "dxz", "dx2", "f_3", "f_2",
        "f_1", "f0", "f1", "f2", "f3"};
    private static final String[] TYPES = {"s", "p", "d", "f"};

    @TestFactory
    Stream<DynamicTest> pymatgenRules() {
        List<DynamicTest> tests = GoldenCases.byParser("Vasprun", VasprunPymatgenRulesTest::check);
        assertTrue(tests.size() >= 18, "vasprun golden cases: " + tests.size());
        return tests.stream();
    }

    static void check(Path file, JsonNode g) {
        Vasprun v = VasprunReader.read(file, VasprunOptions.DEFAULT);
        for (Iterator<Map.Entry<String, JsonNode>> it = g.get("generator").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(e.getValue().asText(), v.generator().get(e.getKey()).strip(), "generator " + e.getKey());
        }
        incar(g.get("incar"), v.incar());
        assertEquals(g.get("ISMEAR").asLong(), v.parameterLong("ISMEAR", 1));
        assertEquals(g.get("SIGMA").asDouble(), v.parameterDouble("SIGMA"), 1e-12);
        same(g.get("LORBIT_parameters"), v.parameters().get("LORBIT"), "LORBIT parameters");
        same(g.get("LORBIT_incar"), v.incar().get("LORBIT"), "LORBIT incar");
        assertEquals(g.get("is_spin").asBoolean(), v.isSpin(), "is_spin");
        Map<String, Double> u = v.hubbards();
        assertEquals(g.get("hubbards").size(), u.size(), "hubbards " + u);
        g.get("hubbards").fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(), u.get(e.getKey()),
                1e-12, "U of " + e.getKey()));
        assertEquals(g.get("is_hubbard").asBoolean(), v.isHubbard(), "is_hubbard");
        assertEquals(g.get("run_type").asText(), v.runType(), "run_type");
        assertEquals(g.get("converged").asBoolean(), v.converged(), "converged");
        List<String> symbols = new ArrayList<>();
        g.get("atomic_symbols").forEach(s -> symbols.add(s.asText()));
        assertEquals(symbols, v.atomSymbols());
        kpoints(g.get("kpoints_generation"), v.kpoints());
        assertEquals(g.get("nbands_from_eigenvalues").asInt(), v.eigenvalues().orElseThrow().nBands());
        JsonNode bp = g.get("eigenvalue_band_properties");
        Vasprun.BandProperties p = v.bandProperties().orElseThrow();
        assertEquals(bp.get("band_gap").asDouble(), p.bandGapEv(), 1e-9, "band_gap");
        assertEquals(bp.get("cbm").asDouble(), p.cbmEv(), 1e-9, "cbm");
        assertEquals(bp.get("vbm").asDouble(), p.vbmEv(), 1e-9, "vbm");
        assertEquals(bp.get("is_direct").asBoolean(), p.direct(), "is_direct");
        boolean hasPdos = v.dos().map(d -> d.nIons() > 0).orElse(false);
        assertEquals(g.get("has_projected_dos").asBoolean(), hasPdos, "has_projected_dos");
        if (hasPdos) {
            pdosOrbitals(g, v.dos().orElseThrow(), v);
        }
    }

    /** pymatgen names orbitals by column index: Orbital(j) when any field has an x in it, else OrbitalType(j). */
    private static void pdosOrbitals(JsonNode g, Dos d, Vasprun v) {
        boolean lm = d.orbitals().stream().anyMatch(o -> o.contains("x"));
        assertEquals(g.get("pdos_lm_decomposed").asBoolean(), lm, "lm decomposed");
        TreeSet<String> names = new TreeSet<>();
        for (int j = 0; j < d.orbitals().size(); j++) {
            names.add(lm ? LM[j] : TYPES[j]);
        }
        List<String> expected = new ArrayList<>();
        g.get("pdos_orbitals").forEach(o -> expected.add(o.asText()));
        assertEquals(expected, List.copyOf(names), "pdos orbitals");
        assertEquals(lm ? 11 : 10, v.lorbit(), "LORBIT decided from the data when the file says F");
    }

    private static void kpoints(JsonNode g, Vasprun.Kpoints k) {
        assertEquals(g.get("style").asText(), k.style(), "k-point style");
        JsonNode kpts = g.get("kpts");
        if (k.style().equals("Reciprocal")) {
            assertEquals(kpts.size(), k.count());
            for (int i = 0; i < kpts.size(); i++) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(kpts.get(i).get(c).asDouble(), k.reducedCoords()[3 * i + c], 1e-12);
                }
            }
        } else {
            int[] div = new int[kpts.get(0).size()];
            for (int i = 0; i < div.length; i++) {
                div[i] = kpts.get(0).get(i).asInt();
            }
            assertArrayEquals(div, k.divisions(), "divisions");
        }
    }

    private static void incar(JsonNode g, Map<String, Object> incar) {
        assertEquals(new TreeSet<>(iterable(g.fieldNames())), new TreeSet<>(incar.keySet()), "INCAR tags");
        g.fields().forEachRemaining(e -> same(e.getValue(), incar.get(e.getKey()), "INCAR " + e.getKey()));
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** A JSON value against a parsed one: numbers, booleans, strings, lists; null for absent. */
    static void same(JsonNode g, Object actual, String what) {
        if (g == null || g.isNull()) {
            assertEquals(null, actual, what);
        } else if (g.isBoolean()) {
            assertEquals(g.asBoolean(), actual, what);
        } else if (g.isNumber()) {
            if (!(actual instanceof Number n)) {
                fail(what + ": expected number " + g + ", got " + actual);
                return;
            }
            assertEquals(g.asDouble(), n.doubleValue(), 1e-12, what);
            assertEquals(g.isIntegralNumber(), actual instanceof Long, what + " integer type");
        } else if (g.isArray()) {
            if (!(actual instanceof double[] d)) {
                fail(what + ": expected list " + g + ", got " + actual);
                return;
            }
            assertEquals(g.size(), d.length, what);
            for (int i = 0; i < d.length; i++) {
                assertEquals(g.get(i).asDouble(), d[i], 1e-12, what + "[" + i + "]");
            }
        } else {
            assertEquals(g.asText(), String.valueOf(actual), what);
        }
    }
}
