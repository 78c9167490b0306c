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
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.Dos;

/** DOSCAR against ASE's VaspDos (sums per column to 1e-6 relative, counts exact). */
class DoscarGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        List<DynamicTest> tests = GoldenCases.byParser("VaspDos (+ pymatgen CompleteDos for moments)", DoscarGoldenTest::check);
        assertTrue(tests.size() >= 4, "DOSCAR golden cases: " + tests.size());
        return tests.stream();
    }

    static void rel(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(1e-9, Math.abs(expected) * 1e-6), what);
    }

    static void check(Path file, JsonNode g) {
        Doscar d = DoscarReader.read(file);
        Dos dos = d.dos();
        assertTrue(d.completeness().complete());
        assertEquals(g.get("nedos").asInt(), dos.nEnergies());
        assertEquals(g.get("ISPIN").asInt(), dos.nSpins() == 4 ? 1 : Math.min(2, dos.nSpins()));
        assertEquals(g.get("energy_first_last").get(0).asDouble(), dos.energiesEv()[0], 1e-9);
        assertEquals(g.get("energy_first_last").get(1).asDouble(), dos.energiesEv()[dos.nEnergies() - 1], 1e-9);
        int totalSpins = g.get("total_dos_sum").size();
        for (int s = 0; s < totalSpins; s++) {
            double sum = 0;
            for (int e = 0; e < dos.nEnergies(); e++) {
                sum += dos.total()[s * dos.nEnergies() + e];
            }
            rel(g.get("total_dos_sum").get(s).asDouble(), sum, "total DOS sum spin " + s);
            rel(g.get("integrated_dos_last").get(s).asDouble(), dos.integrated()[(s + 1) * dos.nEnergies() - 1], "IDOS");
        }
        assertEquals(g.get("has_site_projections").asBoolean(), dos.nIons() > 0);
        if (dos.nIons() == 0) {
            return;
        }
        boolean structureBeside = java.nio.file.Files.exists(file.resolveSibling("POSCAR"))
                || java.nio.file.Files.exists(file.resolveSibling("CONTCAR"));
        assertEquals(structureBeside ? dos.nIons() : 0, d.speciesPerIon().size(), "species from POSCAR/CONTCAR beside");
        assertEquals(g.get("site_column_sums").size(), dos.nIons(), "ions with projections");
        assertEquals(g.get("non_collinear").asBoolean(), d.nonCollinear());
        List<String> expectedOrbitals = new java.util.ArrayList<>();
        g.get("orbital_columns").forEach(n -> expectedOrbitals.add(n.asText()));
        assertEquals(expectedOrbitals, dos.orbitals());
        JsonNode sums = g.get("site_column_sums");
        int channels = dos.nSpins();
        for (int ion = 0; ion < sums.size(); ion++) {
            JsonNode cols = sums.get(ion);
            assertEquals(cols.size(), channels * dos.orbitals().size());
            for (int j = 0; j < cols.size(); j++) {
                double sum = 0;
                for (int e = 0; e < dos.nEnergies(); e++) {
                    sum += dos.partial(ion, j % channels, j / channels, e);
                }
                rel(cols.get(j).asDouble(), sum, "ion " + ion + " column " + j);
            }
        }
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(DoscarReader::read)
                .comparing(d -> List.of(d.dos().nEnergies(), d.dos().nIons(), d.completeness(),
                        sum(d.dos().partial())))
                .check(SharedData.data("vasp/si-spin-lorbit10-doscar/out/DOSCAR"), tmp);
    }

    private static double sum(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
