package org.vaspflow.workflow.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;
import org.vaspflow.workflow.store.Store;

/**
 * Every error case of shared/data/errors through the engine and the local executor: fake-vasp fails the first
 * attempt by replaying the recorded log (or writing the recorded OSZICAR/OUTCAR), the engine must detect the
 * error custodian names in the golden file ({@code errors.custodian}; for the OSZICAR/OUTCAR cases the
 * handler's vaspflow id), apply the catalogue's correction for it, and the retry must succeed. Errors whose
 * catalogue entry has no correction ({@code read_error}, {@code set_core_wf}: custodian has none either) must be
 * detected and left FAILED for a user.
 * (A representative subset goes through Slurm in {@code EngineOverSlurmLiveTest}.)
 */
class EveryErrorCaseRecoversTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.builtIn();
    @TempDir
    Path dir;

    @Test
    void everyRecordedErrorIsDetectedCorrectedAndSucceedsOnRetry() throws Exception {
        Map<String, TreeSet<String>> cases = new LinkedHashMap<>(); // fake-vasp mode -> ids custodian names
        for (String c : List.of("vasp-out-messages", "too-few-bands", "zpotrf", "std-err-messages")) {
            JsonNode custodian = SharedData.golden(c).path("errors").path("custodian");
            custodian.fields().forEachRemaining(f -> {
                if (f.getKey().equals("_other_handlers")) {
                    return;
                }
                TreeSet<String> ids = new TreeSet<>();
                f.getValue().path("errors").forEach(e -> ids.add(e.asText()));
                if (!ids.isEmpty()) {
                    cases.put("fake-log-" + c + "--" + f.getKey(), ids);
                }
            });
        }
        // errors/nonconv is not an error for custodian's default NonConvergingErrorHandler (golden: false; only
        // nionic_steps=3 flags it) nor for the built-in catalogue (ionic_steps: 10): not a recovery case
        cases.put("fake-outputs-positive-energy", new TreeSet<>(List.of("positive_energy")));
        cases.put("fake-outputs-potim", new TreeSet<>(List.of("potim")));
        cases.put("fake-outputs-stopped-stopcar", new TreeSet<>(List.of("stopped")));
        assertTrue(cases.size() >= 25, "error cases found: " + cases.size());

        StringBuilder yaml = new StringBuilder("""
                campaign: every-error
                max_attempts: 4
                matrix:
                  materials: [{name: feo, structure: "@POSCAR@"}]
                steps:
                """);
        List<String> modes = new ArrayList<>(cases.keySet());
        for (int i = 0; i < modes.size(); i++) {
            yaml.append("  - name: e").append(i).append("\n    incar: {SYSTEM: \"").append(modes.get(i))
                    .append("\", NSW: 5, ISPIN: 2, ISYM: 2}\n");
        }
        FakeVaspCampaign c = new FakeVaspCampaign(dir, yaml.toString(), 0);
        List<String> problems = new ArrayList<>();
        int unfixable = 0;
        try (Store store = c.openStore()) {
            c.engine(store).run();
            for (Calculation calc : store.all()) {
                String mode = modes.get(Integer.parseInt(calc.step().substring(1)));
                List<String> why = store.history(calc.id()).stream().map(HistoryEntry::why).toList();
                boolean fixable = cases.get(mode).stream().anyMatch(id -> CATALOG.entry(id)
                        .map(e -> !e.ladder().isEmpty()).orElse(false));
                if (!fixable) {
                    // the catalogue has no automatic fix (custodian has none either): detected, then left to a user
                    String last = why.get(why.size() - 1);
                    if (calc.state() != CalcState.FAILED || !last.equals("no correction left for " + cases.get(mode)
                            .stream().toList())) {
                        problems.add(mode + " (no fix in the catalogue) " + calc.state() + " " + why);
                    }
                    unfixable++;
                    continue;
                }
                boolean corrected = cases.get(mode).stream().anyMatch(id -> why.stream()
                        .anyMatch(w -> w.contains("corrected " + id + " step")));
                if (calc.state() != CalcState.DONE || calc.attempt() < 2 || !corrected) {
                    problems.add(mode + " " + cases.get(mode) + ": " + calc.state() + " attempt " + calc.attempt()
                            + " " + why);
                }
            }
            assertEquals(modes.size(), store.all().size());
        }
        assertTrue(unfixable <= 2, "cases without an automatic fix: " + unfixable);
        assertTrue(problems.isEmpty(), problems.size() + " of " + modes.size() + " cases:\n"
                + String.join("\n", problems));
    }
}
