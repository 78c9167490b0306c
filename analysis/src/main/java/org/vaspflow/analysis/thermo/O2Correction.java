package org.vaspflow.analysis.thermo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the free energy of O2 is fixed, since GGA gets the O=O bond badly wrong (Wang, Maxisch &amp; Ceder, Phys. Rev. B
 * 73, 195107 (2006); Nørskov et al., J. Phys. Chem. B 108, 17886 (2004)).
 *
 * <ul>
 *   <li>{@code none}: G(O2) = E(O2) + ZPE − TS as computed.</li>
 *   <li>{@code per_o2}: G(O2) = E(O2) + ZPE − TS + {@code value_ev} — a constant per O2 molecule, e.g. a fitted
 *       Materials-Project-style shift (the value and its source are the user's; vaspflow records it).</li>
 *   <li>{@code h2o_based}: G(O2) := 2 G(H2O) − 2 G(H2) + {@code water_splitting_ev} (default 4.92 eV = 4 × 1.23 eV,
 *       the experimental free energy of 2 H2O → O2 + 2 H2 at 298 K), Nørskov et al. 2004 and Man et al.,
 *       ChemCatChem 3, 1159 (2011). The computed O2 energy, if any, is not used.</li>
 * </ul>
 *
 * @param method none, per_o2 or h2o_based
 * @param valueEv the per-O2 shift for per_o2, eV (0 otherwise)
 * @param species the species that is O2 (default {@code O2})
 * @param water the H2O species for h2o_based (default {@code H2O})
 * @param hydrogen the H2 species for h2o_based (default {@code H2})
 * @param waterSplittingEv ΔG of 2 H2O → O2 + 2 H2 for h2o_based (default 4.92 eV)
 */
public record O2Correction(String method, double valueEv, String species, String water, String hydrogen,
        double waterSplittingEv) {

    /** No correction. */
    public static final O2Correction NONE = new O2Correction("none", 0, "O2", "H2O", "H2", 4.92);

    public O2Correction {
        method = method == null ? "none" : method.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (!List.of("none", "per_o2", "h2o_based").contains(method)) {
            throw new IllegalArgumentException("o2_correction.method must be none, per_o2 or h2o_based, got '"
                    + method + "'");
        }
        if (method.equals("per_o2") && Double.isNaN(valueEv)) {
            throw new IllegalArgumentException("o2_correction per_o2 needs value_ev (eV per O2)");
        }
        valueEv = Double.isNaN(valueEv) ? 0 : valueEv;
    }

    @JsonCreator
    static O2Correction create(@JsonProperty("method") String method, @JsonProperty("value_ev") Double valueEv,
            @JsonProperty("species") String species, @JsonProperty("water") String water,
            @JsonProperty("hydrogen") String hydrogen, @JsonProperty("water_splitting_ev") Double waterSplittingEv) {
        return new O2Correction(method, valueEv == null ? Double.NaN : valueEv, species == null ? "O2" : species,
                water == null ? "H2O" : water, hydrogen == null ? "H2" : hydrogen,
                waterSplittingEv == null ? 4.92 : waterSplittingEv);
    }

    /** One line saying what was done, for provenance. */
    public String describe() {
        return switch (method) {
            case "per_o2" -> String.format(Locale.ROOT, "per_o2: G(%s) = E + ZPE - TS %+.6f eV per O2", species,
                    valueEv);
            case "h2o_based" -> String.format(Locale.ROOT,
                    "h2o_based: G(%s) := 2 G(%s) - 2 G(%s) + %.4f eV (Norskov et al. 2004; Man et al. 2011)", species,
                    water, hydrogen, waterSplittingEv);
            default -> "none: G(O2) = E + ZPE - TS as computed";
        };
    }

    List<String[]> problems(Set<String> names) {
        List<String[]> out = new ArrayList<>();
        if (method.equals("none")) {
            return out;
        }
        if (!names.contains(species)) {
            out.add(new String[] {"o2_correction.species", "'" + species + "' is not a species " + names});
        }
        if (method.equals("h2o_based")) {
            if (!names.contains(water)) {
                out.add(new String[] {"o2_correction.water", "'" + water + "' is not a species " + names});
            }
            if (!names.contains(hydrogen)) {
                out.add(new String[] {"o2_correction.hydrogen", "'" + hydrogen + "' is not a species " + names});
            }
        }
        return out;
    }
}
