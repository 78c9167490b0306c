package org.vaspflow.io.vasp;

import java.util.List;
import java.util.Objects;
import org.vaspflow.io.structure.Structure;

/**
 * A POSCAR or CONTCAR: the structure (lattice already multiplied by the scale factor, coordinates as read),
 * the species names as the file writes them (VASP 5 line 6, e.g. {@code Mn_pv} or {@code Fe/a1b2c3} in VASP 6
 * files; element symbols when the names came from elsewhere), the scale line as read, whether the file used
 * selective dynamics, and the ion velocities when present (Å/fs, Cartesian, one row per site; empty when
 * absent).
 *
 * @param structure the structure; its comment is the POSCAR's first line
 * @param speciesNames names per species group, in file order
 * @param scale the scale line as read: one factor, a negative target volume (Å³), or three per-axis factors
 * @param selectiveDynamics true when the file had a "Selective dynamics" line
 * @param velocities Cartesian velocities per site, or an empty list
 */
public record Poscar(Structure structure, List<String> speciesNames, double[] scale, boolean selectiveDynamics,
        List<double[]> velocities) {
    public Poscar {
        Objects.requireNonNull(structure, "structure");
        speciesNames = List.copyOf(speciesNames);
        if (scale.length != 1 && scale.length != 3) {
            throw new IllegalArgumentException("scale has one or three values, not " + scale.length);
        }
        scale = scale.clone();
        velocities = velocities.stream().map(double[]::clone).toList();
        if (!velocities.isEmpty() && velocities.size() != structure.size()) {
            throw new IllegalArgumentException(velocities.size() + " velocities for " + structure.size() + " sites");
        }
    }

    /** A POSCAR of a structure, species named by element, scale 1, selective dynamics when any site is constrained. */
    public static Poscar of(Structure structure) {
        List<String> names = structure.speciesGroups().stream().map(g -> g.element().symbol()).toList();
        boolean sd = structure.sites().stream().anyMatch(s -> s.isConstrained());
        return new Poscar(structure, names, new double[] {1.0}, sd, List.of());
    }

    /** The first line of the file. */
    public String comment() {
        return structure.comment();
    }

    @Override
    public double[] scale() {
        return scale.clone();
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
                && java.util.Arrays.equals(scale, p.scale) && selectiveDynamics == p.selectiveDynamics;
    }

    @Override
    public int hashCode() {
        return Objects.hash(structure, speciesNames, selectiveDynamics, velocities.size());
    }

    @Override
    public String toString() {
        return "Poscar[" + structure + ", species=" + speciesNames + ", scale=" + java.util.Arrays.toString(scale)
                + ", sd=" + selectiveDynamics
                + ", velocities=" + velocities.size() + "]";
    }
}
