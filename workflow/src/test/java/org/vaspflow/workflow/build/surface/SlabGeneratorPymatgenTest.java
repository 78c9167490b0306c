package org.vaspflow.workflow.build.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slabs against pymatgen's SlabGenerator (min_slab_size 10, min_vacuum_size 10, center_slab, primitive) on real
 * structures of shared/data: oriented cell, cuts, and per termination the atom count, formula, area, thickness.
 */
class SlabGeneratorPymatgenTest {
    static Stream<PymatgenSlabCases.Case> cases() {
        return PymatgenSlabCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void orientedUnitCellAndShiftsAsPymatgen(PymatgenSlabCases.Case c) {
        SlabGenerator gen = new SlabGenerator(c.bulk(), c.hkl(), SlabOptions.of(10, 10));
        JsonNode sf = c.json().get("scale_factor");
        int[][] s = gen.orientedUnitCell().scaleFactor();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(sf.get(i).get(j).asInt(), s[i][j], "scale factor row " + i);
            }
        }
        assertEquals(c.json().get("ouc_natoms").asInt(), gen.orientedUnitCell().cell().size());
        assertEquals(c.json().get("proj_height").asDouble(), gen.orientedUnitCell().projectedHeightAngstrom(), 1e-8);
        List<Double> shifts = gen.shifts();
        JsonNode expected = c.json().get("shifts");
        assertEquals(expected.size(), shifts.size(), "number of cuts");
        for (int i = 0; i < shifts.size(); i++) {
            assertEquals(expected.get(i).asDouble(), shifts.get(i), 1e-8, "shift " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void terminationsAsPymatgen(PymatgenSlabCases.Case c) {
        SlabGenerator gen = new SlabGenerator(c.bulk(), c.hkl(), SlabOptions.of(10, 10));
        compare(c.json().get("slabs"), gen.terminations(), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void symmetricTerminationsAsPymatgen(PymatgenSlabCases.Case c) {
        SlabGenerator gen = new SlabGenerator(c.bulk(), c.hkl(), SlabOptions.of(10, 10));
        List<Slab> symmetric = gen.symmetricTerminations();
        compare(c.json().get("symmetric_slabs"), symmetric, false);
        for (Slab s : symmetric) {
            org.vaspflow.io.structure.Structure st = s.structure();
            org.junit.jupiter.api.Assertions.assertTrue(SlabMatcher.isSymmetric(st,
                    0.1 * Math.cbrt(st.lattice().volumeAngstrom3() / st.size())), "symmetric slab " + st.formula());
        }
    }

    private static void compare(JsonNode expected, List<Slab> slabs, boolean sameOrder) {
        int[] expectedAtoms = new int[expected.size()];
        int[] actualAtoms = new int[slabs.size()];
        for (int i = 0; i < expected.size(); i++) {
            expectedAtoms[i] = expected.get(i).get("natoms").asInt();
        }
        for (int i = 0; i < slabs.size(); i++) {
            actualAtoms[i] = slabs.get(i).structure().size();
        }
        if (!sameOrder) {
            java.util.Arrays.sort(expectedAtoms);
            java.util.Arrays.sort(actualAtoms);
        }
        assertArrayEquals(expectedAtoms, actualAtoms, "terminations and their atom counts");
        if (!sameOrder) {
            return;
        }
        for (int i = 0; i < slabs.size(); i++) {
            JsonNode e = expected.get(i);
            Slab s = slabs.get(i);
            assertEquals(e.get("shift").asDouble(), s.shift(), 1e-8);
            assertEquals(e.get("formula").asText(), s.structure().formula());
            assertEquals(e.get("surface_area").asDouble(), s.surfaceAreaAngstrom2(), 1e-6);
            assertEquals(e.get("thickness").asDouble(), s.thicknessAngstrom(), 1e-6);
            assertEquals(e.get("is_symmetric").asBoolean(),
                    SlabMatcher.isSymmetric(s.structure(), 0.1 * Math.cbrt(s.structure().lattice().volumeAngstrom3()
                            / s.structure().size())), "is_symmetric");
        }
    }
}
