package org.vaspflow.workflow.report;

import static org.vaspflow.workflow.report.Html.badge;
import static org.vaspflow.workflow.report.Html.esc;
import static org.vaspflow.workflow.report.Html.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;

/**
 * Renders a {@link CampaignReport} as one self-contained HTML page: the CSS is inlined from
 * {@code /report/report.css}, figures are inline SVG, there is no script, and a Content-Security-Policy forbids
 * every external request. All text from the store and files is escaped ({@link Html#esc}).
 */
public final class HtmlReport {
    /** Forbids any fetch: no scripts, no external styles, images or fonts; inline styles and data: images only. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private HtmlReport() {
    }

    /** The whole page. */
    public static String render(CampaignReport r) {
        StringBuilder b = new StringBuilder(64 * 1024);
        String name = esc(r.overview().name());
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"vaspflow ").append(esc(r.version())).append("\">\n")
                .append("<title>").append(name).append(" — vaspflow report</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n");
        b.append("<header class=\"top\"><div class=\"brand\">vaspflow report</div><h1>").append(name)
                .append("</h1><p class=\"meta\">Generated ").append(time(r.generated())).append(" by vaspflow ")
                .append(esc(r.version())).append("</p></header>\n<div class=\"layout\">\n");
        toc(b, r);
        b.append("<main>\n");
        overview(b, r.overview());
        calculations(b, r.calculations());
        ResultTables.render(b, r.calculations());
        figures(b, r.figures());
        history(b, r.calculations());
        definitions(b);
        b.append("</main>\n</div>\n<footer>vaspflow ").append(esc(r.version()))
                .append(" · every number links to its definition; its file and settings are under “source”.</footer>\n")
                .append("</body>\n</html>\n");
        return b.toString();
    }

    private static void toc(StringBuilder b, CampaignReport r) {
        b.append("<nav class=\"toc\" aria-label=\"Contents\"><h2>Contents</h2><ol>\n")
                .append("<li><a href=\"#overview\">Overview</a></li>\n")
                .append("<li><a href=\"#calculations\">Calculations</a></li>\n")
                .append("<li><a href=\"#results\">Results</a><ol>\n");
        for (String[] t : ResultTables.TABLES) {
            b.append("<li><a href=\"#").append(t[0]).append("\">").append(t[1]).append("</a></li>\n");
        }
        b.append("</ol></li>\n<li><a href=\"#figures\">Figures</a>");
        if (!r.figures().isEmpty()) {
            b.append("<ol>\n");
            for (CampaignReport.RenderedSection s : r.figures()) {
                b.append("<li><a href=\"#fig-").append(Html.id(s.id())).append("\">").append(esc(s.title()))
                        .append("</a></li>\n");
            }
            b.append("</ol>");
        }
        b.append("</li>\n<li><a href=\"#history\">History</a></li>\n")
                .append("<li><a href=\"#definitions\">Definitions</a></li>\n</ol></nav>\n");
    }

    private static void overview(StringBuilder b, CampaignOverview o) {
        b.append("<section id=\"overview\"><h2>Overview</h2>\n<div class=\"cards\">\n");
        for (Map.Entry<String, Integer> e : o.counts().entrySet()) {
            CalcState s = CalcState.valueOf(e.getKey());
            b.append("<div class=\"card st-").append(Html.group(s)).append("\"><div class=\"n\">").append(e.getValue())
                    .append("</div><div class=\"l\">").append(s.name()).append("</div></div>\n");
        }
        b.append("<div class=\"card total\"><div class=\"n\">").append(o.total())
                .append("</div><div class=\"l\">TOTAL</div></div>\n</div>\n");
        b.append("<div class=\"bar\" role=\"img\" aria-label=\"calculations by state\">");
        for (Map.Entry<String, Integer> e : o.counts().entrySet()) {
            double pct = 100.0 * e.getValue() / Math.max(1, o.total());
            b.append("<span class=\"st-").append(Html.group(CalcState.valueOf(e.getKey()))).append("\" style=\"width:")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", pct)).append("%\" title=\"")
                    .append(e.getKey()).append(": ").append(e.getValue()).append("\"></span>");
        }
        b.append("</div>\n<table class=\"facts\">\n");
        fact(b, "Campaign", o.name());
        fact(b, "Spec file", o.specFile().isEmpty() ? "(no campaign YAML found beside the store)" : o.specFile());
        fact(b, "Store", o.storeFile());
        fact(b, "Executor", o.executors().isEmpty() ? "(nothing submitted yet)" : String.join(", ", o.executors()));
        fact(b, "Created", time(o.created()));
        fact(b, "Last change", time(o.lastChange()));
        b.append("</table>\n</section>\n");
    }

    private static void fact(StringBuilder b, String key, String value) {
        b.append("<tr><th scope=\"row\">").append(esc(key)).append("</th><td>").append(esc(value))
                .append("</td></tr>\n");
    }

    private static void calculations(StringBuilder b, List<CalculationReport> calcs) {
        b.append("<section id=\"calculations\"><h2>Calculations</h2>\n<table class=\"data\">\n<thead><tr>")
                .append("<th class=\"num\">ID</th><th>Name</th><th>Step</th><th>State</th><th class=\"num\">Attempt</th>")
                .append("<th>Job</th><th>Folder</th></tr></thead>\n<tbody>\n");
        for (CalculationReport cr : calcs) {
            Calculation c = cr.calculation();
            b.append("<tr><td class=\"num\">").append(c.id()).append("</td><td><a href=\"#calc-").append(c.id())
                    .append("\">").append(esc(c.name())).append("</a>");
            if (!cr.linkedName().isEmpty()) {
                b.append(" <span class=\"note\">= ").append(esc(cr.linkedName())).append("</span>");
            }
            b.append("</td><td>").append(esc(c.step())).append("</td><td>").append(badge(c.state()))
                    .append("</td><td class=\"num\">").append(c.attempt()).append("</td><td class=\"mono\">")
                    .append(esc(c.jobId().isEmpty() ? c.jobName() : c.jobId())).append("</td><td class=\"mono\">")
                    .append(esc(c.folder())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n</section>\n");
    }

    private static void figures(StringBuilder b, List<CampaignReport.RenderedSection> sections) {
        b.append("<section id=\"figures\"><h2>Figures</h2>\n");
        if (sections.isEmpty()) {
            b.append("<p class=\"empty\">No figure sections are registered in this build of vaspflow.</p>\n");
        }
        for (CampaignReport.RenderedSection s : sections) {
            b.append("<section class=\"sub\" id=\"fig-").append(Html.id(s.id())).append("\"><h3>").append(esc(s.title()))
                    .append("</h3>\n");
            for (String p : s.problems()) {
                b.append("<p class=\"problem\">").append(esc(p)).append("</p>\n");
            }
            if (s.figures().isEmpty() && s.problems().isEmpty()) {
                b.append("<p class=\"empty\">No calculation has the files this section needs.</p>\n");
            }
            for (Figure f : s.figures()) {
                b.append("<figure>\n<div class=\"plot\">").append(f.inlineSvg()).append("</div>\n<figcaption><strong>")
                        .append(esc(f.title())).append(".</strong> ").append(esc(f.caption())).append(' ')
                        .append(ResultTables.source(f.provenance())).append("</figcaption>\n</figure>\n");
            }
            b.append("</section>\n");
        }
        b.append("</section>\n");
    }

    private static void history(StringBuilder b, List<CalculationReport> calcs) {
        b.append("<section id=\"history\"><h2>History</h2>\n<p class=\"lead\">Attempts, errors detected and "
                + "corrections applied, then every state change (<a href=\"#def-history\">definition</a>).</p>\n");
        for (CalculationReport cr : calcs) {
            Calculation c = cr.calculation();
            boolean eventful = c.attempt() > 1 || c.state() == CalcState.FAILED || c.state() == CalcState.LOST;
            b.append("<details class=\"calc\" id=\"calc-").append(c.id()).append('"').append(eventful ? " open" : "")
                    .append("><summary>").append(badge(c.state())).append(' ').append(esc(c.name()))
                    .append(" <span class=\"note\">").append(cr.attempts().size()).append(cr.attempts().size() == 1
                    ? " attempt" : " attempts").append("</span></summary>\n");
            b.append("<table class=\"data\"><thead><tr><th class=\"num\">Attempt</th><th>Jobs</th><th>Executor</th>")
                    .append("<th>Started</th><th>Ended</th><th>Outcome</th><th>Errors detected</th>")
                    .append("<th>Corrections applied</th></tr></thead><tbody>\n");
            for (Attempt a : cr.attempts()) {
                b.append("<tr><td class=\"num\">").append(a.number()).append("</td><td class=\"mono\">")
                        .append(esc(String.join(", ", a.jobs()))).append("</td><td>").append(esc(a.executor()))
                        .append("</td><td>").append(time(a.started())).append("</td><td>").append(time(a.ended()))
                        .append("</td><td>").append(badge(a.outcome())).append("</td><td>");
                a.errors().forEach(e -> b.append("<code class=\"err\">").append(esc(e)).append("</code> "));
                b.append("</td><td>").append(esc(String.join("; ", a.corrections()))).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n<table class=\"data log\"><thead><tr><th>Time</th><th>From → to</th>")
                    .append("<th class=\"num\">Attempt</th><th>Why</th></tr></thead><tbody>\n");
            for (HistoryEntry h : cr.history()) {
                b.append("<tr><td>").append(time(h.at())).append("</td><td>").append(h.from().name()).append(" → ")
                        .append(badge(h.to())).append("</td><td class=\"num\">").append(h.attempt()).append("</td><td>")
                        .append(esc(h.why())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n</details>\n");
        }
        b.append("</section>\n");
    }

    private static void definitions(StringBuilder b) {
        b.append("<section id=\"definitions\"><h2>Definitions</h2>\n<dl class=\"defs\">\n");
        for (Definition d : Definitions.ALL) {
            b.append("<dt id=\"def-").append(d.id()).append("\">").append(esc(d.title())).append("</dt>\n<dd><p>")
                    .append(esc(d.text())).append("</p><p class=\"cite\">").append(esc(d.citation()))
                    .append("</p></dd>\n");
        }
        b.append("</dl>\n</section>\n");
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/report/report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the vaspflow jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}
