package org.vaspflow.workflow.build.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.testing.SharedData;

/** Sizes counted in d(hkl) planes (pymatgen's in_unit_planes=True) against the recorded pymatgen slabs. */
class SlabInPlanesTest {
    @Test
    void sizesInPlanesAsPymatgen() {
        JsonNode root = SharedData.readJson(PymatgenSlabCases.resource("slabs_pymatgen.json"));
        int checked = 0;
        for (JsonNode c : root.get("in_unit_planes")) {
            JsonNode h = c.get("hkl");
            SlabOptions o = SlabOptions.of(c.get("min_slab_planes").asDouble(), c.get("min_vacuum_planes").asDouble())
                    .withInUnitPlanes(true);
            List<Slab> slabs = new SlabGenerator(PymatgenSlabCases.load(c.get("structure").asText()),
                    new MillerIndex(h.get(0).asInt(), h.get(1).asInt(), h.get(2).asInt()), o).terminations();
            assertEquals(c.get("slabs").size(), slabs.size(), c.toString());
            for (int i = 0; i < slabs.size(); i++) {
                JsonNode e = c.get("slabs").get(i);
                Slab s = slabs.get(i);
                assertEquals(e.get("natoms").asInt(), s.structure().size());
                assertEquals(e.get("thickness").asDouble(), s.thicknessAngstrom(), 1e-6);
                assertEquals(e.get("c_height").asDouble(), s.thicknessAngstrom() + s.vacuumAngstrom(), 1e-6);
                checked++;
            }
        }
        assertEquals(5, checked);
    }
}
