package org.vaspflow.io.cif;

/**
 * A crystallographic symmetry operation written as in CIF ({@code -x+1/2, y, z+0.25}): rotation part
 * (integer matrix on fractional coordinates) and translation. {@code apply(f) = R·f + t}.
 */
record SymmetryOperation(int[][] rotation, double[] translation) {
    static SymmetryOperation parse(String xyz) {
        String[] parts = xyz.toLowerCase(java.util.Locale.ROOT).replace(" ", "").split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a symmetry operation needs three comma-separated parts");
        }
        int[][] r = new int[3][3];
        double[] t = new double[3];
        for (int row = 0; row < 3; row++) {
            String p = parts[row];
            int i = 0;
            while (i < p.length()) {
                int sign = 1;
                if (p.charAt(i) == '+' || p.charAt(i) == '-') {
                    sign = p.charAt(i) == '-' ? -1 : 1;
                    i++;
                }
                if (i >= p.length()) {
                    throw new IllegalArgumentException("dangling sign in '" + p + "'");
                }
                char ch = p.charAt(i);
                if (ch == 'x' || ch == 'y' || ch == 'z') {
                    r[row][ch - 'x'] += sign;
                    i++;
                } else {
                    int j = i;
                    while (j < p.length() && (Character.isDigit(p.charAt(j)) || p.charAt(j) == '.' || p.charAt(j) == '/')) {
                        j++;
                    }
                    if (j == i) {
                        throw new IllegalArgumentException("unexpected '" + ch + "' in '" + p + "'");
                    }
                    String num = p.substring(i, j);
                    double v;
                    if (num.contains("/")) {
                        String[] q = num.split("/");
                        v = Double.parseDouble(q[0]) / Double.parseDouble(q[1]);
                    } else {
                        v = Double.parseDouble(num);
                    }
                    // "2x" style coefficients are not crystallographic; a number here is a translation
                    if (j < p.length() && "xyz".indexOf(p.charAt(j)) >= 0) {
                        throw new IllegalArgumentException("coefficient before a coordinate in '" + p + "'");
                    }
                    t[row] += sign * v;
                    i = j;
                }
            }
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
