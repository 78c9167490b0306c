package org.vaspflow.analysis.thermo;

import java.util.List;
import java.util.Map;

/**
 * The free-energy diagram of a pathway, with the definition that produced it (house rule 4). Formulas and
 * citations: {@link FreeEnergyDiagram}.
 *
 * @param pathway the pathway as bound
 * @param steps each step's ΔG
 * @param equilibriumPotentialV the potential overpotentials are measured from: the given one, else the computed one
 * @param computedEquilibriumPotentialV U0 = −ΣΔG_i^red / Σn_i over the electrochemical steps, from the energies
 * @param limitingPotentialReductionV the highest potential at which every electrochemical step, written as a
 *     reduction, is downhill: min_i(−ΔG_i^red / n_i) (discharge of a metal–O2 cell, ORR)
 * @param limitingPotentialOxidationV the lowest potential at which every step written as an oxidation is downhill:
 *     max_i(−ΔG_i^red / n_i) (charge of a metal–O2 cell, OER)
 * @param overpotentialReductionV U_eq − U_L,red
 * @param overpotentialOxidationV U_L,ox − U_eq
 * @param reductionLimitingStep name of the step that sets U_L,red
 * @param oxidationLimitingStep name of the step that sets U_L,ox
 * @param species every species' free energy and its source
 * @param definition how the numbers were defined (reference electrode, corrections, sign conventions, citations)
 * @param warnings what a reader should know (an uphill chemical step, an energy from an unfinished run)
 */
public record FreeEnergyResult(Pathway pathway, List<StepResult> steps, double equilibriumPotentialV,
        double computedEquilibriumPotentialV, double limitingPotentialReductionV, double limitingPotentialOxidationV,
        double overpotentialReductionV, double overpotentialOxidationV, String reductionLimitingStep,
        String oxidationLimitingStep, Map<String, SpeciesFreeEnergy> species, Map<String, String> definition,
        List<String> warnings) {

    public FreeEnergyResult {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /**
     * One step.
     *
     * @param name the step's label
     * @param type electrochemical or chemical
     * @param electrons pairs transferred
     * @param dgU0Ev ΔG at U = 0 in the direction written (products − reactants, pairs at their U = 0 value)
     * @param dgUeqEv ΔG at the equilibrium potential
     * @param dgULimReductionEv ΔG at the reduction limiting potential
     * @param dgULimOxidationEv ΔG at the oxidation limiting potential
     */
    public record StepResult(String name, String type, int electrons, double dgU0Ev, double dgUeqEv,
            double dgULimReductionEv, double dgULimOxidationEv) {
    }

    /** ΔG of step {@code i} at potential {@code uV}, in the direction written: ΔG_i(0) + s·n_i·e·U. */
    public double dgEv(int i, double uV) {
        StepResult s = steps.get(i);
        return s.dgU0Ev() + pathway.pairSign() * s.electrons() * uV;
    }

    /** Cumulative free energy after each step at {@code uV}, starting with 0 for the initial state. */
    public double[] levelsEv(double uV) {
        double[] g = new double[steps.size() + 1];
        for (int i = 0; i < steps.size(); i++) {
            g[i + 1] = g[i] + dgEv(i, uV);
        }
        return g;
    }

    /** The name of the discharge/OER/ORR potentials for this reaction: {@code ("discharge","charge")} etc. */
    public String[] directionNames() {
        return switch (pathway.reaction()) {
            case "metal_o2" -> new String[] {"discharge", "charge"};
            case "oer", "orr" -> new String[] {"orr", "oer"};
            default -> new String[] {"reduction", "oxidation"};
        };
    }
}
