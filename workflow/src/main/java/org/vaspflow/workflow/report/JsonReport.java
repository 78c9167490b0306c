package org.vaspflow.workflow.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;

/**
 * The same data as the HTML report as a JSON tree (maps and lists for any JSON writer): {@code campaign},
 * {@code calculations} (with {@code attempts} and {@code history}), {@code results} (energies, magnetization,
 * mo_bonds, dband, icohp — each row with its {@code provenance}), {@code figures}, {@code definitions}. Energies in
 * eV (band energies relative to E-fermi), lengths in Å, moments in μB; non-finite numbers are left to the writer.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static Map<String, Object> of(CampaignReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", r.version());
        out.put("generated", r.generated().toString());
        CampaignOverview o = r.overview();
        out.put("campaign", map("name", o.name(), "spec_file", o.specFile(), "store", o.storeFile(), "executors",
                o.executors(), "created", o.created().toString(), "last_change", o.lastChange().toString(), "counts",
                o.counts(), "total", o.total()));
        List<Object> calcs = new ArrayList<>();
        for (CalculationReport cr : r.calculations()) {
            calcs.add(calculation(cr));
        }
        out.put("calculations", calcs);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("energies", rows(r, ResultExtractor.Extracted::energies, e -> map("calculation", e.calculation(),
                "formula", e.formula(), "nsites", e.nSites(), "final_energy", e.energyEv(), "final_energy_per_atom",
                e.energyPerAtomEv(), "converged", e.converged(), "provenance", prov(e.provenance()))));
        results.put("magnetization", rows(r, ResultExtractor.Extracted::magnetizations, m -> map("calculation",
                m.calculation(), "total_magnetization", m.totalMuB(), "species", m.species(), "magnetization",
                m.perSiteMuB(), "provenance", prov(m.provenance()))));
        results.put("mo_bonds", rows(r, ResultExtractor.Extracted::bonds, b -> map("calculation", b.calculation(),
                "metal", b.metal(), "n_sites", b.nSites(), "n_bonds", b.nBonds(), "mean_length", b.meanAngstrom(),
                "min_length", b.minAngstrom(), "max_length", b.maxAngstrom(), "provenance", prov(b.provenance()))));
        results.put("dband", rows(r, ResultExtractor.Extracted::dbands, d -> map("calculation", d.calculation(),
                "element", d.element(), "center", d.centerEv(), "width", d.widthEv(), "filling", d.filling(),
                "efermi", d.efermiEv(), "provenance", prov(d.provenance()))));
        results.put("icohp", rows(r, ResultExtractor.Extracted::icohp, i -> map("calculation", i.calculation(),
                "pair", i.pair(), "count", i.count(), "sum", i.sumEv(), "mean", i.meanEv(), "min_length",
                i.minLengthAngstrom(), "max_length", i.maxLengthAngstrom(), "provenance", prov(i.provenance()))));
        out.put("results", results);
        List<Object> figures = new ArrayList<>();
        for (CampaignReport.RenderedSection s : r.figures()) {
            figures.add(map("id", s.id(), "title", s.title(), "figures", s.figures().stream().map(f -> map("title",
                    f.title(), "caption", f.caption(), "svg", f.inlineSvg(), "provenance", prov(f.provenance())))
                    .toList(), "problems", s.problems()));
        }
        out.put("figures", figures);
        out.put("definitions", Definitions.ALL.stream().map(d -> map("id", d.id(), "title", d.title(), "text",
                d.text(), "citation", d.citation())).toList());
        return out;
    }

    private static Map<String, Object> calculation(CalculationReport cr) {
        Calculation c = cr.calculation();
        Map<String, Object> m = map("id", c.id(), "name", c.name(), "step", c.step(), "state", c.state().name(),
                "attempt", c.attempt(), "folder", c.folder(), "job_name", c.jobName(), "job_id", c.jobId());
        if (!cr.linkedName().isEmpty()) {
            m.put("linked_to", cr.linkedName());
        }
        m.put("attempts", cr.attempts().stream().map(a -> map("attempt", a.number(), "jobs", a.jobs(), "executor",
                a.executor(), "started", a.started().toString(), "ended", a.ended().toString(), "outcome",
                a.outcome().name(), "errors", a.errors(), "corrections", a.corrections())).toList());
        List<Object> history = new ArrayList<>();
        for (HistoryEntry h : cr.history()) {
            history.add(map("at", h.at().toString(), "from", h.from().name(), "to", h.to().name(), "attempt",
                    h.attempt(), "why", h.why()));
        }
        m.put("history", history);
        m.put("problems", cr.results().problems());
        return m;
    }

    private static <T> List<Object> rows(CampaignReport r, Function<ResultExtractor.Extracted, List<T>> pick,
            Function<T, Map<String, Object>> f) {
        List<Object> out = new ArrayList<>();
        r.calculations().forEach(c -> pick.apply(c.results()).forEach(x -> out.add(f.apply(x))));
        return out;
    }

    private static Map<String, Object> prov(Provenance p) {
        return map("file", p.file(), "settings", p.settings(), "definition", p.definition());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
