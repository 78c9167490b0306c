package org.vaspflow.workflow.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a campaign's state lives: one SQLite file in the campaign folder (WAL journal, busy timeout, so the
 * CLI's {@code status} can read while {@code run} writes). Every state change is one transaction together with
 * its {@code history} row; a transition the {@link CalcState} machine forbids, or one whose expected current
 * state is stale (another process moved the calculation), is rejected with {@link IllegalTransitionException}.
 *
 * <p>Nothing secret is ever written here: calculation specs come from the campaign YAML, job names and ids from
 * the executor. One instance is one connection; methods are synchronized.
 */
public final class Store implements AutoCloseable {
    /** The store's file name inside the campaign folder. */
    public static final String FILE_NAME = "vaspflow.db";
    private static final String COLUMNS = "id, name, step, state, attempt, folder, input_hash, job_name, job_id, "
            + "COALESCE(linked_to, 0), spec";

    private final Connection db;
    private final Path file;

    private Store(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** Opens (creating if needed) and migrates the store to the latest schema. */
    public static Store open(Path dbFile) {
        return open(dbFile, Migrations.latest());
    }

    /** Opens and migrates only up to {@code version} (tests of migrations). */
    static Store open(Path dbFile, int version) {
        try {
            Path parent = dbFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 30000");
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA synchronous = NORMAL");
            }
            Migrations.migrate(c, version);
            return new Store(c, dbFile);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open store " + dbFile + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public synchronized int schemaVersion() {
        try {
            return Migrations.version(db);
        } catch (SQLException e) {
            throw fail("schema version", e);
        }
    }

    /** Adds a PLANNED calculation (with its history row) and its dependency edges; returns its id. */
    public synchronized long add(String name, String step, String folder, String specJson, List<Long> dependsOn) {
        return inTransaction(() -> {
            long id;
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO calculations(name, step, state, folder, "
                    + "spec, updated) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, step);
                ps.setString(3, CalcState.PLANNED.name());
                ps.setString(4, folder);
                ps.setString(5, specJson);
                ps.setString(6, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO dependencies VALUES (?,?)")) {
                for (long d : dependsOn) {
                    ps.setLong(1, id);
                    ps.setLong(2, d);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            history(id, CalcState.PLANNED, CalcState.PLANNED, "planned", 1);
            return id;
        });
    }

    public synchronized Optional<Calculation> find(long id) {
        List<Calculation> l = query("WHERE id = " + id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public Calculation get(long id) {
        return find(id).orElseThrow(() -> new StoreException("no calculation with id " + id));
    }

    public synchronized Optional<Calculation> findByName(String name) {
        // one indexed lookup (name is UNIQUE): planning asks this for every calculation it adds
        return query("WHERE name = ?", name).stream().findFirst();
    }

    public synchronized List<Calculation> all() {
        return query("ORDER BY id");
    }

    public synchronized List<Calculation> inState(CalcState state) {
        return query("WHERE state = '" + state.name() + "' ORDER BY id");
    }

    /** A DONE calculation, not itself linked, whose inputs hashed to {@code hash}. */
    public synchronized Optional<Calculation> doneWithHash(String hash) {
        List<Calculation> l = query("WHERE input_hash = ? AND state = 'DONE' AND linked_to IS NULL ORDER BY id LIMIT 1",
                hash);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Every calculation whose staged inputs hashed to {@code hash}, oldest first. */
    public synchronized List<Calculation> withHash(String hash) {
        return query("WHERE input_hash = '" + hash.replace("'", "") + "' ORDER BY id");
    }

    /** Number of calculations in each state (states with none are absent). */
    public synchronized Map<CalcState, Integer> counts() {
        Map<CalcState, Integer> out = new EnumMap<>(CalcState.class);
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT state, COUNT(*) FROM calculations GROUP BY state")) {
            while (rs.next()) {
                out.put(CalcState.valueOf(rs.getString(1)), rs.getInt(2));
            }
            return out;
        } catch (SQLException e) {
            throw fail("counts", e);
        }
    }

    /**
     * Moves a calculation {@code from → to} in one transaction with its history row and the {@code change}.
     * Rejects transitions the state machine forbids and stale ones (the calculation is no longer in
     * {@code from}).
     */
    public synchronized Calculation transition(long id, CalcState from, CalcState to, String why, Change change) {
        if (!from.canGo(to)) {
            throw new IllegalTransitionException("calculation " + id + ": " + from + " → " + to
                    + " is not a legal transition");
        }
        inTransaction(() -> {
            StringBuilder sql = new StringBuilder("UPDATE calculations SET state = ?, updated = ?");
            List<Object> args = new ArrayList<>(List.of(to.name(), Instant.now().toString()));
            change.jobName().ifPresent(n -> add(sql, args, "job_name", n));
            change.jobName().ifPresent(n -> add(sql, args, "job_id", ""));
            change.jobId().ifPresent(n -> add(sql, args, "job_id", n));
            change.inputHash().ifPresent(n -> add(sql, args, "input_hash", n));
            change.linkedTo().ifPresent(n -> add(sql, args, "linked_to", n));
            if (change.nextAttempt()) {
                sql.append(", attempt = attempt + 1");
            }
            sql.append(" WHERE id = ? AND state = ?");
            args.add(id);
            args.add(from.name());
            try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                if (ps.executeUpdate() != 1) {
                    throw new IllegalTransitionException("calculation " + id + " is not in state " + from
                            + " (now " + find(id).map(c -> c.state().name()).orElse("absent") + ")");
                }
            }
            Calculation now = query("WHERE id = " + id).get(0);
            history(id, from, to, why, now.attempt());
            if (change.jobName().isPresent()) {
                exec("INSERT INTO jobs(job_name, calc_id, attempt, executor, created) VALUES (?,?,?,?,?)",
                        change.jobName().get(), id, now.attempt(), change.executor(), Instant.now().toString());
            }
            if (change.jobId().isPresent()) {
                exec("UPDATE jobs SET job_id = ? WHERE job_name = ?", change.jobId().get(), now.jobName());
            }
            if (change.result().isPresent()) {
                exec("INSERT OR REPLACE INTO results(calc_id, json, created) VALUES (?,?,?)", id,
                        change.result().get(), Instant.now().toString());
            }
            return null;
        });
        return get(id);
    }

    public synchronized List<HistoryEntry> history(long id) {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT calc_id, from_state, to_state, at, why, attempt "
                + "FROM history WHERE calc_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(rs.getLong(1), CalcState.valueOf(rs.getString(2)),
                            CalcState.valueOf(rs.getString(3)), Instant.parse(rs.getString(4)), rs.getString(5),
                            rs.getInt(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("history", e);
        }
    }

    /** The stored result JSON of a calculation (following its link when it reuses another's). */
    public synchronized Optional<String> result(long id) {
        long target = get(id).link().orElse(id);
        try (PreparedStatement ps = db.prepareStatement("SELECT json FROM results WHERE calc_id = ?")) {
            ps.setLong(1, target);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("result", e);
        }
    }

    /** Job names ever given to a calculation, oldest first. */
    public synchronized List<String> jobNames(long id) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT job_name FROM jobs WHERE calc_id = ? ORDER BY "
                + "rowid")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("jobs", e);
        }
    }

    /** One row of {@code jobs}: a job name given to a calculation at an attempt, and what the executor answered. */
    public record Job(String jobName, int attempt, String executor, String jobId, Instant created) {
    }

    /** Jobs ever given to a calculation, oldest first (read-only; for reports). */
    public synchronized List<Job> jobs(long id) {
        List<Job> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT job_name, attempt, executor, job_id, created FROM jobs "
                + "WHERE calc_id = ? ORDER BY rowid")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Job(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("jobs", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }

    private static void add(StringBuilder sql, List<Object> args, String column, Object value) {
        sql.append(", ").append(column).append(" = ?");
        args.add(value);
    }

    private void history(long id, CalcState from, CalcState to, String why, int attempt) throws SQLException {
        exec("INSERT INTO history(calc_id, from_state, to_state, at, why, attempt) VALUES (?,?,?,?,?,?)", id,
                from.name(), to.name(), Instant.now().toString(), why, attempt);
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private List<Calculation> query(String where, Object... args) {
        List<Calculation> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + " FROM calculations " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(new Calculation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CalcState.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getLong(10), rs.getString(11), List.of()));
            }
        } catch (SQLException e) {
            throw fail("query", e);
        }
        List<Calculation> withDeps = new ArrayList<>(out.size());
        for (Calculation c : out) {
            withDeps.add(new Calculation(c.id(), c.name(), c.step(), c.state(), c.attempt(), c.folder(),
                    c.inputHash(), c.jobName(), c.jobId(), c.linkedTo(), c.spec(), dependencies(c.id())));
        }
        return withDeps;
    }

    private List<Long> dependencies(long id) {
        List<Long> deps = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT depends_on FROM dependencies WHERE calc_id = ? "
                + "ORDER BY depends_on")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deps.add(rs.getLong(1));
                }
            }
            return deps;
        } catch (SQLException e) {
            throw fail("dependencies", e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T t = work.run();
                db.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("transaction", e);
        }
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException("store " + file + ": " + what + " failed: " + e.getMessage(), e);
    }
}
