package org.vaspflow.workflow.build.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Delaunay2DTest {
    @Test
    void randomPointsSatisfyTheEmptyCircleProperty() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 5; trial++) {
            int n = 40 + 30 * trial;
            double[][] p = new double[n][];
            for (int i = 0; i < n; i++) {
                p[i] = new double[] {rnd.nextDouble() * 10, rnd.nextDouble() * 10};
            }
            List<int[]> tris = Delaunay2D.triangulate(p);
            for (int[] t : tris) {
                assertTrue(Delaunay2D.cross(p[t[0]], p[t[1]], p[t[2]]) > 0, "counter-clockwise");
                for (int q = 0; q < n; q++) {
                    if (q != t[0] && q != t[1] && q != t[2]) {
                        assertFalse(Delaunay2D.inCircumcircle(p, t, p[q], 1e-9), "point " + q + " inside a circumcircle");
                    }
                }
            }
            // Euler: a triangulation of n points with h on the convex hull has 2n - 2 - h triangles
            assertEquals(2 * n - 2 - hullSize(p), tris.size());
            // the triangles tile the hull: their areas add up to the hull's area
            double area = 0;
            for (int[] t : tris) {
                area += Delaunay2D.cross(p[t[0]], p[t[1]], p[t[2]]) / 2;
            }
            assertEquals(hullArea(p), area, 1e-9);
        }
    }

    @Test
    void squareGridGivesTwoTrianglesPerSquare() {
        double[][] p = new double[16][];
        for (int i = 0; i < 16; i++) {
            p[i] = new double[] {i % 4, i / 4};
        }
        List<int[]> tris = Delaunay2D.triangulate(p);
        assertEquals(18, tris.size());
        Set<String> edges = new HashSet<>();
        for (int[] t : tris) {
            for (int e = 0; e < 3; e++) {
                int a = Math.min(t[e], t[(e + 1) % 3]);
                int b = Math.max(t[e], t[(e + 1) % 3]);
                edges.add(a + "-" + b);
            }
        }
        assertEquals(24 + 9, edges.size(), "grid edges plus one diagonal per square");
    }

    @Test
    void duplicatePointsAreRefused() {
        double[][] p = {{0, 0}, {1, 0}, {0, 1}, {1, 0}};
        assertThrows(IllegalArgumentException.class, () -> Delaunay2D.triangulate(p));
    }

    /** Andrew's monotone chain (an independent hull). */
    private static List<double[]> hull(double[][] p) {
        double[][] s = p.clone();
        java.util.Arrays.sort(s, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        java.util.ArrayList<double[]> h = new java.util.ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (int i = 0; i < s.length; i++) {
                double[] q = pass == 0 ? s[i] : s[s.length - 1 - i];
                while (h.size() >= start + 2 && Delaunay2D.cross(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 0) {
                    h.remove(h.size() - 1);
                }
                h.add(q);
            }
            h.remove(h.size() - 1);
        }
        return h;
    }

    private static int hullSize(double[][] p) {
        return hull(p).size();
    }

    private static double hullArea(double[][] p) {
        List<double[]> h = hull(p);
        double a = 0;
        for (int i = 0; i < h.size(); i++) {
            double[] u = h.get(i);
            double[] v = h.get((i + 1) % h.size());
            a += u[0] * v[1] - v[0] * u[1];
        }
        return a / 2;
    }
}
