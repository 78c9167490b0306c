package org.vaspflow.workflow.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.workflow.build.SiteEnumeration.Change;

/** Target compositions: formula units needed, why a cell cannot hold one, and the changes that make it. */
class CompositionTargetTest {
    /** Layered Na2FeNiO4 (custodian's test POSCAR): 2 formula units of Na(Fe,Ni)O2, Na layer at z = 0. */
    private static Structure nafenio() {
        return PoscarReader.read(SharedData.data("errors/zpotrf/POSCAR")).structure();
    }

    @Test
    void smallestFormulaUnits() {
        assertEquals(5, CompositionTarget.parse("Na0.6Li0.2Mn0.8O2").smallestFormulaUnits());
        assertEquals(3, CompositionTarget.parse("Na[Li1/3Ru2/3]O2").smallestFormulaUnits());
        assertEquals(3, CompositionTarget.parse("NaLi1/3Ru2/3O2").smallestFormulaUnits());
        assertEquals(1, CompositionTarget.parse("NaMnO2").smallestFormulaUnits());
        assertEquals(4, CompositionTarget.parse("Na0.75MnO2").smallestFormulaUnits());
    }

    @Test
    void saysWhyACellCannotHoldIt() {
        CompositionTarget t = CompositionTarget.parse("Na[Li1/3Ru2/3]O2");
        String why = t.whyNot(16).orElseThrow();
        assertTrue(why.startsWith("Na[Li1/3Ru2/3]O2 cannot be placed in 16 formula units: 16 × 1/3 (Li) is not an "
                + "integer; 16 × 2/3 (Ru) is not an integer"), why);
        assertTrue(why.endsWith("it needs a multiple of 3 formula units"), why);
        assertEquals(Optional.empty(), t.whyNot(18));
        assertTrue(CompositionTarget.parse("Na0.6Li0.2Mn0.8O2").whyNot(4).orElseThrow().contains("4 × 0.6 (Na)"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CompositionTarget.parse("Na0.6Xq0.2O2"));
        assertTrue(bad.getMessage().contains("Xq"), bad.getMessage());
    }

    @Test
    void changesForAStateOfChargeWithADopant() {
        Structure unit = nafenio();
        CompositionTarget t = CompositionTarget.parse("Na0.5[Li0.25Fe0.25Ni0.5]O2");
        assertEquals(2, t.formulaUnitsIn(unit), "4 O / 2 per formula unit");
        assertEquals(2, t.smallestCellMultiple(unit), "4 formula units needed, 2 per cell");
        Structure cell = unit.supercell(2, 1, 1);
        List<Change> changes = t.changes(cell, Map.of(Element.of("Li"), Element.of("Fe")));
        assertEquals(List.of(new Change(Element.of("Fe"), Optional.of(Element.of("Li")), 1),
                new Change(Element.of("Na"), Optional.empty(), 2)), changes);
        IllegalArgumentException noHost = assertThrows(IllegalArgumentException.class, () -> t.changes(cell, Map.of()));
        assertTrue(noHost.getMessage().contains("say which sites it takes"), noHost.getMessage());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> CompositionTarget
                .parse("Na0.5[Li0.75Fe0.25Ni0.5]O2").changes(cell, Map.of(Element.of("Li"), Element.of("Fe"))));
        assertTrue(tooMany.getMessage().contains("needs more atoms on Fe sites"), tooMany.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> CompositionTarget
                .parse("Na[Li1/2Ni1/2]O2").changes(cell, Map.of(Element.of("Li"), Element.of("Ni"))));
        assertTrue(missing.getMessage().contains("has no Fe"), missing.getMessage());
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> t.changes(unit, Map.of(Element.of("Li"), Element.of("Fe"))));
        assertTrue(odd.getMessage().contains("cannot be placed in 2 formula units: 2 × 0.25 (Li) is not an integer"), odd.getMessage());
    }
}
