package org.vaspflow.workflow.dag;

import java.util.List;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.workflow.spec.Matrix;
import org.vaspflow.workflow.spec.SlabSpec;

/** The input writer a campaign uses: structures built per calculation, then the step's inputs written. */
public final class CampaignInputs {
    private CampaignInputs() {
    }

    public static InputWriter writer() {
        return new BuildingInputWriter(new SimpleInputWriter(), new StructureBuilder(new SurfaceSteps() {
            @Override
            public Structure slab(Structure bulk, SlabSpec spec, List<String> notes) {
                throw new UnsupportedOperationException("slab steps are not wired yet");
            }

            @Override
            public Structure adsorb(Structure slab, Matrix.Adsorbate adsorbate, List<String> notes) {
                throw new UnsupportedOperationException("adsorbate steps are not wired yet");
            }
        }));
    }
}
