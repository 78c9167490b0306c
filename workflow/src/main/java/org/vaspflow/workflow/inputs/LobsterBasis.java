package org.vaspflow.workflow.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaspflow.io.lobster.Lobsterin;
import org.vaspflow.io.structure.Structure;

/**
 * The LOBSTER basis of a structure and what follows from it: the {@code basisfunctions} lines, the number of basis
 * functions (the lower bound of NBANDS) and the lobsterin.
 *
 * <p>Basis: per species, the POTCAR symbol's entry of the basis table ({@code templates/lobster/}; pymatgen's
 * {@code Lobsterin.get_basis} reads the same BASIS_PBE_54_standard data by POTCAR symbol). Number of basis
 * functions, as pymatgen's {@code Lobsterin._get_nbands}: N_basis = Σ_species n_atoms × Σ_orbitals g(orbital) with
 * g(s) = 1, g(p) = 3, g(d) = 5, g(f) = 7 — LOBSTER projects every band onto these local orbitals and stops when
 * VASP computed fewer bands than there are functions (LOBSTER manual, "NBANDS").
 */
public final class LobsterBasis {
    private LobsterBasis() {
    }

    /** One {@code basisfunctions} entry: element and its orbitals ({@code Mn [3d, 3p, 4s]}). */
    public record Entry(String element, List<String> orbitals) {
        public Entry {
            orbitals = List.copyOf(orbitals);
        }

        /** The lobsterin value text, {@code Mn 3d 3p 4s}. */
        public String line() {
            return element + " " + String.join(" ", orbitals);
        }
    }

    /** The basis of each species (POTCAR order), from the POTCAR symbols. */
    public static List<Entry> basis(Structure s, List<String> potcarSymbols, String tableName) {
        JsonNode table = Templates.lobsterTable(tableName).path("basis");
        List<Structure.SpeciesGroup> groups = s.speciesGroups();
        if (groups.size() != potcarSymbols.size()) {
            throw new IllegalArgumentException("POTCAR.spec has " + potcarSymbols.size() + " symbols, the structure "
                    + groups.size() + " species");
        }
        List<Entry> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String symbol = potcarSymbols.get(g);
            JsonNode orbitals = table.path(symbol);
            if (!orbitals.isArray()) {
                throw new IllegalArgumentException("no LOBSTER basis for POTCAR " + symbol + " in templates/lobster/"
                        + tableName + ".yaml; give one there");
            }
            List<String> orb = new ArrayList<>();
            orbitals.forEach(o -> orb.add(o.asText()));
            out.add(new Entry(groups.get(g).element().symbol(), orb));
        }
        return out;
    }

    /** N_basis over all sites (see the class comment). */
    public static int functionCount(Structure s, List<Entry> basis) {
        int n = 0;
        for (Structure.SpeciesGroup g : s.speciesGroups()) {
            Entry e = basis.stream().filter(b -> b.element().equals(g.element().symbol())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no basis for " + g.element().symbol()));
            for (String orbital : e.orbitals()) {
                n += g.count() * degeneracy(orbital);
            }
        }
        return n;
    }

    static int degeneracy(String orbital) {
        return switch (orbital.toLowerCase(Locale.ROOT).replaceAll("[^spdf]", "")) {
            case "s" -> 1;
            case "p" -> 3;
            case "d" -> 5;
            case "f" -> 7;
            default -> throw new IllegalArgumentException("not an orbital: " + orbital);
        };
    }

    /**
     * The lobsterin: energy window, basis set, one {@code cohpGenerator from D1 to D2 [orbitalwise]} line and one
     * {@code basisfunctions} line per species.
     */
    public static Lobsterin lobsterin(Preset.LobsterSettings settings, List<Entry> basis) {
        Lobsterin in = new Lobsterin(List.of())
                .with("COHPstartEnergy", num(settings.cohpStartEnergyEv()))
                .with("COHPendEnergy", num(settings.cohpEndEnergyEv()))
                .with("basisSet", settings.basisSet())
                .with("cohpGenerator", "from " + num(settings.cohpFromAngstrom()) + " to "
                        + num(settings.cohpToAngstrom()) + (settings.orbitalWise() ? " orbitalwise" : ""));
        for (Entry e : basis) {
            in = in.with("basisfunctions", e.line());
        }
        return in;
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }
}
