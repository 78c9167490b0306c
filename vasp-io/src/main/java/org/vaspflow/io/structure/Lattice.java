package org.vaspflow.io.structure;

import java.util.Arrays;

/**
 * A crystal lattice: three vectors in Å, stored as the rows of a 3×3 matrix (row i is vector i, as in
 * POSCAR and pymatgen). Immutable.
 *
 * <p>Fractional ↔ Cartesian: {@code cart = frac · M} (row vector times matrix), {@code frac = cart · M⁻¹}.
 * The reciprocal lattice here is {@code 2π (M⁻¹)ᵀ} (the physics convention, as pymatgen's
 * {@code reciprocal_lattice}); {@link #reciprocalLatticeCrystallographic()} omits the 2π.
 */
public final class Lattice {
    private final double[][] matrix;
    private final double[][] inverse;

    private Lattice(double[][] m) {
        this.matrix = copy(m);
        this.inverse = invert(this.matrix);
    }

    /**
     * From a 3×3 matrix whose rows are the lattice vectors in Å; {@link IllegalArgumentException} when a number
     * is not finite or the vectors are (nearly) coplanar.
     */
    public static Lattice fromMatrix(double[][] rows) {
        if (rows.length != 3 || rows[0].length != 3 || rows[1].length != 3 || rows[2].length != 3) {
            throw new IllegalArgumentException("a lattice needs a 3x3 matrix");
        }
        for (double[] row : rows) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("lattice matrix holds a non-finite number");
                }
            }
        }
        return new Lattice(rows);
    }

    /**
     * From lengths (Å) and angles (degrees), oriented as pymatgen's {@code Lattice.from_parameters}
     * (vector c along z, a in the xz plane), so matrices agree with pymatgen's for the same parameters.
     */
    public static Lattice fromParameters(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg) {
        if (!(a > 0 && b > 0 && c > 0 && a < Double.POSITIVE_INFINITY && b < Double.POSITIVE_INFINITY
                && c < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lattice lengths must be positive and finite");
        }
        for (double angle : new double[] {alphaDeg, betaDeg, gammaDeg}) {
            if (!(angle > 0 && angle < 180)) {
                throw new IllegalArgumentException("lattice angles must lie strictly between 0 and 180 degrees");
            }
        }
        double alpha = Math.toRadians(alphaDeg);
        double beta = Math.toRadians(betaDeg);
        double gamma = Math.toRadians(gammaDeg);
        double val = (Math.cos(alpha) * Math.cos(beta) - Math.cos(gamma)) / (Math.sin(alpha) * Math.sin(beta));
        val = Math.max(-1, Math.min(1, val));
        double gammaStar = Math.acos(val);
        double[] va = {a * Math.sin(beta), 0.0, a * Math.cos(beta)};
        double[] vb = {-b * Math.sin(alpha) * Math.cos(gammaStar), b * Math.sin(alpha) * Math.sin(gammaStar),
            b * Math.cos(alpha)};
        double[] vc = {0.0, 0.0, c};
        return new Lattice(new double[][] {va, vb, vc});
    }

    /** A copy of the matrix (rows are vectors, Å). */
    public double[][] matrix() {
        return copy(matrix);
    }

    /** Component j of vector i, Å. */
    public double get(int i, int j) {
        return matrix[i][j];
    }

    /** A copy of vector i (0 = a, 1 = b, 2 = c), Å. */
    public double[] vector(int i) {
        return matrix[i].clone();
    }

    public double a() {
        return norm(matrix[0]);
    }

    public double b() {
        return norm(matrix[1]);
    }

    public double c() {
        return norm(matrix[2]);
    }

    /** Lengths a, b, c in Å. */
    public double[] abc() {
        return new double[] {a(), b(), c()};
    }

    /** Angles α (b∠c), β (a∠c), γ (a∠b) in degrees. */
    public double[] anglesDeg() {
        return new double[] {angle(matrix[1], matrix[2]), angle(matrix[0], matrix[2]), angle(matrix[0], matrix[1])};
    }

    /** Signed volume (Å³) is the determinant; this returns its absolute value. */
    public double volumeAngstrom3() {
        return Math.abs(determinant(matrix));
    }

    /** Determinant of the matrix (negative for a left-handed set of vectors). */
    public double determinant() {
        return determinant(matrix);
    }

    /**
     * The perpendicular widths (Å): for each axis i the distance between the lattice planes spanned by the other
     * two vectors, {@code w_i = V / |a_j × a_k| = 1 / |a*_i|} (the interplanar spacing d(100), d(010), d(001);
     * International Tables for Crystallography Vol. B, §1.1.2). A sphere of radius r spans at most
     * {@code r / w_i} cells along axis i, however skewed the cell is.
     */
    public double[] perpendicularWidthsAngstrom() {
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            w[i] = 1 / norm(new double[] {inverse[0][i], inverse[1][i], inverse[2][i]});
        }
        return w;
    }

    /** Reciprocal lattice with the 2π factor (Å⁻¹). */
    public Lattice reciprocalLattice() {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = 2 * Math.PI * inverse[j][i];
            }
        }
        return new Lattice(r);
    }

    /** Reciprocal lattice without the 2π factor (Å⁻¹), as crystallographers write it. */
    public Lattice reciprocalLatticeCrystallographic() {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = inverse[j][i];
            }
        }
        return new Lattice(r);
    }

    /** Cartesian coordinates (Å) of a fractional position. */
    public double[] toCartesian(double[] frac) {
        double[] out = new double[3];
        for (int j = 0; j < 3; j++) {
            out[j] = frac[0] * matrix[0][j] + frac[1] * matrix[1][j] + frac[2] * matrix[2][j];
        }
        return out;
    }

    /** Fractional coordinates of a Cartesian position (Å). */
    public double[] toFractional(double[] cart) {
        double[] out = new double[3];
        for (int j = 0; j < 3; j++) {
            out[j] = cart[0] * inverse[0][j] + cart[1] * inverse[1][j] + cart[2] * inverse[2][j];
        }
        return out;
    }

    /** This lattice with every vector multiplied by {@code factor}. */
    public Lattice scaled(double factor) {
        double[][] m = copy(matrix);
        for (double[] row : m) {
            for (int j = 0; j < 3; j++) {
                row[j] *= factor;
            }
        }
        return new Lattice(m);
    }

    /** The lattice of a supercell: {@code S · M} for an integer matrix S (rows are the new vectors in old units). */
    public Lattice supercell(int[][] scaling) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = scaling[i][0] * matrix[0][j] + scaling[i][1] * matrix[1][j] + scaling[i][2] * matrix[2][j];
            }
        }
        return new Lattice(m);
    }

    /** Element-wise equality of the matrices within {@code tolAngstrom}. */
    public boolean equalsWithin(Lattice other, double tolAngstrom) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (Math.abs(matrix[i][j] - other.matrix[i][j]) > tolAngstrom) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lattice l && Arrays.deepEquals(matrix, l.matrix);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return "Lattice" + Arrays.deepToString(matrix);
    }

    static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static double angle(double[] u, double[] v) {
        double cos = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (norm(u) * norm(v));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    private static double determinant(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    private static double[][] invert(double[][] m) {
        double det = determinant(m);
        // relative to the lengths, so the test does not depend on the unit or scale of the cell
        if (!(Math.abs(det) > 1e-10 * norm(m[0]) * norm(m[1]) * norm(m[2]))) {
            throw new IllegalArgumentException("lattice vectors are linearly dependent (volume 0)");
        }
        double[][] inv = new double[3][3];
        inv[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
        inv[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
        inv[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
        inv[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
        inv[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
        inv[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
        inv[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
        inv[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
        inv[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
        return inv;
    }

    private static double[][] copy(double[][] m) {
        return new double[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }
}
