package org.vaspflow.workflow.build.surface;

/**
 * Miller indices (hkl) of a lattice plane, reduced by their greatest common divisor as pymatgen's
 * {@code SlabGenerator} reduces them ((2,2,0) is the (1,1,0) plane).
 *
 * @param h first index
 * @param k second index
 * @param l third index
 */
public record MillerIndex(int h, int k, int l) {
    public MillerIndex {
        if (h == 0 && k == 0 && l == 0) {
            throw new IllegalArgumentException("Miller indices (0,0,0) name no plane");
        }
    }

    /** Parses {@code "1,0,4"} or {@code "1 0 4"} (three integers; hkil four-index notation is not accepted). */
    public static MillerIndex parse(String text) {
        String[] f = text.strip().split("[,\\s]+");
        if (f.length != 3) {
            throw new IllegalArgumentException("Miller indices need three integers, got '" + text + "'");
        }
        try {
            return new MillerIndex(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Miller indices need three integers, got '" + text + "'", e);
        }
    }

    /** The indices divided by their greatest common divisor. */
    public MillerIndex reduced() {
        int g = org.apache.commons.math3.util.ArithmeticUtils.gcd(org.apache.commons.math3.util.ArithmeticUtils.gcd(h, k), l);
        return new MillerIndex(h / g, k / g, l / g);
    }

    /** Index {@code i} (0 = h, 1 = k, 2 = l). */
    public int get(int i) {
        return switch (i) {
            case 0 -> h;
            case 1 -> k;
            case 2 -> l;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    public int[] toArray() {
        return new int[] {h, k, l};
    }

    @Override
    public String toString() {
        return "(" + h + "," + k + "," + l + ")";
    }
}
