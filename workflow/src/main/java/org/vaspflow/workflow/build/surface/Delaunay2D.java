package org.vaspflow.workflow.build.surface;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Delaunay triangulation of points in the plane by the Bowyer–Watson algorithm (A. Bowyer, Comput. J. 24, 162
 * (1981); D. F. Watson, Comput. J. 24, 167 (1981)): start from a triangle that holds every point; insert the points
 * one at a time, delete every triangle whose circumcircle strictly contains the new point, and join the point to
 * the edges of the hole. A triangle (a, b, c) counter-clockwise contains p in its circumcircle when
 *
 * <pre>
 * | ax−px  ay−py  (ax−px)²+(ay−py)² |
 * | bx−px  by−py  (bx−px)²+(by−py)² |  &gt; ε
 * | cx−px  cy−py  (cx−px)²+(cy−py)² |
 * </pre>
 *
 * with ε relative to the size of the point set, so four (nearly) co-circular points keep the triangulation they
 * already have (either diagonal of a square is a Delaunay triangulation). O(n²), enough for surface meshes of a
 * few hundred points. Duplicate points (closer than 1e-9 of the extent) are an error.
 */
public final class Delaunay2D {
    private Delaunay2D() {
    }

    /** Triangles as index triples into {@code points} (each row x, y), counter-clockwise. */
    public static List<int[]> triangulate(double[][] points) {
        int n = points.length;
        if (n < 3) {
            return List.of();
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-12);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (samePoint(points[i], points[j], span)) {
                    throw new IllegalArgumentException("duplicate points " + i + " and " + j + " in a Delaunay triangulation");
                }
            }
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double[][] pts = new double[n + 3][];
        for (int i = 0; i < n; i++) {
            pts[i] = new double[] {points[i][0], points[i][1]};
        }
        // a super-triangle far outside, so its vertices never sit on a circumcircle of real points
        pts[n] = new double[] {cx - 100 * span, cy - 100 * span};
        pts[n + 1] = new double[] {cx + 100 * span, cy - 100 * span};
        pts[n + 2] = new double[] {cx, cy + 100 * span};
        double eps = 1e-9 * span * span * span * span;
        List<int[]> triangles = new ArrayList<>();
        triangles.add(new int[] {n, n + 1, n + 2});
        for (int p = 0; p < n; p++) {
            List<int[]> bad = new ArrayList<>();
            for (int[] t : triangles) {
                if (inCircumcircle(pts, t, pts[p], eps)) {
                    bad.add(t);
                }
            }
            Map<Long, int[]> edges = new HashMap<>();
            Map<Long, Integer> counts = new HashMap<>();
            for (int[] t : bad) {
                for (int e = 0; e < 3; e++) {
                    int u = t[e];
                    int v = t[(e + 1) % 3];
                    long key = Math.min(u, v) * (long) (n + 3) + Math.max(u, v);
                    edges.put(key, new int[] {u, v});
                    counts.merge(key, 1, Integer::sum);
                }
            }
            triangles.removeAll(bad);
            for (Map.Entry<Long, int[]> e : edges.entrySet()) {
                if (counts.get(e.getKey()) == 1) {
                    int[] uv = e.getValue();
                    triangles.add(new int[] {uv[0], uv[1], p});
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] t : triangles) {
            if (t[0] < n && t[1] < n && t[2] < n) {
                out.add(orient(points, t));
            }
        }
        return out;
    }

    private static boolean samePoint(double[] a, double[] b, double span) {
        return Math.abs(a[0] - b[0]) < 1e-9 * span && Math.abs(a[1] - b[1]) < 1e-9 * span;
    }

    private static int[] orient(double[][] pts, int[] t) {
        return cross(pts[t[0]], pts[t[1]], pts[t[2]]) >= 0 ? t.clone() : new int[] {t[0], t[2], t[1]};
    }

    static double cross(double[] a, double[] b, double[] c) {
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    }

    /** Strictly inside the circumcircle of the triangle (beyond {@code eps}); orientation handled. */
    static boolean inCircumcircle(double[][] pts, int[] t, double[] p, double eps) {
        double[] a = pts[t[0]];
        double[] b = pts[t[1]];
        double[] c = pts[t[2]];
        double adx = a[0] - p[0];
        double ady = a[1] - p[1];
        double bdx = b[0] - p[0];
        double bdy = b[1] - p[1];
        double cdx = c[0] - p[0];
        double cdy = c[1] - p[1];
        double det = (adx * adx + ady * ady) * (bdx * cdy - cdx * bdy)
                - (bdx * bdx + bdy * bdy) * (adx * cdy - cdx * ady)
                + (cdx * cdx + cdy * cdy) * (adx * bdy - bdx * ady);
        return cross(a, b, c) > 0 ? det > eps : det < -eps;
    }
}
