package org.vaspflow.workflow.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The axes of a campaign: materials × dopants × charge states × adsorbates. An empty axis contributes one
 * neutral value (no dopant, charge 0, no adsorbate).
 */
public record Matrix(List<Material> materials, List<Dopant> dopants, List<Integer> charges,
                     List<Adsorbate> adsorbates) {
    public Matrix {
        if (materials == null || materials.isEmpty()) {
            throw new IllegalArgumentException("at least one material is required");
        }
        materials = List.copyOf(materials);
        dopants = dopants == null ? List.of() : List.copyOf(dopants);
        charges = charges == null ? List.of() : List.copyOf(charges);
        adsorbates = adsorbates == null ? List.of() : List.copyOf(adsorbates);
    }

    /** Every point of the matrix, materials outermost, adsorbates innermost. */
    public List<MatrixPoint> points() {
        List<Optional<Dopant>> ds = dopants.isEmpty() ? List.of(Optional.empty())
                : dopants.stream().map(Optional::of).toList();
        List<Integer> qs = charges.isEmpty() ? List.of(0) : charges;
        List<Optional<Adsorbate>> as = adsorbates.isEmpty() ? List.of(Optional.empty())
                : adsorbates.stream().map(Optional::of).toList();
        List<MatrixPoint> out = new ArrayList<>();
        for (Material m : materials) {
            for (Optional<Dopant> d : ds) {
                for (int q : qs) {
                    for (Optional<Adsorbate> a : as) {
                        out.add(new MatrixPoint(m, d, q, a));
                    }
                }
            }
        }
        return out;
    }

    /** A host structure; {@code structure} is a POSCAR/CIF path relative to the campaign file. */
    public record Material(String name, String structure) {
        public Material {
            name = word(name, "material name");
            if (structure == null || structure.isBlank()) {
                throw new IllegalArgumentException("structure: a file path is required");
            }
        }
    }

    /**
     * A substitution, e.g. {@code {name: Mn, substitute: {Fe: Mn}, count: 1}}; a dopant without
     * {@code substitute} is the pristine host.
     */
    public record Dopant(String name, Map<String, String> substitute, int count) {
        public Dopant {
            name = word(name, "dopant name");
            substitute = substitute == null ? Map.of() : Map.copyOf(substitute);
            count = count == 0 ? 1 : count;
        }
    }

    /** An adsorbate placed on a surface: molecule formula and site kind (input generation decides how). */
    public record Adsorbate(String name, String molecule, String site) {
        public Adsorbate {
            name = word(name, "adsorbate name");
            molecule = molecule == null ? name : molecule;
            site = site == null ? "" : site;
        }
    }

    static String word(String value, String what) {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9._+]{0,31}")) {
            throw new IllegalArgumentException(what + " must be 1-32 letters, digits, '.', '_' or '+', got '"
                    + value + "'");
        }
        return value;
    }
}
