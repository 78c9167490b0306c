package org.vaspflow.workflow.dag;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.workflow.build.surface.Adsorbate;
import org.vaspflow.workflow.build.surface.AdsorbateLibrary;
import org.vaspflow.workflow.build.surface.AdsorbatePlacer;
import org.vaspflow.workflow.build.surface.AdsorptionSite;
import org.vaspflow.workflow.build.surface.AdsorptionSiteFinder;
import org.vaspflow.workflow.build.surface.MillerIndex;
import org.vaspflow.workflow.build.surface.Slab;
import org.vaspflow.workflow.build.surface.SlabEdits;
import org.vaspflow.workflow.build.surface.SlabGenerator;
import org.vaspflow.workflow.build.surface.SlabOptions;
import org.vaspflow.workflow.spec.Matrix;
import org.vaspflow.workflow.spec.SlabSpec;

/**
 * The campaign's surface steps on top of {@code build.surface}: a slab step takes the chosen termination of
 * pymatgen-style {@link SlabGenerator} slabs (symmetric ones on request), the in-plane supercell and the fixed
 * bottom layers; an adsorbate step places the library molecule on the upper surface, trying every site of the
 * asked kind and the asked number of rotations, and keeps the placement whose closest contact is largest
 * relative to the covalent radii (ties: the first, so the choice is deterministic).
 */
public final class SurfaceBuilder implements SurfaceSteps {
    /** Vacuum (Å) below which a carried CONTCAR is not read as a slab. */
    private static final double MIN_VACUUM_ANGSTROM = 3.0;

    private final AdsorbateLibrary library;

    public SurfaceBuilder(AdsorbateLibrary library) {
        this.library = library;
    }

    @Override
    public Structure slab(Structure bulk, SlabSpec spec, List<String> notes) {
        MillerIndex hkl = new MillerIndex(spec.hkl().get(0), spec.hkl().get(1), spec.hkl().get(2));
        SlabGenerator gen = new SlabGenerator(bulk, hkl, SlabOptions.of(spec.thicknessAngstrom(),
                spec.vacuumAngstrom()));
        List<Slab> slabs = spec.symmetric() ? gen.symmetricTerminations() : gen.terminations();
        if (slabs.isEmpty()) {
            throw new IllegalArgumentException("no " + (spec.symmetric() ? "symmetric " : "") + "slab " + hkl + " of "
                    + bulk.formula() + (spec.symmetric() ? " (try a thicker slab)" : ""));
        }
        if (spec.termination() >= slabs.size()) {
            throw new IllegalArgumentException("slab " + hkl + ": termination " + spec.termination() + " asked for, "
                    + "but " + bulk.formula() + " has " + slabs.size() + " (0.." + (slabs.size() - 1) + ")");
        }
        Slab s = slabs.get(spec.termination());
        if (spec.supercell().get(0) > 1 || spec.supercell().get(1) > 1) {
            s = SlabEdits.inPlaneSupercell(s, new int[][] {{spec.supercell().get(0), 0}, {0, spec.supercell().get(1)}});
        }
        if (spec.fixedLayers() > 0) {
            s = SlabEdits.fixBottomLayers(s, spec.fixedLayers(), SlabEdits.DEFAULT_LAYER_TOLERANCE_ANGSTROM);
        }
        notes.add(String.format(Locale.ROOT, "slab %s, termination %d of %d%s: %s, %d atoms, %.2f Å thick, "
                + "%.2f Å vacuum, %.2f Å² surface, supercell %s, %d bottom layers fixed", hkl, spec.termination(),
                slabs.size(), spec.symmetric() ? " (symmetric)" : "", s.structure().formula(), s.structure().size(),
                s.thicknessAngstrom(), s.vacuumAngstrom(), s.surfaceAreaAngstrom2(), spec.supercell(),
                spec.fixedLayers()));
        return s.structure();
    }

    @Override
    public Structure adsorb(Structure slabStructure, Matrix.Adsorbate adsorbate, List<String> notes) {
        Adsorbate molecule = library.get(adsorbate.molecule());
        Slab slab = Slab.fromStructure(slabStructure, MIN_VACUUM_ANGSTROM);
        List<AdsorptionSite.Kind> kinds = adsorbate.site().equals("any") ? List.of(AdsorptionSite.Kind.values())
                : List.of(AdsorptionSite.Kind.parse(adsorbate.site()));
        List<AdsorptionSite> sites = new AdsorptionSiteFinder(slab).find(kinds);
        AdsorbatePlacer.Result result = AdsorbatePlacer.place(slab, molecule, sites,
                AdsorbatePlacer.Options.of(adsorbate.orientations()));
        AdsorbatePlacer.Placement best = result.placements().stream()
                .max(Comparator.comparingDouble(AdsorbatePlacer.Placement::minRatio))
                .orElseThrow(() -> new IllegalArgumentException(adsorbate.molecule() + " fits on no " + adsorbate.site()
                        + " site of " + slabStructure.formula() + ": " + result.rejections().size() + " orientations "
                        + "rejected on " + sites.size() + " sites" + (result.rejections().isEmpty() ? ""
                        : " (first: " + result.rejections().get(0).reason() + ")")));
        notes.add(String.format(Locale.ROOT, "adsorbate %s on a %s site (%d sites, %d orientations each, %d "
                + "placements kept, %d rejected): rotation %.0f°, %.2f Å above the surface, closest contact %.2f × "
                + "the covalent-radius sum", molecule.name(), best.site().kind().key(), sites.size(),
                adsorbate.orientations(), result.placements().size(), result.rejections().size(), best.rotationDeg(),
                best.heightAngstrom(), best.minRatio()));
        return best.structure();
    }
}
