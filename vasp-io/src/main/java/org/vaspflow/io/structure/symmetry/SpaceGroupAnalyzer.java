package org.vaspflow.io.structure.symmetry;

import java.util.Arrays;
import java.util.List;
import org.vaspflow.io.structure.Structure;

/**
 * Space-group analysis of a structure, in the manner of spglib's {@code get_symmetry_dataset} (Togo &amp; Tanaka,
 * arXiv:1808.01590) with {@code angle_tolerance = -1}: operations by {@link OperationSearch}, the type by
 * {@link SpaceGroupTable} (a setting-independent fingerprint instead of spglib's transformation to the standard
 * setting), equivalent sites from the orbits of the operations. Sites are told apart by element only (no magnetic
 * moments), as the golden files do. Stateless.
 */
public final class SpaceGroupAnalyzer {
    /** spglib's and pymatgen's usual tolerance, Å. */
    public static final double DEFAULT_SYMPREC = 1e-3;

    private SpaceGroupAnalyzer() {
    }

    public static SymmetryDataset analyze(Structure s) {
        return analyze(s, DEFAULT_SYMPREC);
    }

    /**
     * @param symprecAngstrom largest distance between an atom's image and the atom it maps onto, Å
     * @throws IllegalStateException when the operations found at this tolerance do not form a crystallographic space
     *     group (rare; try another tolerance)
     */
    public static SymmetryDataset analyze(Structure s, double symprecAngstrom) {
        OperationSearch.Result r = OperationSearch.search(s, symprecAngstrom);
        SpaceGroupType type = SpaceGroupTable.identify(r.primitiveOperations(), r.primitiveRows())
                .orElseThrow(() -> new IllegalStateException("the " + r.primitiveOperations().size()
                        + " operations found at symprec " + symprecAngstrom + " match no space-group type"));
        // spglib accepts an image within symprec of some atom; the permutation takes the nearest atom, allowed a little
        // further (as the golden files do: max(2·symprec, 1e-3) Å) since an operation's translation is that of one atom.
        List<int[]> perms = SitePermutations.of(s, r.operations(), Math.max(2 * symprecAngstrom, 1e-3));
        int[] eq = new int[s.size()];
        Arrays.fill(eq, -1);
        int[] cls = new int[s.size()];
        int classes = 0;
        for (int i = 0; i < s.size(); i++) {
            if (eq[i] >= 0) {
                continue;
            }
            for (int[] p : perms) {
                if (eq[p[i]] < 0) {
                    eq[p[i]] = i;
                    cls[p[i]] = classes;
                }
            }
            classes++;
        }
        return new SymmetryDataset(type, symprecAngstrom, r.operations(), r.pureTranslations(), eq, cls, perms);
    }
}
