package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.report.CampaignReport;
import org.vaspflow.workflow.report.CohpFigures;
import org.vaspflow.workflow.report.FigureSection;
import org.vaspflow.workflow.report.FreeEnergyFigures;
import org.vaspflow.workflow.report.PdosFigures;
import org.vaspflow.workflow.report.HtmlReport;
import org.vaspflow.workflow.report.JsonReport;
import org.vaspflow.workflow.report.ReportBuilder;
import org.vaspflow.workflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow report [CAMPAIGN] [--out DIR] [--json]}: one self-contained {@code report.html} (and with
 * {@code --json} also {@code report.json} holding the same data) for a campaign's store and output files.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report (and report.json with --json) of a campaign.")
public final class ReportCommand implements Callable<Integer> {
    /**
     * Figure sections shown under "Figures", in order: pDOS/COHP plots and free-energy diagrams are added here as
     * {@link FigureSection} implementations when they exist.
     */
    static final List<FigureSection> FIGURE_SECTIONS = List.of(new PdosFigures(), new CohpFigures(),
            new FreeEnergyFigures());

    @Parameters(paramLabel = "CAMPAIGN", arity = "0..1", description = "Campaign YAML or folder (default: .).")
    Path campaign = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: report/ in the campaign folder).")
    Path out;

    @Option(names = "--json", description = "Also write report.json; print the written paths as JSON on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The report of the campaign whose store is open. */
    static CampaignReport build(Store store, Path campaign) {
        return new ReportBuilder(store, CampaignStore.folder(campaign), FIGURE_SECTIONS).build(
                ReportBuilder.locateSpec(campaign), VersionProvider.version());
    }

    /** Writes {@code dir/report.html}; returns its path. */
    static Path writeHtml(CampaignReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path html = dir.resolve("report.html");
        write(html, HtmlReport.render(report));
        return html;
    }

    @Override
    public Integer call() throws IOException {
        Path folder = CampaignStore.folder(campaign);
        Path dir = out != null ? out : folder.resolve("report");
        CampaignReport report;
        try (Store store = CampaignStore.open(campaign, spec.commandLine())) {
            report = build(store, campaign);
        }
        Path html = writeHtml(report, dir);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("html", html.toAbsolutePath().toString());
        if (json) {
            Path file = dir.resolve("report.json");
            write(file, Json.MAPPER.writeValueAsString(JsonReport.of(report)));
            summary.put("json", file.toAbsolutePath().toString());
            summary.put("counts", report.overview().counts());
            System.out.println(Json.MAPPER.writeValueAsString(summary));
        } else {
            System.out.println(html.toAbsolutePath());
        }
        return 0;
    }

    /** Writes through a temporary file and a move, so a reader never sees half a report. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
