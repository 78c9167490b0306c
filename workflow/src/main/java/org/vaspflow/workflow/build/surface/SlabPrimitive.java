package org.vaspflow.workflow.build.surface;

import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * The in-plane primitive cell of a slab: the smallest cell, with the same third vector, that repeats the slab.
 * This replaces pymatgen's {@code get_primitive_structure(tolerance)} for slabs (a slab has no translation out
 * of its plane, so only in-plane translations are searched). A translation t (fractional, t_c = 0) is a symmetry
 * when every site moved by t lands within {@code tolAngstrom} of a site of the same element. With k such
 * translations (the identity included) the primitive in-plane cell has area |a × b| / k; its vectors are the
 * shortest lattice vector of the translation lattice and the shortest one that completes a basis (area exactly
 * |a × b| / k), oriented right-handed with c. The atoms are the sites of the big cell mapped into the new cell,
 * one per translation orbit (the first in site order).
 */
final class SlabPrimitive {
    private SlabPrimitive() {
    }

    static Structure reduce(Structure slab, double tolAngstrom) {
        List<double[]> translations = inPlaneTranslations(slab, tolAngstrom);
        int k = translations.size() + 1;
        if (k == 1) {
            return slab;
        }
        Lattice lat = slab.lattice();
        double[] a = lat.vector(0);
        double[] b = lat.vector(1);
        double[] c = lat.vector(2);
        double area = IntMath.norm(IntMath.cross(a, b));
        List<double[]> generators = new ArrayList<>(translations);
        generators.add(new double[] {0, 0, 0});
        List<double[]> vectors = new ArrayList<>();
        for (double[] t : generators) {
            for (int i = -1; i <= 1; i++) {
                for (int j = -1; j <= 1; j++) {
                    double[] v = lat.toCartesian(new double[] {t[0] + i, t[1] + j, 0});
                    if (IntMath.norm(v) > 1e-6) {
                        vectors.add(v);
                    }
                }
            }
        }
        vectors.sort((u, v) -> Double.compare(IntMath.norm(u), IntMath.norm(v)));
        double[] v1 = vectors.get(0);
        double[] v2 = null;
        for (double[] v : vectors) {
            if (Math.abs(IntMath.norm(IntMath.cross(v1, v)) - area / k) < 1e-6 * area) {
                v2 = v;
                break;
            }
        }
        if (v2 == null) {
            return slab;
        }
        if (IntMath.dot(IntMath.cross(v1, v2), c) < 0) {
            v2 = new double[] {-v2[0], -v2[1], -v2[2]};
        }
        Lattice small = Lattice.fromMatrix(new double[][] {v1, v2, c});
        List<Site> kept = new ArrayList<>();
        for (int i = 0; i < slab.size(); i++) {
            double[] f = small.toFractional(slab.cartesian(i));
            f[0] = wrap(f[0]);
            f[1] = wrap(f[1]);
            if (!present(kept, small, slab.site(i).element(), f, tolAngstrom)) {
                kept.add(slab.site(i).withFracCoords(f));
            }
        }
        return new Structure(small, kept, slab.comment());
    }

    private static List<double[]> inPlaneTranslations(Structure s, double tol) {
        Element ref = s.site(0).element();
        int count = 0;
        for (Site site : s.sites()) {
            if (site.element() == ref) {
                count++;
            }
        }
        List<double[]> out = new ArrayList<>();
        if (count == 1) {
            return out;
        }
        for (int j = 1; j < s.size(); j++) {
            if (s.site(j).element() != ref) {
                continue;
            }
            double[] t = new double[3];
            for (int k = 0; k < 3; k++) {
                double x = s.site(j).frac(k) - s.site(0).frac(k);
                t[k] = x - Math.floor(x + 1e-9);
            }
            double[] dz = {0, 0, s.site(j).frac(2) - s.site(0).frac(2)};
            if (IntMath.norm(s.lattice().toCartesian(dz)) > tol) {
                continue;
            }
            t[2] = 0;
            if (!containsTranslation(out, t) && mapsOntoItself(s, t, tol)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean containsTranslation(List<double[]> list, double[] t) {
        for (double[] u : list) {
            double dx = u[0] - t[0];
            double dy = u[1] - t[1];
            if (Math.abs(dx - Math.rint(dx)) < 1e-4 && Math.abs(dy - Math.rint(dy)) < 1e-4) {
                return true;
            }
        }
        return false;
    }

    private static boolean mapsOntoItself(Structure s, double[] t, double tol) {
        for (Site site : s.sites()) {
            double[] f = {site.frac(0) + t[0], site.frac(1) + t[1], site.frac(2)};
            if (!present(s.sites(), s.lattice(), site.element(), f, tol)) {
                return false;
            }
        }
        return true;
    }

    private static boolean present(List<Site> sites, Lattice lat, Element e, double[] f, double tol) {
        for (Site o : sites) {
            if (o.element() != e) {
                continue;
            }
            double[] d = new double[3];
            for (int k = 0; k < 3; k++) {
                double x = f[k] - o.frac(k);
                d[k] = x - Math.rint(x);
            }
            if (IntMath.norm(lat.toCartesian(d)) <= tol) {
                return true;
            }
        }
        return false;
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - 1e-10 ? 0 : w;
    }
}
