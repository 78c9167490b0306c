package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.io.vasp.PoscarReader;

/** preset &lt; previous calculation &lt; override, then the preset's remove list (docs/inputs.md). */
class PrecedenceTest {
    static final java.nio.file.Path FEO = SharedData.data("vasp/feo-afm-ldau-relax");

    @Test
    void previousCalculationGivesStructureAndMomentsOverThePreset() {
        PreviousCalculation prev = PreviousCalculation.read(FEO);
        Structure poscar = PoscarReader.read(FEO.resolve("POSCAR")).structure();
        InputSet set = InputSetBuilder.build(poscar, "static", Overrides.NONE, Optional.of(prev));
        // OUTCAR's last magnetization (x) tot column: 3.007 1.397 -0.189 -0.189
        assertArrayEquals(new double[] {3.007, 1.397, -0.189, -0.189}, MagmomTest.magmom(set), 1e-12);
        Structure contcar = PoscarReader.read(FEO.resolve("CONTCAR")).structure();
        assertTrue(set.structure().equalsWithin(contcar.sortedByElectronegativity(), 1e-12, 1e-12), "CONTCAR is the POSCAR");
        assertTrue(set.provenance().stream().anyMatch(p -> p.startsWith("MAGMOM: final moments of the previous")));
        InputSet fresh = InputSetBuilder.build(poscar, "static", Map.of());
        assertEquals(4.0, MagmomTest.magmom(fresh)[0], "without a previous run: Fe2+ (FeO) high spin d6 from the table");
    }

    @Test
    void overridesWinOverThePreviousCalculation() {
        PreviousCalculation prev = PreviousCalculation.read(FEO);
        Structure poscar = PoscarReader.read(FEO.resolve("POSCAR")).structure();
        Overrides perElement = Overrides.NONE.withPerElement("MAGMOM", Map.of("Fe", 4.0));
        InputSet a = InputSetBuilder.build(poscar, "static", perElement, Optional.of(prev));
        assertArrayEquals(new double[] {4, 4, -0.189, -0.189}, MagmomTest.magmom(a), 1e-12);
        Overrides whole = Overrides.of(Map.of("MAGMOM", new IncarValue.Numbers(new double[] {5, -5, 0, 0}, false),
                "ENCUT", new IncarValue.Int(600)));
        InputSet b = InputSetBuilder.build(poscar, "static", whole, Optional.of(prev));
        assertArrayEquals(new double[] {5, -5, 0, 0}, MagmomTest.magmom(b));
        assertEquals(600L, b.incar().get("ENCUT").orElseThrow().plain());
    }

    @Test
    void presetRemoveListWinsLast() {
        Structure poscar = PoscarReader.read(FEO.resolve("POSCAR")).structure();
        InputSet nscf = InputSetBuilder.build(poscar, "mp-nscf-uniform", Overrides.of(Map.of("MAGMOM",
                new IncarValue.Numbers(new double[] {1, 1, 1, 1}, false))), Optional.of(PreviousCalculation.read(FEO)));
        assertTrue(nscf.incar().get("MAGMOM").isEmpty());
    }

    @Test
    void previousMomentsFollowTheSortedSiteOrder() {
        // previous POSCAR written O first: its moments must move with their sites when the set sorts Mn first
        Structure unsorted = new Structure(Lattice.fromParameters(4.4, 4.4, 4.4, 90, 90, 90), List.of(
                new Site(Element.of("O"), new double[] {0.5, 0, 0}), new Site(Element.of("Mn"), new double[] {0, 0, 0}),
                new Site(Element.of("O"), new double[] {0, 0.5, 0}), new Site(Element.of("Mn"), new double[] {0.5, 0.5, 0})));
        PreviousCalculation prev = new PreviousCalculation(java.nio.file.Path.of("prev"), Optional.of(unsorted),
                Optional.of(new double[] {0.1, 3.5, 0.2, -3.4}));
        InputSet set = InputSetBuilder.build(unsorted, "relax", Overrides.NONE, Optional.of(prev));
        assertEquals("Mn", set.structure().site(0).element().symbol());
        assertArrayEquals(new double[] {3.5, -3.4, 0.1, 0.2}, MagmomTest.magmom(set));
    }

    @Test
    void rutheniumUIsSetByOverrideWhereTheMpTableHasNone() {
        Structure s = PymatgenRecorded.structure("ru-mn7-o16");
        InputSet set = InputSetBuilder.build(s, "relax", Overrides.NONE.withPerElement("LDAUU", Map.of("Ru", 4.0)),
                Optional.empty());
        assertArrayEquals(new double[] {3.9, 4.0, 0}, PresetTagsTest.nums(set, "LDAUU"));
        assertArrayEquals(new double[] {2, 2, 0}, PresetTagsTest.nums(set, "LDAUL"), "Ru gets L = 2 (d) with its U");
        InputSet withJ = InputSetBuilder.build(s, "relax", Overrides.NONE.withPerElement("LDAUU", Map.of("Ru", 4.0))
                .withPerElement("LDAUJ", Map.of("Ru", 0.5)), Optional.empty());
        assertArrayEquals(new double[] {0, 0.5, 0}, PresetTagsTest.nums(withJ, "LDAUJ"));
        // RuO2-like: no MP U at all, the override switches DFT+U on with L = 2 for Ru
        Structure ruo = new Structure(Lattice.fromParameters(4.5, 4.5, 3.1, 90, 90, 90), List.of(
                new Site(Element.of("Ru"), new double[] {0, 0, 0}), new Site(Element.of("Ru"), new double[] {0.5, 0.5, 0.5}),
                new Site(Element.of("O"), new double[] {0.3, 0.3, 0}), new Site(Element.of("O"), new double[] {0.7, 0.7, 0}),
                new Site(Element.of("O"), new double[] {0.8, 0.2, 0.5}), new Site(Element.of("O"), new double[] {0.2, 0.8, 0.5})));
        InputSet r = InputSetBuilder.build(ruo, "relax", Overrides.NONE.withPerElement("LDAUU", Map.of("Ru", 3.0)),
                Optional.empty());
        assertEquals(true, r.incar().get("LDAU").orElseThrow().plain());
        assertArrayEquals(new double[] {3.0, 0}, PresetTagsTest.nums(r, "LDAUU"));
        assertArrayEquals(new double[] {2, 0}, PresetTagsTest.nums(r, "LDAUL"));
        assertArrayEquals(new double[] {0, 0}, PresetTagsTest.nums(r, "LDAUJ"));
        assertEquals(2.0, MagmomTest.magmom(r)[0], "Ru4+ low spin");
    }
}
