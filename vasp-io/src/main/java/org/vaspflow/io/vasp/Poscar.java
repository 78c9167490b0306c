package org.vaspflow.io.vasp;

import java.util.List;
import java.util.Objects;
import org.vaspflow.io.structure.Structure;

/**
 * A POSCAR or CONTCAR: the structure (lattice already multiplied by the scale factor, coordinates as read),
 * the species names as the file writes them (VASP 5 line 6, e.g. {@code Mn_pv} or {@code Fe/a1b2c3} in VASP 6
 * files; element symbols when the names came from elsewhere), whether the file used selective dynamics, and
 * the velocities block when present (Å/fs, Cartesian, one row per site; empty when absent).
 *
 * @param structure the structure; its comment is the POSCAR's first line
 * @param speciesNames names per species group, in file order
 * @param selectiveDynamics true when the file had a "Selective dynamics" line
 * @param velocities Cartesian velocities per site, or an empty list
 */
public record Poscar(Structure structure, List<String> speciesNames, boolean selectiveDynamics,
        List<double[]> velocities) {
    public Poscar {
        Objects.requireNonNull(structure, "structure");
        speciesNames = List.copyOf(speciesNames);
        velocities = velocities.stream().map(double[]::clone).toList();
    }

    /** A POSCAR of a structure, species named by element, selective dynamics when any site is constrained. */
    public static Poscar of(Structure structure) {
        List<String> names = structure.speciesGroups().stream().map(g -> g.element().symbol()).toList();
        boolean sd = structure.sites().stream().anyMatch(s -> s.isConstrained());
        return new Poscar(structure, names, sd, List.of());
    }

    @Override
    public List<double[]> velocities() {
        return velocities.stream().map(double[]::clone).toList();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Poscar p) || velocities.size() != p.velocities.size()) {
            return false;
        }
        for (int i = 0; i < velocities.size(); i++) {
            if (!java.util.Arrays.equals(velocities.get(i), p.velocities.get(i))) {
                return false;
            }
        }
        return structure.equals(p.structure) && speciesNames.equals(p.speciesNames)
                && selectiveDynamics == p.selectiveDynamics;
    }

    @Override
    public int hashCode() {
        return Objects.hash(structure, speciesNames, selectiveDynamics, velocities.size());
    }

    @Override
    public String toString() {
        return "Poscar[" + structure + ", species=" + speciesNames + ", sd=" + selectiveDynamics
                + ", velocities=" + velocities.size() + "]";
    }
}
