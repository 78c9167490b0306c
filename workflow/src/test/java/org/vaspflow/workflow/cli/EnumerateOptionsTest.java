package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.PoscarReader;

/** The options {@code vaspflow enumerate} and {@code vaspflow supercell} grew: several dopants, states of charge,
 * target compositions, caps, magnetic orderings. */
class EnumerateOptionsTest {
    private static final String FEO = SharedData.data("vasp/feo-afm-ldau-relax/CONTCAR").toString();
    private static final String NAFENIO = SharedData.data("errors/zpotrf/POSCAR").toString();

    private static JsonNode json(CliTestSupport.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void severalDopantsAtOnceBothSyntaxesAndTheCap(@TempDir Path tmp) throws Exception {
        JsonNode a = json(CliTestSupport.run("enumerate", FEO, "--substitute", "Fe:Ru=2,Ti=1", "--supercell", "2,2,2",
                "--json"));
        JsonNode b = json(CliTestSupport.run("enumerate", FEO, "--substitute", "Fe:Ru", "--substitute", "Fe:Ti",
                "--count", "2,1", "--supercell", "2,2,2", "--json"));
        int distinct = a.get("runs").get(0).get("n_distinct").asInt();
        assertEquals(distinct, b.get("runs").get(0).get("n_distinct").asInt());
        assertEquals(distinct, a.get("configurations").size());
        int total = 0;
        for (JsonNode c : a.get("configurations")) {
            total += c.get("multiplicity").asInt();
            assertEquals(2, c.get("sites_by_change").get("Fe:Ru").size());
            assertEquals(1, c.get("sites_by_change").get("Fe:Ti").size());
        }
        assertEquals(16 * 15 * 14 / 2, total, "every way to put 2 Ru and 1 Ti on 16 Fe sites");

        JsonNode capped = json(CliTestSupport.run("enumerate", FEO, "--substitute", "Fe:Ru=2,Ti=1", "--supercell",
                "2,2,2", "--max-configs", "5", "--out", tmp.toString(), "--json"));
        assertEquals(5, capped.get("max_configs").asInt());
        assertEquals(5, capped.get("configurations").size());
        assertTrue(capped.get("runs").get(0).get("truncated").asBoolean());
        assertEquals(distinct, capped.get("runs").get(0).get("n_distinct").asInt());
        for (int i = 0; i < 5; i++) {
            assertEquals(a.get("configurations").get(i).get("ewald_energy").asDouble(),
                    capped.get("configurations").get(i).get("ewald_energy").asDouble(), 0.0, "the lowest five");
        }
        Structure s = PoscarReader.read(tmp.resolve("Ru2-Ti1-1/POSCAR")).structure();
        assertEquals(List.of("Fe", "Ru", "Ti", "O"), s.speciesGroups().stream().map(g -> g.element().symbol()).toList(),
                "one species block per element, dopants after their host");
        assertEquals(java.util.Map.of(org.vaspflow.io.structure.Element.of("Fe"), 13, org.vaspflow.io.structure.Element
                .of("Ru"), 2, org.vaspflow.io.structure.Element.of("Ti"), 1, org.vaspflow.io.structure.Element.of("O"),
                16), s.composition());
        assertTrue(Files.exists(tmp.resolve("Ru2-Ti1-5/POSCAR")) && !Files.exists(tmp.resolve("Ru2-Ti1-6")));
        CliTestSupport.Result text = CliTestSupport.run("enumerate", FEO, "--substitute", "Fe:Ru=2,Ti=1",
                "--supercell", "2,2,2", "--max-configs", "5");
        assertTrue(text.out().contains(distinct + " distinct, 5 shown (capped by --max-configs 5)"), text.out());
    }

    @Test
    void naContentsForStatesOfCharge() throws Exception {
        JsonNode r = json(CliTestSupport.run("enumerate", NAFENIO, "--vacancies", "Na", "--contents", "1.0,0.75,0.5",
                "--supercell", "2,2,1", "--max-configs", "3", "--json"));
        List<Integer> counts = new java.util.ArrayList<>();
        r.get("runs").forEach(x -> counts.add(x.get("counts").get("Na:vacancy").asInt()));
        assertEquals(List.of(0, 2, 4), counts, "8 formula units: 8, 6 and 4 Na kept");
        assertTrue(r.get("charge_model").asText().contains("transition-metal"), r.get("charge_model").asText());
        double previous = Double.NEGATIVE_INFINITY;
        double content = -1;
        for (JsonNode c : r.get("configurations")) {
            if (c.get("content").asDouble() != content) {
                content = c.get("content").asDouble();
                previous = Double.NEGATIVE_INFINITY;
            }
            assertTrue(c.get("ewald_energy").asDouble() >= previous, "ranked within each content");
            previous = c.get("ewald_energy").asDouble();
            JsonNode ox = c.get("oxidation_states");
            int na = 8 - c.get("count").asInt();
            double charge = na * ox.get("Na").asDouble() + 4 * ox.get("Fe").asDouble() + 4 * ox.get("Ni").asDouble()
                    + 16 * ox.get("O").asDouble();
            assertEquals(0, charge, 1e-9, "the transition metals take up the charge of the removed Na");
        }
        assertEquals(1 + 3 + 3, r.get("configurations").size(), "content 1.0 has one configuration, the others capped");
    }

    @Test
    void targetCompositionPicksTheCellAndTheCounts() throws Exception {
        JsonNode r = json(CliTestSupport.run("enumerate", NAFENIO, "--composition", "Na0.5[Li0.25Fe0.25Ni0.5]O2",
                "--substitute", "Fe:Li", "--json"));
        assertEquals(16, r.get("nsites").asInt(), "two cells of Na2FeNiO4 hold 4 formula units");
        JsonNode counts = r.get("runs").get(0).get("counts");
        assertEquals(1, counts.get("Fe:Li").asInt());
        assertEquals(2, counts.get("Na:vacancy").asInt());
        int total = 0;
        for (JsonNode c : r.get("configurations")) {
            total += c.get("multiplicity").asInt();
        }
        assertEquals(2 * 6, total, "Li on 1 of 2 Fe sites, 2 of 4 Na removed");

        CliTestSupport.Result bad = CliTestSupport.run("enumerate", NAFENIO, "--composition",
                "Na0.5[Li0.25Fe0.25Ni0.5]O2", "--substitute", "Fe:Li", "--supercell", "1,1,1");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("cannot be placed in 2 formula units: 2 × 0.25 (Li) is not an integer"), bad.err());
    }

    @Test
    void magneticOrderingsAsMagmomLists(@TempDir Path tmp) throws Exception {
        JsonNode r = json(CliTestSupport.run("enumerate", FEO, "--supercell", "2,2,1", "--magnetic", "Fe", "--magmom",
                "Fe=4.5", "--out", tmp.toString(), "--json"));
        JsonNode orderings = r.get("magnetic_orderings");
        assertEquals(r.get("n_magnetic_orderings").asInt(), orderings.size());
        assertEquals("FM", orderings.get(0).get("kind").asText());
        for (JsonNode o : orderings) {
            assertEquals(16, o.get("magmom").size());
            double net = 0;
            for (int i = 0; i < 16; i++) {
                double m = o.get("magmom").get(i).asDouble();
                assertEquals(i < 8 ? 4.5 : 0.0, Math.abs(m), 0.0, "Fe sites first in the supercell, O sites 0");
                net += m;
            }
            assertEquals(o.get("kind").asText().equals("FM") ? 36.0 : 0.0, net, 1e-12);
        }
        List<String> lines = Files.readAllLines(tmp.resolve("magnetic/MAGMOM"));
        assertEquals(orderings.size() + 1, lines.size());
        assertTrue(lines.get(2).startsWith("AFM-2: MAGMOM ="), lines.get(2));
        assertEquals(16, PoscarReader.read(tmp.resolve("magnetic/POSCAR")).structure().size());
    }

    @Test
    void magneticOrderingsOfEachKeptConfigurationFollowItsPoscar(@TempDir Path tmp) throws Exception {
        JsonNode r = json(CliTestSupport.run("enumerate", FEO, "--substitute", "Fe:Ru=1", "--supercell", "2,2,1",
                "--magnetic", "Fe,Ru", "--magmom", "Fe=4,Ru=1", "--max-configs", "2", "--out", tmp.toString(), "--json"));
        for (int rank = 1; rank <= r.get("configurations").size(); rank++) {
            checkMagmoms(r.get("configurations").get(rank - 1), tmp.resolve("1-" + rank));
        }
    }

    private static void checkMagmoms(JsonNode c, Path folder) throws Exception {
        Structure poscar = PoscarReader.read(folder.resolve("POSCAR")).structure();
        JsonNode orderings = c.get("magnetic_orderings");
        assertEquals(2, orderings.size(), "capped at 2 (FM + 1)");
        for (JsonNode o : orderings) {
            for (int i = 0; i < poscar.size(); i++) {
                String el = poscar.site(i).element().symbol();
                double expected = el.equals("Fe") ? 4 : el.equals("Ru") ? 1 : 0;
                assertEquals(expected, Math.abs(o.get("magmom").get(i).asDouble()), 0.0, "site " + i + " " + el);
            }
        }
        assertEquals(3, Files.readAllLines(folder.resolve("MAGMOM")).size());
    }

    @Test
    void supercellCommand(@TempDir Path tmp) throws Exception {
        String slab = SharedData.data("vasp/ir16-h-slab/vasprun.xml.gz").toString();
        JsonNode s5 = json(CliTestSupport.run("supercell", slab, "--size", "5", "--in-plane", "--out",
                tmp.resolve("POSCAR").toString(), "--json"));
        double a = s5.get("abc").get(0).asDouble() / Math.sqrt(5);
        assertEquals(5, s5.get("n_cells").asInt());
        assertEquals(a * Math.sqrt(5), s5.get("shortest_image_distance_A").asDouble(), 1e-6, "√5×√5 on the square net");
        assertEquals("[0,0,1]", s5.get("supercell").get(2).toString(), "c kept");
        assertEquals(85, PoscarReader.read(tmp.resolve("POSCAR")).structure().size());

        JsonNode c = json(CliTestSupport.run("supercell", NAFENIO, "--composition", "Na[Li1/3Ni2/3]O2", "--json"));
        assertEquals(3, c.get("smallest_formula_units").asInt());
        assertEquals(6, c.get("formula_units_in_cell").asInt(), "3 cells of 2 formula units");
        CliTestSupport.Result bad = CliTestSupport.run("supercell", NAFENIO, "--composition", "Na[Li1/3Ni2/3]O2",
                "--formula-units", "16");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("Na[Li1/3Ni2/3]O2 cannot be placed in 16 formula units: 16 × 1/3 (Li) is not an "
                + "integer"), bad.err());
    }
}
