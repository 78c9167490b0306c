package org.vaspflow.io.vasp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads KPOINTS (and IBZKPT) files in every mode:
 *
 * <pre>
 * comment            comment            comment              comment             comment
 * 0                  0                  4                    20                  10
 * Auto               Gamma              Reciprocal           Line-mode           (generating basis:
 * 20                 4 4 2              0.0 0.0 0.0  1       Reciprocal           0, then Cartesian
 *                    [0 0 0]            0.5 0.0 0.0  3 ...   0 0 0 ! \Gamma       or Reciprocal and
 *                                                            0.5 0 0 ! X          three vectors: not
 *                                                                                 supported, an error)
 * </pre>
 *
 * The mode letter is read as VASP reads it: the first character of line 3 (G/g Gamma, M/m Monkhorst–Pack,
 * A/a fully automatic, L/l line mode; for explicit lists C/c/K/k Cartesian, anything else reciprocal). The
 * tetrahedron section after an explicit list (IBZKPT) is ignored.
 */
public final class KpointsReader {
    private KpointsReader() {
    }

    public static Kpoints read(Path file) {
        return TextCursor.read(file, KpointsReader::parse);
    }

    public static Kpoints parse(String name, String text) {
        return TextCursor.parse(name, text, KpointsReader::parse);
    }

    private static Kpoints parse(TextCursor c) {
        String comment = c.require("the comment line").strip();
        c.require("the number of k-points");
        String[] nTokens = TextCursor.tokens(c.current());
        if (nTokens.length == 0) {
            throw c.error("expected the number of k-points (0 for automatic)");
        }
        int n = c.parseInt(nTokens[0]);
        if (n < 0) {
            throw c.errorAt(nTokens[0], "negative number of k-points");
        }
        String mode = c.require("the mode line").strip();
        char m = mode.isEmpty() ? ' ' : Character.toLowerCase(mode.charAt(0));
        if (n == 0) {
            return switch (m) {
                case 'a' -> {
                    c.require("the length R_k");
                    double[] v = c.doubles(c.current());
                    if (v.length < 1 || !(v[0] > 0)) {
                        throw c.error("expected a positive length");
                    }
                    yield Kpoints.automatic(comment, v[0]);
                }
                case 'g', 'm' -> mesh(c, comment, m == 'g');
                default -> throw c.error("automatic KPOINTS needs Gamma, Monkhorst-Pack or Auto on line 3"
                        + " (generating-basis mode is not supported)");
            };
        }
        if (m == 'l') {
            return lineMode(c, comment, n);
        }
        boolean cartesian = m == 'c' || m == 'k';
        double[][] points = new double[n][];
        double[] weights = new double[n];
        List<String> labels = new ArrayList<>();
        boolean anyLabel = false;
        for (int i = 0; i < n; i++) {
            c.require("k-point " + (i + 1) + " of " + n);
            String[] parts = c.current().split("!", 2);
            String[] t = TextCursor.tokens(parts[0]);
            if (t.length < 3) {
                throw c.error("expected three coordinates and a weight");
            }
            points[i] = new double[] {c.parseDouble(t[0]), c.parseDouble(t[1]), c.parseDouble(t[2])};
            weights[i] = t.length > 3 ? c.parseDouble(t[3]) : 1.0;
            check(c, points[i]);
            // a label may follow the weight (pymatgen writes "0 0 0 1 \\Gamma") or a '!'
            String label = t.length > 4 ? String.join(" ", java.util.Arrays.copyOfRange(t, 4, t.length))
                    : parts.length > 1 ? parts[1].strip() : "";
            anyLabel |= !label.isEmpty();
            labels.add(label);
        }
        return new Kpoints(comment, cartesian ? "Cartesian" : "Reciprocal", new int[0], new double[0], 0, points,
                weights, anyLabel ? labels : List.of(), 0, cartesian);
    }

    private static Kpoints mesh(TextCursor c, String comment, boolean gamma) {
        c.require("three subdivisions");
        String[] t = TextCursor.tokens(c.current());
        if (t.length < 3) {
            throw c.error("expected three subdivisions");
        }
        int[] div = new int[3];
        for (int i = 0; i < 3; i++) {
            div[i] = c.parseInt(t[i]);
            if (div[i] < 1) {
                throw c.errorAt(t[i], "subdivisions must be positive");
            }
        }
        double[] shift = {0, 0, 0};
        String next = c.peek();
        if (next != null && !next.isBlank()) {
            c.next();
            double[] s = c.doubles(c.current());
            if (s.length < 3) {
                throw c.error("expected a shift of three numbers");
            }
            shift = new double[] {s[0], s[1], s[2]};
            check(c, shift);
        }
        return Kpoints.mesh(comment, gamma, div, shift);
    }

    private static Kpoints lineMode(TextCursor c, String comment, int perLine) {
        String coords = c.require("Reciprocal or Cartesian").strip();
        boolean cartesian = !coords.isEmpty() && "cCkK".indexOf(coords.charAt(0)) >= 0;
        List<double[]> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String line;
        while ((line = c.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("!", 2);
            double[] v = c.doubles(parts[0]);
            if (v.length < 3) {
                throw c.error("expected three coordinates of a line end point");
            }
            double[] p = {v[0], v[1], v[2]};
            check(c, p);
            points.add(p);
            labels.add(parts.length > 1 ? parts[1].strip() : "");
        }
        if (points.isEmpty() || points.size() % 2 != 0) {
            throw c.error("line mode needs pairs of end points, found " + points.size());
        }
        return new Kpoints(comment, "Line_mode", new int[0], new double[0], 0, points.toArray(double[][]::new),
                new double[0], labels, perLine, cartesian);
    }

    private static void check(TextCursor c, double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw c.error("not a finite number");
            }
        }
    }
}
