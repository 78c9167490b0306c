package org.vaspflow.io.structure.symmetry;

import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.structure.Structure;

/**
 * spglib's search for the operations of a crystal (Togo &amp; Tanaka, arXiv:1808.01590, §3.1-3.2): pure
 * translations first (images of one atom of the rarest species that map every atom onto an atom of its species
 * within {@code symprec}, Cartesian distance to the nearest image), then, in the Delaunay-reduced primitive cell,
 * every lattice rotation with the translations that map the crystal onto itself, then back to the given cell
 * (rotations that are not integer there are lost) times its pure translations.
 */
final class OperationSearch {
    /** Operations of the given cell, and of the reduced primitive cell (rows {@code primitiveRows}). */
    record Result(List<SymmetryOperation> operations, List<SymmetryOperation> primitiveOperations,
            double[][] primitiveRows, int pureTranslations) {
    }

    private final double symprec;
    private final double[][] frac;
    private final int[] types;
    private final int minType;

    private OperationSearch(double[][] frac, int[] types, double symprec) {
        this.frac = frac;
        this.types = types;
        this.symprec = symprec;
        int[] counts = new int[200];
        for (int t : types) {
            counts[t]++;
        }
        int best = types[0];
        for (int t : types) {
            if (counts[t] < counts[best]) {
                best = t;
            }
        }
        this.minType = best;
    }

    static Result search(Structure s, double symprec) {
        double[][] rows = s.lattice().matrix();
        double[][] frac = new double[s.size()][];
        int[] types = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
            frac[i] = M3.wrap(s.site(i).fracCoords());
            types[i] = s.site(i).element().z();
        }
        OperationSearch input = new OperationSearch(frac, types, symprec);
        List<double[]> pure = input.translationsFor(M3.identity(), rows, false);
        double[][] pt = Lattices.primitiveBasis(pure);
        double[][] primRows = M3.mul(pt, rows);
        int[][] c = Lattices.delaunay(primRows, symprec);
        double[][] redRows = M3.mul(M3.toDouble(c), primRows);
        double[][] b = M3.transpose(M3.mul(M3.toDouble(c), pt));
        double[][] binv = M3.inverse(b);
        OperationSearch prim = input.primitive(binv, redRows);
        List<SymmetryOperation> primOps = new ArrayList<>();
        for (int[][] r : Lattices.pointGroup(redRows, symprec)) {
            for (double[] t : prim.translationsFor(r, redRows, true)) {
                primOps.add(new SymmetryOperation(r, M3.wrap(t)));
            }
        }
        primOps.sort((x, y) -> Boolean.compare(!x.isPureTranslation(), !y.isPureTranslation()));
        List<SymmetryOperation> ops = new ArrayList<>();
        for (SymmetryOperation op : primOps) {
            int[][] r = M3.rint(M3.mul(b, M3.mul(M3.toDouble(op.rotation()), binv)), 1e-6);
            if (r == null) {
                continue;
            }
            double[] t = M3.mul(b, op.translation());
            for (double[] tau : pure) {
                ops.add(new SymmetryOperation(r, M3.wrap(M3.add(t, tau))));
            }
        }
        return new Result(List.copyOf(ops), List.copyOf(primOps), redRows, pure.size());
    }

    /**
     * Translations t with R·x + t mapping the crystal onto itself, from the images of the first atom of the rarest
     * species; only the first one found when {@code firstOnly} (a primitive cell has at most one per rotation).
     */
    private List<double[]> translationsFor(int[][] r, double[][] rows, boolean firstOnly) {
        List<double[]> out = new ArrayList<>();
        int ref = -1;
        for (int i = 0; i < types.length && ref < 0; i++) {
            ref = types[i] == minType ? i : -1;
        }
        double[] image = M3.mul(r, frac[ref]);
        for (int j = 0; j < types.length; j++) {
            if (types[j] != minType) {
                continue;
            }
            double[] t = M3.wrap(M3.sub(frac[j], image));
            if (overlaps(r, t, rows)) {
                out.add(t);
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }

    private boolean overlaps(int[][] r, double[] t, double[][] rows) {
        for (int i = 0; i < frac.length; i++) {
            double[] y = M3.add(M3.mul(r, frac[i]), t);
            boolean found = false;
            for (int j = 0; j < frac.length && !found; j++) {
                found = types[j] == types[i] && close(y, frac[j], rows);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private boolean close(double[] a, double[] b, double[][] rows) {
        double[] d = M3.nearestImage(M3.sub(a, b));
        double x = d[0] * rows[0][0] + d[1] * rows[1][0] + d[2] * rows[2][0];
        double y = d[0] * rows[0][1] + d[1] * rows[1][1] + d[2] * rows[2][1];
        double z = d[0] * rows[0][2] + d[1] * rows[1][2] + d[2] * rows[2][2];
        return x * x + y * y + z * z < symprec * symprec;
    }

    /** One atom per orbit of the pure translations, in the primitive basis ({@code y = B⁻¹·x}). */
    private OperationSearch primitive(double[][] binv, double[][] redRows) {
        List<double[]> pos = new ArrayList<>();
        List<Integer> typ = new ArrayList<>();
        for (int i = 0; i < frac.length; i++) {
            double[] y = M3.wrap(M3.mul(binv, frac[i]));
            boolean seen = false;
            for (int j = 0; j < pos.size() && !seen; j++) {
                seen = typ.get(j) == types[i] && close(y, pos.get(j), redRows);
            }
            if (!seen) {
                pos.add(y);
                typ.add(types[i]);
            }
        }
        return new OperationSearch(pos.toArray(new double[0][]), typ.stream().mapToInt(Integer::intValue).toArray(),
                symprec);
    }
}
