package org.vaspflow.workflow.build.surface;

/**
 * How slabs are cut, with pymatgen {@code SlabGenerator} / {@code get_slabs} meanings and defaults.
 *
 * @param minSlab minimum slab size: Å, or number of (hkl) planes when {@code inUnitPlanes}
 * @param minVacuum minimum vacuum: Å, or planes when {@code inUnitPlanes}
 * @param inUnitPlanes sizes count d(hkl) planes rather than Å (pymatgen's {@code in_unit_planes})
 * @param centre centre the slab in the cell (pymatgen's {@code center_slab}); otherwise it starts at c = 0
 * @param primitive reduce each slab to its smallest in-plane cell (pymatgen's {@code primitive=True})
 * @param toleranceAngstrom primitive-cell and slab-matching tolerance ({@code tol}, 0.1 in pymatgen)
 * @param planeToleranceAngstrom atoms closer than this along the normal form one plane when terminations are
 *        found ({@code ftol}, 0.1 in pymatgen)
 */
public record SlabOptions(double minSlab, double minVacuum, boolean inUnitPlanes, boolean centre, boolean primitive,
        double toleranceAngstrom, double planeToleranceAngstrom) {
    public SlabOptions {
        if (!(minSlab > 0) || !(minVacuum >= 0)) {
            throw new IllegalArgumentException("slab size must be > 0 and vacuum >= 0");
        }
    }

    /** Sizes in Å, centred, primitive, tolerances 0.1 Å (pymatgen's defaults apart from centring). */
    public static SlabOptions of(double minSlabAngstrom, double minVacuumAngstrom) {
        return new SlabOptions(minSlabAngstrom, minVacuumAngstrom, false, true, true, 0.1, 0.1);
    }

    public SlabOptions withCentre(boolean c) {
        return new SlabOptions(minSlab, minVacuum, inUnitPlanes, c, primitive, toleranceAngstrom, planeToleranceAngstrom);
    }

    public SlabOptions withInUnitPlanes(boolean planes) {
        return new SlabOptions(minSlab, minVacuum, planes, centre, primitive, toleranceAngstrom, planeToleranceAngstrom);
    }
}
