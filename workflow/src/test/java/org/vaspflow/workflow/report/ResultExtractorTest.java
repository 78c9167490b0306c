package org.vaspflow.workflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.PoscarReader;

/**
 * The report's numbers against independent values: energies, moments and d-band descriptors from the golden
 * files (pymatgen 2022.11.7), M–O shells from pymatgen's neighbour search (mo_bonds_pymatgen.py, recorded in
 * mo-bonds-expected.json), ICOHP per pair summed from pymatgen's parsed ICOHPLIST entries.
 */
class ResultExtractorTest {
    @TempDir
    Path tmp;

    private static CalculationFiles calc(String rel) {
        Path folder = SharedData.data(rel);
        return new CalculationFiles(1, "c", "static", folder, SharedData.data());
    }

    static JsonNode expectedBonds() throws IOException {
        try (InputStream in = ResultExtractorTest.class.getResourceAsStream("/report/mo-bonds-expected.json")) {
            return SharedData.readJson(writeTemp(in.readAllBytes()));
        }
    }

    private static Path writeTemp(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("mo-bonds", ".json");
        Files.write(f, bytes);
        f.toFile().deleteOnExit();
        return f;
    }

    @Test
    void feoRunMatchesGoldenEnergiesMomentsDbandAndPymatgenBonds() throws IOException {
        JsonNode g = SharedData.golden("feo-afm-ldau-relax").get("files");
        var x = ResultExtractor.extract(calc("vasp/feo-afm-ldau-relax"), Map.of());
        assertEquals(List.of(), x.problems());

        ResultRows.Energy e = x.energies().get(0);
        assertEquals(g.get("vasprun.xml").get("final_energy").asDouble(), e.energyEv(), 1e-8);
        assertEquals(g.get("vasprun.xml").get("final_energy_per_atom").asDouble(), e.energyPerAtomEv(), 1e-8);
        assertEquals(4, e.nSites());
        assertEquals("yes", e.converged());
        assertEquals("vasp/feo-afm-ldau-relax/vasprun.xml", e.provenance().file());

        ResultRows.Magnetization m = x.magnetizations().get(0);
        assertEquals(g.get("OUTCAR").get("total_mag").asDouble(), m.totalMuB(), 1e-9);
        JsonNode sites = g.get("OUTCAR").get("magnetization");
        assertEquals(sites.size(), m.perSiteMuB().size());
        for (int i = 0; i < sites.size(); i++) {
            assertEquals(sites.get(i).get("tot").asDouble(), m.perSiteMuB().get(i), 1e-9);
        }
        assertEquals(List.of("Fe", "Fe", "O", "O"), m.species());

        JsonNode band = g.get("vasprun.xml").get("dband").get("by_element").get("Fe");
        ResultRows.Dband d = x.dbands().get(0);
        assertEquals("Fe", d.element());
        assertEquals(1, x.dbands().size(), "Fe is the only transition metal");
        // DBandGoldenTest's tolerance: the projected DOS is float (Dos), ~1e-8 eV off pymatgen's doubles here
        assertEquals(band.get("band_center_summed_erange_none").asDouble(), d.centerEv(), 1e-6);
        assertEquals(band.get("band_width_summed_erange_none").asDouble(), d.widthEv(), 1e-6);
        assertEquals(band.get("band_filling_summed").asDouble(), d.filling(), 1e-6);
        assertEquals(Definitions.DBAND.id(), d.provenance().definition());

        assertBonds(expectedBonds().get("cases").get("vasp/feo-afm-ldau-relax/vasprun.xml"), x.bonds());
        assertTrue(x.icohp().isEmpty(), "no ICOHPLIST in this folder");
    }

    @Test
    void lobsterFolderGivesIcohpPerPairAndBondsFromContcar() throws IOException {
        var x = ResultExtractor.extract(calc("lobster/batio3"), Map.of());
        assertEquals(List.of(), x.problems());
        assertTrue(x.energies().isEmpty() && x.dbands().isEmpty() && x.magnetizations().isEmpty());
        assertBonds(expectedBonds().get("cases").get("lobster/batio3/CONTCAR.gz"), x.bonds());
        assertEquals("lobster/batio3/CONTCAR.gz", x.bonds().get(0).provenance().file());

        Map<String, double[]> expected = new HashMap<>();
        for (JsonNode entry : SharedData.golden("batio3").get("files").get("ICOHPLIST.lobster.gz").get("entries")) {
            String pair = key(element(entry.get("atom1").asText()), element(entry.get("atom2").asText()));
            double[] acc = expected.computeIfAbsent(pair, k -> new double[2]);
            acc[0] += 1;
            acc[1] += entry.get("icohp_summed_spins").asDouble();
        }
        assertEquals(expected.size(), x.icohp().size());
        for (ResultRows.Icohp row : x.icohp()) {
            String[] p = row.pair().split("-");
            double[] acc = expected.get(key(p[0], p[1]));
            assertEquals((int) acc[0], row.count(), row.pair());
            assertEquals(acc[1], row.sumEv(), 1e-6, row.pair());
            assertEquals(acc[1] / acc[0], row.meanEv(), 1e-6, row.pair());
        }
        assertTrue(x.icohp().stream().anyMatch(r -> r.pair().equals("Ti-O")), "less electronegative first");
    }

    @Test
    void bondsOfReo3MatchPymatgen() throws IOException {
        var s = PoscarReader.read(SharedData.data("lobster/reo3-orbitalwise/CONTCAR.mp-190.gz")).structure();
        assertBonds(expectedBonds().get("cases").get("lobster/reo3-orbitalwise/CONTCAR.mp-190.gz"),
                MetalOxygenBonds.of(s, "reo3", "CONTCAR"));
    }

    @Test
    void aDamagedFileIsAProblemNamingItAndTheOtherRowsStay() throws IOException {
        Path folder = tmp.resolve("calc");
        Files.createDirectories(folder);
        Path src = SharedData.data("vasp/feo-afm-ldau-relax");
        Files.copy(src.resolve("OUTCAR"), folder.resolve("OUTCAR"));
        Files.copy(src.resolve("CONTCAR"), folder.resolve("CONTCAR"));
        Files.writeString(folder.resolve("ICOHPLIST.lobster"), "this is not an ICOHPLIST\n");
        var x = ResultExtractor.extract(new CalculationFiles(7, "broken", "s", folder, tmp),
                Map.of("final_energy", -28.21851457, "final_energy_per_atom", -7.0546286425, "formula", "Fe2O2"));
        assertEquals(1, x.problems().size(), x.problems().toString());
        assertTrue(x.problems().get(0).contains("ICOHPLIST.lobster"), x.problems().get(0));
        assertEquals(-28.21851457, x.energies().get(0).energyEv(), 0);
        assertEquals(4, x.energies().get(0).nSites());
        assertEquals("calc/CONTCAR", x.bonds().get(0).provenance().file(), "no vasprun: CONTCAR is the structure");
        assertEquals(1, x.magnetizations().size());
        assertTrue(x.icohp().isEmpty());
    }

    private static void assertBonds(JsonNode expected, List<ResultRows.Bonds> rows) {
        assertEquals(expected.size(), rows.size(), rows.toString());
        for (ResultRows.Bonds r : rows) {
            JsonNode e = expected.get(r.metal());
            assertEquals(e.get("n_sites").asInt(), r.nSites(), r.metal());
            assertEquals(e.get("n_bonds").asInt(), r.nBonds(), r.metal());
            assertEquals(e.get("mean").asDouble(), r.meanAngstrom(), 1e-6, r.metal());
            assertEquals(e.get("min").asDouble(), r.minAngstrom(), 1e-6, r.metal());
            assertEquals(e.get("max").asDouble(), r.maxAngstrom(), 1e-6, r.metal());
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static String element(String label) {
        return label.replaceAll("\\d+$", "");
    }
}
