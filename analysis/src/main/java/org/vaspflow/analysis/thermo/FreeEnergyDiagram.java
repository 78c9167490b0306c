package org.vaspflow.analysis.thermo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step free energies, equilibrium and limiting potentials, and overpotentials of a pathway.
 *
 * <p><b>Step free energies.</b> G of each species is E/formula_units + ZPE − TS (+ the O2 correction,
 * {@link O2Correction}). A transferred (ion⁺ + e⁻) pair is worth G_pair(U) = per_pair · G(reference) − eU: the
 * computational hydrogen electrode, G(H⁺ + e⁻) = ½ G(H2) − eU vs RHE (Nørskov et al., J. Phys. Chem. B 108, 17886
 * (2004); Rossmeisl, Logadottir &amp; Nørskov, Chem. Phys. 319, 178 (2005)); for a metal–O2 cell the same with the
 * bulk metal per atom, G(Na⁺ + e⁻) = G(Na) − eU vs Na/Na⁺ (Hummelshøj et al., J. Chem. Phys. 132, 071101 (2010)).
 * So ΔG_i(U) = Σ_products νG − Σ_reactants νG ∓ n_i G_pair = ΔG_i(0) + s·n_i·eU, with s = +1 for a reduction
 * pathway (pairs consumed) and s = −1 for an oxidation pathway (pairs produced).
 *
 * <p><b>Potentials.</b> Writing every step as a reduction, ΔG_i^red = s·ΔG_i(0):
 * <ul>
 *   <li>equilibrium potential U0 = −Σ_i ΔG_i^red / Σ_i n_i over the electrochemical steps; for OER with the
 *       h2o_based O2 this is exactly 4.92/4 = 1.23 V. Chemical steps are left out: their free energy cannot be
 *       turned into electrical work, and counting it would put U0 outside [U_L,red, U_L,ox] (a negative
 *       overpotential). Give {@code equilibrium_potential_v} to measure from another potential;</li>
 *   <li>reduction (discharge, ORR) limiting potential U_L,red = min_i(−ΔG_i^red / n_i) over electrochemical steps —
 *       the highest potential at which every reduction step is downhill; Hummelshøj et al. 2010: U_dis =
 *       min_i(−ΔG_i/e);</li>
 *   <li>oxidation (charge, OER) limiting potential U_L,ox = max_i(−ΔG_i^red / n_i) — the lowest potential at which
 *       every oxidation step is downhill; Hummelshøj et al. 2010: U_ch = max_i(−ΔG_i/e); for OER this is
 *       max(ΔG1..ΔG4)/e (Man et al., ChemCatChem 3, 1159 (2011));</li>
 *   <li>overpotentials η_red = U_eq − U_L,red (η_dis, η_ORR) and η_ox = U_L,ox − U_eq (η_ch, η_OER =
 *       max(ΔG_i)/e − 1.23 V), with U_eq the given equilibrium potential, else U0.</li>
 * </ul>
 * Chemical steps do not depend on U and take no part in the limiting potentials; an uphill chemical step is reported
 * as a warning, because then no potential makes the whole pathway downhill.
 */
public final class FreeEnergyDiagram {
    private FreeEnergyDiagram() {
    }

    /** Loads nothing: computes from a bound pathway; calculation folders are relative to {@code baseDir}. */
    public static FreeEnergyResult compute(Pathway p, Path baseDir) {
        Map<String, SpeciesFreeEnergy> g = SpeciesFreeEnergy.resolve(p, baseDir);
        double pair = p.carrier().perPair() * g.get(p.carrier().reference()).freeEnergyEv();
        int s = p.pairSign();
        List<String> warnings = new ArrayList<>();
        double[] dg0 = new double[p.steps().size()];
        double sumRed = 0;
        int sumN = 0;
        double uRed = Double.POSITIVE_INFINITY;
        double uOx = Double.NEGATIVE_INFINITY;
        String redStep = "";
        String oxStep = "";
        for (int i = 0; i < dg0.length; i++) {
            Pathway.Step st = p.steps().get(i);
            double d = side(st.products(), g) - side(st.reactants(), g);
            // pairs on the reactant side (reduction) lower ΔG by n·G_pair; on the product side they raise it
            d += -s * st.electrons() * pair;
            dg0[i] = d;
            if (st.electrochemical()) {
                sumRed += s * d;
                sumN += st.electrons();
                double u = -s * d / st.electrons();
                if (u < uRed) {
                    uRed = u;
                    redStep = st.name();
                }
                if (u > uOx) {
                    uOx = u;
                    oxStep = st.name();
                }
            } else if (d > 0) {
                warnings.add(String.format(Locale.ROOT, "chemical step '%s' is uphill (%.4f eV) as written: no "
                        + "potential makes the whole pathway downhill", st.name(), d));
            }
        }
        if (sumN == 0) {
            throw new IllegalArgumentException("the pathway has no electrochemical step: no potential to compute");
        }
        double u0 = -sumRed / sumN;
        double ueq = Double.isNaN(p.equilibriumPotentialV()) ? u0 : p.equilibriumPotentialV();
        List<FreeEnergyResult.StepResult> steps = new ArrayList<>();
        for (int i = 0; i < dg0.length; i++) {
            Pathway.Step st = p.steps().get(i);
            int n = st.electrons();
            steps.add(new FreeEnergyResult.StepResult(st.name(), st.type(), n, dg0[i], dg0[i] + s * n * ueq,
                    dg0[i] + s * n * uRed, dg0[i] + s * n * uOx));
        }
        g.values().stream().filter(x -> !x.complete()).forEach(x -> warnings.add("energy of '" + x.name()
                + "' comes from a damaged file or an unfinished run: " + x.source()));
        return new FreeEnergyResult(p, steps, ueq, u0, uRed, uOx, ueq - uRed, uOx - ueq, redStep, oxStep, g,
                definition(p, pair, ueq, u0), warnings);
    }

    private static double side(Map<String, Double> side, Map<String, SpeciesFreeEnergy> g) {
        double sum = 0;
        for (Map.Entry<String, Double> e : side.entrySet()) {
            sum += e.getValue() * g.get(e.getKey()).freeEnergyEv();
        }
        return sum;
    }

    private static Map<String, String> definition(Pathway p, double pairEv, double ueq, double u0) {
        Map<String, String> d = new LinkedHashMap<>();
        String ion = p.carrier().ion();
        boolean hydrogen = ion.equals("H");
        d.put("reference_electrode", hydrogen ? "computational hydrogen electrode: G(H+ + e-) = "
                + p.carrier().perPair() + " G(" + p.carrier().reference() + ") - eU, U vs RHE (Norskov et al., "
                + "J. Phys. Chem. B 108, 17886 (2004))" : "G(" + ion + "+ + e-) = " + p.carrier().perPair() + " G("
                + p.carrier().reference() + ") - eU, U vs " + ion + "/" + ion + "+ (Hummelshoj et al., J. Chem. Phys. "
                + "132, 071101 (2010))");
        d.put("pair_energy_u0", String.format(Locale.ROOT, "%.8f eV", pairEv));
        d.put("process", p.process() + (p.process().equals("reduction") ? ": pairs consumed as written, "
                + "dG_i(U) = dG_i(0) + n_i eU" : ": pairs produced as written, dG_i(U) = dG_i(0) - n_i eU"));
        d.put("free_energy", "G = E/formula_units + ZPE - TS (+ O2 correction); ZPE and TS as given per species, eV");
        d.put("o2_correction", p.o2Correction().describe());
        d.put("equilibrium_potential", Double.isNaN(p.equilibriumPotentialV())
                ? "computed: U0 = -sum(dG_i as reduction) / sum(n_i) over electrochemical steps "
                        + "(chemical steps excluded)"
                : String.format(Locale.ROOT, "given: %.6f V (computed U0 = %.6f V)", ueq, u0));
        d.put("limiting_potentials", "U_L,red = min_i(-dG_i^red/n_i), U_L,ox = max_i(-dG_i^red/n_i) over "
                + "electrochemical steps (Hummelshoj et al. 2010: U_dis, U_ch; Man et al., ChemCatChem 3, 1159 (2011): "
                + "U_OER = max dG_i/e)");
        d.put("overpotentials", "eta_red = U_eq - U_L,red; eta_ox = U_L,ox - U_eq");
        return d;
    }
}
