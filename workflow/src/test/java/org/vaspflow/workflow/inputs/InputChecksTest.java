package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarValue;

/** One failing case per check of {@link InputChecks}, each naming the tag, the expectation and the value. */
class InputChecksTest {
    static final Structure RU_MN = PresetTagsTest.RU_MN;

    private static InputSet valid(String preset) {
        InputSet s = InputSetBuilder.build(RU_MN, preset, Map.of());
        assertEquals(List.of(), InputChecks.problems(s, OptionalInt.of(24)));
        return s;
    }

    private static InputSet with(InputSet s, Incar incar) {
        return new InputSet(s.presetName(), s.presetChain(), s.structure(), incar, s.kpoints(), s.potcarSymbols(),
                s.lobsterin(), s.lobsterBasisFunctions(), s.provenance(), s.warnings());
    }

    private static InputChecks.Problem only(InputSet s, OptionalInt cores) {
        List<InputChecks.Problem> p = InputChecks.problems(s, cores);
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    void ldauArraysOnePerSpecies() {
        InputSet s = valid("relax");
        InputChecks.Problem p = only(with(s, s.incar().with("LDAUU", new IncarValue.Numbers(new double[] {3.9, 0}, false))),
                OptionalInt.empty());
        assertEquals("LDAUU", p.tag());
        assertEquals("3 values (one per species [Mn, Ru, O])", p.expected());
        assertEquals("2 values", p.actual());
        assertEquals("absent", only(with(s, s.incar().without("LDAUJ")), OptionalInt.empty()).actual());
    }

    @Test
    void magmomOnePerSite() {
        InputSet s = valid("relax");
        InputChecks.Problem p = only(with(s, s.incar().with("MAGMOM", new IncarValue.Numbers(new double[] {5, 5, 5}, false))),
                OptionalInt.empty());
        assertEquals("MAGMOM", p.tag());
        assertTrue(p.expected().startsWith("24 values"), p.expected());
        assertEquals("3 values", p.actual());
        InputSet ncl = with(s, s.incar().with("LNONCOLLINEAR", new IncarValue.Bool(true)));
        assertTrue(only(ncl, OptionalInt.empty()).expected().startsWith("72 values (3 per site"));
    }

    @Test
    void potcarInPoscarSpeciesOrder() {
        InputSet s = valid("relax");
        InputSet swapped = new InputSet(s.presetName(), s.presetChain(), s.structure(), s.incar(), s.kpoints(),
                List.of("Ru_pv", "Mn_pv", "O"), s.lobsterin(), 0, s.provenance(), s.warnings());
        InputChecks.Problem p = only(swapped, OptionalInt.empty());
        assertEquals("POTCAR.spec", p.tag());
        assertEquals("[Ru_pv, Mn_pv, O]", p.actual());
    }

    @Test
    void tetrahedraNeedFourKpoints() {
        Structure box = new Structure(Lattice.fromParameters(20, 20, 20, 90, 90, 90), List.of(
                new Site(Element.of("Mn"), new double[] {0, 0, 0}), new Site(Element.of("O"), new double[] {0.08, 0, 0})));
        Overrides ov = new Overrides(Map.of("ISMEAR", new IncarValue.Int(-5)), Map.of(), Optional.of(new int[] {1, 1, 3}),
                Optional.empty());
        InputSet s = InputSetBuilder.build(box, "static", ov, Optional.empty());
        InputChecks.Problem p = only(s, OptionalInt.empty());
        assertEquals("ISMEAR", p.tag());
        assertEquals("-5", p.actual());
        assertTrue(p.expected().contains("mesh 1x1x3 has 3"), p.expected());
        Overrides four = new Overrides(Map.of("ISMEAR", new IncarValue.Int(-5)), Map.of(), Optional.of(new int[] {1, 1, 4}),
                Optional.empty());
        assertEquals(List.of(), InputChecks.problems(InputSetBuilder.build(box, "static", four, Optional.empty()),
                OptionalInt.empty()));
    }

    @Test
    void lobsterRequirements() {
        InputSet s = valid("lobster");
        Map<String, IncarValue> bad = Map.of("ISYM", new IncarValue.Int(2), "LWAVE", new IncarValue.Bool(false),
                "NSW", new IncarValue.Int(10), "NBANDS", new IncarValue.Int(100), "ISMEAR", new IncarValue.Int(1));
        for (Map.Entry<String, IncarValue> e : bad.entrySet()) {
            InputChecks.Problem p = only(with(s, s.incar().with(e.getKey(), e.getValue())), OptionalInt.empty());
            assertEquals(e.getKey(), p.tag());
            assertEquals(e.getValue().text(), p.actual());
        }
        assertEquals(">= 136 (LOBSTER basis functions)",
                only(with(s, s.incar().with("NBANDS", new IncarValue.Int(100))), OptionalInt.empty()).expected());
        assertEquals(List.of(), InputChecks.problems(with(s, s.incar().with("ISYM", new IncarValue.Int(-1))
                .with("ISMEAR", new IncarValue.Int(0)).with("NBANDS", new IncarValue.Int(200))), OptionalInt.empty()));
    }

    @Test
    void ncoreAndKparDivideTheCores() {
        Incar incar = Incar.empty().with("KPAR", new IncarValue.Int(4)).with("NCORE", new IncarValue.Int(4));
        assertEquals(List.of(), InputChecks.parallel(incar, 32));
        InputChecks.Problem kpar = InputChecks.parallel(incar, 6).get(0);
        assertEquals("KPAR", kpar.tag());
        assertEquals("a divisor of the 6 cores", kpar.expected());
        InputChecks.Problem ncore = InputChecks.parallel(incar, 24).get(0);
        assertEquals("NCORE", ncore.tag());
        assertEquals("a divisor of 6 (cores 24 / KPAR 4)", ncore.expected());
        assertEquals("4", ncore.actual());
        assertEquals(List.of(), InputChecks.parallel(Incar.empty(), 7), "defaults 1 and 1 divide anything");
        InputSet s = valid("relax");
        InputChecks.Problem p = only(with(s, s.incar().with("NCORE", new IncarValue.Int(5))), OptionalInt.of(16));
        assertEquals("NCORE", p.tag());
    }

    @Test
    void requireThrowsWithEveryProblem() {
        InputSet s = valid("lobster");
        InputChecks.InputCheckException e = assertThrows(InputChecks.InputCheckException.class, () -> InputChecks.require(
                with(s, s.incar().with("ISYM", new IncarValue.Int(2)).with("LWAVE", new IncarValue.Bool(false))),
                OptionalInt.empty(), "calc/lobster"));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("calc/lobster: inputs fail 2 check(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("ISYM: expected 0 or -1 for LOBSTER, got 2"), e.getMessage());
    }
}
