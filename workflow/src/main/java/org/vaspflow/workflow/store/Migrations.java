package org.vaspflow.workflow.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as an ordered list of migrations. Migration {@code N} takes a database from version
 * {@code N-1} to {@code N}; each runs in its own transaction together with the update of {@code schema_version},
 * so a crash leaves the database at a whole version. Never edit a released migration: append one.
 */
public final class Migrations {
    /** Index i holds the statements of migration i + 1. */
    static final List<List<String>> STEPS = List.of(
            List.of("""
                    CREATE TABLE calculations (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE,
                      step TEXT NOT NULL,
                      state TEXT NOT NULL,
                      attempt INTEGER NOT NULL DEFAULT 1,
                      folder TEXT NOT NULL,
                      input_hash TEXT NOT NULL DEFAULT '',
                      job_name TEXT NOT NULL DEFAULT '',
                      job_id TEXT NOT NULL DEFAULT '',
                      linked_to INTEGER REFERENCES calculations(id),
                      spec TEXT NOT NULL DEFAULT '{}',
                      updated TEXT NOT NULL)""",
                    """
                    CREATE TABLE dependencies (
                      calc_id INTEGER NOT NULL REFERENCES calculations(id),
                      depends_on INTEGER NOT NULL REFERENCES calculations(id),
                      PRIMARY KEY (calc_id, depends_on))""",
                    """
                    CREATE TABLE history (
                      id INTEGER PRIMARY KEY,
                      calc_id INTEGER NOT NULL REFERENCES calculations(id),
                      from_state TEXT NOT NULL,
                      to_state TEXT NOT NULL,
                      at TEXT NOT NULL,
                      why TEXT NOT NULL,
                      attempt INTEGER NOT NULL)""",
                    "CREATE INDEX history_calc ON history(calc_id, id)"),
            List.of("""
                    CREATE TABLE jobs (
                      job_name TEXT PRIMARY KEY,
                      calc_id INTEGER NOT NULL REFERENCES calculations(id),
                      attempt INTEGER NOT NULL,
                      executor TEXT NOT NULL,
                      job_id TEXT NOT NULL DEFAULT '',
                      created TEXT NOT NULL)""",
                    """
                    CREATE TABLE results (
                      calc_id INTEGER PRIMARY KEY REFERENCES calculations(id),
                      json TEXT NOT NULL,
                      created TEXT NOT NULL)""",
                    "CREATE INDEX calculations_hash ON calculations(input_hash, state)"));

    private Migrations() {
    }

    /** The version this code writes. */
    public static int latest() {
        return STEPS.size();
    }

    /** Current version of a database (0 for an empty one). */
    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Migrates up to {@code target}, in order; returns the version reached. */
    static int migrate(Connection c, int target) throws SQLException {
        int v = version(c);
        if (v > latest()) {
            throw new StoreException("store schema version " + v + " is newer than this vaspflow (" + latest()
                    + "); use a newer vaspflow");
        }
        for (; v < target; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : STEPS.get(v)) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_version(version) VALUES (" + (v + 1) + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return v;
    }
}
