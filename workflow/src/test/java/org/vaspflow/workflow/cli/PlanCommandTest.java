package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.PoscarReader;

class PlanCommandTest {

    @Test
    void theDopantRecipePlansEveryFolderWithTheCompositionsItStates(@TempDir Path dir) throws Exception {
        Path campaign = dir.resolve("c");
        assertEquals(0, CliTestSupport.run("init", "nlmo-ru-dopant-screen", "--out", campaign.toString()).exitCode());
        CliTestSupport.Result r = CliTestSupport.run("plan", campaign.resolve("nlmo-ru-dopant-screen.yaml").toString(),
                "--out", dir.resolve("plan").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = Json.MAPPER.readTree(r.out());
        // pristine + Ru (2 configurations) + Ti + Ir, 4 steps each
        assertEquals(5 * 4, rows.size());
        Set<String> hashes = new HashSet<>();
        for (JsonNode row : rows) {
            Path folder = dir.resolve("plan").resolve(row.get("folder").asText());
            for (String f : new String[] {"INCAR", "POSCAR", "KPOINTS", "POTCAR.spec", "README.md"}) {
                assertTrue(Files.isRegularFile(folder.resolve(f)), folder + "/" + f);
            }
            Structure s = PoscarReader.read(folder.resolve("POSCAR")).structure();
            assertEquals(36, s.size());
            assertEquals(6, s.composition().get(Element.of("Na")));
            assertEquals(2, s.composition().get(Element.of("Li")));
            assertEquals(20, s.composition().get(Element.of("O")));
            String name = row.get("name").asText();
            int mn = s.composition().getOrDefault(Element.of("Mn"), 0);
            assertEquals(name.startsWith("nlmo-pristine") ? 8 : 7, mn, name);
            if (name.startsWith("nlmo-Ru")) {
                assertEquals(1, s.composition().get(Element.of("Ru")), name);
            }
            assertEquals(row.get("formula").asText(), s.formula());
            hashes.add(row.get("input_hash").asText());
        }
        assertEquals(rows.size(), hashes.size(), "every calculation has its own inputs");
        String c1 = Files.readString(dir.resolve("plan/runs/nlmo-Ru.c1/relax/POSCAR"));
        String c2 = Files.readString(dir.resolve("plan/runs/nlmo-Ru.c2/relax/POSCAR"));
        assertTrue(!c1.substring(c1.indexOf('\n')).equals(c2.substring(c2.indexOf('\n'))), "two distinct Ru sites");
        assertTrue(Files.readString(dir.resolve("plan/plan.csv")).startsWith(String.join(",", PlanCommand.COLUMNS)));
        assertTrue(Files.readString(dir.resolve("plan/runs/nlmo-Ru.c2/static/README.md"))
                .contains("replaced by the CONTCAR of nlmo-Ru.c2/relax"));
    }

    @Test
    void theCascadeRecipePlansSlabsAndAdsorbatesOnEveryState(@TempDir Path dir) throws Exception {
        Path campaign = dir.resolve("c");
        assertEquals(0, CliTestSupport.run("init", "nlro-cascade-catalysis", "--out", campaign.toString()).exitCode());
        CliTestSupport.Result r = CliTestSupport.run("plan", campaign.resolve("nlro-cascade-catalysis.yaml").toString(),
                "--out", dir.resolve("plan").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = Json.MAPPER.readTree(r.out());
        // (3 Na contents of NLRO + RuO2) × (bulk + slab + slab DOS/LOBSTER + 3 adsorbates × 3 steps)
        assertEquals(4 * (1 + 3 + 3 * 3), rows.size());
        java.util.Map<String, Structure> byName = new java.util.HashMap<>();
        for (JsonNode row : rows) {
            byName.put(row.get("name").asText(), PoscarReader.read(dir.resolve("plan").resolve(row.get("folder")
                    .asText()).resolve("POSCAR")).structure());
        }
        java.util.Map<String, Integer> naPerBulk = java.util.Map.of("x1.00", 9, "x0.67", 6, "x0.33", 3);
        naPerBulk.forEach((x, na) -> {
            Structure bulk = byName.get("nlro-" + x + "/bulk_relax");
            assertEquals(na, bulk.composition().get(Element.of("Na")), x);
            assertEquals(3, bulk.composition().get(Element.of("Li")), x);
            Structure slab = byName.get("nlro-" + x + "/slab_relax");
            int cells = slab.composition().get(Element.of("Ru")) / 6;
            assertEquals(na * cells, slab.composition().get(Element.of("Na")), x + ": the slab keeps the bulk's Na content");
            assertTrue(slab.sites().stream().anyMatch(site -> site.isConstrained()), x + ": bottom layers fixed");
        });
        java.util.Map<String, java.util.Map<String, Integer>> molecules = java.util.Map.of("NaO2", java.util.Map.of("Na", 1,
                "O", 2), "Na2O2", java.util.Map.of("Na", 2, "O", 2), "Na2CO3", java.util.Map.of("Na", 2, "C", 1, "O", 3));
        for (String surface : new String[] {"nlro-x1.00", "nlro-x0.67", "nlro-x0.33", "ruo2"}) {
            Structure slab = byName.get(surface + "/slab_relax");
            molecules.forEach((molecule, atoms) -> {
                Structure ads = byName.get(surface + "-" + molecule + "/ads_relax");
                atoms.forEach((el, n) -> assertEquals(slab.composition().getOrDefault(Element.of(el), 0) + n,
                        ads.composition().getOrDefault(Element.of(el), 0), surface + " + " + molecule + ": " + el));
                assertEquals(slab.size() + atoms.values().stream().mapToInt(Integer::intValue).sum(), ads.size());
            });
        }
        assertEquals(0, byName.get("ruo2/slab_relax").composition().getOrDefault(Element.of("Li"), 0));
        assertTrue(Files.readString(dir.resolve("plan/runs/ruo2-Na2CO3/ads_relax/README.md")).contains("adsorbate Na2CO3"));
    }

    @Test
    void runWithoutVaspPlansWritesTheTreeAndTheReportAndSaysWhatToSet(@TempDir Path dir) throws Exception {
        Path campaign = dir.resolve("c");
        assertEquals(0, CliTestSupport.run("init", "nlmo-ru-dopant-screen", "--out", campaign.toString()).exitCode());
        Path profile = dir.resolve("novasp.yaml");
        Files.writeString(profile, """
                name: novasp
                scheduler: local
                queues:
                  local: {max_walltime: "1d", cores_per_node: 2, max_nodes: 1, max_jobs: 1}
                vasp: {mpi_launcher: "", std: /nonexistent/vasp_std}
                remote_work_root: ./runs
                poll_interval_seconds: 1
                """);
        CliTestSupport.Result r = CliTestSupport.run("run", campaign.resolve("nlmo-ru-dopant-screen.yaml").toString(),
                "--profile", profile.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = Json.MAPPER.readTree(r.out());
        assertEquals(false, summary.get("ran").asBoolean());
        assertEquals(20, summary.get("total").asInt());
        assertTrue(summary.get("message").asText().contains("/nonexistent/vasp_std"));
        assertTrue(r.err().contains("nothing was run. VASP cannot be started on this machine: '/nonexistent/vasp_std' "
                + "is not an executable file. Set vasp.std"), r.err());
        assertEquals(21, Files.readAllLines(campaign.resolve("plan/plan.csv")).size(), "header + 20 calculations");
        assertTrue(Files.isRegularFile(campaign.resolve("plan/runs/nlmo-Ru.c2/lobster/lobsterin")));
        assertTrue(Files.readString(campaign.resolve("report/report.html")).contains("nlmo-Ru.c2/lobster"));
        CliTestSupport.Result watch = CliTestSupport.run("watch", campaign.toString(), "--once", "--json");
        assertEquals(20, Json.MAPPER.readTree(watch.out()).get("total").asInt(), watch.out());
        CliTestSupport.Result cancel = CliTestSupport.run("cancel", "nlmo-Ti/lobster", "--campaign", campaign.toString(),
                "--json");
        assertEquals("CANCELLED", Json.MAPPER.readTree(cancel.out()).get(0).get("state").asText(), cancel.out());
        CliTestSupport.Result retry = CliTestSupport.run("retry", "nlmo-Ti/lobster", "--campaign", campaign.toString(),
                "--json");
        assertEquals("READY", Json.MAPPER.readTree(retry.out()).get(0).get("state").asText(), retry.out() + retry.err());
        CliTestSupport.Result status = CliTestSupport.run("status", campaign.toString(), "--json");
        assertEquals(20, Json.MAPPER.readTree(status.out()).get("counts").path("PLANNED").asInt()
                + Json.MAPPER.readTree(status.out()).get("counts").path("READY").asInt(), status.out());
    }

    @Test
    void initRefusesAnUnknownRecipeAndKeepsExistingFiles(@TempDir Path dir) throws Exception {
        CliTestSupport.Result bad = CliTestSupport.run("init", "no-such-recipe", "--out", dir.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("no recipe 'no-such-recipe'"), bad.err());
        Path mine = dir.resolve("nlmo-ru-dopant-screen.yaml");
        Files.writeString(mine, "mine");
        CliTestSupport.Result init = CliTestSupport.run("init", "nlmo-ru-dopant-screen", "--out", dir.toString(), "--json");
        assertEquals(0, init.exitCode());
        assertEquals(mine.toString(), Json.MAPPER.readTree(init.out()).get("kept").get(0).asText());
        assertEquals("mine", Files.readString(mine));
        assertTrue(Files.isRegularFile(dir.resolve("structures/P2-Na0.6Li0.2Mn0.8O2.vasp")));
    }
}
