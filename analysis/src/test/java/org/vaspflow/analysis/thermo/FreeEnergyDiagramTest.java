package org.vaspflow.analysis.thermo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Free-energy results against hand calculations, to 1e-6.
 *
 * <p><b>OER on rutile (110).</b> Man et al., ChemCatChem 3, 1159 (2011) report theoretical OER overpotentials of
 * 0.37 V for RuO2(110) and 0.56 V for IrO2(110) (the same as Rossmeisl et al., J. Electroanal. Chem. 607, 83
 * (2007)), and the scaling ΔG_OOH = ΔG_OH + 3.2 eV behind their volcano η = max(ΔG_O − ΔG_OH, 3.2 eV −
 * (ΔG_O − ΔG_OH))/e − 1.23 V. The paper's table of ΔG_OH, ΔG_O, ΔG_OOH could not be opened from the build
 * environment, so the adsorption free energies below are NOT quoted from it: they are chosen on Man et al.'s scaling
 * line so that they give the reported overpotentials (RuO2: ΔG_O − ΔG_OH = 1.60 eV, the volcano top; IrO2: 1.41 eV,
 * the strong-binding leg). That both lie on the strong-binding (left) leg with RuO2 the more active is what Xu,
 * Rossmeisl &amp; Kitchin, J. Phys. Chem. C 119, 4827 (2015) say of Man et al.'s results. Replace them by the table's
 * values when it is at hand; the hand calculation below stays the same.
 */
class FreeEnergyDiagramTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "pathways");
    private static final double TOL = 1e-6;

    private static String oer(double dgOh, double dgO, double dgOoh) {
        return """
                name: OER
                reaction: oer
                process: oxidation
                carrier: {ion: H, reference: H2, per_pair: 0.5}
                species:
                  "*": {energy_ev: 0}
                  "OH*": {energy_ev: %s}
                  "O*": {energy_ev: %s}
                  "OOH*": {energy_ev: %s}
                  H2O: {energy_ev: 0}
                  H2: {energy_ev: 0}
                  O2: {energy_ev: 0}
                o2_correction: {method: h2o_based}
                steps:
                  - {reactants: {H2O: 1, "*": 1}, products: {"OH*": 1}, electrons: 1}
                  - {reactants: {"OH*": 1}, products: {"O*": 1}, electrons: 1}
                  - {reactants: {"O*": 1, H2O: 1}, products: {"OOH*": 1}, electrons: 1}
                  - {reactants: {"OOH*": 1}, products: {"*": 1, O2: 1}, electrons: 1}
                """.formatted(dgOh, dgO, dgOoh);
    }

    private static void checkOer(double dgOh, double dgO, double dgOoh, double etaReported) {
        FreeEnergyResult r = FreeEnergyDiagram.compute(PathwayLoader.parse(oer(dgOh, dgO, dgOoh), "test"), Path.of("."));
        double[] hand = {dgOh, dgO - dgOh, dgOoh - dgO, 4.92 - dgOoh};
        double max = Math.max(Math.max(hand[0], hand[1]), Math.max(hand[2], hand[3]));
        for (int i = 0; i < 4; i++) {
            assertEquals(hand[i], r.steps().get(i).dgU0Ev(), TOL, "dG" + (i + 1));
            assertEquals(hand[i] - 1.23, r.steps().get(i).dgUeqEv(), TOL, "dG" + (i + 1) + " at 1.23 V");
            assertEquals(hand[i] - max, r.steps().get(i).dgULimOxidationEv(), TOL);
        }
        assertEquals(1.23, r.computedEquilibriumPotentialV(), TOL, "4.92 eV / 4 e");
        assertEquals(max, r.limitingPotentialOxidationV(), TOL, "U_OER = max dG_i / e");
        assertEquals(max - 1.23, r.overpotentialOxidationV(), TOL, "eta_OER = max dG_i / e - 1.23 V");
        assertEquals(etaReported, r.overpotentialOxidationV(), TOL, "Man et al. 2011");
        double min = Math.min(Math.min(hand[0], hand[1]), Math.min(hand[2], hand[3]));
        assertEquals(min, r.limitingPotentialReductionV(), TOL, "U_ORR = min dG_i / e");
        assertEquals(1.23 - min, r.overpotentialReductionV(), TOL, "eta_ORR");
    }

    @Test
    void oerOnRuO2_110() {
        // steps 1.00, 1.60, 1.60, 0.72 eV: O* -> OOH* (and OH* -> O*) limit, eta = 0.37 V
        checkOer(1.00, 2.60, 4.20, 0.37);
    }

    @Test
    void oerOnIrO2_110() {
        // steps 0.60, 1.41, 1.79, 1.12 eV: O* -> OOH* limits, eta = 0.56 V
        checkOer(0.60, 2.01, 3.80, 0.56);
    }

    @Test
    void exampleRuO2PathwayGivesTheSameAsTheHandCalculation() {
        FreeEnergyResult r = FreeEnergyDiagram.compute(PathwayLoader.load(EXAMPLES.resolve("oer-ruo2-110.yaml")),
                EXAMPLES);
        assertEquals(0.37, r.overpotentialOxidationV(), TOL);
        assertEquals("OH* -> O*", r.oxidationLimitingStep(), "first of the two 1.60 eV steps");
        assertEquals(4.92, r.species().get("O2").freeEnergyEv(), TOL);
    }

    /**
     * Na–O2 discharge written out by hand (numbers of examples/pathways/na-o2-peroxide.yaml):
     * <pre>
     * G(Na)    = -2.6228 / 2                          = -1.3114
     * G(O2)    = -9.8626 + 0.098 - 0.634 + 0.7023     = -9.6963
     * G(NaO2)  = -53.0400 / 4                         = -13.2600
     * G(Na2O2) = -33.9428 / 2                         = -16.9714
     * dG1 = G(NaO2) - G(O2) - G(Na)      = -13.2600 + 9.6963 + 1.3114  = -2.2523
     * dG2 = G(Na2O2) - G(NaO2) - G(Na)   = -16.9714 + 13.2600 + 1.3114 = -2.4000
     * U0    = -(dG1 + dG2) / 2 = 4.6523 / 2 = 2.32615 V
     * U_dis = min(-dG1, -dG2) = 2.2523 V ; U_ch = max(-dG1, -dG2) = 2.4000 V
     * eta_dis = U0 - U_dis = 0.07385 V ; eta_ch = U_ch - U0 = 0.07385 V
     * </pre>
     */
    @Test
    void naO2ToNa2O2ByHand() {
        FreeEnergyResult r = FreeEnergyDiagram.compute(PathwayLoader.load(EXAMPLES.resolve("na-o2-peroxide.yaml")),
                EXAMPLES);
        assertEquals(-1.3114, r.species().get("Na_metal").freeEnergyEv(), TOL);
        assertEquals(-9.6963, r.species().get("O2").freeEnergyEv(), TOL);
        assertEquals(0.7023, r.species().get("O2").correctionEv(), TOL);
        assertEquals(-2.2523, r.steps().get(0).dgU0Ev(), TOL);
        assertEquals(-2.4000, r.steps().get(1).dgU0Ev(), TOL);
        assertEquals(2.32615, r.equilibriumPotentialV(), TOL);
        assertEquals(2.2523, r.limitingPotentialReductionV(), TOL);
        assertEquals(2.4000, r.limitingPotentialOxidationV(), TOL);
        assertEquals(0.07385, r.overpotentialReductionV(), TOL);
        assertEquals(0.07385, r.overpotentialOxidationV(), TOL);
        assertEquals("Na + O2 -> NaO2", r.reductionLimitingStep());
        assertEquals("NaO2 + Na -> Na2O2", r.oxidationLimitingStep());
        // at U_dis both steps are downhill, the first exactly flat; at U_eq the first is downhill, the second uphill
        assertEquals(0, r.steps().get(0).dgULimReductionEv(), TOL);
        assertEquals(-2.4 + 2.2523, r.steps().get(1).dgULimReductionEv(), TOL);
        assertEquals(-2.2523 + 2.32615, r.steps().get(0).dgUeqEv(), TOL);
        assertEquals(0, r.levelsEv(r.equilibriumPotentialV())[2], TOL, "the whole reaction is at equilibrium at U0");
        assertTrue(r.definition().get("reference_electrode").contains("Na/Na+"));
        assertEquals("discharge", r.directionNames()[0]);
    }

    /**
     * The carbonate example by hand: G(O2) = -9.6963, G(CO2) = -22.96 + 0.306 - 0.664 = -23.318;
     * dG3 = G(Na2CO3) + 0.5 G(O2) - G(Na2O2) - G(CO2) = -39.92 - 4.84815 + 16.9714 + 23.318 = -4.47875 (chemical);
     * U0 over the electrochemical steps only = -(-2.2523 - 2.4) / 2 = 2.32615 V (counting dG3 would give 4.565525 V
     * and a negative charge overpotential); the limiting potentials stay 2.2523 / 2.4 V.
     */
    @Test
    void carbonateExampleWithAChemicalStep() {
        FreeEnergyResult r = FreeEnergyDiagram.compute(PathwayLoader.load(EXAMPLES.resolve(
                "na-o2-co2-carbonate.yaml")), EXAMPLES);
        assertEquals(-4.47875, r.steps().get(2).dgU0Ev(), TOL);
        assertEquals(2.32615, r.equilibriumPotentialV(), TOL);
        assertEquals(2.2523, r.limitingPotentialReductionV(), TOL);
        assertEquals(2.4, r.limitingPotentialOxidationV(), TOL);
        assertEquals(0.07385, r.overpotentialReductionV(), TOL);
        assertEquals(0.07385, r.overpotentialOxidationV(), TOL);
    }

    @Test
    void aChemicalStepChangesNeitherU0NorTheLimitingPotentials() {
        String yaml = """
                reaction: metal_o2
                process: reduction
                carrier: {ion: Na, reference: Na, per_pair: 1}
                species:
                  Na: {energy_ev: -1.0}
                  A: {energy_ev: -5.0}
                  B: {energy_ev: -8.5}
                  C: {energy_ev: -8.7}
                steps:
                  - {reactants: {A: 1}, products: {B: 1}, electrons: 1}
                  - {type: chemical, reactants: {B: 1}, products: {C: 1}}
                """;
        FreeEnergyResult r = FreeEnergyDiagram.compute(PathwayLoader.parse(yaml, "test"), Path.of("."));
        // dG1 = -8.5 + 5.0 + 1.0 = -2.5 ; dG2 = -0.2 (chemical) ; U0 = 2.5 (electrochemical steps) ; U_dis = U_ch = 2.5
        assertEquals(-2.5, r.steps().get(0).dgU0Ev(), TOL);
        assertEquals(-0.2, r.steps().get(1).dgU0Ev(), TOL);
        assertEquals(-0.2, r.steps().get(1).dgUeqEv(), TOL, "no potential dependence");
        assertEquals(2.5, r.equilibriumPotentialV(), TOL);
        assertEquals(2.5, r.limitingPotentialReductionV(), TOL);
        assertEquals(2.5, r.limitingPotentialOxidationV(), TOL);
        assertTrue(r.warnings().isEmpty());
    }
}
