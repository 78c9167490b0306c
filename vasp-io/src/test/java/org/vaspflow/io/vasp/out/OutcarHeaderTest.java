package org.vaspflow.io.vasp.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.SharedData;

/**
 * The OUTCAR header and last stress against pymatgen's {@code Vasprun} of the same run (every golden case that has
 * both files): version, NIONS, ISPIN, NBANDS, NELECT, NKPTS, ENCUT, NSW, IBRION (-1 for NSW=0), ISIF exact; stress to the 5
 * decimals OUTCAR prints.
 */
class OutcarHeaderTest {
    @TestFactory
    Stream<DynamicTest> headerAgreesWithVasprunOfTheSameRun() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = java.nio.file.Files.list(SharedData.data("golden"))) {
            for (Path gf : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = SharedData.readJson(gf);
                String outcar = null;
                JsonNode vasprun = null;
                for (Iterator<Map.Entry<String, JsonNode>> it = g.path("files").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    String parser = f.getValue().path("parser").asText();
                    if (parser.endsWith("Outcar")) {
                        outcar = f.getKey();
                    } else if (parser.endsWith("Vasprun") && f.getValue().has("NBANDS")) {
                        vasprun = f.getValue();
                    }
                }
                if (outcar != null && vasprun != null) {
                    Path file = SharedData.root().resolve(g.get("path").asText().replaceFirst("^shared/", "")).resolve(outcar);
                    JsonNode v = vasprun;
                    tests.add(DynamicTest.dynamicTest(g.get("case").asText(), () -> check(OutcarReader.read(file), v)));
                }
            }
        }
        assertTrue(tests.size() >= 6, "cases with OUTCAR and vasprun.xml: " + tests.size());
        return tests.stream();
    }

    private static void check(Outcar o, JsonNode v) {
        OutcarHeader h = o.header();
        assertTrue(v.get("vasp_version").asText().startsWith(h.version()) && !h.version().isEmpty(), h.version());
        assertEquals(v.get("atomic_symbols").size(), h.nIons(), "NIONS");
        assertEquals(v.get("ISPIN").asInt(), h.nSpins(), "ISPIN");
        assertEquals(v.get("NBANDS").asInt(), h.nBands(), "NBANDS");
        assertEquals(v.get("NELECT").asDouble(), h.nElectrons(), 1e-4, "NELECT");
        assertEquals(v.get("nkpoints").asInt(), h.nKpoints(), "NKPTS");
        JsonNode incar = v.get("incar");
        assertEquals(incar.get("ENCUT").asDouble(), h.encutEv(), 1e-9, "ENCUT");
        for (String tag : new String[] {"NSW", "IBRION", "ISIF"}) {
            // VASP runs IBRION=-1 whatever INCAR says when NSW=0, and OUTCAR prints what it ran
            boolean stat = tag.equals("IBRION") && incar.path("NSW").asInt(0) == 0;
            if (incar.has(tag) && !stat) {
                int actual = switch (tag) {
                    case "NSW" -> h.nsw();
                    case "IBRION" -> h.ibrion();
                    default -> h.isif();
                };
                assertEquals(incar.get(tag).asInt(), actual, tag);
            }
        }
        if (incar.path("NSW").asInt(0) == 0) {
            assertEquals(-1, h.ibrion(), "IBRION of a static run");
        }
        assertTrue(!h.nonCollinear() && !h.spinOrbit());
        JsonNode stress = v.get("final_stress");
        if (stress != null && stress.isArray() && !o.ionicSteps().isEmpty()) {
            // OUTCAR "in kB" order: XX YY ZZ XY YZ ZX
            double[] s = o.ionicSteps().get(o.ionicSteps().size() - 1).stressKbar();
            int[][] at = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {1, 2}, {2, 0}};
            for (int i = 0; i < 6; i++) {
                assertEquals(stress.get(at[i][0]).get(at[i][1]).asDouble(), s[i], 1e-4, "stress " + i);
            }
        }
    }
}
