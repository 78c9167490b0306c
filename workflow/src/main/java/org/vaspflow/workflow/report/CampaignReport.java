package org.vaspflow.workflow.report;

import java.time.Instant;
import java.util.List;

/**
 * Everything a report shows, computed once and rendered as HTML ({@link HtmlReport}) and JSON ({@link JsonReport}).
 *
 * @param overview     campaign facts and counts by state
 * @param calculations every calculation in store order
 * @param figures      figure sections (the hook for pDOS/COHP/free-energy plots), each with its figures
 * @param generated    when the report was made
 * @param version      vaspflow version that made it
 */
public record CampaignReport(CampaignOverview overview, List<CalculationReport> calculations,
        List<RenderedSection> figures, Instant generated, String version) {
    public CampaignReport {
        calculations = List.copyOf(calculations);
        figures = List.copyOf(figures);
    }

    /**
     * A figure section with its figures, or the problem that stopped it.
     *
     * @param id       anchor id
     * @param title    heading
     * @param figures  figures made
     * @param problems what went wrong (exception messages), empty when nothing did
     */
    public record RenderedSection(String id, String title, List<Figure> figures, List<String> problems) {
        public RenderedSection {
            figures = List.copyOf(figures);
            problems = List.copyOf(problems);
        }
    }
}
