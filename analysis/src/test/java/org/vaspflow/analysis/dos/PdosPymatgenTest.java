package org.vaspflow.analysis.dos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.SharedData;

/**
 * pDOS sums of selections (element, site, s/p/d, t2g, eg, one lm orbital; each spin), their Gaussian-smeared
 * versions (σ = 0.05 and 0.2 eV) and electron counts up to E-fermi, against values pymatgen 2022.11.7 computed
 * from the same shared files ({@code pdos/generate_pdos_reference.py}, recorded in {@code pdos-reference.json}),
 * to 1e-6 relative.
 */
class PdosPymatgenTest {
    private static final double REL = 1e-6;

    @TestFactory
    Stream<DynamicTest> againstPymatgen() throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/pdos/pdos-reference.json")) {
            ref = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : ref.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("file").asText(), () -> check(c)));
        }
        assertTrue(tests.size() >= 5);
        return tests.stream();
    }

    private static void check(JsonNode c) {
        ProjectedDos dos = ProjectedDos.read(SharedData.data(c.get("file").asText()));
        assertEquals(c.get("n_energies").asInt(), dos.nEnergies());
        if (c.has("efermi")) {
            assertEquals(c.get("efermi").asDouble(), dos.efermiEv(), 1e-9);
        } // DOSCAR.lobster: pymatgen reports E-fermi 0 (energies shifted); vaspflow keeps the header's absolute value
        assertEquals(c.get("eps_first_last").get(0).asDouble(), dos.energiesEv()[0], 1e-9);
        assertEquals(c.get("eps_first_last").get(1).asDouble(), dos.energiesEv()[dos.nEnergies() - 1], 1e-9);
        for (JsonNode g : c.get("curves")) {
            String label = g.get("selection").asText();
            DosSelection sel = Pdos.parse(label, "total");
            double[] rho = Pdos.density(dos, sel);
            close(g.get("sum").asDouble(), sum(rho), label + " sum");
            JsonNode idx = g.get("indices");
            for (int k = 0; k < idx.size(); k++) {
                close(g.get("values").get(k).asDouble(), rho[idx.get(k).asInt()], label + " at " + idx.get(k));
            }
            close(g.get("electrons_to_fermi").asDouble(), Pdos.integralToFermi(dos.energiesEv(), rho), label + " N(E_F)");
            for (Map.Entry<String, JsonNode> s : (Iterable<Map.Entry<String, JsonNode>>) () -> g.get("smeared").fields()) {
                double[] sm = Pdos.smear(dos.energiesEv(), rho, Double.parseDouble(s.getKey()));
                close(s.getValue().get("sum").asDouble(), sum(sm), label + " smeared " + s.getKey() + " sum");
                for (int k = 0; k < idx.size(); k++) {
                    close(s.getValue().get("values").get(k).asDouble(), sm[idx.get(k).asInt()],
                            label + " smeared " + s.getKey() + " at " + idx.get(k));
                }
            }
        }
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.max(Math.abs(expected), 1e-9), what);
    }
}
