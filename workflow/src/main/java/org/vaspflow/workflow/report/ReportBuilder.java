package org.vaspflow.workflow.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;
import org.vaspflow.workflow.store.Store;

/**
 * Collects a {@link CampaignReport} from a campaign's store and folders. Reads only: the store is not changed and
 * no file is written.
 */
public final class ReportBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Path campaignFolder;
    private final List<FigureSection> sections;

    /**
     * @param store          the campaign's store
     * @param campaignFolder the folder the calculation folders are relative to (where the store is)
     * @param sections       figure sections to run, in order (the hook; may be empty)
     */
    public ReportBuilder(Store store, Path campaignFolder, List<FigureSection> sections) {
        this.store = store;
        this.campaignFolder = campaignFolder.toAbsolutePath().normalize();
        this.sections = List.copyOf(sections);
    }

    /** The campaign YAML: {@code campaign} itself when a file, else the one YAML in the folder that loads. */
    public static Optional<Path> locateSpec(Path campaign) {
        Path p = campaign.toAbsolutePath().normalize();
        if (Files.isRegularFile(p)) {
            return Optional.of(p);
        }
        try (var s = Files.list(p)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml")).sorted()
                    .toList()) {
                try {
                    CampaignLoader.load(f);
                    return Optional.of(f);
                } catch (RuntimeException notACampaign) {
                    // other YAML files (profiles, pathways) may sit beside the campaign
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p, e);
        }
    }

    /** Builds the report; {@code spec} is the campaign YAML when known. */
    public CampaignReport build(Optional<Path> spec, String version) {
        List<Calculation> all = store.all();
        Map<Long, String> names = new LinkedHashMap<>();
        all.forEach(c -> names.put(c.id(), c.name()));
        List<CalculationFiles> done = new ArrayList<>();
        List<Map<String, Object>> stored = new ArrayList<>();
        for (Calculation c : all) {
            if (c.state() == CalcState.DONE) {
                Calculation source = c.link().map(store::get).orElse(c);
                done.add(new CalculationFiles(c.id(), c.name(), c.step(),
                        campaignFolder.resolve(source.folder()).normalize(), campaignFolder));
                stored.add(stored(c));
            }
        }
        List<ResultExtractor.Extracted> extracted = extractAll(done, stored);
        List<CalculationReport> calcs = new ArrayList<>();
        List<String> executors = new ArrayList<>();
        Instant created = null;
        Instant last = null;
        int next = 0;
        for (Calculation c : all) {
            List<HistoryEntry> history = store.history(c.id());
            List<Store.Job> jobs = store.jobs(c.id());
            jobs.stream().map(Store.Job::executor).filter(e -> !executors.contains(e)).forEach(executors::add);
            for (HistoryEntry h : history) {
                created = created == null || h.at().isBefore(created) ? h.at() : created;
                last = last == null || h.at().isAfter(last) ? h.at() : last;
            }
            ResultExtractor.Extracted results = c.state() == CalcState.DONE ? extracted.get(next++)
                    : new ResultExtractor.Extracted(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            calcs.add(new CalculationReport(c, c.link().map(names::get).orElse(""), Attempt.of(history, jobs),
                    history, results));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        store.counts().forEach((k, v) -> counts.put(k.name(), v));
        String name = spec.map(f -> CampaignLoader.load(f).campaign())
                .orElse(String.valueOf(campaignFolder.getFileName()));
        Instant now = Instant.now();
        CampaignOverview overview = new CampaignOverview(name, spec.map(Path::toString).orElse(""),
                store.file().toAbsolutePath().toString(), executors, created == null ? now : created,
                last == null ? now : last, counts, all.size());
        List<CampaignReport.RenderedSection> figures = new ArrayList<>();
        for (FigureSection s : sections) {
            figures.add(render(s, done));
        }
        return new CampaignReport(overview, calcs, figures, now, version);
    }

    /**
     * Reads every finished calculation's files on a pool of one thread per core (results in input order); an
     * unexpected failure of one becomes that calculation's problem, never the report's.
     */
    private static List<ResultExtractor.Extracted> extractAll(List<CalculationFiles> files,
            List<Map<String, Object>> stored) {
        if (files.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vaspflow-report");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ResultExtractor.Extracted>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                CalculationFiles f = files.get(i);
                Map<String, Object> s = stored.get(i);
                futures.add(pool.submit(() -> ResultExtractor.extract(f, s)));
            }
            List<ResultExtractor.Extracted> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    out.add(new ResultExtractor.Extracted(List.of(), List.of(), List.of(), List.of(), List.of(),
                            List.of(files.get(i).name() + ": " + e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading calculation outputs", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CampaignReport.RenderedSection render(FigureSection s, List<CalculationFiles> done) {
        try {
            return new CampaignReport.RenderedSection(s.id(), s.title(), s.figures(done), List.of());
        } catch (RuntimeException e) {
            return new CampaignReport.RenderedSection(s.id(), s.title(), List.of(), List.of(
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Map<String, Object> stored(Calculation c) {
        try {
            return JSON.readValue(store.result(c.id()).orElse("{}"), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }
}
