package org.vaspflow.workflow.dag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.spec.CampaignSpec;
import org.vaspflow.workflow.spec.CampaignSpecException;
import org.vaspflow.workflow.store.Store;

class PlannerTest {
    static final String SURFACES = """
            campaign: surfaces
            matrix:
              materials:
                - {name: a, structure: A.vasp}
                - {name: b, structure: B.vasp, skip: [contents, dopants]}
              dopants:
                - {name: Ru, substitute: {Mn: Ru}, configs: 2}
              contents:
                - {name: x0.5, element: Na, fraction: 0.5}
              adsorbates:
                - {name: NaO2}
                - {name: OH, site: top, orientations: 2}
            steps:
              - name: bulk
              - name: slab
                after: bulk
                carry: [CONTCAR]
                slab: {hkl: [0, 0, 1]}
              - name: ads
                after: slab
                carry: [CONTCAR]
                adsorb: true
              - name: ads_dos
                after: ads
              - name: slab_dos
                after: slab
            """;

    @Test
    void adsorbateStepsRunPerAdsorbateAndTheRestOncePerCleanPoint(@TempDir Path dir) {
        CampaignSpec spec = CampaignLoader.parse(SURFACES, "s.yaml");
        Planner planner = new Planner(spec, dir);
        Map<String, String> parents = planner.nodes().stream().collect(Collectors.toMap(CalcNode::name,
                n -> planner.parentName(n).orElse(""), (x, y) -> x, java.util.TreeMap::new));
        // a: 2 Ru configurations × 1 content; b skips both axes: 3 clean points, each with 2 adsorbates
        assertEquals(3 * 3 + 3 * 2 * 2, parents.size(), parents.toString());
        assertEquals("a-Ru.c2-x0.5/slab", parents.get("a-Ru.c2-x0.5-NaO2/ads"));
        assertEquals("a-Ru.c2-x0.5-NaO2/ads", parents.get("a-Ru.c2-x0.5-NaO2/ads_dos"));
        assertEquals("b/slab", parents.get("b-OH/ads"));
        assertEquals("b/slab", parents.get("b/slab_dos"));
        assertTrue(parents.keySet().stream().noneMatch(n -> n.matches(".*-(NaO2|OH)/(bulk|slab|slab_dos)")), "adsorbate "
                + "points must not repeat the clean steps: " + parents.keySet());
        CalcNode adsDos = planner.nodes().stream().filter(n -> n.name().equals("b-OH/ads_dos")).findFirst().orElseThrow();
        assertEquals(List.of("bulk", "slab", "ads"), adsDos.ancestors().stream().map(s -> s.name()).toList());
        assertEquals(2, adsDos.point().adsorbate().orElseThrow().orientations());
        assertEquals(adsDos, CalcNode.fromJson(adsDos.toJson()), "the stored node must read back equal");
    }

    @Test
    void planLinksAdsorbateStepsToTheCleanSlab(@TempDir Path dir) {
        CampaignSpec spec = CampaignLoader.parse(SURFACES, "s.yaml");
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            assertEquals(21, new Planner(spec, dir).plan(store));
            var ads = store.findByName("b-NaO2/ads").orElseThrow();
            assertEquals(List.of(store.findByName("b/slab").orElseThrow().id()), ads.dependsOn());
            assertEquals(0, new Planner(spec, dir).plan(store), "planning twice adds nothing");
        }
    }

    @Test
    void badAxisAndSlabValuesNameTheirPath() {
        CampaignSpecException skip = assertThrows(CampaignSpecException.class, () -> CampaignLoader.parse(
                SURFACES.replace("skip: [contents, dopants]", "skip: [content]"), "s.yaml"));
        assertTrue(skip.getMessage().contains("matrix.materials[1]"), skip.getMessage());
        assertTrue(skip.getMessage().contains("'content' is not one of"), skip.getMessage());
        CampaignSpecException hkl = assertThrows(CampaignSpecException.class, () -> CampaignLoader.parse(
                SURFACES.replace("hkl: [0, 0, 1]", "hkl: [0, 0, 0]"), "s.yaml"));
        assertTrue(hkl.getMessage().contains("steps[1]"), hkl.getMessage());
        CampaignSpecException fraction = assertThrows(CampaignSpecException.class, () -> CampaignLoader.parse(
                SURFACES.replace("fraction: 0.5", "fraction: 1.5"), "s.yaml"));
        assertTrue(fraction.getMessage().contains("within [0, 1]"), fraction.getMessage());
    }
}
