package org.vaspflow.io.structure.symmetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A description of a space group that does not depend on the setting (basis, origin, supercell), built from its
 * operations. The operations are moved to a Delaunay-reduced primitive basis of the full translation lattice (pure
 * translations included) and one operation per coset of the translation subgroup is kept. Then:
 * <ul>
 *   <li>every coset is described by its rotation type and the screw or glide components its members can have (the
 *   intrinsic translations of ITA (Hahn ed., International Tables for Crystallography A, §11.1.2), taken over the
 *   whole coset, so the 2 and 2₁ axes of a body-centred lattice both count); screw senses are measured about the axis
 *   direction of counter-clockwise rotation in a right-handed frame, so enantiomorphs (P4₁/P4₃) differ; a glide class
 *   says which symmetry direction its glide vector runs along ("a", "b", "c" glides) or that it runs along none
 *   ("n", "d");</li>
 *   <li>cosets are grouped by their axis (for improper ones, the axis of −R: a mirror's normal), and every three
 *   non-coplanar axes contribute the index in the lattice of the sublattice spanned by their shortest lattice
 *   vectors (which tells P, C, I, F and R lattices apart, and P321 from P312);</li>
 *   <li>whether the group is symmorphic ({@link Symmorphic}; separates I222/I2₁2₁2₁ and I23/I2₁3).</li>
 * </ul>
 * None of this depends on the basis or origin. {@code SpaceGroupTableTest} checks that the 230 types get 230
 * different fingerprints, and that each type keeps its fingerprint in random other bases, origins, a 2×2×2
 * supercell, with noisy translations.
 */
final class SpaceGroupFingerprint {
    private static final int BOX = 3;

    private final int[][] shortVectors;
    private final double[][] metric;
    private final int orientation;
    private final Map<String, int[][]> rotations = new LinkedHashMap<>();
    private final Map<String, double[]> translations = new LinkedHashMap<>();

    private SpaceGroupFingerprint(List<SymmetryOperation> ops, double[][] rows) {
        List<double[]> pure = new ArrayList<>();
        for (SymmetryOperation op : ops) {
            if (op.isPureTranslation()) {
                pure.add(op.translation());
            }
        }
        double[][] pt = Lattices.primitiveBasis(pure);
        double[][] primRows = M3.mul(pt, rows);
        int[][] c = Lattices.delaunay(primRows, 1e-10);
        double[][] red = M3.mul(M3.toDouble(c), primRows);
        double[][] b = M3.transpose(M3.mul(M3.toDouble(c), pt));
        double[][] binv = M3.inverse(b);
        for (SymmetryOperation op : ops) {
            int[][] r = M3.rint(M3.mul(binv, M3.mul(M3.toDouble(op.rotation()), b)), 1e-4);
            if (r == null) {
                throw new IllegalArgumentException("operation does not keep the translation lattice: " + op);
            }
            String key = Arrays.deepToString(r);
            if (!rotations.containsKey(key)) {
                rotations.put(key, r);
                translations.put(key, M3.nearestImage(M3.mul(binv, op.translation())));
            }
        }
        this.metric = M3.metric(red);
        this.orientation = M3.det(red) > 0 ? 1 : -1;
        this.shortVectors = shortVectors(metric);
    }

    /** The fingerprint of the group with these operations (pure translations included) in a cell with these rows. */
    static String of(List<SymmetryOperation> ops, double[][] latticeRows) {
        return new SpaceGroupFingerprint(ops, latticeRows).describe();
    }

    private String describe() {
        List<int[]> dirs = new ArrayList<>();
        List<int[][]> opR = new ArrayList<>();
        List<double[]> opT = new ArrayList<>();
        List<Integer> opDir = new ArrayList<>();
        boolean inversion = false;
        for (String key : rotations.keySet()) {
            int[][] r = rotations.get(key);
            int[][] proper = M3.det(r) > 0 ? r : negate(r);
            if (M3.isIdentity(proper)) {
                inversion |= !M3.isIdentity(r);
                continue;
            }
            int[] u = canonicalSign(fixedVector(proper, null));
            int d = 0;
            while (d < dirs.size() && !Arrays.equals(dirs.get(d), u)) {
                d++;
            }
            if (d == dirs.size()) {
                dirs.add(u);
            }
            opR.add(r);
            opT.add(translations.get(key));
            opDir.add(d);
        }
        String[] dirType = new String[dirs.size()];
        Arrays.fill(dirType, "");
        List<List<String>> types = new ArrayList<>();
        for (int d = 0; d < dirs.size(); d++) {
            types.add(new ArrayList<>());
        }
        for (int i = 0; i < opR.size(); i++) {
            types.get(opDir.get(i)).add(rotationType(opR.get(i)));
        }
        for (int d = 0; d < dirs.size(); d++) {
            types.get(d).sort(null);
            dirType[d] = String.join("", types.get(d));
        }
        List<List<String>> perDir = new ArrayList<>();
        for (int d = 0; d < dirs.size(); d++) {
            perDir.add(new ArrayList<>());
        }
        for (int i = 0; i < opR.size(); i++) {
            int[][] r = opR.get(i);
            String desc = M3.det(r) > 0 ? screw(r, opT.get(i)) : order(negate(r)) == 2
                    ? glide(r, opT.get(i), dirs, dirType) : rotationType(r);
            perDir.get(opDir.get(i)).add(desc);
        }
        String[] dirDesc = new String[dirs.size()];
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < dirs.size(); d++) {
            perDir.get(d).sort(null);
            dirDesc[d] = "{" + String.join(" ", perDir.get(d)) + "}";
            parts.add(dirDesc[d]);
        }
        parts.sort(null);
        List<String> triples = triples(dirs, dirDesc);
        triples.sort(null);
        return (inversion ? "-1;" : "") + String.join(",", parts) + "|" + String.join(",", triples) + "|s"
                + Symmorphic.test(rotations, translations);
    }

    /** For every three non-coplanar axes: their descriptions and the index of the sublattice their vectors span. */
    private static List<String> triples(List<int[]> dirs, String[] dirDesc) {
        List<String> triples = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            for (int j = i + 1; j < dirs.size(); j++) {
                for (int k = j + 1; k < dirs.size(); k++) {
                    long det = Math.abs(M3.det(toLong(dirs.get(i)), toLong(dirs.get(j)), toLong(dirs.get(k))));
                    if (det != 0) {
                        String[] t = {dirDesc[i], dirDesc[j], dirDesc[k]};
                        Arrays.sort(t);
                        triples.add(String.join("", t) + det);
                    }
                }
            }
        }
        return triples;
    }

    /** "+n" for a proper rotation of order n, "-n" for an improper one whose proper part -R has order n. */
    private static String rotationType(int[][] r) {
        return M3.det(r) > 0 ? "+" + order(r) : "-" + order(negate(r));
    }

    /**
     * A rotation or screw: order n, and the screw components k/n that members of the coset can have, as
     * "Rn:d:k" (all k' ≡ k mod d), measured along the axis direction about which the rotation is
     * counter-clockwise.
     */
    private String screw(int[][] r, double[] t) {
        int n = order(r);
        int[] u = fixedVector(r, null);
        if (n > 2) {
            int[] w = null;
            for (int[] v : shortVectors) {
                if (!parallel(u, v)) {
                    w = v;
                    break;
                }
            }
            if (M3.det(toLong(u), toLong(w), toLong(M3.mul(r, w))) * orientation < 0) {
                u = new int[] {-u[0], -u[1], -u[2]};
            }
        }
        double[] s = new double[3];
        int[][] rk = M3.identity();
        int[][] sumR = new int[3][3];
        for (int k = 0; k < n; k++) {
            s = M3.add(s, M3.mul(rk, t));
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    sumR[i][j] += rk[i][j];
                }
            }
            rk = M3.mul(r, rk);
        }
        double[] ud = M3.toDouble(u);
        double uu = M3.dot(metric, ud, ud);
        int k0 = (int) Math.rint(M3.dot(metric, s, ud) / uu);
        int d = n;
        for (int i = 0; i < 3; i++) {
            double[] col = {sumR[0][i], sumR[1][i], sumR[2][i]};
            d = gcd(d, Math.abs((int) Math.rint(M3.dot(metric, col, ud) / uu)));
        }
        return "R" + n + ":" + d + ":" + Math.floorMod(k0, d);
    }

    /**
     * A mirror or glide: the glide vectors its coset allows, as classes of half lattice vectors of the mirror
     * plane; each class is "0" (a true mirror), "a" + the rotation types of a symmetry direction that a vector
     * of the class is parallel to, or "d" when it lies along none (e.g. n and d glides).
     */
    private String glide(int[][] r, double[] t, List<int[]> dirs, String[] dirType) {
        int[] p1 = fixedVector(r, null);
        int[] p2 = fixedVector(r, p1);
        int w0 = halfBits(M3.add(t, M3.mul(r, t)), p1, p2);
        Set<Integer> k = new HashSet<>(List.of(0));
        for (int i = 0; i < 3; i++) {
            double[] e = new double[3];
            e[i] = 1;
            int g = halfBits(M3.add(e, M3.mul(r, e)), p1, p2);
            for (Integer x : new ArrayList<>(k)) {
                k.add(x ^ g);
            }
        }
        List<String> classes = new ArrayList<>();
        for (int x : k) {
            classes.add(glideClass(x ^ w0, p1, p2, dirs, dirType));
        }
        classes.sort(null);
        return "m[" + String.join(" ", classes) + "]";
    }

    private static String glideClass(int bits, int[] p1, int[] p2, List<int[]> dirs, String[] dirType) {
        if (bits == 0) {
            return "0";
        }
        Set<String> along = new java.util.TreeSet<>();
        for (int m = -1; m <= 1; m++) {
            for (int n = -1; n <= 1; n++) {
                int x = (bits & 1) + 2 * m;
                int y = (bits >> 1) + 2 * n;
                int[] v = {x * p1[0] + y * p2[0], x * p1[1] + y * p2[1], x * p1[2] + y * p2[2]};
                for (int d = 0; d < dirs.size(); d++) {
                    if (parallel(v, dirs.get(d))) {
                        along.add(dirType[d]);
                    }
                }
            }
        }
        return along.isEmpty() ? "d" : "a" + String.join("/", along);
    }

    /** 2v (v in the plane of p1, p2) in the basis p1, p2, each coordinate mod 2, as two bits. */
    private int halfBits(double[] twoV, int[] p1, int[] p2) {
        double[] a = M3.toDouble(p1);
        double[] b = M3.toDouble(p2);
        double aa = M3.dot(metric, a, a);
        double ab = M3.dot(metric, a, b);
        double bb = M3.dot(metric, b, b);
        double va = M3.dot(metric, twoV, a);
        double vb = M3.dot(metric, twoV, b);
        double detG = aa * bb - ab * ab;
        long x = Math.round((va * bb - vb * ab) / detG);
        long y = Math.round((vb * aa - va * ab) / detG);
        return (int) (Math.floorMod(x, 2) | Math.floorMod(y, 2) << 1);
    }

    /** The shortest lattice vector with R v = v not parallel to {@code avoid} (when given). */
    private int[] fixedVector(int[][] r, int[] avoid) {
        for (int[] v : shortVectors) {
            if (Arrays.equals(M3.mul(r, v), v) && (avoid == null || !parallel(v, avoid))) {
                return v;
            }
        }
        throw new IllegalStateException("no lattice vector on the axis within the search box");
    }

    private static int[][] shortVectors(double[][] metric) {
        List<int[]> all = new ArrayList<>();
        for (int a = -BOX; a <= BOX; a++) {
            for (int b = -BOX; b <= BOX; b++) {
                for (int c = -BOX; c <= BOX; c++) {
                    if (a != 0 || b != 0 || c != 0) {
                        all.add(new int[] {a, b, c});
                    }
                }
            }
        }
        all.sort((x, y) -> Double.compare(M3.dot(metric, M3.toDouble(x), M3.toDouble(x)),
                M3.dot(metric, M3.toDouble(y), M3.toDouble(y))));
        return all.toArray(new int[0][]);
    }

    static int order(int[][] proper) {
        int[][] p = proper;
        for (int n = 1; n <= 6; n++) {
            if (M3.isIdentity(p)) {
                return n;
            }
            p = M3.mul(proper, p);
        }
        throw new IllegalArgumentException("not a crystallographic rotation: " + Arrays.deepToString(proper));
    }

    private static int[][] negate(int[][] r) {
        int[][] n = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                n[i][j] = -r[i][j];
            }
        }
        return n;
    }

    private static boolean parallel(int[] a, int[] b) {
        return a[1] * b[2] - a[2] * b[1] == 0 && a[2] * b[0] - a[0] * b[2] == 0 && a[0] * b[1] - a[1] * b[0] == 0;
    }

    private static int[] canonicalSign(int[] v) {
        for (int x : v) {
            if (x != 0) {
                return x > 0 ? v.clone() : new int[] {-v[0], -v[1], -v[2]};
            }
        }
        return v.clone();
    }

    private static long[] toLong(int[] v) {
        return new long[] {v[0], v[1], v[2]};
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
