package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.PoscarReader;

class SurfaceCommandsTest {
    private static final String OSO2 = SharedData.data("vasp/oso2-rutile/vasprun.xml.gz").toString();

    @Test
    void slabWritesOnePoscarPerTerminationWithASummary(@TempDir Path dir) throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("slab", OSO2, "--hkl", "1,1,0", "--thickness", "10", "--vacuum",
                "10", "--fix-bottom", "2", "--supercell", "2,1", "--out", dir.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        JsonNode terms = out.get("terminations");
        // pymatgen: two terminations of RuO2-type (110) with these sizes, 24 atoms each (recorded values)
        assertEquals(2, terms.size());
        for (JsonNode t : terms) {
            assertEquals(48, t.get("natoms").asInt(), "2x1 supercell of the 24-atom slab");
            Structure s = PoscarReader.read(Path.of(t.get("file").asText())).structure();
            assertEquals(48, s.size());
            assertEquals(2 * s.composition().get(Element.of("Os")), s.composition().get(Element.of("O")));
            assertEquals(t.get("fixed_atoms").asLong(), s.sites().stream().filter(x -> x.isConstrained()).count());
            assertTrue(t.get("fixed_atoms").asInt() > 0);
            assertTrue(t.get("vacuum").asDouble() >= 10);
        }
        assertTrue(Files.exists(dir.resolve("slabs.json")));
    }

    @Test
    void terminationIndexOutOfRangeIsAClearError(@TempDir Path dir) {
        CliTestSupport.Result r = CliTestSupport.run("slab", OSO2, "--hkl", "1,1,0", "--termination", "5", "--out",
                dir.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("there are 2 terminations"), r.err());
    }

    @Test
    void adsorbPlacesNaO2OnTheSlabItWasGiven(@TempDir Path dir) throws Exception {
        CliTestSupport.Result s = CliTestSupport.run("slab", OSO2, "--hkl", "1,1,0", "--thickness", "8", "--vacuum",
                "15", "--termination", "0", "--supercell", "2,1", "--fix-bottom", "2", "--out", dir.resolve("slab").toString());
        assertEquals(0, s.exitCode(), s.err());
        Path slab = dir.resolve("slab/slab-t0/POSCAR");
        Structure bare = PoscarReader.read(slab).structure();
        CliTestSupport.Result r = CliTestSupport.run("adsorb", slab.toString(), "--adsorbate", "NaO2", "--site", "all",
                "--orientations", "4", "--out", dir.resolve("ads").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertEquals(out.get("sites").size() * 4, out.get("placements").size() + out.get("rejected").size());
        assertTrue(out.get("placements").size() > 0);
        for (JsonNode p : out.get("placements")) {
            Structure st = PoscarReader.read(Path.of(p.get("file").asText())).structure();
            assertEquals(bare.size() + 3, st.size());
            assertEquals(1, st.composition().get(Element.of("Na")));
            assertTrue(p.get("min_distance_ratio").asDouble() >= 0.75);
            for (JsonNode i : p.get("adsorbate_indices")) {
                assertTrue(!st.site(i.asInt()).isConstrained());
            }
        }
        for (JsonNode rej : out.get("rejected")) {
            assertTrue(rej.get("reason").asText().contains("covalent-radius sum")
                    || rej.get("reason").asText().contains("periodic image"));
        }
    }

    @Test
    void unknownAdsorbateListsTheLibrary(@TempDir Path dir) throws Exception {
        CliTestSupport.Result s = CliTestSupport.run("slab", OSO2, "--hkl", "0,0,1", "--out", dir.toString());
        assertEquals(0, s.exitCode(), s.err());
        CliTestSupport.Result r = CliTestSupport.run("adsorb", dir.resolve("slab-t0/POSCAR").toString(), "--adsorbate",
                "NaO3", "--out", dir.resolve("a").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("Na2CO3"), r.err());
    }
}
