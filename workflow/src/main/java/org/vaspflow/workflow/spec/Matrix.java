package org.vaspflow.workflow.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The axes of a campaign: materials × dopants (× their lowest-energy configurations) × contents (states of
 * charge as a fraction of an element's sites kept) × charge states × adsorbates. An empty axis contributes one
 * neutral value (no dopant, full content, charge 0, no adsorbate).
 *
 * <p>Adsorbates are special: a surface carries an adsorbate only in steps that place one ({@code adsorb: true})
 * and their descendants, so every point exists once without adsorbate (bulk, slab) and once per adsorbate.
 */
public record Matrix(List<Material> materials, List<Dopant> dopants, List<Content> contents, List<Integer> charges,
                     List<Adsorbate> adsorbates) {
    public Matrix {
        if (materials == null || materials.isEmpty()) {
            throw new IllegalArgumentException("at least one material is required");
        }
        materials = List.copyOf(materials);
        dopants = dopants == null ? List.of() : List.copyOf(dopants);
        contents = contents == null ? List.of() : List.copyOf(contents);
        charges = charges == null ? List.of() : List.copyOf(charges);
        adsorbates = adsorbates == null ? List.of() : List.copyOf(adsorbates);
    }

    /**
     * Every point of the matrix, materials outermost, adsorbates innermost; a dopant with {@code configs: K}
     * gives K points (its K lowest-Ewald configurations).
     */
    public List<MatrixPoint> points() {
        List<MatrixPoint> out = new ArrayList<>();
        for (Material m : materials) {
            List<Optional<Dopant>> ds = axis(m, "dopants", dopants);
            List<Optional<Content>> cs = axis(m, "contents", contents);
            List<Integer> qs = charges.isEmpty() || m.skip().contains("charges") ? List.of(0) : charges;
            List<Optional<Adsorbate>> as = new ArrayList<>();
            as.add(Optional.empty());
            if (!m.skip().contains("adsorbates")) {
                adsorbates.forEach(a -> as.add(Optional.of(a)));
            }
            for (Optional<Dopant> d : ds) {
                int configs = d.map(Dopant::configs).orElse(1);
                for (int config = 0; config < configs; config++) {
                    for (Optional<Content> c : cs) {
                        for (int q : qs) {
                            for (Optional<Adsorbate> a : as) {
                                out.add(new MatrixPoint(m, d, config, c, q, a));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static <T> List<Optional<T>> axis(Material m, String name, List<T> values) {
        return values.isEmpty() || m.skip().contains(name) ? List.of(Optional.empty())
                : values.stream().map(Optional::of).toList();
    }

    /**
     * A host structure; {@code structure} is a POSCAR/CIF path relative to the campaign file. The cell used is
     * the diagonal {@code supercell} (e.g. {@code [2, 2, 1]}) or, with {@code supercell_size: n}, the most compact
     * supercell of n cells ({@code in_plane: true} keeps c, e.g. √5×√5 for a P2 layered oxide).
     * {@code skip} lists axes that do not apply to this material (e.g. {@code [contents]} for a reference
     * without sodium); {@code slab} replaces the slab of every slab step for this material (a reference
     * surface with other Miller indices or size).
     */
    public record Material(String name, String structure, List<Integer> supercell, int supercellSize,
                           boolean inPlane, List<String> skip, Optional<SlabSpec> slab) {
        public Material {
            name = word(name, "material name");
            if (structure == null || structure.isBlank()) {
                throw new IllegalArgumentException("structure: a file path is required");
            }
            supercell = supercell == null ? List.of() : List.copyOf(supercell);
            if (!supercell.isEmpty() && (supercell.size() != 3 || supercell.stream().anyMatch(n -> n < 1))) {
                throw new IllegalArgumentException("supercell: three positive multiples are required, got "
                        + supercell);
            }
            if (supercellSize < 0 || supercellSize > 0 && !supercell.isEmpty()) {
                throw new IllegalArgumentException("supercell_size: a positive number of cells, and not together "
                        + "with supercell");
            }
            skip = skip == null ? List.of() : List.copyOf(skip);
            for (String axis : skip) {
                if (!Set.of("dopants", "contents", "charges", "adsorbates").contains(axis)) {
                    throw new IllegalArgumentException("skip: '" + axis + "' is not one of dopants, contents, charges, "
                            + "adsorbates");
                }
            }
            slab = slab == null ? Optional.empty() : slab;
        }

        public Material(String name, String structure) {
            this(name, structure, List.of(), 0, false, List.of(), Optional.empty());
        }
    }

    /**
     * A substitution, e.g. {@code {name: Ru, substitute: {Mn: Ru}, count: 1, configs: 2}}: {@code count} host
     * sites per cell take the dopant, and the {@code configs} symmetry-distinct arrangements of lowest Ewald
     * energy become points of their own; a dopant without {@code substitute} is the pristine host.
     */
    public record Dopant(String name, Map<String, String> substitute, int count, int configs) {
        public Dopant {
            name = word(name, "dopant name");
            substitute = substitute == null ? Map.of() : Map.copyOf(substitute);
            count = count == 0 ? 1 : count;
            configs = configs == 0 ? 1 : configs;
            if (count < 1 || configs < 1) {
                throw new IllegalArgumentException("count and configs must be positive");
            }
            if (substitute.isEmpty() && configs > 1) {
                throw new IllegalArgumentException("configs needs a substitute");
            }
        }

        public Dopant(String name, Map<String, String> substitute, int count) {
            this(name, substitute, count, 1);
        }
    }

    /**
     * A state of charge as the fraction of an element's sites kept, e.g. {@code {name: x0.33, element: Na,
     * fraction: 0.333333}}: the vacancies are placed in the symmetry-distinct arrangement of lowest Ewald energy.
     */
    public record Content(String name, String element, double fraction) {
        public Content {
            name = word(name, "content name");
            if (element == null || !element.matches("[A-Z][a-z]?")) {
                throw new IllegalArgumentException("element: an element symbol is required, got '" + element + "'");
            }
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("fraction must be within [0, 1], got " + fraction);
            }
        }
    }

    /**
     * An adsorbate from the library (e.g. {@code NaO2}) placed on a slab by the steps with {@code adsorb: true}:
     * {@code site} is top, bridge, hollow or any (default), {@code orientations} how many rotations about the
     * surface normal are tried (the placement farthest from the slab atoms is kept).
     */
    public record Adsorbate(String name, String molecule, String site, int orientations) {
        public Adsorbate {
            name = word(name, "adsorbate name");
            molecule = molecule == null ? name : molecule;
            site = site == null || site.isEmpty() ? "any" : site;
            if (!Set.of("any", "top", "bridge", "hollow").contains(site)) {
                throw new IllegalArgumentException("site must be any, top, bridge or hollow, got '" + site + "'");
            }
            orientations = orientations == 0 ? 4 : orientations;
            if (orientations < 1) {
                throw new IllegalArgumentException("orientations must be positive");
            }
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
