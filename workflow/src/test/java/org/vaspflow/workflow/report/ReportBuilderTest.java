package org.vaspflow.workflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Change;
import org.vaspflow.workflow.store.Store;

/** The figure hook's contract: which calculations a section sees, and a failing section costs only itself. */
class ReportBuilderTest {
    @TempDir
    Path dir;

    private long done(Store store, String name, String folder) {
        long id = store.add(name, "static", folder, "{}", List.of());
        CalcState[] path = {CalcState.PLANNED, CalcState.READY, CalcState.STAGED, CalcState.SUBMITTING,
            CalcState.QUEUED, CalcState.RUNNING, CalcState.FINISHED, CalcState.RETRIEVED, CalcState.PARSED,
            CalcState.DONE};
        for (int i = 1; i < path.length; i++) {
            Change ch = path[i] == CalcState.SUBMITTING ? Change.NONE.withJobName("job-" + id, "local") : Change.NONE;
            store.transition(id, path[i - 1], path[i], "test", ch);
        }
        return id;
    }

    @Test
    void sectionsSeeDoneCalculationsWithLinkedFoldersAndAFailingSectionIsContained() throws IOException {
        Path run = Files.createDirectories(dir.resolve("runs/a"));
        for (String f : List.of("OUTCAR", "CONTCAR")) {
            Files.copy(SharedData.data("vasp/feo-afm-ldau-relax/" + f), run.resolve(f));
        }
        List<CalculationFiles> seen = new ArrayList<>();
        FigureSection recording = new FigureSection() {
            public String id() {
                return "rec";
            }

            public String title() {
                return "Recording";
            }

            public List<Figure> figures(List<CalculationFiles> calcs) {
                seen.addAll(calcs);
                return List.of();
            }
        };
        FigureSection failing = new FigureSection() {
            public String id() {
                return "boom";
            }

            public String title() {
                return "Failing <section>";
            }

            public List<Figure> figures(List<CalculationFiles> calcs) {
                throw new IllegalStateException("no COHPCAR <here>");
            }
        };
        CampaignReport r;
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            long a = done(store, "a/static", "runs/a");
            long b = store.add("b/static", "static", "runs/b", "{}", List.of());
            store.transition(b, CalcState.PLANNED, CalcState.READY, "t", Change.NONE);
            store.transition(b, CalcState.READY, CalcState.STAGED, "t", Change.NONE);
            store.transition(b, CalcState.STAGED, CalcState.DONE, "linked", Change.NONE.withLinkedTo(a));
            store.add("c/static", "static", "runs/c", "{}", List.of());
            r = new ReportBuilder(store, dir, List.of(failing, recording)).build(Optional.empty(), "test");
        }
        assertEquals(List.of("a/static", "b/static"), seen.stream().map(CalculationFiles::name).toList(),
                "DONE calculations only, in store order");
        assertEquals(run.toAbsolutePath(), seen.get(1).folder(), "a linked calculation's files are its source's");
        assertEquals("runs/a/OUTCAR", seen.get(1).relative(run.resolve("OUTCAR")));

        CampaignReport.RenderedSection boom = r.figures().get(0);
        assertEquals(List.of("IllegalStateException: no COHPCAR <here>"), boom.problems());
        assertEquals("Recording", r.figures().get(1).title());
        assertEquals(2, r.calculations().get(1).results().magnetizations().size()
                + r.calculations().get(0).results().magnetizations().size(), "both read runs/a/OUTCAR");
        assertEquals("a/static", r.calculations().get(1).linkedName());
        assertEquals(dir.getFileName().toString(), r.overview().name(), "no YAML: the folder's name");
        assertEquals("", r.overview().specFile());

        String html = HtmlReport.render(r);
        assertTrue(html.contains("IllegalStateException: no COHPCAR &lt;here&gt;"), "the problem is shown, escaped");
        assertTrue(html.contains("Failing &lt;section&gt;"));
        assertTrue(html.contains("id=\"energies\""), "the rest of the report is there");
    }
}
