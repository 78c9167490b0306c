package org.vaspflow.workflow.build.surface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryOperation;

/**
 * Top, bridge and hollow sites of a slab's upper surface, as pymatgen's {@code AdsorbateSiteFinder
 * .find_adsorption_sites} (pymatgen 2022.11.7, {@code analysis/adsorption.py}) finds them with its defaults:
 *
 * <ol>
 *   <li>surface atoms: every atom within {@code heightAngstrom} (0.9) of the highest one along the normal
 *       n̂ = a × b / |a × b|; of atoms that sit above one another (in-plane distance &lt; 0.05 Å) only the highest
 *       is kept;</li>
 *   <li>top sites: the surface atoms;</li>
 *   <li>the surface atoms are repeated 5 × 5 in-plane and projected onto the plane; every triangle of their
 *       Delaunay triangulation ({@link Delaunay2D}) gives a bridge site at the midpoint of each edge and, unless
 *       one of its angles is ≥ 90° (cos &lt; 1e-5), a hollow site at its centroid (means of 3-D positions);</li>
 *   <li>bridge and hollow sites are kept only inside the central 3 × 3 cells (1 &lt; fa, fb &lt; 4), near-duplicates
 *       (all fractional differences &lt; 0.01, periodic) dropped, positions wrapped into the cell, and sites mapped onto
 *       an earlier site by an operation of the slab's space group (found at 0.1 Å) dropped (the same
 *       0.01 fractional tolerance).</li>
 * </ol>
 */
public final class AdsorptionSiteFinder {
    private static final double FRAC_TOL = 1e-2;
    private static final int REPEAT = 5;

    private final Slab slab;
    private final double heightAngstrom;

    public AdsorptionSiteFinder(Slab slab) {
        this(slab, 0.9);
    }

    public AdsorptionSiteFinder(Slab slab, double heightAngstrom) {
        this.slab = slab;
        this.heightAngstrom = heightAngstrom;
    }

    /** Indices of the surface atoms, highest first. */
    public List<Integer> surfaceAtoms() {
        Structure s = slab.structure();
        double top = slab.maxHeightAngstrom();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (slab.heightAngstrom(i) >= top - heightAngstrom) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> -slab.heightAngstrom(i)));
        List<Integer> kept = new ArrayList<>();
        for (int i : candidates) {
            boolean covered = false;
            for (int j : kept) {
                covered |= inPlaneDistance(s, i, j) < 0.05;
            }
            if (!covered) {
                kept.add(i);
            }
        }
        return kept;
    }

    private double inPlaneDistance(Structure s, int i, int j) {
        double[] d = new double[3];
        for (int k = 0; k < 2; k++) {
            double x = s.site(i).frac(k) - s.site(j).frac(k);
            d[k] = x - Math.rint(x);
        }
        double[] cart = s.lattice().toCartesian(d);
        double along = IntMath.dot(cart, slab.normal());
        return IntMath.norm(IntMath.add(cart, slab.normal(), -along));
    }

    /** Symmetry-distinct sites of the requested kinds (top, bridge, hollow in that order). */
    public List<AdsorptionSite> find(List<AdsorptionSite.Kind> kinds) {
        Structure s = slab.structure();
        Lattice lat = s.lattice();
        double[] n = slab.normal();
        List<Integer> surface = surfaceAtoms();
        List<AdsorptionSite> tops = new ArrayList<>();
        for (int i : surface) {
            tops.add(new AdsorptionSite(AdsorptionSite.Kind.TOP, s.cartesian(i), n,
                    List.of(new AdsorptionSite.Contact(s.site(i).element(), s.cartesian(i)))));
        }
        List<AdsorptionSite.Contact> mesh = new ArrayList<>();
        for (int a = 0; a < REPEAT; a++) {
            for (int b = 0; b < REPEAT; b++) {
                for (int i : surface) {
                    double[] f = s.site(i).fracCoords();
                    f[0] = f[0] - Math.floor(f[0]) + a;
                    f[1] = f[1] - Math.floor(f[1]) + b;
                    mesh.add(new AdsorptionSite.Contact(s.site(i).element(), lat.toCartesian(f)));
                }
            }
        }
        double[] e1 = IntMath.unit(lat.vector(0));
        double[] e2 = IntMath.cross(n, e1);
        double[][] plane = new double[mesh.size()][];
        for (int i = 0; i < mesh.size(); i++) {
            double[] x = mesh.get(i).cartesianAngstrom();
            plane[i] = new double[] {IntMath.dot(x, e1), IntMath.dot(x, e2)};
        }
        List<AdsorptionSite> bridges = new ArrayList<>();
        List<AdsorptionSite> hollows = new ArrayList<>();
        for (int[] t : Delaunay2D.triangulate(plane)) {
            boolean obtuse = false;
            for (int corner = 0; corner < 3; corner++) {
                AdsorptionSite.Contact p = mesh.get(t[(corner + 1) % 3]);
                AdsorptionSite.Contact q = mesh.get(t[(corner + 2) % 3]);
                double[] c = mesh.get(t[corner]).cartesianAngstrom();
                double[] u = IntMath.unit(IntMath.add(p.cartesianAngstrom(), c, -1));
                double[] v = IntMath.unit(IntMath.add(q.cartesianAngstrom(), c, -1));
                obtuse |= IntMath.dot(u, v) < 1e-5;
                bridges.add(site(AdsorptionSite.Kind.BRIDGE, n, List.of(p, q)));
            }
            if (!obtuse) {
                hollows.add(site(AdsorptionSite.Kind.HOLLOW, n,
                        List.of(mesh.get(t[0]), mesh.get(t[1]), mesh.get(t[2]))));
            }
        }
        List<SymmetryOperation> ops = SpaceGroupAnalyzer.analyze(s, 0.1).operations();
        List<AdsorptionSite> out = new ArrayList<>();
        for (AdsorptionSite.Kind kind : AdsorptionSite.Kind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            List<AdsorptionSite> list = switch (kind) {
                case TOP -> tops;
                case BRIDGE -> central(bridges, lat);
                case HOLLOW -> central(hollows, lat);
            };
            out.addAll(symmetryReduced(inside(nearReduced(list, lat), lat), ops, lat));
        }
        return out;
    }

    private static AdsorptionSite site(AdsorptionSite.Kind kind, double[] n, List<AdsorptionSite.Contact> atoms) {
        double[] mean = new double[3];
        for (AdsorptionSite.Contact c : atoms) {
            mean = IntMath.add(mean, c.cartesianAngstrom(), 1.0 / atoms.size());
        }
        return new AdsorptionSite(kind, mean, n, atoms);
    }

    private static List<AdsorptionSite> central(List<AdsorptionSite> sites, Lattice lat) {
        List<AdsorptionSite> out = new ArrayList<>();
        for (AdsorptionSite s : sites) {
            double[] f = lat.toFractional(s.surfacePointAngstrom());
            if (f[0] > 1 && f[0] < REPEAT - 1 && f[1] > 1 && f[1] < REPEAT - 1) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<AdsorptionSite> nearReduced(List<AdsorptionSite> sites, Lattice lat) {
        List<AdsorptionSite> out = new ArrayList<>();
        List<double[]> seen = new ArrayList<>();
        for (AdsorptionSite s : sites) {
            double[] f = lat.toFractional(s.surfacePointAngstrom());
            if (!inListPbc(seen, f)) {
                seen.add(f);
                out.add(s);
            }
        }
        return out;
    }

    /** Moves each site (and its contacts) by the lattice vector that puts its point into [0, 1)³. */
    private static List<AdsorptionSite> inside(List<AdsorptionSite> sites, Lattice lat) {
        List<AdsorptionSite> out = new ArrayList<>();
        for (AdsorptionSite s : sites) {
            double[] f = lat.toFractional(s.surfacePointAngstrom());
            double[] shift = lat.toCartesian(new double[] {-Math.floor(f[0]), -Math.floor(f[1]), -Math.floor(f[2])});
            List<AdsorptionSite.Contact> moved = new ArrayList<>();
            for (AdsorptionSite.Contact c : s.contacts()) {
                moved.add(new AdsorptionSite.Contact(c.element(), IntMath.add(c.cartesianAngstrom(), shift, 1)));
            }
            out.add(new AdsorptionSite(s.kind(), IntMath.add(s.surfacePointAngstrom(), shift, 1), s.normal(), moved));
        }
        return out;
    }

    private static List<AdsorptionSite> symmetryReduced(List<AdsorptionSite> sites, List<SymmetryOperation> ops,
            Lattice lat) {
        List<AdsorptionSite> out = new ArrayList<>();
        List<double[]> unique = new ArrayList<>();
        for (AdsorptionSite s : sites) {
            double[] f = lat.toFractional(s.surfacePointAngstrom());
            boolean known = false;
            for (SymmetryOperation op : ops) {
                if (inListPbc(unique, op.apply(f))) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                unique.add(f);
                out.add(s);
            }
        }
        return out;
    }

    /** pymatgen's {@code in_coord_list_pbc(list, f, atol=0.01)}: every periodic fractional difference below 0.01. */
    private static boolean inListPbc(List<double[]> list, double[] f) {
        for (double[] g : list) {
            boolean all = true;
            for (int k = 0; k < 3 && all; k++) {
                double d = f[k] - g[k];
                all = Math.abs(d - Math.rint(d)) < FRAC_TOL;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
