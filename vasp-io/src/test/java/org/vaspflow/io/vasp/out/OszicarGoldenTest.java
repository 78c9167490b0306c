package org.vaspflow.io.vasp.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/**
 * OSZICAR against pymatgen's {@code Oszicar}; where pymatgen failed (mg4v2bi2o12: {@code -.243930-146}), against
 * the raw strings of the golden fallback, read as Fortran numbers.
 */
class OszicarGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        List<DynamicTest> tests = GoldenCases.byParser("Oszicar", OszicarGoldenTest::check);
        assertTrue(tests.size() >= 8, "OSZICAR golden cases: " + tests.size());
        return tests.stream();
    }

    static void check(Path file, JsonNode g) {
        Oszicar o = OszicarReader.read(file);
        if (g.has("fallback")) {
            JsonNode fb = g.get("fallback");
            assertEquals(fb.get("n_ionic_steps").asInt(), o.ionicSteps().size());
            JsonNode raw = fb.get("ionic_steps_raw_strings");
            for (int i = 0; i < raw.size(); i++) {
                assertEquals(TextCursor.fortranDouble(raw.get(i).get("F").asText()), o.ionicSteps().get(i).freeEnergyEv(), 0);
                assertEquals(TextCursor.fortranDouble(raw.get(i).get("E0").asText()), o.ionicSteps().get(i).e0Ev(), 0);
                assertEquals(TextCursor.fortranDouble(raw.get(i).get("dE").asText()), o.ionicSteps().get(i).deltaEEv(), 0);
            }
            if (raw.get(0).get("dE").asText().equals("-.243930-146")) {
                assertEquals(-2.4393e-147, o.ionicSteps().get(0).deltaEEv(), 1e-160);
            }
            return;
        }
        assertEquals(g.get("n_ionic_steps").asInt(), o.ionicSteps().size());
        for (int i = 0; i < o.ionicSteps().size(); i++) {
            JsonNode s = g.get("ionic_steps").get(i);
            Oszicar.IonicStep step = o.ionicSteps().get(i);
            assertEquals(s.get("F").asDouble(), step.freeEnergyEv(), 1e-9);
            assertEquals(s.get("E0").asDouble(), step.e0Ev(), 1e-9);
            assertEquals(s.get("dE").asDouble(), step.deltaEEv(), 1e-9);
            if (s.has("mag")) {
                assertEquals(s.get("mag").asDouble(), step.magnetization(), 1e-9);
            }
            assertEquals(g.get("n_electronic_steps").get(i).asInt(), o.electronicSteps().get(i).size());
        }
        if (g.get("final_energy").isNumber()) {
            assertEquals(g.get("final_energy").asDouble(), o.finalEnergyEv(), 1e-9);
        }
        JsonNode last = g.get("all_energies_last");
        if (last != null && last.size() > 0 && !o.electronicSteps().isEmpty()) {
            List<Oszicar.ElectronicStep> es = o.electronicSteps().get(o.electronicSteps().size() - 1);
            JsonNode row = last.get(last.size() - 1);
            // pymatgen's all_energies: the SCF energies, then the ionic step's F
            assertEquals(row.size(), es.size() + 1);
            for (int k = 0; k < es.size(); k++) {
                assertEquals(row.get(k).asDouble(), es.get(k).energyEv(), 1e-9);
            }
            assertEquals(row.get(es.size()).asDouble(), o.ionicSteps().get(o.ionicSteps().size() - 1).freeEnergyEv(), 1e-9);
        }
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(OszicarReader::read).emptyIsValid()
                .comparing(o -> List.of(o.finalEnergyEv(), o.ionicSteps().size(), o.completeness()))
                .check(SharedData.data("vasp/feo-afm-ldau-relax/OSZICAR"), tmp);
    }
}
