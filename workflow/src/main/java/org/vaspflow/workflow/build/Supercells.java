package org.vaspflow.workflow.build;

import org.apache.commons.math3.util.ArithmeticUtils;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Structure;

/**
 * Supercell choice: the most compact supercell of a given size among all of them (Hermite normal forms, diagonal or
 * not, e.g. √5×√5 in-plane cells of a layered P2 oxide), and the smallest cell in which fractional occupancies become
 * whole numbers of atoms.
 */
public final class Supercells {
    private Supercells() {
    }

    /**
     * The supercell matrix S (rows = new vectors in units of the old ones; {@code Structure.supercell(S)}) of
     * determinant {@code size} whose lattice has the longest shortest vector (the largest distance between periodic
     * images), ties broken by the smallest sum of vector lengths. With {@code inPlane} the third vector is kept and
     * only the a-b plane is enlarged (slabs, layered oxides). S is returned in a reduced (short-vector) form.
     */
    public static int[][] mostCompact(Lattice lattice, int size, boolean inPlane) {
        if (size < 1) {
            throw new IllegalArgumentException("supercell size must be positive: " + size);
        }
        int[][] best = null;
        double[] bestScore = null;
        for (int[][] h : hermiteForms(size, inPlane)) {
            int[][] s = reduce(h, lattice, inPlane);
            double[] score = score(s, lattice, inPlane);
            if (bestScore == null || score[0] > bestScore[0] + 1e-6
                    || Math.abs(score[0] - bestScore[0]) <= 1e-6 && score[1] < bestScore[1] - 1e-6) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /** All sublattices of index n as lower-triangular Hermite normal forms (rows), in-plane ones only when asked. */
    static List<int[][]> hermiteForms(int n, boolean inPlane) {
        List<int[][]> out = new ArrayList<>();
        for (int a = 1; a <= n; a++) {
            for (int c = 1; c <= n / a; c++) {
                if (n % (a * c) != 0) {
                    continue;
                }
                int f = n / (a * c);
                if (inPlane && f != 1) {
                    continue;
                }
                // rows: off-diagonal entries reduced modulo the diagonal entry of their column
                for (int b = 0; b < a; b++) {
                    for (int d = 0; d < (inPlane ? 1 : a); d++) {
                        for (int e = 0; e < (inPlane ? 1 : c); e++) {
                            out.add(new int[][] {{a, 0, 0}, {b, c, 0}, {d, e, f}});
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Pairwise (Lagrange-Gauss) reduction of the rows of S under the lattice metric; the third row stays in-plane. */
    private static int[][] reduce(int[][] h, Lattice lattice, boolean inPlane) {
        int[][] s = {h[0].clone(), h[1].clone(), h[2].clone()};
        int rows = inPlane ? 2 : 3;
        for (int round = 0, changed = 1; changed > 0 && round < 1000; round++) {
            changed = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < rows; j++) {
                    if (i == j) {
                        continue;
                    }
                    double[] vi = cart(s[i], lattice);
                    double[] vj = cart(s[j], lattice);
                    long q = Math.round(dot(vi, vj) / dot(vj, vj));
                    if (q != 0) {
                        for (int k = 0; k < 3; k++) {
                            s[i][k] -= (int) q * s[j][k];
                        }
                        changed = 1;
                    }
                }
            }
        }
        if (determinant(s) < 0) {
            for (int k = 0; k < 3; k++) {
                s[0][k] = -s[0][k];
            }
        }
        return s;
    }

    private static double[] score(int[][] s, Lattice lattice, boolean inPlane) {
        return score(s, lattice, inPlane, 2);
    }

    private static double[] score(int[][] s, Lattice lattice, boolean inPlane, int r) {
        double shortest = Double.POSITIVE_INFINITY;
        double sum = 0;
        int rows = inPlane ? 2 : 3;
        for (int i = 0; i < rows; i++) {
            sum += Math.sqrt(dot(cart(s[i], lattice), cart(s[i], lattice)));
        }
        for (int a = -r; a <= r; a++) {
            for (int b = -r; b <= r; b++) {
                for (int c = inPlane ? 0 : -r; c <= (inPlane ? 0 : r); c++) {
                    if (a == 0 && b == 0 && c == 0) {
                        continue;
                    }
                    int[] v = new int[3];
                    for (int k = 0; k < 3; k++) {
                        v[k] = a * s[0][k] + b * s[1][k] + c * s[2][k];
                    }
                    shortest = Math.min(shortest, Math.sqrt(dot(cart(v, lattice), cart(v, lattice))));
                }
            }
        }
        return new double[] {shortest, sum};
    }

    /**
     * The shortest nonzero lattice vector (Å): the smallest distance between an atom and its own periodic image. The
     * search covers coefficients up to ±3 of the given vectors, enough for the reduced cells {@link #mostCompact}
     * returns.
     */
    public static double shortestVectorAngstrom(Lattice lattice) {
        return score(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, lattice, false, 3)[0];
    }

    /**
     * The smallest number m of copies of a cell with {@code sites} sites of one kind such that each fraction of those
     * sites is a whole number of atoms (m·sites·fraction integer for all).
     */
    public static int smallestMultiple(int sites, List<Fraction> fractions) {
        int m = 1;
        for (Fraction f : fractions) {
            Fraction perCell = f.multiply(sites);
            m = ArithmeticUtils.lcm(m, perCell.getDenominator());
        }
        return m;
    }

    /**
     * Why a cell with {@code sites} sites of one kind cannot hold these fractions (e.g. "Li 1/3 of 16 sites is 5.33
     * atoms"), or an empty string when it can.
     */
    public static String whyNot(int sites, List<String> names, List<Fraction> fractions) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < fractions.size(); i++) {
            Fraction n = fractions.get(i).multiply(sites);
            if (n.getDenominator() != 1) {
                problems.add(String.format("%s %d/%d of %d sites is %.2f atoms", names.get(i),
                        fractions.get(i).getNumerator(), fractions.get(i).getDenominator(), sites,
                        n.doubleValue()));
            }
        }
        return String.join("; ", problems);
    }

    /**
     * A fraction from "1/3", "2/3", an integer, or a decimal. A decimal with two or more digits after the point snaps
     * to the fraction with the smallest denominator ≤ 12 that lies within half a unit of its last digit ("0.67" and
     * "0.667" → 2/3, "0.33" → 1/3, "0.17" → 1/6), because contents such as Na₀.₆₇ are written rounded; otherwise it is
     * taken exactly ("0.6" → 3/5, "0.12" → 3/25).
     */
    public static Fraction parseFraction(String text) {
        String t = text.trim();
        try {
            if (t.contains("/")) {
                String[] p = t.split("/");
                return new Fraction(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            }
            java.math.BigDecimal d = new java.math.BigDecimal(t);
            if (d.scale() >= 2) {
                double x = d.doubleValue();
                double tol = 0.5 * Math.pow(10, -d.scale()) * 0.99;
                for (int q = 1; q <= 12; q++) {
                    long p = Math.round(x * q);
                    if (Math.abs((double) p / q - x) <= tol) {
                        return new Fraction((int) p, q);
                    }
                }
            }
            java.math.BigInteger unscaled = d.unscaledValue();
            int scale = Math.max(0, d.scale());
            return new Fraction(unscaled.intValueExact() * (d.scale() < 0 ? (int) Math.pow(10, -d.scale()) : 1),
                    (int) Math.pow(10, scale));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a number or fraction such as 2/3");
        }
    }

    /** Number of formula units (of the reduced formula) in a structure. */
    public static int formulaUnits(Structure s) {
        int g = 0;
        for (int n : s.composition().values()) {
            g = ArithmeticUtils.gcd(g, n);
        }
        return g;
    }

    private static double[] cart(int[] v, Lattice lattice) {
        return lattice.toCartesian(new double[] {v[0], v[1], v[2]});
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static int determinant(int[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

}
