package org.vaspflow.workflow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void transitionsWriteOneHistoryRowEach() {
        try (Store s = Store.open(dir.resolve(Store.FILE_NAME))) {
            long a = s.add("feo/relax", "relax", "runs/feo/relax", "{}", List.of());
            long b = s.add("feo/static", "static", "runs/feo/static", "{}", List.of(a));
            assertEquals(List.of(a), s.get(b).dependsOn());
            s.transition(a, CalcState.PLANNED, CalcState.READY, "deps", Change.NONE);
            s.transition(a, CalcState.READY, CalcState.STAGED, "staged", Change.NONE.withInputHash("abc"));
            s.transition(a, CalcState.STAGED, CalcState.SUBMITTING, "submitting",
                    Change.NONE.withJobName("vf-x-1-a1", "local"));
            Calculation c = s.transition(a, CalcState.SUBMITTING, CalcState.QUEUED, "q", Change.NONE.withJobId("42"));
            assertEquals("vf-x-1-a1", c.jobName());
            assertEquals("42", c.jobId());
            assertEquals("abc", c.inputHash());
            List<HistoryEntry> h = s.history(a);
            assertEquals(5, h.size());
            assertEquals(CalcState.SUBMITTING, h.get(4).from());
            assertEquals(CalcState.QUEUED, h.get(4).to());
            assertEquals("q", h.get(4).why());
            assertEquals(List.of("vf-x-1-a1"), s.jobNames(a));
            assertEquals(1, s.counts().get(CalcState.QUEUED));
            assertEquals(1, s.counts().get(CalcState.PLANNED));
        }
    }

    @Test
    void illegalAndStaleTransitionsAreRejectedAndLeaveNoHistory() {
        try (Store s = Store.open(dir.resolve(Store.FILE_NAME))) {
            long a = s.add("x/relax", "relax", "runs/x/relax", "{}", List.of());
            assertThrows(IllegalTransitionException.class,
                    () -> s.transition(a, CalcState.PLANNED, CalcState.RUNNING, "skip", Change.NONE));
            assertThrows(IllegalTransitionException.class,
                    () -> s.transition(a, CalcState.READY, CalcState.STAGED, "stale", Change.NONE));
            assertEquals(CalcState.PLANNED, s.get(a).state());
            assertEquals(1, s.history(a).size());
        }
    }

    @Test
    void attemptCountsUpAndResultsFollowLinks() {
        try (Store s = Store.open(dir.resolve(Store.FILE_NAME))) {
            long a = s.add("a/relax", "relax", "runs/a/relax", "{}", List.of());
            long b = s.add("b/relax", "relax", "runs/b/relax", "{}", List.of());
            walk(s, a, CalcState.PLANNED, CalcState.READY, CalcState.STAGED);
            s.transition(a, CalcState.STAGED, CalcState.SUBMITTING, "", Change.NONE.withJobName("j1", "local"));
            walk(s, a, CalcState.SUBMITTING, CalcState.QUEUED, CalcState.RUNNING, CalcState.FINISHED,
                    CalcState.RETRIEVED);
            s.transition(a, CalcState.RETRIEVED, CalcState.PARSED, "", Change.NONE.withResult("{\"e\":1}"));
            s.transition(a, CalcState.PARSED, CalcState.FAILED, "errors", Change.NONE);
            s.transition(a, CalcState.FAILED, CalcState.RECOVERING, "", Change.NONE);
            Calculation again = s.transition(a, CalcState.RECOVERING, CalcState.READY, "fix",
                    Change.NONE.withNextAttempt());
            assertEquals(2, again.attempt());
            assertEquals(2, s.history(a).get(s.history(a).size() - 1).attempt());
            walk(s, b, CalcState.PLANNED, CalcState.READY);
            s.transition(b, CalcState.READY, CalcState.STAGED, "", Change.NONE.withInputHash("h"));
            s.transition(b, CalcState.STAGED, CalcState.DONE, "linked", Change.NONE.withLinkedTo(a));
            assertEquals("{\"e\":1}", s.result(b).orElseThrow());
            assertEquals(a, s.get(b).link().orElseThrow());
        }
    }

    @Test
    void migratesAnOldStoreInOrderKeepingItsRows() throws Exception {
        Path file = dir.resolve(Store.FILE_NAME);
        try (Store v1 = Store.open(file, 1)) {
            assertEquals(1, v1.schemaVersion());
            long a = v1.add("old/relax", "relax", "runs/old/relax", "{}", List.of());
            v1.transition(a, CalcState.PLANNED, CalcState.READY, "before upgrade", Change.NONE);
        }
        try (Store latest = Store.open(file)) {
            assertEquals(Migrations.latest(), latest.schemaVersion());
            Calculation c = latest.findByName("old/relax").orElseThrow();
            assertEquals(CalcState.READY, c.state());
            latest.transition(c.id(), CalcState.READY, CalcState.STAGED, "", Change.NONE);
            latest.transition(c.id(), CalcState.STAGED, CalcState.SUBMITTING, "",
                    Change.NONE.withJobName("after-upgrade", "local"));
            assertEquals(List.of("after-upgrade"), latest.jobNames(c.id()));
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = db.createStatement().executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            StringBuilder versions = new StringBuilder();
            while (rs.next()) {
                versions.append(rs.getInt(1));
            }
            assertEquals("12", versions.toString());
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = db.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1));
        }
    }

    private static void walk(Store s, long id, CalcState... states) {
        for (int i = 1; i < states.length; i++) {
            s.transition(id, states[i - 1], states[i], "", Change.NONE);
        }
    }
}
