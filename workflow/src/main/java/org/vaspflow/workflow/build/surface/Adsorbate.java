package org.vaspflow.workflow.build.surface;

import java.util.List;
import org.vaspflow.io.structure.Element;

/**
 * A molecule or fragment to put on a surface: atoms in its own Cartesian frame (Å; +z points away from the
 * surface) and the binding atoms whose mean position goes over the site.
 *
 * @param name library name ({@code NaO2})
 * @param description one line
 * @param atoms the atoms
 * @param binding 0-based indices of the binding atoms (at least one)
 */
public record Adsorbate(String name, String description, List<Atom> atoms, List<Integer> binding) {
    /** One atom of an adsorbate. */
    public record Atom(Element element, double[] xyzAngstrom) {
        public Atom {
            if (xyzAngstrom.length != 3) {
                throw new IllegalArgumentException("an adsorbate atom needs three coordinates");
            }
            xyzAngstrom = xyzAngstrom.clone();
        }

        @Override
        public double[] xyzAngstrom() {
            return xyzAngstrom.clone();
        }
    }

    public Adsorbate {
        atoms = List.copyOf(atoms);
        binding = List.copyOf(binding);
        if (atoms.isEmpty() || binding.isEmpty()) {
            throw new IllegalArgumentException("adsorbate " + name + " needs atoms and at least one binding atom");
        }
        for (int b : binding) {
            if (b < 0 || b >= atoms.size()) {
                throw new IllegalArgumentException("adsorbate " + name + ": binding atom " + b + " out of range");
            }
        }
    }

    /** The atoms moved so that the mean of the binding atoms is the origin. */
    public double[][] centredCoordinatesAngstrom() {
        double[] mean = new double[3];
        for (int b : binding) {
            mean = IntMath.add(mean, atoms.get(b).xyzAngstrom(), 1.0 / binding.size());
        }
        double[][] out = new double[atoms.size()][];
        for (int i = 0; i < atoms.size(); i++) {
            out[i] = IntMath.add(atoms.get(i).xyzAngstrom(), mean, -1);
        }
        return out;
    }
}
