package org.vaspflow.workflow.spec;

import java.util.List;

/**
 * How a step cuts a slab from the structure it starts from (the bulk it follows):
 * {@code slab: {hkl: [1, 0, 4], thickness_angstrom: 12, vacuum_angstrom: 15, symmetric: false, termination: 0,
 * fixed_layers: 2, supercell: [2, 2]}}.
 *
 * @param hkl                Miller indices of the surface, in the bulk cell's setting
 * @param thicknessAngstrom  minimum slab thickness (default 10 Å)
 * @param vacuumAngstrom     minimum vacuum between periodic images (default 15 Å)
 * @param symmetric          both surfaces equivalent (default false)
 * @param termination        which of the distinct terminations (0 = the first listed)
 * @param fixedLayers        bottom layers kept fixed with selective dynamics (0: none)
 * @param supercell          in-plane multiples {@code [a, b]} (default 1×1)
 */
public record SlabSpec(List<Integer> hkl, double thicknessAngstrom, double vacuumAngstrom, boolean symmetric,
                       int termination, int fixedLayers, List<Integer> supercell) {
    public SlabSpec {
        if (hkl == null || hkl.size() != 3 || hkl.stream().allMatch(i -> i == 0)) {
            throw new IllegalArgumentException("hkl: three Miller indices, not all zero, are required, got " + hkl);
        }
        hkl = List.copyOf(hkl);
        thicknessAngstrom = thicknessAngstrom == 0 ? 10 : thicknessAngstrom;
        vacuumAngstrom = vacuumAngstrom == 0 ? 15 : vacuumAngstrom;
        if (thicknessAngstrom < 0 || vacuumAngstrom < 0 || termination < 0 || fixedLayers < 0) {
            throw new IllegalArgumentException("thickness, vacuum, termination and fixed_layers must not be negative");
        }
        supercell = supercell == null || supercell.isEmpty() ? List.of(1, 1) : List.copyOf(supercell);
        if (supercell.size() != 2 || supercell.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("supercell: two positive in-plane multiples are required, got "
                    + supercell);
        }
    }
}
