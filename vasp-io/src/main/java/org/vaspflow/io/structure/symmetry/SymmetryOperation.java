package org.vaspflow.io.structure.symmetry;

import java.util.Arrays;

/**
 * A space-group operation in fractional coordinates of a given cell: {@code x' = R·x + t} (x a column vector,
 * R an integer matrix, t in [0, 1)). Immutable.
 */
public record SymmetryOperation(int[][] rotation, double[] translation) {
    public SymmetryOperation {
        rotation = new int[][] {rotation[0].clone(), rotation[1].clone(), rotation[2].clone()};
        translation = translation.clone();
    }

    @Override
    public int[][] rotation() {
        return new int[][] {rotation[0].clone(), rotation[1].clone(), rotation[2].clone()};
    }

    @Override
    public double[] translation() {
        return translation.clone();
    }

    /** The image of a fractional position (not wrapped). */
    public double[] apply(double[] frac) {
        return M3.add(M3.mul(rotation, frac), translation);
    }

    /** True for an operation without rotation (a pure lattice or centring translation). */
    public boolean isPureTranslation() {
        return M3.isIdentity(rotation);
    }

    /** Determinant of the rotation: +1 proper, -1 improper. */
    public int determinant() {
        return M3.det(rotation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetryOperation s && Arrays.deepEquals(rotation, s.rotation)
                && Arrays.equals(translation, s.translation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(rotation) + Arrays.hashCode(translation);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(rotation) + " + " + Arrays.toString(translation);
    }
}
