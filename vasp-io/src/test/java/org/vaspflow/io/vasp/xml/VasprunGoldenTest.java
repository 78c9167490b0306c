package org.vaspflow.io.vasp.xml;

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
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;

/**
 * Every vasprun.xml value pymatgen 2022.11.7 computed ({@code golden/<case>.json}, files whose parser is
 * {@code Vasprun}) is reproduced: energies, E-fermi, forces, stresses to 1e-6; DOS sums to 1e-6 relative; counts
 * exact. One dynamic test per case, named after the case.
 */
class VasprunGoldenTest {
    static final double TOL = 1e-6;

    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = java.nio.file.Files.list(SharedData.data("golden"))) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode golden = SharedData.readJson(g);
                for (Iterator<Map.Entry<String, JsonNode>> it = golden.path("files").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!f.getValue().path("parser").asText().contains("Vasprun")) {
                        continue;
                    }
                    Path file = SharedData.root().resolve(golden.get("path").asText().replaceFirst("^shared/", ""))
                            .resolve(f.getKey());
                    tests.add(DynamicTest.dynamicTest(golden.get("case").asText(), () -> check(file, f.getValue())));
                }
            }
        }
        assertTrue(tests.size() >= 18, "vasprun golden cases: " + tests.size());
        return tests.stream();
    }

    static void check(Path file, JsonNode g) {
        Vasprun v = VasprunReader.read(file, VasprunOptions.DEFAULT);
        assertEquals(g.path("strict_parse_ok").asBoolean(true), v.completeness().complete(), "complete");
        assertEquals(g.get("vasp_version").asText(), v.vaspVersion());
        assertEquals(g.get("ISPIN").asLong(), v.parameterLong("ISPIN", 1));
        assertEquals(g.get("NBANDS").asLong(), v.parameterLong("NBANDS", -1));
        assertEquals(g.get("NELECT").asDouble(), v.parameterDouble("NELECT"), TOL);
        assertEquals(g.get("n_ionic_steps").asInt(), v.ionicSteps().size());
        for (int i = 0; i < v.ionicSteps().size(); i++) {
            assertEquals(g.get("n_electronic_steps_per_ionic").get(i).asInt(),
                    v.ionicSteps().get(i).electronicSteps().size(), "electronic steps of ionic step " + i);
            assertEquals(g.get("ionic_step_e_0_energies").get(i).asDouble(), v.ionicSteps().get(i).e0EnergyEv(), TOL);
        }
        assertEquals(g.get("converged_electronic").asBoolean(), v.convergedElectronic(), "converged_electronic");
        assertEquals(g.get("converged_ionic").asBoolean(), v.convergedIonic(), "converged_ionic");
        assertEquals(g.get("final_energy").asDouble(), v.finalEnergyEv(), TOL, "final_energy");
        if (g.get("final_energy_per_atom").isNumber()) {
            assertEquals(g.get("final_energy_per_atom").asDouble(), v.finalEnergyEv() / v.lastStructure().size(), TOL);
        }
        Vasprun.IonicStep last = v.ionicSteps().get(v.ionicSteps().size() - 1);
        JsonNode e = g.get("last_ionic_step_energies");
        assertEquals(e.get("e_fr_energy").asDouble(), last.eFrEnergyEv(), TOL);
        assertEquals(e.get("e_wo_entrp").asDouble(), last.eWoEntrpEv(), TOL);
        assertEquals(e.get("e_0_energy").asDouble(), last.e0EnergyEv(), TOL);
        matrix(g.get("final_forces"), last.forcesEvPerAngstrom(), "final_forces");
        assertEquals(g.get("final_forces_max_norm").asDouble(), last.maxForceNorm(), TOL);
        if (g.has("final_stress") && g.get("final_stress").isArray()) {
            matrix(g.get("final_stress"), last.stressKbar(), "final_stress");
        }
        if (g.get("efermi").isNumber()) {
            assertEquals(g.get("efermi").asDouble(), v.efermiEv(), TOL, "efermi");
        }
        structure(g.get("initial_structure"), v.initialStructure(), "initial_structure");
        if (g.get("final_structure").has("lattice")) {
            structure(g.get("final_structure"), v.lastStructure(), "final_structure");
        }
        assertEquals(g.get("nkpoints").asInt(), v.kpoints().count());
        double wsum = 0;
        for (double w : v.kpoints().weights()) {
            wsum += w;
        }
        assertEquals(g.get("kpoint_weights_sum").asDouble(), wsum, TOL);
        JsonNode shape = g.get("eigenvalues_shape");
        if (shape != null && shape.isArray() && shape.size() == 3) {
            Vasprun.Eigenvalues ev = v.eigenvalues().orElseThrow();
            assertEquals(shape.get(0).asInt(), ev.nKpoints());
            assertEquals(shape.get(1).asInt(), ev.nBands());
            assertEquals(g.get("ISPIN").asInt(), ev.nSpins());
        }
        dos(g, v);
    }

    private static void dos(JsonNode g, Vasprun v) {
        JsonNode t = g.get("tdos");
        if (t == null || !t.has("nedos")) {
            return;
        }
        Dos d = v.dos().orElseThrow();
        assertEquals(t.get("nedos").asInt(), d.nEnergies());
        assertEquals(t.get("emin").asDouble(), d.energiesEv()[0], TOL);
        assertEquals(t.get("emax").asDouble(), d.energiesEv()[d.nEnergies() - 1], TOL);
        String[] spins = {"up", "down"};
        for (int s = 0; s < d.nSpins(); s++) {
            double sum = 0;
            for (int e = 0; e < d.nEnergies(); e++) {
                sum += d.total()[s * d.nEnergies() + e];
            }
            relative(t.get("sum_density").get(spins[s]).asDouble(), sum, "tdos sum " + spins[s]);
            if (t.has("idos_at_last_point")) {
                relative(t.get("idos_at_last_point").get(spins[s]).asDouble(),
                        d.integrated()[s * d.nEnergies() + d.nEnergies() - 1], "idos " + spins[s]);
            }
        }
        JsonNode sums = g.get("pdos_plain_sums_by_element_orbitaltype_spin");
        if (sums == null || !sums.isObject() || d.nIons() == 0) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sums.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> en = it.next();
            String[] key = en.getKey().split("\\|");
            int spin = key[2].equals("up") ? 0 : 1;
            double sum = 0;
            for (int ion = 0; ion < d.nIons(); ion++) {
                if (!v.atomSymbols().get(ion).equals(key[0])) {
                    continue;
                }
                for (int o = 0; o < d.orbitals().size(); o++) {
                    if (Dos.orbitalType(d.orbitals().get(o)) != key[1].charAt(0)) {
                        continue;
                    }
                    for (int e = 0; e < d.nEnergies(); e++) {
                        sum += d.partial(ion, spin, o, e);
                    }
                }
            }
            relative(en.getValue().asDouble(), sum, "pdos " + en.getKey());
        }
    }

    static void relative(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(1e-9, Math.abs(expected) * TOL), what);
    }

    private static void matrix(JsonNode expected, double[] flat, String what) {
        int k = 0;
        for (JsonNode row : expected) {
            for (JsonNode x : row) {
                assertEquals(x.asDouble(), flat[k++], TOL, what + "[" + (k - 1) + "]");
            }
        }
        assertEquals(k, flat.length, what + " size");
    }

    private static void structure(JsonNode g, Structure s, String what) {
        assertEquals(g.get("nsites").asInt(), s.size(), what);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(g.get("lattice").get(i).get(j).asDouble(), s.lattice().get(i, j), TOL, what + " lattice");
            }
        }
        for (int k = 0; k < s.size(); k++) {
            assertEquals(g.get("species").get(k).asText(), s.site(k).element().symbol(), what + " species");
            for (int i = 0; i < 3; i++) {
                assertEquals(g.get("frac_coords").get(k).get(i).asDouble(), s.site(k).frac(i), TOL, what + " frac");
            }
        }
        assertEquals(g.get("formula").asText(), s.formula(), what + " formula");
    }
}
