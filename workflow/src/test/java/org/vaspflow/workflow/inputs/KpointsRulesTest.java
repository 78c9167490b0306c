package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.Kpoints;

/**
 * K-point meshes by k-points per atom against pymatgen's {@code Kpoints.automatic_density} (recorded for every
 * corpus structure at 100, 500, 1000 and 4000 k-points per reciprocal atom, and with force_gamma), Γ-centring of
 * hexagonal cells, and 2-D slab meshes. (By reciprocal density: the 124 golden MP/LobsterSet meshes, see
 * {@link MpPresetGoldenTest} and {@link MpLobsterGoldenTest}.)
 */
class KpointsRulesTest {
    @TestFactory
    Stream<DynamicTest> kpointsPerAtomMatchPymatgen() {
        List<DynamicTest> tests = new ArrayList<>();
        JsonNode all = PymatgenRecorded.JSON.get("kpoints");
        for (Iterator<String> it = all.fieldNames(); it.hasNext();) {
            String name = it.next();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Structure s = GoldenCases.structure(SharedData.goldenInputs(name).get("structure"));
                for (Iterator<Map.Entry<String, JsonNode>> k = all.get(name).fields(); k.hasNext();) {
                    Map.Entry<String, JsonNode> e = k.next();
                    check(e.getValue(), KpointsGenerator.byKpointsPerAtom(s, Double.parseDouble(e.getKey()), false),
                            name + " kppa " + e.getKey());
                }
                check(PymatgenRecorded.JSON.get("kpoints_force_gamma").get(name),
                        KpointsGenerator.byKpointsPerAtom(s, 1000, true), name + " force_gamma");
            }));
        }
        assertTrue(tests.size() >= 30, "corpus structures");
        return tests.stream();
    }

    private static void check(JsonNode want, Kpoints got, String what) {
        assertEquals(want.get("style").asText(), got.style(), what);
        int[] d = new int[3];
        for (int i = 0; i < 3; i++) {
            d[i] = want.get("divisions").get(i).asInt();
        }
        assertArrayEquals(d, got.divisions(), what);
    }

    @Test
    void hexagonalCellsAreGammaCentredEvenWithEvenDivisions() {
        Structure hex = new Structure(Lattice.fromParameters(2.9, 2.9, 5.0, 90, 90, 120), List.of(
                new Site(Element.of("Ru"), new double[] {1 / 3.0, 2 / 3.0, 0.25}),
                new Site(Element.of("Ru"), new double[] {2 / 3.0, 1 / 3.0, 0.75})));
        assertTrue(KpointsGenerator.isHexagonal(hex.lattice()));
        for (int kppa : new int[] {200, 400, 1000, 2000}) {
            Kpoints k = KpointsGenerator.byKpointsPerAtom(hex, kppa, false);
            assertEquals("Gamma", k.style(), "kppa " + kppa + " " + java.util.Arrays.toString(k.divisions()));
        }
        Structure cubic = new Structure(Lattice.fromParameters(4, 4, 4, 90, 90, 90), List.of(
                new Site(Element.of("Ru"), new double[] {0, 0, 0})));
        assertEquals("Monkhorst", KpointsGenerator.byKpointsPerAtom(cubic, 64 * 1.0, false).style(),
                "even divisions of a cubic cell stay Monkhorst-Pack");
    }

    @Test
    void slabMeshesHaveOneDivisionAlongTheNormal() {
        Structure slab = new Structure(Lattice.fromParameters(5.77, 5.77, 30, 90, 90, 90), List.of(
                new Site(Element.of("Mn"), new double[] {0, 0, 0.4}), new Site(Element.of("O"), new double[] {0.5, 0, 0.45})));
        Kpoints bulk = KpointsGenerator.byReciprocalDensity(slab, 64, false);
        Kpoints k = KpointsGenerator.slab(slab, 64, 0);
        assertEquals(1, k.divisions()[2]);
        assertEquals(bulk.divisions()[0], k.divisions()[0], "in-plane divisions as the 3-D rule");
        assertEquals(bulk.divisions()[1], k.divisions()[1]);
        assertTrue(k.divisions()[0] > 1);
        assertEquals("Gamma", k.style());
        Kpoints byAtom = KpointsGenerator.slab(slab, 64, 1000);
        assertEquals(KpointsGenerator.byKpointsPerAtom(slab, 1000, true).divisions()[0], byAtom.divisions()[0]);
        assertEquals(1, byAtom.divisions()[2]);
    }
}
