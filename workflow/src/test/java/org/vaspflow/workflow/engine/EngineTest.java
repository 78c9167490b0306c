package org.vaspflow.workflow.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.HistoryEntry;
import org.vaspflow.workflow.store.Store;

class EngineTest {
    static final String CAMPAIGN = """
            campaign: feo-test
            matrix:
              materials:
                - {name: feo, structure: "@POSCAR@"}
              charges: [0, 1]
            steps:
              - name: relax
                incar: {NSW: 5, ISPIN: 2, MAGMOM: [5, -5, 0.6, 0.6]}
                kpoints: [2, 2, 2]
              - name: static
                after: relax
                carry: [CONTCAR]
                incar: {NSW: 0, ISPIN: 2}
              - name: dos
                after: static
                carry: [CONTCAR]
                when: {converged_electronic: true}
                incar: {NSW: 0, ICHARG: 1, LORBIT: 11}
              - name: never
                after: static
                when: {converged_electronic: false}
                incar: {NSW: 0}
            """;

    @TempDir
    Path dir;

    @Test
    void sixCalculationsRunToDoneIncludingDynamicSteps() throws Exception {
        FakeVaspCampaign c = new FakeVaspCampaign(dir, CAMPAIGN, 0);
        try (Store store = c.openStore()) {
            c.engine(store).run();
            List<Calculation> all = store.all();
            assertEquals(6, all.size(), "2 points x (relax, static, dos); 'never' is not added");
            for (Calculation calc : all) {
                assertEquals(CalcState.DONE, calc.state(), calc.name() + " " + store.history(calc.id()));
                assertEquals(1, calc.attempt());
                String result = store.result(calc.id()).orElseThrow();
                assertTrue(result.contains("\"final_energy\":-28.2185"), result);
            }
            assertEquals(6, c.runs().size());
            assertEquals(6, new HashSet<>(c.runs()).size());
            Path staticPoscar = dir.resolve("runs/feo-q+1/static/POSCAR");
            // the preset writer re-writes the carried CONTCAR as POSCAR: the same structure, not the same bytes
            assertTrue(org.vaspflow.io.vasp.PoscarReader.read(dir.resolve("runs/feo-q+1/relax/CONTCAR")).structure()
                    .equalsWithin(org.vaspflow.io.vasp.PoscarReader.read(staticPoscar).structure(), 1e-9, 1e-12));
            assertTrue(Files.readString(dir.resolve("runs/feo-q+1/relax/INCAR")).contains("charge 1"));
        }
    }

    @Test
    void identicalInputsAreComputedOnceAndLinked() throws Exception {
        String twins = CAMPAIGN.replace("charges: [0, 1]", "").replace("- {name: feo, structure: \"@POSCAR@\"}",
                "- {name: feo, structure: \"@POSCAR@\"}\n    - {name: feo2, structure: \"@POSCAR@\"}");
        FakeVaspCampaign c = new FakeVaspCampaign(dir, twins, 0);
        try (Store store = c.openStore()) {
            c.engine(store).run();
            List<Calculation> all = store.all();
            assertEquals(6, all.size());
            assertTrue(all.stream().allMatch(x -> x.state() == CalcState.DONE));
            assertEquals(3, c.runs().size(), "feo2's three calculations reuse feo's: " + c.runs());
            Calculation linked = store.findByName("feo2/static").orElseThrow();
            assertEquals(store.findByName("feo/static").orElseThrow().id(), linked.linkedTo());
            assertEquals(store.result(linked.linkedTo()), store.result(linked.id()));
        }
    }

    @Test
    void aZpotrfFailureIsDetectedCorrectedAndSucceedsOnRetry() throws Exception {
        String failing = """
                campaign: zpotrf
                matrix:
                  materials: [{name: feo, structure: "@POSCAR@"}]
                steps:
                  - name: relax
                    incar: {SYSTEM: fake-error-zpotrf, ISYM: 2, NSW: 5}
                """;
        FakeVaspCampaign c = new FakeVaspCampaign(dir, failing, 0);
        try (Store store = c.openStore()) {
            c.engine(store).run();
            Calculation calc = store.all().get(0);
            assertEquals(CalcState.DONE, calc.state(), store.history(calc.id()).toString());
            assertEquals(2, calc.attempt());
            assertEquals(2, c.runs().size());
            Path folder = dir.resolve(calc.folder());
            assertTrue(Files.readString(folder.resolve("attempt-1/vasp.out")).contains("ZPOTRF"));
            assertTrue(Files.readString(folder.resolve("attempt-1/INCAR")).contains("ISYM = 2"));
            assertTrue(Files.readString(folder.resolve("INCAR")).contains("ISYM = 0"));
            List<String> why = store.history(calc.id()).stream().map(HistoryEntry::why).toList();
            assertTrue(why.stream().anyMatch(w -> w.startsWith("corrected zpotrf step 0 (set ISYM=0)")), why.toString());
        }
    }

    @Test
    void killedAndRestartedEnginesRunEveryCalculationExactlyOnce() throws Exception {
        FakeVaspCampaign c = new FakeVaspCampaign(dir, CAMPAIGN, 1);
        // engine 1 dies right after storing SUBMITTING, before the job is started
        try (Store store = c.openStore()) {
            Engine e = c.engine(store);
            e.onCheckpoint(p -> {
                if (p.equals("submitting")) {
                    throw new SimulatedCrash();
                }
            });
            assertThrows(SimulatedCrash.class, e::run);
            assertEquals(1, store.inState(CalcState.SUBMITTING).size());
        }
        // engine 2 resolves it as never submitted, then dies after a job started but before its id was stored
        AtomicInteger submitted = new AtomicInteger();
        try (Store store = c.openStore()) {
            Engine e = c.engine(store);
            e.onCheckpoint(p -> {
                if (p.equals("submitted") && submitted.incrementAndGet() == 2) {
                    throw new SimulatedCrash();
                }
            });
            assertThrows(SimulatedCrash.class, e::run);
            assertEquals(1, store.inState(CalcState.SUBMITTING).size());
        }
        // engine 3 finds that job by name, adopts it and finishes the campaign
        try (Store store = c.openStore()) {
            c.engine(store).run();
            for (Calculation calc : store.all()) {
                assertEquals(CalcState.DONE, calc.state(), calc.name());
            }
            assertEquals(6, store.all().size());
            List<String> runs = c.runs();
            assertEquals(6, runs.size(), "every calculation ran exactly once: " + runs);
            assertEquals(6, new HashSet<>(runs).size());
            List<String> why = store.all().stream().flatMap(x -> store.history(x.id()).stream())
                    .map(HistoryEntry::why).toList();
            assertTrue(why.stream().anyMatch(w -> w.contains("was never submitted")), why.toString());
            assertTrue(why.stream().anyMatch(w -> w.contains("found by name")), why.toString());
        }
    }

    static final class SimulatedCrash extends RuntimeException {
    }
}
