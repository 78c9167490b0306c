package org.vaspflow.workflow.dag;

import java.util.List;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.workflow.spec.Matrix;
import org.vaspflow.workflow.spec.SlabSpec;

/** The surface transformations a step may ask for: cut a slab, place an adsorbate. */
public interface SurfaceSteps {
    /** The slab {@code spec} cut from {@code bulk}; appends a provenance line to {@code notes}. */
    Structure slab(Structure bulk, SlabSpec spec, List<String> notes);

    /** {@code slab} with the adsorbate placed; appends a provenance line to {@code notes}. */
    Structure adsorb(Structure slab, Matrix.Adsorbate adsorbate, List<String> notes);
}
