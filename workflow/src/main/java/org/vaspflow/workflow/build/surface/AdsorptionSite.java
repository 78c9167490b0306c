package org.vaspflow.workflow.build.surface;

import java.util.List;
import java.util.Locale;
import org.vaspflow.io.structure.Element;

/**
 * One adsorption site of a slab: its kind, the point on the surface (the mean Cartesian position of the 1, 2 or 3
 * surface atoms that define it, as pymatgen's {@code ensemble_center}) and those atoms.
 *
 * @param kind top, bridge or hollow
 * @param surfacePointAngstrom Cartesian point at the height of the defining atoms, Å
 * @param normal unit surface normal (Cartesian)
 * @param contacts the defining surface atoms (element and Cartesian position of the image used), Å
 */
public record AdsorptionSite(Kind kind, double[] surfacePointAngstrom, double[] normal, List<Contact> contacts) {
    /** Site kinds; {@link #key()} is pymatgen's name ({@code ontop}, {@code bridge}, {@code hollow}). */
    public enum Kind {
        TOP("ontop"), BRIDGE("bridge"), HOLLOW("hollow");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** {@code top}/{@code ontop}, {@code bridge}, {@code hollow} (any case). */
        public static Kind parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "top", "ontop" -> TOP;
                case "bridge" -> BRIDGE;
                case "hollow" -> HOLLOW;
                default -> throw new IllegalArgumentException("unknown site kind '" + text + "' (top, bridge, hollow)");
            };
        }
    }

    /** A surface atom that defines a site. */
    public record Contact(Element element, double[] cartesianAngstrom) {
        public Contact {
            cartesianAngstrom = cartesianAngstrom.clone();
        }

        @Override
        public double[] cartesianAngstrom() {
            return cartesianAngstrom.clone();
        }
    }

    public AdsorptionSite {
        surfacePointAngstrom = surfacePointAngstrom.clone();
        normal = normal.clone();
        contacts = List.copyOf(contacts);
    }

    @Override
    public double[] surfacePointAngstrom() {
        return surfacePointAngstrom.clone();
    }

    @Override
    public double[] normal() {
        return normal.clone();
    }

    /** The point {@code distanceAngstrom} above the surface point along the normal (pymatgen's site position). */
    public double[] positionAngstrom(double distanceAngstrom) {
        return IntMath.add(surfacePointAngstrom, normal, distanceAngstrom);
    }
}
