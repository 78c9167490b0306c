package org.vaspflow.io.cif;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crystallographic symmetry operation written as in CIF ({@code -x+1/2, y, z+0.25}, {@code 1/2+X,-Y,Z}):
 * rotation part (integer matrix on fractional coordinates, determinant ±1) and translation. {@code apply(f) =
 * R·f + t}.
 */
record SymmetryOperation(int[][] rotation, double[] translation) {
    /** One signed term: a coordinate letter or a number (decimal or fraction). */
    private static final Pattern TERM = Pattern.compile("([+-]?)(?:([xyz])|(\\d+(?:\\.\\d*)?|\\.\\d+)(?:/(\\d+))?)");

    /** {@link IllegalArgumentException} with the reason when {@code xyz} is not an operation. */
    static SymmetryOperation parse(String xyz) {
        String[] parts = xyz.toLowerCase(Locale.ROOT).replaceAll("\\s", "").split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a symmetry operation needs three comma-separated parts");
        }
        int[][] r = new int[3][3];
        double[] t = new double[3];
        for (int row = 0; row < 3; row++) {
            String p = parts[row];
            Matcher m = TERM.matcher(p);
            int at = 0;
            while (at < p.length()) {
                if (!m.find(at) || m.start() != at || (at > 0 && m.group(1).isEmpty())) {
                    throw new IllegalArgumentException("cannot read '" + p + "' at character " + (at + 1));
                }
                int sign = m.group(1).equals("-") ? -1 : 1;
                if (m.group(2) != null) {
                    r[row][m.group(2).charAt(0) - 'x'] += sign;
                } else {
                    double v = Double.parseDouble(m.group(3));
                    if (m.group(4) != null) {
                        int denominator = Integer.parseInt(m.group(4));
                        if (denominator == 0) {
                            throw new IllegalArgumentException("division by zero in '" + p + "'");
                        }
                        v /= denominator;
                    }
                    t[row] += sign * v;
                }
                at = m.end();
            }
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty part");
            }
        }
        int det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1]) - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
        if (Math.abs(det) != 1) {
            throw new IllegalArgumentException("rotation part has determinant " + det + ", not ±1");
        }
        return new SymmetryOperation(r, t);
    }

    double[] apply(double[] f) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = rotation[i][0] * f[0] + rotation[i][1] * f[1] + rotation[i][2] * f[2] + translation[i];
        }
        return out;
    }
}
