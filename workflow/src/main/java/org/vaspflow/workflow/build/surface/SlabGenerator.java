package org.vaspflow.workflow.build.surface;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Cuts slabs from a bulk structure, following pymatgen's {@code SlabGenerator} (pymatgen 2022.11.7,
 * {@code core/surface.py}: {@code __init__}, {@code _calculate_possible_shifts}, {@code get_slab},
 * {@code get_slabs}, {@code nonstoichiometric_symmetrized_slab}) step by step; see {@code docs/surfaces.md} for the
 * few places that differ (slab matching and the primitive cell).
 *
 * <p>Terminations: the atoms of the oriented unit cell are grouped into planes by single-linkage clustering of
 * their periodic distance along the normal, |Δc − round(Δc)|·h ≤ ftol; with the planes' c-values sorted
 * (c_0 … c_{m−1}, each the c of the last atom in site order of that plane, as pymatgen's dict keeps it), the cuts
 * are at (c_i + c_{i+1})/2 and (c_0 + 1 + c_{m−1})/2, modulo 1, sorted.
 *
 * <p>A slab for shift s: n_slab = ⌈minSlab / h⌉ and n_vac = ⌈minVacuum / h⌉ oriented cells (h = |n̂·c'|; with
 * {@code inUnitPlanes} the divisor is p = round(h / d_hkl), the number of planes per cell), lattice
 * (a', b', (n_slab + n_vac)·c'), every atom at c ← (c − s mod 1 + i)/(n_slab + n_vac) for i &lt; n_slab.
 */
public final class SlabGenerator {
    private final Structure bulk;
    private final MillerIndex hkl;
    private final SlabOptions options;
    private final OrientedUnitCell ouc;

    public SlabGenerator(Structure bulk, MillerIndex hkl, SlabOptions options) {
        this.bulk = bulk;
        this.hkl = hkl.reduced();
        this.options = options;
        this.ouc = OrientedUnitCell.of(bulk, this.hkl);
    }

    public OrientedUnitCell orientedUnitCell() {
        return ouc;
    }

    /** The cut positions (fractional c of the oriented unit cell), ascending. */
    public List<Double> shifts() {
        Structure cell = ouc.cell();
        int n = cell.size();
        if (n == 1) {
            double s = cell.site(0).frac(2) + 0.5;
            return List.of(s - Math.floor(s));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        double h = ouc.projectedHeightAngstrom();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = cell.site(i).frac(2) - cell.site(j).frac(2);
                if (Math.abs(d - Math.rint(d)) * h <= options.planeToleranceAngstrom()) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, Double> planeC = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            planeC.put(find(parent, i), cell.site(i).frac(2));
        }
        List<Double> c = new ArrayList<>(planeC.values());
        c.sort(Double::compare);
        c.replaceAll(x -> x - Math.floor(x));
        List<Double> shifts = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            double s = i == c.size() - 1 ? (c.get(0) + 1 + c.get(i)) * 0.5 : (c.get(i) + c.get(i + 1)) * 0.5;
            if (s > 1) {
                s -= 1;
            }
            shifts.add(s - Math.floor(s));
        }
        shifts.sort(Double::compare);
        return shifts;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The slab cut at {@code shift}. */
    public Slab slab(double shift) {
        double h = ouc.projectedHeightAngstrom();
        double unit = h;
        if (options.inUnitPlanes()) {
            unit = Math.round(h / ouc.dHklAngstrom() * 1e8) / 1e8;
        }
        int nSlab = (int) Math.ceil(options.minSlab() / unit);
        int nVac = (int) Math.ceil(options.minVacuum() / unit);
        int nLayers = nSlab + nVac;
        Lattice o = ouc.cell().lattice();
        double[] c = o.vector(2);
        Lattice lattice = Lattice.fromMatrix(new double[][] {o.vector(0), o.vector(1),
            {c[0] * nLayers, c[1] * nLayers, c[2] * nLayers}});
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < nSlab; i++) {
            for (Site s : ouc.cell().sites()) {
                double[] f = s.fracCoords();
                double z = f[2] - shift;
                z -= Math.floor(z);
                f[0] -= Math.floor(f[0]);
                f[1] -= Math.floor(f[1]);
                f[2] = (z + i) / nLayers;
                sites.add(s.withFracCoords(f));
            }
        }
        Structure slab = new Structure(lattice, sites, bulk.comment());
        if (options.centre()) {
            slab = centred(slab);
        }
        if (options.primitive()) {
            slab = SlabPrimitive.reduce(slab, options.toleranceAngstrom());
        }
        slab = reoriented(slab);
        slab = SlabEdits.sortedForPoscar(slab, new double[] {0, 0, 1});
        return new Slab(slab.withComment(slab.formula() + " " + hkl + " shift " + shift), hkl, shift, ouc);
    }

    /**
     * The same slab rotated rigidly so that a lies along x and the surface normal a × b along z (fractional
     * coordinates unchanged). pymatgen instead puts c along z ({@code reorient_lattice}); with the surface in the
     * xy plane heights are z coordinates, which is what visualisers and VASP's dipole correction along z expect.
     */
    static Structure reoriented(Structure slab) {
        Lattice l = slab.lattice();
        double[] x = IntMath.unit(l.vector(0));
        double[] z = IntMath.unit(IntMath.cross(l.vector(0), l.vector(1)));
        double[] y = IntMath.cross(z, x);
        double[][] rows = new double[3][];
        for (int i = 0; i < 3; i++) {
            double[] v = l.vector(i);
            rows[i] = new double[] {IntMath.dot(v, x), IntMath.dot(v, y), IntMath.dot(v, z)};
        }
        return new Structure(Lattice.fromMatrix(rows), slab.sites(), slab.comment());
    }

    /** The slab moved along c so that the mean c of its atoms is 0.5 (pymatgen's {@code center_slab=True}). */
    static Structure centred(Structure slab) {
        double avg = 0;
        for (Site s : slab.sites()) {
            avg += s.frac(2);
        }
        avg /= slab.size();
        List<Site> moved = new ArrayList<>();
        for (Site s : slab.sites()) {
            double[] f = s.fracCoords();
            f[2] += 0.5 - avg;
            moved.add(s.withFracCoords(f));
        }
        return slab.withSites(moved);
    }

    /** Every distinct termination (pymatgen's {@code get_slabs()} without bonds): one slab per distinct cut. */
    public List<Slab> terminations() {
        List<Slab> all = new ArrayList<>();
        for (double s : shifts()) {
            all.add(slab(s));
        }
        return distinct(all);
    }

    /**
     * Terminations with equivalent top and bottom surfaces (pymatgen's {@code get_slabs(symmetrize=True)}): a slab
     * that is not symmetric loses its top-most atom, one at a time, until it is (and, separately, its bottom-most
     * atom); a variant that would fall to the bulk cell's atom count or below is dropped. Such slabs may be
     * non-stoichiometric, as pymatgen's are.
     */
    public List<Slab> symmetricTerminations() {
        List<Slab> out = new ArrayList<>();
        for (Slab slab : terminations()) {
            if (SlabMatcher.isSymmetric(slab.structure(), matchTolerance(slab.structure()))) {
                out.add(slab);
                continue;
            }
            for (boolean top : new boolean[] {true, false}) {
                Structure s = slab.structure();
                while (true) {
                    s = s.remove(extremeSite(s, top));
                    if (s.size() <= bulk.size()) {
                        break;
                    }
                    if (SlabMatcher.isSymmetric(s, matchTolerance(s))) {
                        out.add(slab.withStructure(s));
                        break;
                    }
                }
            }
        }
        return distinct(out);
    }

    private static int extremeSite(Structure s, boolean top) {
        int best = 0;
        for (int i = 1; i < s.size(); i++) {
            double z = s.site(i).frac(2);
            if (top ? z > s.site(best).frac(2) : z < s.site(best).frac(2)) {
                best = i;
            }
        }
        return best;
    }

    private List<Slab> distinct(List<Slab> slabs) {
        List<Slab> out = new ArrayList<>();
        for (Slab s : slabs) {
            boolean seen = false;
            for (Slab kept : out) {
                if (SlabMatcher.equivalent(kept.structure(), s.structure(), matchTolerance(s.structure()))) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(s);
            }
        }
        return out;
    }

    /** pymatgen's {@code stol} scaled as StructureMatcher scales it: tol × (V / n)^(1/3). */
    private double matchTolerance(Structure s) {
        return options.toleranceAngstrom() * Math.cbrt(s.lattice().volumeAngstrom3() / s.size());
    }
}
