package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.IncarValue;

/** Each vaspflow preset's key tags on a Ru/Mn oxide (Ru in λ-MnO₂ from the corpus, Mn₇RuO₁₆). */
class PresetTagsTest {
    static final Structure RU_MN = PymatgenRecorded.structure("ru-mn7-o16");

    static Object tag(InputSet set, String tag) {
        return set.incar().get(tag).map(IncarValue::plain).orElse("absent");
    }

    static double num(InputSet set, String tag) {
        return ((Number) set.incar().get(tag).orElseThrow(() -> new AssertionError(tag + " absent")).plain())
                .doubleValue();
    }

    static double[] nums(InputSet set, String tag) {
        return ((IncarValue.Numbers) set.incar().get(tag).orElseThrow()).values();
    }

    @Test
    void base() {
        InputSet s = InputSetBuilder.build(RU_MN, "base", Map.of());
        assertEquals(520.0, num(s, "ENCUT"));
        assertEquals(1e-5, num(s, "EDIFF"));
        assertEquals(2.0, num(s, "ISPIN"));
        assertEquals(0.0, num(s, "ISMEAR"));
        assertEquals(List.of("Mn_pv", "Ru_pv", "O"), s.potcarSymbols());
        assertArrayEquals(new double[] {3.9, 0, 0}, nums(s, "LDAUU"), "MP U on Mn, none on Ru (the user sets it)");
        assertArrayEquals(new double[] {2, 0, 0}, nums(s, "LDAUL"));
        assertEquals(24, nums(s, "MAGMOM").length);
        assertEquals(4.0, num(s, "LMAXMIX"));
        assertEquals(List.of("base"), s.presetChain());
    }

    @Test
    void relaxAndVdwVariants() {
        InputSet r = InputSetBuilder.build(RU_MN, "relax", Map.of());
        assertEquals(2.0, num(r, "IBRION"));
        assertEquals(3.0, num(r, "ISIF"));
        assertEquals(99.0, num(r, "NSW"));
        assertEquals(-0.02, num(r, "EDIFFG"));
        assertEquals("absent", tag(r, "IVDW"));
        InputSet d3 = InputSetBuilder.build(RU_MN, "vdw-d3", Map.of());
        assertEquals(11.0, num(d3, "IVDW"));
        assertEquals(-0.02, num(d3, "EDIFFG"), "inherits relax");
        InputSet bj = InputSetBuilder.build(RU_MN, "vdw-d3bj", Map.of());
        assertEquals(12.0, num(bj, "IVDW"));
        assertEquals(List.of("vdw-d3bj", "relax", "base"), bj.presetChain());
    }

    @Test
    void staticAndDos() {
        InputSet st = InputSetBuilder.build(RU_MN, "static", Map.of());
        assertEquals(0.0, num(st, "NSW"));
        assertEquals(-1.0, num(st, "IBRION"));
        assertEquals(-5.0, num(st, "ISMEAR"));
        assertEquals(true, tag(st, "LCHARG"));
        InputSet dos = InputSetBuilder.build(RU_MN, "dos", Map.of());
        assertEquals(11.0, num(dos, "LORBIT"));
        assertEquals(3001.0, num(dos, "NEDOS"));
        assertEquals(-5.0, num(dos, "ISMEAR"));
        int[] d = dos.kpoints().divisions();
        int[] ds = st.kpoints().divisions();
        assertTrue(d[0] * d[1] * d[2] > ds[0] * ds[1] * ds[2], "denser mesh than static");
        assertTrue(dos.warnings().isEmpty(), dos.warnings().toString());
    }

    @Test
    void dosFallsBackToGaussianWithSmallSigmaBelowFourKpoints() {
        // a MnO pair in a 25 Å box: the DOS density gives a 1×1×1 mesh
        Structure box = new Structure(Lattice.fromParameters(25, 25, 25, 90, 90, 90), List.of(
                new Site(Element.of("Mn"), new double[] {0, 0, 0}), new Site(Element.of("O"), new double[] {0.07, 0, 0})));
        InputSet dos = InputSetBuilder.build(box, "dos", Map.of());
        assertArrayEquals(new int[] {1, 1, 1}, dos.kpoints().divisions());
        assertEquals(0.0, num(dos, "ISMEAR"));
        assertEquals(0.02, num(dos, "SIGMA"));
        assertTrue(dos.warnings().get(0).contains("ISMEAR = 0, SIGMA = 0.02"), dos.warnings().toString());
    }

    @Test
    void lobster() {
        InputSet l = InputSetBuilder.build(RU_MN, "lobster", Map.of());
        assertEquals(0.0, num(l, "ISYM"));
        assertEquals(true, tag(l, "LWAVE"));
        assertEquals(11.0, num(l, "LORBIT"));
        assertEquals(0.0, num(l, "NSW"));
        assertEquals(-5.0, num(l, "ISMEAR"));
        assertEquals(PymatgenRecorded.JSON.at("/lobster/ru-mn7-o16/NBANDS").asDouble(), num(l, "NBANDS"),
                "pymatgen LobsterSet NBANDS");
        assertTrue(l.lobsterin().isPresent());
        assertEquals(List.of("lobster", "static", "base"), l.presetChain());
    }

    @Test
    void slabAndAdsorbate() {
        InputSet slab = InputSetBuilder.build(RU_MN, "slab", Map.of());
        assertEquals(3.0, num(slab, "IDIPOL"));
        assertEquals(true, tag(slab, "LDIPOL"));
        assertEquals(2.0, num(slab, "ISIF"), "cell fixed, vacuum kept");
        assertEquals(1, slab.kpoints().divisions()[2], "1 division along the surface normal");
        assertEquals("Gamma", slab.kpoints().style());
        InputSet ads = InputSetBuilder.build(RU_MN, "adsorbate", Map.of());
        assertEquals(0.0, num(ads, "ISYM"));
        assertEquals(3.0, num(ads, "IDIPOL"));
        assertEquals(1, ads.kpoints().divisions()[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "relax", "static", "dos", "lobster", "slab", "adsorbate", "vdw-d3", "vdw-d3bj",
            "mp-relax", "mp-static", "mp-nscf-uniform", "mp-lobster", "bare"})
    void everyPresetPassesTheChecksAndDocumentsItsSource(String preset) throws Exception {
        for (String name : List.of("ru-mn7-o16", "na-li-ru2-mn4-o16", "li-mn8-o16")) {
            InputSet s = InputSetBuilder.build(PymatgenRecorded.structure(name), preset, Map.of());
            assertEquals(List.of(), InputChecks.problems(s, OptionalInt.of(16)), preset + " on " + name);
        }
        try (var in = getClass().getResourceAsStream("/templates/incar/presets/" + preset + ".yaml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.startsWith("#"), preset + " starts with a comment");
            assertTrue(text.contains("pymatgen") || text.contains("VASP") || text.contains("vaspflow"), preset);
        }
    }

    @Test
    void unknownPresetKeyNamesFileKeyAndLine() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Templates.preset("test-bad-key"));
        assertTrue(e.getMessage().contains("test-bad-key.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("'incarr'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
