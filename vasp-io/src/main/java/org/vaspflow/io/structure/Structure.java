package org.vaspflow.io.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable periodic structure: a {@link Lattice} and an ordered list of {@link Site}s, plus the
 * comment line it was read with. Every operation (supercell, substitution, removal, sorting) returns a new
 * structure; site order is preserved unless the method says otherwise.
 */
public final class Structure {
    private final Lattice lattice;
    private final List<Site> sites;
    private final String comment;

    public Structure(Lattice lattice, List<Site> sites, String comment) {
        this.lattice = Objects.requireNonNull(lattice, "lattice");
        this.sites = List.copyOf(sites);
        this.comment = comment == null ? "" : comment;
    }

    public Structure(Lattice lattice, List<Site> sites) {
        this(lattice, sites, "");
    }

    public Lattice lattice() {
        return lattice;
    }

    public List<Site> sites() {
        return sites;
    }

    public Site site(int index) {
        return sites.get(index);
    }

    public int size() {
        return sites.size();
    }

    /** The comment (first line of a POSCAR); empty when none. */
    public String comment() {
        return comment;
    }

    public Structure withComment(String newComment) {
        return new Structure(lattice, sites, newComment);
    }

    /** Element of each site, in site order. */
    public List<Element> species() {
        List<Element> out = new ArrayList<>(sites.size());
        for (Site s : sites) {
            out.add(s.element());
        }
        return out;
    }

    /** Cartesian coordinates of site i, Å. */
    public double[] cartesian(int i) {
        return lattice.toCartesian(sites.get(i).fracCoords());
    }

    /** Number of atoms of each element, elements in order of first appearance. */
    public Map<Element, Integer> composition() {
        Map<Element, Integer> counts = new LinkedHashMap<>();
        for (Site s : sites) {
            counts.merge(s.element(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Consecutive runs of one element, as VASP groups species in POSCAR lines 6-7 and in POTCAR: {@code
     * [Na×3, Mn×4, O×8]}. An element split into two runs appears twice (VASP allows that).
     */
    public List<SpeciesGroup> speciesGroups() {
        List<SpeciesGroup> groups = new ArrayList<>();
        for (Site s : sites) {
            if (!groups.isEmpty() && groups.get(groups.size() - 1).element() == s.element()) {
                SpeciesGroup last = groups.remove(groups.size() - 1);
                groups.add(new SpeciesGroup(last.element(), last.count() + 1));
            } else {
                groups.add(new SpeciesGroup(s.element(), 1));
            }
        }
        return groups;
    }

    /** One run of identical elements in VASP order. */
    public record SpeciesGroup(Element element, int count) {
    }

    /** pymatgen's {@code Composition.formula}, e.g. {@code "Na2 Mn2 O4"} (see {@link Formulas}). */
    public String formula() {
        return Formulas.formula(composition());
    }

    /** pymatgen's {@code Composition.reduced_formula}, e.g. {@code NaMnO2} (see {@link Formulas}). */
    public String reducedFormula() {
        return Formulas.reducedFormula(composition());
    }

    /** Distinct elements, ordered by Z. */
    public Set<Element> elements() {
        return Collections.unmodifiableSet(new TreeSet<>(composition().keySet()));
    }

    /** Mass density in g/cm³. */
    public double densityGramPerCm3() {
        double massAmu = 0;
        for (Site s : sites) {
            massAmu += s.element().massAmu();
        }
        return massAmu * 1.66053906660 / lattice.volumeAngstrom3();
    }

    /**
     * The shortest distance (Å) between site i and any periodic image of site j (0 for i = j), exact for any cell
     * shape: the distance of the rounded fractional difference bounds the answer, and an image can only be
     * closer if it lies within that bound divided by the perpendicular width along every axis
     * ({@link Lattice#perpendicularWidthsAngstrom()}), so exactly those images are tried.
     */
    public double distance(int i, int j) {
        double[] d = new double[3];
        for (int k = 0; k < 3; k++) {
            double x = sites.get(j).frac(k) - sites.get(i).frac(k);
            d[k] = x - Math.rint(x);
        }
        double best = Lattice.norm(lattice.toCartesian(d));
        double[] w = lattice.perpendicularWidthsAngstrom();
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            lo[k] = (int) Math.ceil(-best / w[k] - d[k] - 1e-9);
            hi[k] = (int) Math.floor(best / w[k] - d[k] + 1e-9);
        }
        for (int a = lo[0]; a <= hi[0]; a++) {
            for (int b = lo[1]; b <= hi[1]; b++) {
                for (int c = lo[2]; c <= hi[2]; c++) {
                    best = Math.min(best, Lattice.norm(lattice.toCartesian(new double[] {d[0] + a, d[1] + b, d[2] + c})));
                }
            }
        }
        return best;
    }

    /**
     * The supercell given by an integer matrix S whose rows are the new lattice vectors in units of the old
     * ones (pymatgen's {@code make_supercell} convention); |det S| copies of every site, coordinates wrapped
     * into [0, 1). Site order as pymatgen's {@code structure * matrix}: all images of site 0, then of site 1, …,
     * each in the order of {@code lattice_points_in_supercell} (a, then b, then c ascending).
     */
    public Structure supercell(int[][] scaling) {
        Lattice big = lattice.supercell(scaling);
        int det = (int) Math.round(Math.abs(
                scaling[0][0] * (scaling[1][1] * scaling[2][2] - scaling[1][2] * scaling[2][1])
                - scaling[0][1] * (scaling[1][0] * scaling[2][2] - scaling[1][2] * scaling[2][0])
                + scaling[0][2] * (scaling[1][0] * scaling[2][1] - scaling[1][1] * scaling[2][0])));
        if (det == 0) {
            throw new IllegalArgumentException("supercell matrix is singular");
        }
        // The lattice translations inside the new cell: integer vectors n (old units) with n·S⁻¹ in [0,1).
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            for (int row = 0; row < 3; row++) {
                lo[k] += Math.min(0, scaling[row][k]);
                hi[k] += Math.max(0, scaling[row][k]);
            }
        }
        Lattice sLattice = Lattice.fromMatrix(new double[][] {
            {scaling[0][0], scaling[0][1], scaling[0][2]},
            {scaling[1][0], scaling[1][1], scaling[1][2]},
            {scaling[2][0], scaling[2][1], scaling[2][2]}});
        List<double[]> translations = new ArrayList<>();
        double eps = 1e-8;
        for (int a = lo[0]; a <= hi[0]; a++) {
            for (int b = lo[1]; b <= hi[1]; b++) {
                for (int c = lo[2]; c <= hi[2]; c++) {
                    double[] f = sLattice.toFractional(new double[] {a, b, c});
                    if (f[0] >= -eps && f[0] < 1 - eps && f[1] >= -eps && f[1] < 1 - eps && f[2] >= -eps
                            && f[2] < 1 - eps) {
                        translations.add(new double[] {a, b, c});
                    }
                }
            }
        }
        if (translations.size() != det) {
            throw new IllegalStateException("found " + translations.size() + " lattice points for det " + det);
        }
        List<Site> out = new ArrayList<>(sites.size() * det);
        for (Site s : sites) {
            for (double[] t : translations) {
                double[] oldFrac = {s.frac(0) + t[0], s.frac(1) + t[1], s.frac(2) + t[2]};
                double[] f = sLattice.toFractional(oldFrac);
                for (int k = 0; k < 3; k++) {
                    f[k] = wrap(f[k]);
                }
                out.add(s.withFracCoords(f));
            }
        }
        return new Structure(big, out, comment);
    }

    /** A diagonal supercell na × nb × nc. */
    public Structure supercell(int na, int nb, int nc) {
        return supercell(new int[][] {{na, 0, 0}, {0, nb, 0}, {0, 0, nc}});
    }

    /** A new structure with site {@code index} changed to {@code element}. */
    public Structure substitute(int index, Element element) {
        List<Site> copy = new ArrayList<>(sites);
        copy.set(index, sites.get(index).withElement(element));
        return new Structure(lattice, copy, comment);
    }

    /** A new structure without the given site indices. */
    public Structure remove(int... indices) {
        boolean[] drop = new boolean[sites.size()];
        for (int i : indices) {
            drop[i] = true;
        }
        List<Site> keep = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            if (!drop[i]) {
                keep.add(sites.get(i));
            }
        }
        return new Structure(lattice, keep, comment);
    }

    /** A new structure with the sites replaced (same lattice and comment). */
    public Structure withSites(List<Site> newSites) {
        return new Structure(lattice, newSites, comment);
    }

    /** A stable sort of the sites. */
    public Structure sorted(Comparator<Site> order) {
        List<Site> copy = new ArrayList<>(sites);
        copy.sort(order);
        return new Structure(lattice, copy, comment);
    }

    /**
     * Sorted as pymatgen's input sets sort ({@code Structure.get_sorted_structure()}): by electronegativity,
     * ties by symbol, stable within an element.
     */
    public Structure sortedByElectronegativity() {
        return sorted(Comparator.comparingDouble((Site s) -> Double.isNaN(s.element().electronegativityPauling())
                ? Double.POSITIVE_INFINITY : s.element().electronegativityPauling())
                .thenComparing(s -> s.element().symbol()));
    }

    /** Equality of lattices, species and coordinates within tolerances (Å for lattice, fractional for sites). */
    public boolean equalsWithin(Structure other, double latticeTolAngstrom, double fracTol) {
        if (size() != other.size() || !lattice.equalsWithin(other.lattice, latticeTolAngstrom)) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            Site a = sites.get(i);
            Site b = other.sites.get(i);
            if (a.element() != b.element()) {
                return false;
            }
            for (int k = 0; k < 3; k++) {
                if (Math.abs(a.frac(k) - b.frac(k)) > fracTol) {
                    return false;
                }
            }
            if (!Arrays.equals(a.selectiveDynamics(), b.selectiveDynamics())) {
                return false;
            }
        }
        return true;
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1.0 - 1e-12 ? 0.0 : w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Structure s && lattice.equals(s.lattice) && sites.equals(s.sites)
                && comment.equals(s.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lattice, sites, comment);
    }

    @Override
    public String toString() {
        return "Structure[" + formula() + ", " + sites.size() + " sites]";
    }
}
