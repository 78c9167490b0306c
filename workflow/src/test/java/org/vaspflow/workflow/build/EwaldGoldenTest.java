package org.vaspflow.workflow.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;

/** pymatgen's add_oxidation_state_by_guess() + EwaldSummation(s) for every golden input structure. */
class EwaldGoldenTest {
    /** Agreement asked of every energy term, eV (pymatgen prints them to full double precision). */
    static final double TOL_EV = 1e-8;

    static List<JsonNode> goldens() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.data("golden/inputs"))) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("index.json")).sorted()
                    .map(SharedData::readJson).toList();
        }
    }

    @TestFactory
    List<DynamicTest> energies() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode g : goldens()) {
            JsonNode e = g.get("ewald");
            tests.add(DynamicTest.dynamicTest(g.get("case").asText(), () -> {
                Structure s = GoldenCases.structure(g.get("structure"));
                Optional<Map<Element, Double>> guess = OxidationStateGuess.guess(s);
                if (!e.has("total_energy_eV")) {
                    assertTrue(guess.isEmpty() || guess.get().values().stream().allMatch(v -> v == 0), "no balanced guess");
                    return;
                }
                e.get("oxidation_states").fields().forEachRemaining(
                        f -> assertEquals(f.getValue().asDouble(), guess.orElseThrow().get(Element.of(f.getKey())), 1e-12,
                                "oxidation state of " + f.getKey()));
                double[] q = new double[s.size()];
                for (int i = 0; i < q.length; i++) {
                    q[i] = e.get("oxidation_states").get(s.site(i).element().symbol()).asDouble();
                }
                EwaldSummation.Energy en = EwaldSummation.energy(s, q);
                assertEquals(e.get("eta").asDouble(), en.eta(), 1e-12);
                assertEquals(e.get("real_space_energy_eV").asDouble(), en.realEv(), TOL_EV, "real");
                assertEquals(e.get("reciprocal_space_energy_eV").asDouble(), en.reciprocalEv(), TOL_EV, "reciprocal");
                assertEquals(e.get("point_energy_eV").asDouble(), en.pointEv(), TOL_EV, "point");
                assertEquals(e.get("charged_cell_energy_eV").asDouble(), en.chargedCellEv(), TOL_EV, "charged cell");
                assertEquals(e.get("total_energy_eV").asDouble(), en.totalEv(), TOL_EV, "total");
            }));
        }
        return tests;
    }
}
