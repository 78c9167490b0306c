package org.vaspflow.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;

/**
 * Screening rows of real folders against independent values: energies, magnetizations and d-band centres from the
 * golden files (pymatgen 2022.11.7), mean M–O bond lengths from pymatgen via the committed script
 * {@code src/test/resources/table/bond_lengths_pymatgen.py} (values recorded in {@code bond_lengths_pymatgen.json}),
 * mean ICOHP per pair from the golden ICOHPLIST aggregates.
 */
class ScreeningTableTest {
    private static final List<String> CASES = List.of("feo-afm-ldau-relax", "mno2-spinel-host-outcar",
            "fe2o3-ldau-magmom", "k4sn4o6-spin-doscar-procar");
    private static List<ScreeningRow> rows;
    private static Path empty;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        empty = Files.createDirectories(dir.resolve("empty-folder"));
        List<Path> folders = new java.util.ArrayList<>();
        CASES.forEach(c -> folders.add(SharedData.data("vasp/" + c)));
        folders.add(1, empty); // a broken folder in the middle loses nothing around it
        rows = ScreeningTable.build(folders, new ScreeningOptions("Fe", "", "O", 2.6), 2);
    }

    private static ScreeningRow row(String c) {
        return rows.stream().filter(r -> r.folder().endsWith(c)).findFirst().orElseThrow();
    }

    @Test
    void rowsInInputOrderAndTheBrokenFolderReported() {
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).folder().endsWith("feo-afm-ldau-relax"));
        ScreeningRow bad = rows.get(1);
        assertFalse(bad.ok());
        assertTrue(bad.error().contains("empty-folder") && bad.error().contains("no final energy"), bad.error());
        assertTrue(Double.isNaN(bad.energyEv()));
        assertTrue(rows.get(2).ok() && rows.get(3).ok() && rows.get(4).ok());
    }

    @Test
    void energiesAndMagnetizationMatchGolden() {
        for (String c : List.of("feo-afm-ldau-relax", "fe2o3-ldau-magmom", "k4sn4o6-spin-doscar-procar")) {
            JsonNode g = SharedData.golden(c).get("summary");
            ScreeningRow r = row(c);
            assertEquals(g.get("final_energy").asDouble(), r.energyEv(), 1e-8, c);
            assertEquals(g.get("final_energy_per_atom").asDouble(), r.energyPerAtomEv(), 1e-8, c);
            assertEquals(g.get("nsites").asInt(), r.nAtoms(), c);
            if (g.has("total_magnetization_outcar")) {
                assertEquals(g.get("total_magnetization_outcar").asDouble(), r.totalMagnetization(), 1e-7, c);
            }
        }
        JsonNode outcarOnly = SharedData.golden("mno2-spinel-host-outcar").get("files").get("OUTCAR");
        ScreeningRow m = row("mno2-spinel-host-outcar");
        assertEquals(outcarOnly.get("final_energy").asDouble(), m.energyEv(), 1e-8);
        assertEquals(24, m.nAtoms());
        assertEquals(outcarOnly.get("final_energy").asDouble() / 24, m.energyPerAtomEv(), 1e-8);
        assertEquals(outcarOnly.get("total_mag").asDouble(), m.totalMagnetization(), 1e-7);
        assertTrue(m.sources().get("energy").contains("OUTCAR"));
        assertTrue(Double.isNaN(row("fe2o3-ldau-magmom").totalMagnetization()), "vasprun only: no OUTCAR/OSZICAR");
    }

    @Test
    void dbandCentreOfTheChosenElementMatchesGolden() {
        for (String c : List.of("feo-afm-ldau-relax", "fe2o3-ldau-magmom")) {
            JsonNode files = SharedData.golden(c).get("files");
            JsonNode v = files.has("vasprun.xml") ? files.get("vasprun.xml") : files.get("vasprun.magmom_ldau.xml.gz");
            double g = v.get("dband").get("by_element").get("Fe").get("band_center_summed_erange_none").asDouble();
            assertEquals(g, row(c).dbandCenterEv(), 1e-6, c);
        }
        assertTrue(Double.isNaN(row("k4sn4o6-spin-doscar-procar").dbandCenterEv()));
        assertTrue(row("k4sn4o6-spin-doscar-procar").notes().stream().anyMatch(n -> n.contains("no Fe site")));
        assertTrue(Double.isNaN(row("mno2-spinel-host-outcar").dbandCenterEv()), "OUTCAR-only: no DOS");
    }

    @Test
    void meanMetalOxygenBondLengthsMatchPymatgen() throws Exception {
        JsonNode ref = SharedData.readJson(Path.of(getClass().getResource("/table/bond_lengths_pymatgen.json").toURI()));
        assertEquals(2.6, ref.get("cutoff_A").asDouble());
        for (String c : CASES) {
            JsonNode mean = ref.get("cases").get(c).get("mean");
            Map<String, Double> got = row(c).bondLengths();
            assertEquals(mean.size(), got.size(), c + " " + got);
            for (Iterator<Map.Entry<String, JsonNode>> it = mean.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                assertEquals(e.getValue().asDouble(), got.get(e.getKey()), 1e-6, c + " " + e.getKey());
            }
        }
    }

    @Test
    void meanIcohpPerPairFromALobsterFolder() {
        ScreeningRow r = ScreeningTable.row(SharedData.data("lobster/nacl-comp-range"), ScreeningOptions.DEFAULT);
        JsonNode g = SharedData.golden("nacl-comp-range");
        JsonNode pairs = g.get("files").get("ICOHPLIST.lobster.gz").get("by_element_pair");
        assertEquals(pairs.get("Cl-Na").get("mean_summed_spins").asDouble(), r.icohpMean().get("Na-Cl"), 1e-6);
        assertEquals(pairs.get("Na-Na").get("mean_summed_spins").asDouble(), r.icohpMean().get("Na-Na"), 1e-6);
        assertEquals(g.get("summary").get("final_energy").asDouble(), r.energyEv(), 1e-8);
        ScreeningRow only = ScreeningTable.row(SharedData.data("lobster/nacl-comp-range"),
                new ScreeningOptions("", "Cl-Na", "O", 2.6));
        assertEquals(List.of("Na-Cl"), List.copyOf(only.icohpMean().keySet()));
    }

    /**
     * A truncated vasprun.xml (custodian's bad_vasprun, ends inside a structure block): the complete ionic steps give
     * pymatgen's final_energy and the row says the file is damaged.
     */
    @Test
    void truncatedVasprunGivesItsEnergyAndSaysSo() {
        ScreeningRow r = ScreeningTable.build(List.of(SharedData.data("vasp/v2o5-interrupted-vasprun")),
                ScreeningOptions.DEFAULT, 1).get(0);
        assertTrue(r.ok(), r.error());
        assertEquals(SharedData.golden("v2o5-interrupted-vasprun").get("summary").get("final_energy").asDouble(),
                r.energyEv(), 1e-8);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("damaged or unfinished")), r.notes().toString());
    }

    @Test
    void csvHasOneLinePerFolderAndTheDynamicColumns() {
        ScreeningColumns cols = new ScreeningColumns(rows, new ScreeningOptions("Fe", "", "O", 2.6));
        assertEquals(List.of("folder", "ok", "error", "formula", "natoms", "energy", "energy_per_atom",
                "total_magnetization", "dband_center_Fe", "bond_length_Fe-O", "bond_length_Mn-O", "bond_length_Sn-O",
                "notes"), cols.names());
        String[] lines = cols.csv(rows).split("\n");
        assertEquals(6, lines.length);
        assertTrue(lines[2].contains(",false,"), lines[2]);
        assertTrue(lines[1].contains("-28.21851457"), lines[1]);
    }
}
