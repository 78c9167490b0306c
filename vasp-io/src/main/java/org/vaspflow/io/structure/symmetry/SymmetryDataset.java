package org.vaspflow.io.structure.symmetry;

import java.util.List;

/**
 * What {@link SpaceGroupAnalyzer} finds for one structure at one tolerance, in spglib's terms: the space-group type,
 * the operations of the given cell (pure translations included, identity first), and for every site the
 * lowest-index site of its orbit ({@code equivalentAtoms}, spglib's {@code equivalent_atoms}) and its class number
 * 0..k-1 (classes numbered by ascending representative). {@code sitePermutations} holds, per operation, the
 * image of every site ({@link SitePermutations}).
 */
public record SymmetryDataset(SpaceGroupType type, double symprecAngstrom, List<SymmetryOperation> operations,
        int pureTranslations, int[] equivalentAtoms, int[] siteClasses, List<int[]> sitePermutations) {
    public SymmetryDataset {
        operations = List.copyOf(operations);
        sitePermutations = sitePermutations.stream().map(int[]::clone).toList();
        equivalentAtoms = equivalentAtoms.clone();
        siteClasses = siteClasses.clone();
    }

    public int spaceGroupNumber() {
        return type.number();
    }

    public String internationalSymbol() {
        return type.international();
    }

    public int nOperations() {
        return operations.size();
    }

    /** Number of symmetry-distinct sites (orbits). */
    public int nDistinctSites() {
        int max = -1;
        for (int c : siteClasses) {
            max = Math.max(max, c);
        }
        return max + 1;
    }

    @Override
    public int[] equivalentAtoms() {
        return equivalentAtoms.clone();
    }

    @Override
    public List<int[]> sitePermutations() {
        return sitePermutations.stream().map(int[]::clone).toList();
    }

    @Override
    public int[] siteClasses() {
        return siteClasses.clone();
    }
}
