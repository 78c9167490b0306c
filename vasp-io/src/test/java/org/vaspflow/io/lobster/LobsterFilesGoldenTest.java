package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** lobsterout and CHARGE.lobster against pymatgen's {@code Lobsterout.get_doc()} and {@code Charge}. */
class LobsterFilesGoldenTest {
    @TestFactory
    Stream<DynamicTest> lobsterout() throws Exception {
        List<DynamicTest> tests = GoldenCases.byParser("Lobsterout", (file, g) -> {
            Lobsterout o = LobsteroutReader.read(file);
            if (g.has("error")) {
                // pymatgen raises UnboundLocalError for a run without the "finished in" line
                assertFalse(o.completeness().complete());
                return;
            }
            JsonNode d = g.get("doc");
            assertTrue(o.completeness().complete());
            assertEquals(d.get("lobster_version").asText(), o.version());
            assertEquals(d.get("threads").asInt(), o.threads());
            assertEquals(d.get("Dftprogram").asText(), o.dftProgram());
            assertEquals(d.get("chargespilling").size(), o.chargeSpillingPercent().size());
            assertEquals(d.get("totalspilling").size(), o.totalSpillingPercent().size());
            for (int i = 0; i < d.get("chargespilling").size(); i++) {
                assertEquals(d.get("chargespilling").get(i).asDouble(), o.chargeSpillingPercent().get(i) / 100, 1e-12);
            }
            for (int i = 0; i < d.get("totalspilling").size(); i++) {
                assertEquals(d.get("totalspilling").get(i).asDouble(), o.totalSpillingPercent().get(i) / 100, 1e-12);
            }
            List<String> elements = new ArrayList<>();
            d.get("elements").forEach(n -> elements.add(n.asText()));
            assertEquals(elements, o.elements());
            List<String> warnings = new ArrayList<>();
            d.get("warnings").forEach(n -> warnings.add(n.asText()));
            assertEquals(warnings, o.warnings());
            JsonNode wall = d.get("timing").get("walltime");
            assertEquals(wall.get("h").asInt() * 3600 + wall.get("min").asInt() * 60 + wall.get("s").asInt()
                    + wall.get("ms").asInt() / 1000.0, o.wallTimeSeconds(), 1e-9);
        });
        assertTrue(tests.size() >= 6);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> charge() throws Exception {
        List<DynamicTest> tests = GoldenCases.byParser("Charge", (file, g) -> {
            Charge c = ChargeReader.read(file);
            if (g.has("error")) {
                assertTrue(c.atoms().size() > 0, "LCFO charges read where pymatgen fails");
                return;
            }
            assertEquals(g.get("num_atoms").asInt(), c.atoms().size());
            for (int i = 0; i < c.atoms().size(); i++) {
                assertEquals(g.get("atomlist").get(i).asText(), c.atoms().get(i));
                assertEquals(g.get("types").get(i).asText(), c.elements().get(i));
                assertEquals(g.get("Mulliken").get(i).asDouble(), c.mulliken()[i], 0);
                assertEquals(g.get("Loewdin").get(i).asDouble(), c.loewdin()[i], 0);
            }
        });
        assertTrue(tests.size() >= 6);
        return tests.stream();
    }

    @Test
    void contracts(@TempDir Path tmp) {
        ReaderContract.of(LobsteroutReader::read)
                .comparing(o -> List.of(o.version(), o.totalSpillingPercent(), o.completeness()))
                .check(SharedData.data("lobster/lif-spin-lobster41/lobsterout"), tmp.resolve("a"));
        ReaderContract.of(ChargeReader::read)
                .comparing(c -> List.of(c.atoms(), java.util.Arrays.toString(c.mulliken())))
                .check(SharedData.data("lobster/lif-spin-lobster41/CHARGE.lobster"), tmp.resolve("b"));
    }
}
