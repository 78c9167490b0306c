package org.vaspflow.io.structure.symmetry;

import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.structure.Structure;

/**
 * Space-group operations as permutations of the sites of a structure: operation g sends site i to the site of the
 * same element nearest (Cartesian, nearest periodic image) to g·xᵢ. This is how substitution enumeration sees
 * symmetry (and how the golden files turn spglib operations into permutations).
 */
public final class SitePermutations {
    private SitePermutations() {
    }

    /**
     * One permutation per operation ({@code perm[i]} = image of site i).
     *
     * @throws IllegalArgumentException when an image is further than {@code tolAngstrom} from every site of its
     *     element, or two sites map onto one (the operations do not belong to this structure)
     */
    public static List<int[]> of(Structure s, List<SymmetryOperation> operations, double tolAngstrom) {
        double[][] rows = s.lattice().matrix();
        int n = s.size();
        double[][] frac = new double[n][];
        int[] z = new int[n];
        for (int i = 0; i < n; i++) {
            frac[i] = s.site(i).fracCoords();
            z[i] = s.site(i).element().z();
        }
        List<int[]> out = new ArrayList<>(operations.size());
        for (SymmetryOperation op : operations) {
            int[] perm = new int[n];
            boolean[] hit = new boolean[n];
            for (int i = 0; i < n; i++) {
                double[] y = op.apply(frac[i]);
                int best = -1;
                double bestD = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (z[j] == z[i]) {
                        double d = distance2(y, frac[j], rows);
                        if (d < bestD) {
                            bestD = d;
                            best = j;
                        }
                    }
                }
                if (Math.sqrt(bestD) > tolAngstrom || hit[best]) {
                    throw new IllegalArgumentException("operation " + op + " does not map site " + i
                            + " onto a free site of its element within " + tolAngstrom + " Å");
                }
                hit[best] = true;
                perm[i] = best;
            }
            out.add(perm);
        }
        return out;
    }

    private static double distance2(double[] a, double[] b, double[][] rows) {
        double[] d = M3.nearestImage(M3.sub(a, b));
        double x = d[0] * rows[0][0] + d[1] * rows[1][0] + d[2] * rows[2][0];
        double y = d[0] * rows[0][1] + d[1] * rows[1][1] + d[2] * rows[2][1];
        double w = d[0] * rows[0][2] + d[1] * rows[1][2] + d[2] * rows[2][2];
        return x * x + y * y + w * w;
    }
}
