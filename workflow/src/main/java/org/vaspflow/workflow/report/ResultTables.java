package org.vaspflow.workflow.report;

import static org.vaspflow.workflow.report.Html.esc;
import static org.vaspflow.workflow.report.Html.num;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The result tables of the HTML report; every row ends with its source (file, settings, definition link). */
final class ResultTables {
    /** Anchor id and heading of each table, in order. */
    static final String[][] TABLES = {{"energies", "Energies"}, {"magnetization", "Magnetic moments"},
        {"mo-bonds", "M–O bond lengths"}, {"dband", "d-band centres"}, {"icohp", "ICOHP per pair"}};

    private ResultTables() {
    }

    static void render(StringBuilder b, List<CalculationReport> calcs) {
        b.append("<section id=\"results\"><h2>Results</h2>\n<p class=\"lead\">Calculations in state DONE. Energies in "
                + "eV, lengths in Å, moments in μB, band energies relative to E<sub>F</sub>.</p>\n");
        table(b, 0, rows(calcs, x -> x.energies()), new String[] {"Calculation", "Formula", "Sites", "E (eV)",
            "E/atom (eV)", "Converged"}, e -> new String[] {esc(e.calculation()), esc(e.formula()),
                String.valueOf(e.nSites()), num(e.energyEv(), 6), num(e.energyPerAtomEv(), 6), esc(e.converged())},
                ResultRows.Energy::provenance);
        table(b, 1, rows(calcs, x -> x.magnetizations()), new String[] {"Calculation", "Total (μB)",
            "Per site (μB)"}, m -> new String[] {esc(m.calculation()), num(m.totalMuB(), 3), perSite(m)},
                ResultRows.Magnetization::provenance);
        table(b, 2, rows(calcs, x -> x.bonds()), new String[] {"Calculation", "Metal", "Sites", "Bonds",
            "Mean (Å)", "Min (Å)", "Max (Å)"}, r -> new String[] {esc(r.calculation()), esc(r.metal()),
                String.valueOf(r.nSites()), String.valueOf(r.nBonds()), num(r.meanAngstrom(), 4),
                num(r.minAngstrom(), 4), num(r.maxAngstrom(), 4)}, ResultRows.Bonds::provenance);
        table(b, 3, rows(calcs, x -> x.dbands()), new String[] {"Calculation", "Element", "Centre (eV)",
            "Width (eV)", "Filling", "E<sub>F</sub> (eV)"}, d -> new String[] {esc(d.calculation()), esc(d.element()),
                num(d.centerEv(), 4), num(d.widthEv(), 4), num(d.filling(), 4), num(d.efermiEv(), 4)},
                ResultRows.Dband::provenance);
        table(b, 4, rows(calcs, x -> x.icohp()), new String[] {"Calculation", "Pair", "Bonds", "Sum (eV)",
            "Mean (eV)", "Lengths (Å)"}, i -> new String[] {esc(i.calculation()), esc(i.pair()),
                String.valueOf(i.count()), num(i.sumEv(), 4), num(i.meanEv(), 4), num(i.minLengthAngstrom(), 3)
                + "–" + num(i.maxLengthAngstrom(), 3)}, ResultRows.Icohp::provenance);
        List<String[]> problems = new ArrayList<>();
        for (CalculationReport c : calcs) {
            c.results().problems().forEach(p -> problems.add(new String[] {c.calculation().name(), p}));
        }
        if (!problems.isEmpty()) {
            b.append("<section class=\"sub\" id=\"problems\"><h3>Files that could not be read</h3>\n<ul>\n");
            problems.forEach(p -> b.append("<li class=\"problem\"><strong>").append(esc(p[0])).append("</strong>: ")
                    .append(esc(p[1])).append("</li>\n"));
            b.append("</ul></section>\n");
        }
        b.append("</section>\n");
    }

    private static <T> List<T> rows(List<CalculationReport> calcs, Function<ResultExtractor.Extracted, List<T>> f) {
        List<T> out = new ArrayList<>();
        calcs.forEach(c -> out.addAll(f.apply(c.results())));
        return out;
    }

    private static <T> void table(StringBuilder b, int which, List<T> rows, String[] heads,
            Function<T, String[]> cells, Function<T, Provenance> provenance) {
        b.append("<section class=\"sub\" id=\"").append(TABLES[which][0]).append("\"><h3>").append(TABLES[which][1])
                .append(" <a class=\"def\" href=\"#def-").append(provenance(rows, provenance, which))
                .append("\">definition</a></h3>\n");
        if (rows.isEmpty()) {
            b.append("<p class=\"empty\">No finished calculation has the files for this table.</p>\n</section>\n");
            return;
        }
        b.append("<table class=\"data\"><thead><tr>");
        for (int i = 0; i < heads.length; i++) {
            b.append(numeric(heads, i) ? "<th class=\"num\">" : "<th>").append(heads[i]).append("</th>");
        }
        b.append("<th>Source</th></tr></thead>\n<tbody>\n");
        for (T row : rows) {
            String[] c = cells.apply(row);
            b.append("<tr>");
            for (int i = 0; i < c.length; i++) {
                b.append(numeric(heads, i) ? "<td class=\"num\">" : "<td>").append(c[i]).append("</td>");
            }
            b.append("<td>").append(source(provenance.apply(row))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n</section>\n");
    }

    private static boolean numeric(String[] heads, int i) {
        return i >= 2 && !heads[i].startsWith("Per site") && !heads[i].equals("Converged");
    }

    private static <T> String provenance(List<T> rows, Function<T, Provenance> f, int which) {
        String[] ids = {Definitions.ENERGY.id(), Definitions.MAGNETIZATION.id(), Definitions.MO_BONDS.id(),
            Definitions.DBAND.id(), Definitions.ICOHP.id()};
        return rows.isEmpty() ? ids[which] : f.apply(rows.get(0)).definition();
    }

    /** The "source" cell: file name as summary, file path, settings and a link to the definition inside. */
    static String source(Provenance p) {
        String file = p.file().isEmpty() ? "(no file)" : p.file();
        String shortName = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
        return "<details class=\"src\"><summary>" + esc(shortName) + "</summary><dl><dt>file</dt><dd class=\"mono\">"
                + esc(file) + "</dd>" + (p.settings().isEmpty() ? "" : "<dt>settings</dt><dd>" + esc(p.settings())
                + "</dd>") + "<dt>definition</dt><dd><a href=\"#def-" + Html.id(p.definition()) + "\">"
                + esc(p.definition()) + "</a></dd></dl></details>";
    }

    private static String perSite(ResultRows.Magnetization m) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < m.perSiteMuB().size(); i++) {
            String label = m.species().isEmpty() ? "#" + i : m.species().get(i) + i;
            parts.add("<span class=\"site\">" + esc(label) + " " + num(m.perSiteMuB().get(i), 3) + "</span>");
        }
        return String.join(" ", parts);
    }
}
