package org.vaspflow.analysis.thermo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A reaction pathway as its YAML states it (format: {@code docs/free-energy.md}), bound strictly by
 * {@link PathwayLoader}: keys are snake_case; unknown keys are errors naming the YAML path and line. Absent optional
 * keys take the defaults below, so no field is ever null.
 *
 * @param name free text shown in plot titles and JSON
 * @param reaction {@code metal_o2}, {@code oer}, {@code orr} or {@code generic}: only chooses the names under which
 *     the limiting potentials and overpotentials are reported ({@code _discharge}/{@code _charge},
 *     {@code _oer}/{@code _orr}); the arithmetic is the same for all
 * @param process {@code reduction} (the (ion⁺ + e⁻) pairs are consumed as written: ORR, metal–O2 discharge) or
 *     {@code oxidation} (pairs are produced: OER, charge)
 * @param carrier what one transferred pair is worth at U = 0 (computational hydrogen electrode or its metal analogue)
 * @param species every species a step names, with its energy (given or read from a calculation folder)
 * @param zpeEv zero-point energies per species (eV per formula unit), default 0
 * @param tsEv T·S per species (eV per formula unit), default 0
 * @param o2Correction the O2 treatment
 * @param equilibriumPotentialV the equilibrium potential to measure overpotentials from, V; NaN (absent) = the
 *     computed one, −ΔG_total/(n e) with ΔG written as a reduction
 * @param steps the elementary steps in order
 */
public record Pathway(String name, String reaction, String process, Carrier carrier, Map<String, Species> species,
        Map<String, Double> zpeEv, Map<String, Double> tsEv, O2Correction o2Correction, double equilibriumPotentialV,
        List<Step> steps) {

    public Pathway {
        name = name == null ? "" : name;
        reaction = lower(reaction, "generic");
        process = lower(process, "");
        if (!List.of("metal_o2", "oer", "orr", "generic").contains(reaction)) {
            throw new IllegalArgumentException("reaction must be metal_o2, oer, orr or generic, got '" + reaction
                    + "'");
        }
        if (!List.of("reduction", "oxidation").contains(process)) {
            throw new IllegalArgumentException("process must be reduction (pairs consumed: ORR, discharge) or "
                    + "oxidation (pairs produced: OER, charge), got '" + process + "'");
        }
        if (carrier == null) {
            throw new IllegalArgumentException("carrier: required, e.g. {ion: H, reference: H2, per_pair: 0.5}");
        }
        if (species == null || species.isEmpty()) {
            throw new IllegalArgumentException("species: at least one species is required");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("steps: at least one step is required");
        }
        species = new LinkedHashMap<>(species);
        zpeEv = zpeEv == null ? Map.of() : new LinkedHashMap<>(zpeEv);
        tsEv = tsEv == null ? Map.of() : new LinkedHashMap<>(tsEv);
        o2Correction = o2Correction == null ? O2Correction.NONE : o2Correction;
        steps = List.copyOf(steps);
    }

    /** JSON/YAML creator: an absent equilibrium potential is NaN, not null. */
    @com.fasterxml.jackson.annotation.JsonCreator
    static Pathway create(@com.fasterxml.jackson.annotation.JsonProperty("name") String name,
            @com.fasterxml.jackson.annotation.JsonProperty("reaction") String reaction,
            @com.fasterxml.jackson.annotation.JsonProperty("process") String process,
            @com.fasterxml.jackson.annotation.JsonProperty("carrier") Carrier carrier,
            @com.fasterxml.jackson.annotation.JsonProperty("species") Map<String, Species> species,
            @com.fasterxml.jackson.annotation.JsonProperty("zpe_ev") Map<String, Double> zpeEv,
            @com.fasterxml.jackson.annotation.JsonProperty("ts_ev") Map<String, Double> tsEv,
            @com.fasterxml.jackson.annotation.JsonProperty("o2_correction") O2Correction o2Correction,
            @com.fasterxml.jackson.annotation.JsonProperty("equilibrium_potential_v") Double equilibriumPotentialV,
            @com.fasterxml.jackson.annotation.JsonProperty("steps") List<Step> steps) {
        return new Pathway(name, reaction, process, carrier, species, zpeEv, tsEv, o2Correction,
                equilibriumPotentialV == null ? Double.NaN : equilibriumPotentialV, steps);
    }

    /** +1 when pairs are consumed as written (reduction), −1 when produced (oxidation). */
    public int pairSign() {
        return process.equals("reduction") ? 1 : -1;
    }

    /** Problems that need the whole file: (YAML path, reason) pairs, in file order. */
    public List<String[]> problems() {
        List<String[]> out = new ArrayList<>();
        if (!species.containsKey(carrier.reference())) {
            out.add(notASpecies("carrier.reference", carrier.reference()));
        }
        for (String k : zpeEv.keySet()) {
            if (!species.containsKey(k)) {
                out.add(notASpecies("zpe_ev." + k, k));
            }
        }
        for (String k : tsEv.keySet()) {
            if (!species.containsKey(k)) {
                out.add(notASpecies("ts_ev." + k, k));
            }
        }
        out.addAll(o2Correction.problems(species.keySet()));
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            for (String k : s.reactants().keySet()) {
                if (!species.containsKey(k)) {
                    out.add(notASpecies("steps[" + i + "].reactants." + k, k));
                }
            }
            for (String k : s.products().keySet()) {
                if (!species.containsKey(k)) {
                    out.add(notASpecies("steps[" + i + "].products." + k, k));
                }
            }
            if (out.isEmpty()) {
                int at = i;
                unbalanced(s).ifPresent(why -> out.add(new String[] {"steps[" + at + "]", why}));
            }
        }
        return out;
    }

    /** Why the step's elements do not balance, when every species in it has a formula. */
    private Optional<String> unbalanced(Step step) {
        Map<String, Double> net = new TreeMap<>();
        for (int side = 0; side < 2; side++) {
            Map<String, Double> counts = side == 0 ? step.reactants() : step.products();
            double sign = side == 0 ? -1 : 1;
            for (Map.Entry<String, Double> e : counts.entrySet()) {
                Optional<String> f = species.get(e.getKey()).formula();
                if (f.isEmpty()) {
                    return Optional.empty();
                }
                composition(f.get()).forEach((el, n) -> net.merge(el, sign * n * e.getValue(), Double::sum));
            }
        }
        // the pairs: on the reactant side of a reduction, the product side of an oxidation
        net.merge(carrier.ion(), -pairSign() * (double) step.electrons(), Double::sum);
        net.values().removeIf(v -> Math.abs(v) < 1e-9);
        return net.isEmpty() ? Optional.empty() : Optional.of("step '" + step.name() + "' does not balance: products "
                + "minus reactants (with " + step.electrons() + " (" + carrier.ion() + "+ + e-) pairs) leave " + net);
    }

    /** Element counts of a formula without brackets: {@code Na2O2} → {Na=2, O=2}; {@code ""} → {}. */
    static Map<String, Double> composition(String formula) {
        Map<String, Double> out = new TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z][a-z]?)(\\d*\\.?\\d*)").matcher(formula);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            out.merge(m.group(1), m.group(2).isEmpty() ? 1 : Double.parseDouble(m.group(2)), Double::sum);
            end = m.end();
        }
        if (end != formula.length()) {
            throw new IllegalArgumentException("formula '" + formula + "' is not element symbols with counts "
                    + "(e.g. Na2O2, OOH; \"\" for a bare site)");
        }
        return out;
    }

    private String[] notASpecies(String yamlPath, String name) {
        return new String[] {yamlPath, "'" + name + "' is not a species " + species.keySet()};
    }

    private static String lower(String s, String dflt) {
        return s == null ? dflt : s.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * What one transferred (ion⁺ + e⁻) pair is worth at U = 0: {@code perPair} × G(reference). The computational
     * hydrogen electrode (Nørskov et al., J. Phys. Chem. B 108, 17886 (2004)) is {@code {ion: H, reference: H2,
     * per_pair: 0.5}} (G(H⁺ + e⁻) = ½ G(H2) at U = 0 vs RHE); its metal analogue for a metal–O2 cell (Hummelshøj
     * et al., J. Chem. Phys. 132, 071101 (2010)) is {@code {ion: Na, reference: Na_metal, per_pair: 1}} (G(Na⁺ + e⁻)
     * = G(Na, bulk metal per atom) at U = 0 vs Na/Na⁺). At potential U the pair is worth that minus eU.
     */
    public record Carrier(String ion, String reference, double perPair) {
        public Carrier {
            if (ion == null || ion.isBlank() || reference == null || reference.isBlank()) {
                throw new IllegalArgumentException("carrier needs ion and reference");
            }
            if (!(perPair > 0)) {
                throw new IllegalArgumentException("carrier.per_pair must be positive, e.g. 0.5 for H2, 1 for a metal");
            }
        }
    }

    /**
     * A species' energy: either {@code energy_ev} (given) or {@code calc} (a calculation folder, relative to the
     * pathway file, whose final energy is read); either is divided by {@code formula_units} (default 1).
     *
     * @param energyEv the given energy of {@code formula_units} formula units, eV (NaN when read from {@code calc})
     * @param calc the folder (empty when given)
     * @param formulaUnits formula units in the calculated cell (default 1)
     * @param note free text kept in the provenance (e.g. where a given number comes from)
     * @param formula the composition of one formula unit ({@code NaO2}, {@code OOH}; {@code ""} for a bare site);
     *     when every species of a step has one, the step's element balance is checked, the transferred pairs
     *     counting as the carrier ion
     */
    public record Species(double energyEv, String calc, double formulaUnits, String note, Optional<String> formula) {
        public Species {
            calc = calc == null ? "" : calc;
            note = note == null ? "" : note;
            formula = formula == null ? Optional.empty() : formula;
            formula.ifPresent(Pathway::composition); // refuses what is not a formula
            if (Double.isNaN(energyEv) == calc.isEmpty()) {
                throw new IllegalArgumentException("give exactly one of energy_ev or calc");
            }
            if (!(formulaUnits > 0)) {
                throw new IllegalArgumentException("formula_units must be positive");
            }
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        static Species create(@com.fasterxml.jackson.annotation.JsonProperty("energy_ev") Double energyEv,
                @com.fasterxml.jackson.annotation.JsonProperty("calc") String calc,
                @com.fasterxml.jackson.annotation.JsonProperty("formula_units") Double formulaUnits,
                @com.fasterxml.jackson.annotation.JsonProperty("note") String note,
                @com.fasterxml.jackson.annotation.JsonProperty("formula") String formula) {
            return new Species(energyEv == null ? Double.NaN : energyEv, calc,
                    formulaUnits == null ? 1 : formulaUnits, note, Optional.ofNullable(formula));
        }
    }

    /**
     * One elementary step.
     *
     * @param name label in tables and plots
     * @param type {@code electrochemical} (transfers {@code electrons} pairs) or {@code chemical} (none)
     * @param reactants species → stoichiometric count
     * @param products species → stoichiometric count
     * @param electrons (ion⁺ + e⁻) pairs transferred; on the reactant side for a reduction pathway, the product side
     *     for an oxidation pathway
     */
    public record Step(String name, String type, Map<String, Double> reactants, Map<String, Double> products,
            int electrons) {
        public Step {
            type = type == null ? "electrochemical" : type.strip().toLowerCase(Locale.ROOT);
            reactants = reactants == null ? Map.of() : new LinkedHashMap<>(reactants);
            products = products == null ? Map.of() : new LinkedHashMap<>(products);
            if (type.equals("electrochemical") && electrons < 1) {
                throw new IllegalArgumentException("an electrochemical step transfers at least one (ion+ + e-) pair: "
                        + "electrons: N");
            }
            if (type.equals("chemical") && electrons != 0) {
                throw new IllegalArgumentException("a chemical step transfers no pair (electrons must be 0 or absent)");
            }
            if (!List.of("electrochemical", "chemical").contains(type)) {
                throw new IllegalArgumentException("type must be electrochemical or chemical, got '" + type + "'");
            }
            if (reactants.isEmpty() && products.isEmpty()) {
                throw new IllegalArgumentException("a step needs reactants or products");
            }
            name = name == null || name.isBlank() ? String.join(" + ", reactants.keySet()) + " -> "
                    + String.join(" + ", products.keySet()) : name;
        }

        public boolean electrochemical() {
            return electrons > 0;
        }
    }
}
