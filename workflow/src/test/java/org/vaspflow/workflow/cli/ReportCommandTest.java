package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.vaspflow.analysis.plot.ChartFiles;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.out.Oszicar;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.report.CalculationFiles;
import org.vaspflow.workflow.report.Definitions;
import org.vaspflow.workflow.report.Figure;
import org.vaspflow.workflow.report.FigureSection;
import org.vaspflow.workflow.report.HeadlessChromium;
import org.vaspflow.workflow.report.HtmlReport;
import org.vaspflow.workflow.report.Provenance;
import org.vaspflow.workflow.report.ReportBuilder;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Change;
import org.vaspflow.workflow.store.Store;

/**
 * {@code vaspflow report} on a campaign that really ran: the local executor runs the fake-vasp test double (real
 * recorded FeO outputs), the static step fails once with ZPOTRF and is corrected. A LOBSTER calculation (real
 * BaTiO3 LOBSTER files; fake-vasp runs no LOBSTER) and a calculation named {@code <script>…} are recorded in the
 * store directly. The page is then rendered in headless Chromium.
 */
class ReportCommandTest {
    static final String EVIL = "<script>alert('x')</script>";

    @TempDir
    static Path dir;

    static Path yaml;

    @BeforeAll
    static void runCampaign() throws IOException {
        yaml = dir.resolve("campaign.yaml");
        Files.writeString(yaml, """
                campaign: rpt
                matrix:
                  materials: [{name: feo, structure: "%s"}]
                  charges: [0, 1]
                steps:
                  - name: relax
                    incar: {NSW: 3}
                  - name: static
                    after: relax
                    carry: [CONTCAR]
                    incar: {NSW: 0, SYSTEM: fake-error-zpotrf, ISYM: 2}
                """.formatted(SharedData.data("vasp/feo-afm-ldau-relax/POSCAR")));
        String vasp = "FAKE_VASP_DATA=" + ShellQuote.quote(SharedData.data("vasp/feo-afm-ldau-relax").toString())
                + " FAKE_VASP_ERRORS=" + ShellQuote.quote(SharedData.data("errors").toString()) + " "
                + ShellQuote.quote(Path.of("src/test/fake-vasp/fake-vasp").toAbsolutePath().toString());
        var run = CliTestSupport.run("run", yaml.toString(), "--vasp-cmd", vasp, "--poll", "0.05");
        assertEquals(0, run.exitCode(), run.err());

        Path lobster = dir.resolve("runs/batio3/lobster");
        Files.createDirectories(lobster);
        for (String f : List.of("ICOHPLIST.lobster.gz", "CONTCAR.gz")) {
            Files.copy(SharedData.data("lobster/batio3/" + f), lobster.resolve(f));
        }
        // a COHPCAR for the COHP figure (another LOBSTER run's: the figure only plots what the file holds)
        Files.copy(SharedData.data("lobster/fe-spin-lobster2/COHPCAR.lobster.gz"), lobster.resolve("COHPCAR.lobster.gz"));
        Files.writeString(dir.resolve("feo-pathway.yaml"), """
                name: illustrative Na-O2 step on the FeO run
                reaction: metal_o2
                process: reduction
                carrier: {ion: Na, reference: Na_metal, per_pair: 1}
                species:
                  Na_metal: {energy_ev: -1.3114}
                  O2: {energy_ev: -9.8626}
                  surface: {calc: runs/feo/relax}
                  NaO2_ads: {energy_ev: -60.0}
                steps:
                  - {name: "* + Na + O2 -> NaO2*", reactants: {surface: 1, O2: 1}, products: {NaO2_ads: 1}, electrons: 1}
                """);
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            long id = store.add("batio3/lobster", "lobster", "runs/batio3/lobster", "{}", List.of());
            CalcState[] path = {CalcState.PLANNED, CalcState.READY, CalcState.STAGED, CalcState.SUBMITTING,
                CalcState.QUEUED, CalcState.RUNNING, CalcState.FINISHED, CalcState.RETRIEVED, CalcState.PARSED,
                CalcState.DONE};
            for (int i = 1; i < path.length; i++) {
                Change ch = path[i] == CalcState.SUBMITTING ? Change.NONE.withJobName("vf-rpt-lobster", "local")
                        : path[i] == CalcState.QUEUED ? Change.NONE.withJobId("4242")
                        : path[i] == CalcState.PARSED ? Change.NONE.withResult("{\"exit_code\":0,\"errors\":[]}")
                        : Change.NONE;
                store.transition(id, path[i - 1], path[i], "recorded by the test", ch);
            }
            long evil = store.add(EVIL, "x\"><img src=x>", "runs/evil", "{}", List.of());
            store.transition(evil, CalcState.PLANNED, CalcState.HELD, "held: <b>bold</b> & \"quoted\"", Change.NONE);
        }
    }

    @Test
    void reportJsonHoldsOverviewHistoryResultsAndProvenance() throws IOException {
        Path out = dir.resolve("out-json");
        var r = CliTestSupport.run("report", dir.toString(), "--out", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = Json.MAPPER.readTree(r.out());
        assertEquals(out.resolve("report.html").toAbsolutePath().toString(), summary.get("html").asText());
        JsonNode j = Json.MAPPER.readTree(out.resolve("report.json").toFile());

        JsonNode c = j.get("campaign");
        assertEquals("rpt", c.get("name").asText());
        assertEquals(yaml.toAbsolutePath().toString(), c.get("spec_file").asText());
        assertEquals(5, c.get("counts").get("DONE").asInt());
        assertEquals(1, c.get("counts").get("HELD").asInt());
        assertEquals(6, c.get("total").asInt());
        assertEquals("local", c.get("executors").get(0).asText());

        JsonNode statics = null;
        for (JsonNode calc : j.get("calculations")) {
            if (statics == null && calc.get("step").asText().equals("static")) {
                statics = calc;
            }
        }
        JsonNode attempts = statics.get("attempts");
        assertEquals(2, attempts.size(), attempts.toString());
        assertEquals("zpotrf", attempts.get(0).get("errors").get(0).asText());
        assertEquals("FAILED", attempts.get(0).get("outcome").asText());
        assertTrue(attempts.get(0).get("corrections").get(0).asText().startsWith("zpotrf step 0 (set ISYM=0)"),
                attempts.toString());
        assertEquals("DONE", attempts.get(1).get("outcome").asText());
        assertEquals(0, attempts.get(1).get("errors").size());
        assertTrue(attempts.get(0).get("jobs").get(0).asText().startsWith("vf-rpt-"), attempts.toString());

        JsonNode golden = SharedData.golden("feo-afm-ldau-relax").get("files").get("vasprun.xml");
        JsonNode energies = j.get("results").get("energies");
        assertEquals(4, energies.size(), "four FeO runs; the LOBSTER folder has no vasprun.xml");
        for (JsonNode e : energies) {
            assertEquals(golden.get("final_energy").asDouble(), e.get("final_energy").asDouble(), 1e-8);
            assertEquals(Definitions.ENERGY.id(), e.get("provenance").get("definition").asText());
            assertTrue(e.get("provenance").get("file").asText().matches("runs/feo[^/]*/(relax|static)/vasprun.xml"),
                    e.toString());
        }
        JsonNode band = golden.get("dband").get("by_element").get("Fe");
        JsonNode d = j.get("results").get("dband").get(0);
        // DBandGoldenTest's tolerance: the projected DOS is float (Dos), ~1e-8 eV off pymatgen's doubles here
        assertEquals(band.get("band_center_summed_erange_none").asDouble(), d.get("center").asDouble(), 1e-6);
        assertEquals(4, j.get("results").get("magnetization").size());
        assertEquals(6, j.get("results").get("mo_bonds").size(), "Fe in four runs, then Ba and Ti");
        JsonNode icohp = j.get("results").get("icohp");
        assertTrue(icohp.size() > 0);
        icohp.forEach(i -> assertEquals("batio3/lobster", i.get("calculation").asText()));
        assertEquals(Definitions.ALL.size(), j.get("definitions").size());
    }

    @Test
    void aFolderWithoutAStoreIsAUsageError(@TempDir Path empty) {
        var r = CliTestSupport.run("report", empty.toString(), "--out", empty.resolve("r").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no campaign store"), r.err());
        assertFalse(Files.exists(empty.resolve("r/report.html")));
    }

    @Test
    void htmlIsSelfContainedAndEscapesEveryName() throws IOException {
        Path out = dir.resolve("out-html");
        var r = CliTestSupport.run("report", yaml.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        for (String id : List.of("overview", "calculations", "results", "energies", "magnetization", "mo-bonds",
                "dband", "icohp", "figures", "history", "definitions")) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
        assertFalse(html.toLowerCase().contains("<script"), "no script at all, and the evil name is escaped");
        assertFalse(html.contains("<img"), "the step name's markup is escaped");
        assertFalse(html.contains("<b>bold"), "history text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("held: &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");
        assertTrue(html.contains("Content-Security-Policy"));
        for (String figure : List.of("fig-pdos", "fig-cohp", "fig-free-energy")) {
            assertTrue(html.contains("id=\"" + figure + "\""), figure);
        }
        assertTrue(html.contains("pDOS of feo/relax"), "a pDOS figure per FeO run");
        assertTrue(html.contains("pCOHP of batio3/lobster"));
        assertTrue(html.contains("Free energy: feo-pathway.yaml"));
        assertTrue(html.split("<svg", -1).length - 1 >= 6, "4 pDOS + 1 COHP + 1 free-energy figures inline");
    }

    @Test
    void chromiumRendersTheReportWithoutConsoleErrors() throws Exception {
        Path chromium = HeadlessChromium.require();
        Path work = Files.createDirectories(dir.resolve("chromium"));
        Path page = work.resolve("report.html");
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            List<FigureSection> sections = new java.util.ArrayList<>(ReportCommand.FIGURE_SECTIONS);
            sections.add(new EnergyTrace());
            var report = new ReportBuilder(store, dir, sections)
                    .build(Optional.of(yaml), VersionProvider.version());
            Files.writeString(page, HtmlReport.render(report));
        }
        HeadlessChromium.Render r = HeadlessChromium.render(chromium, page, work);
        assertEquals(List.of(), r.consoleLines(), "console messages in Chromium's log");
        assertEquals(1280, r.screenshot().getWidth());
        double variance = HeadlessChromium.luminanceVariance(r.screenshot());
        assertTrue(variance > 500, "screenshot looks blank: luminance variance " + variance);
        for (String id : List.of("overview", "calculations", "energies", "dband", "icohp", "mo-bonds", "history",
                "definitions", "fig-energy-trace", "fig-pdos", "fig-cohp", "fig-free-energy")) {
            assertTrue(r.dom().contains("id=\"" + id + "\""), "DOM lacks section " + id);
        }
        assertTrue(r.dom().contains("<svg"), "the figure's inline SVG is in the DOM");
        assertFalse(r.dom().toLowerCase().contains("<script"), "the evil name stayed text");
        Path keep = Path.of("target/report-screenshot.png");
        Files.createDirectories(keep.getParent());
        Files.copy(work.resolve("screenshot.png"), keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(page, keep.resolveSibling("report-sample.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theConsoleCheckCatchesABlockedRequest() throws Exception {
        Path chromium = HeadlessChromium.require();
        Path work = Files.createDirectories(dir.resolve("chromium-bad"));
        Path page = work.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\""
                + "Content-Security-Policy\" content=\"default-src 'none'\"><title>t</title></head><body><h1>x</h1>"
                + "<img src=\"http://203.0.113.1/x.png\" alt=\"\"></body></html>");
        HeadlessChromium.Render r = HeadlessChromium.render(chromium, page, work);
        assertFalse(r.consoleLines().isEmpty(), "a CSP-blocked request must show in the log:\n" + r.log());
    }

    /** A figure section as the pDOS/COHP/free-energy ones will plug in: E0 per ionic step from each OSZICAR. */
    static final class EnergyTrace implements FigureSection {
        @Override
        public String id() {
            return "energy-trace";
        }

        @Override
        public String title() {
            return "Relaxation traces";
        }

        @Override
        public List<Figure> figures(List<CalculationFiles> calcs) {
            XYChart chart = new XYChartBuilder().width(720).height(360).title("E0 per ionic step")
                    .xAxisTitle("ionic step").yAxisTitle("E0 (eV)").build();
            List<String> files = new ArrayList<>();
            for (CalculationFiles c : calcs) {
                Path f = c.folder().resolve("OSZICAR");
                if (Files.isRegularFile(f) && c.step().equals("relax")) {
                    Oszicar o = OszicarReader.read(f);
                    double[] x = new double[o.ionicSteps().size()];
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = i + 1;
                        y[i] = o.ionicSteps().get(i).e0Ev();
                    }
                    chart.addSeries(c.name(), x, y);
                    files.add(c.relative(f));
                }
            }
            return List.of(new Figure("E0 per ionic step", "OSZICAR E0 of every ionic step of the relaxations.",
                    ChartFiles.inlineSvg(chart), new Provenance(String.join(", ", files), "", "energy")));
        }
    }
}
