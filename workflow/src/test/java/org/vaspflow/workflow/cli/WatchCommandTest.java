package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Change;
import org.vaspflow.workflow.store.Store;

/** {@code vaspflow watch}: plain counts when stdout is not a terminal, {@code --once}, the end condition. */
class WatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void oncePrintsTheCountsInLifeCycleOrder() {
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            long a = store.add("a/relax", "relax", "runs/a/relax", "{}", List.of());
            store.add("b/relax", "relax", "runs/b/relax", "{}", List.of());
            store.add("c/relax", "relax", "runs/c/relax", "{}", List.of());
            store.transition(a, CalcState.PLANNED, CalcState.READY, "test", Change.NONE);
        }
        CliTestSupport.Result r = CliTestSupport.run("watch", dir.toString(), "--once");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("total 3: PLANNED 2, READY 1", r.out().strip());
    }

    @Test
    void withoutOnceItEndsWhenEverythingIsSettled() {
        try (Store store = Store.open(dir.resolve(Store.FILE_NAME))) {
            long a = store.add("a/relax", "relax", "runs/a/relax", "{}", List.of());
            store.transition(a, CalcState.PLANNED, CalcState.CANCELLED, "test", Change.NONE);
        }
        CliTestSupport.Result r = CliTestSupport.run("watch", dir.toString(), "--interval", "0.05");
        assertEquals(1, r.exitCode(), "settled, but not every calculation is DONE");
        assertEquals("total 1: CANCELLED 1", r.out().strip());
    }

    @Test
    void noStoreIsAUsageError() {
        CliTestSupport.Result r = CliTestSupport.run("watch", dir.toString(), "--once");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no campaign store"), r.err());
    }

    @Test
    void countsLineSkipsEmptyStates() {
        Map<CalcState, Integer> m = new EnumMap<>(CalcState.class);
        m.put(CalcState.DONE, 4);
        m.put(CalcState.RUNNING, 0);
        m.put(CalcState.QUEUED, 2);
        assertEquals("total 6: QUEUED 2, DONE 4", WatchCommand.countsLine(m, 6));
    }
}
