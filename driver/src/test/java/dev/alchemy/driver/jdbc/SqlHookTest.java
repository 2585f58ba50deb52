package dev.alchemy.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every SQL entry point passes through the one hook, and what reaches the database is what the hook returned.
 * The hook here rewrites the literal 'app' to 'db' and records what it saw, over a real H2 connection.
 */
class SqlHookTest {
    private final List<String> seen = new ArrayList<>();
    private Connection physical;
    private Connection wrapped;

    @FunctionalInterface
    interface EntryPoint {
        void run(Connection c, String tag) throws SQLException;
    }

    @BeforeEach
    void open() throws SQLException {
        physical = DriverManager.getConnection("jdbc:h2:mem:hook_test;DB_CLOSE_DELAY=-1", "sa", "");
        SqlHook hook = new SqlHook(sql -> {
            seen.add(sql);
            return sql.replace("'app'", "'db'");
        }, false, 0, "hook-test", null);
        wrapped = Wrap.connection(physical, hook);
        try (Statement s = physical.createStatement()) {
            s.execute("CREATE TABLE hook_items (v VARCHAR(10), tag VARCHAR(20))");
            s.execute("CREATE ALIAS IF NOT EXISTS hook_echo FOR 'java.lang.String.valueOf(java.lang.Object)'");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = physical.createStatement()) {
            s.execute("DROP TABLE hook_items");
        }
        physical.close();
    }

    private static String insert(String tag) {
        return "INSERT INTO hook_items VALUES ('app', '" + tag + "')";
    }

    @Test
    void everyEntryPointPassesTheHookAndSendsItsResult() throws SQLException {
        Map<String, EntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put("execute", (c, t) -> c.createStatement().execute(insert(t)));
        entryPoints.put("execute_keys", (c, t) -> c.createStatement().execute(insert(t), Statement.NO_GENERATED_KEYS));
        entryPoints.put("execute_idx", (c, t) -> c.createStatement().execute(insert(t), new int[] {1}));
        entryPoints.put("execute_names", (c, t) -> c.createStatement().execute(insert(t), new String[] {"V"}));
        entryPoints.put("update", (c, t) -> c.createStatement().executeUpdate(insert(t)));
        entryPoints.put("update_keys", (c, t) -> c.createStatement().executeUpdate(insert(t), Statement.NO_GENERATED_KEYS));
        entryPoints.put("update_idx", (c, t) -> c.createStatement().executeUpdate(insert(t), new int[] {1}));
        entryPoints.put("update_names", (c, t) -> c.createStatement().executeUpdate(insert(t), new String[] {"V"}));
        entryPoints.put("large", (c, t) -> c.createStatement().executeLargeUpdate(insert(t)));
        entryPoints.put("large_keys", (c, t) -> c.createStatement().executeLargeUpdate(insert(t), Statement.NO_GENERATED_KEYS));
        entryPoints.put("large_idx", (c, t) -> c.createStatement().executeLargeUpdate(insert(t), new int[] {1}));
        entryPoints.put("large_names", (c, t) -> c.createStatement().executeLargeUpdate(insert(t), new String[] {"V"}));
        entryPoints.put("batch", (c, t) -> {
            Statement s = c.createStatement();
            s.addBatch(insert(t));
            s.executeBatch();
        });
        entryPoints.put("prepare", (c, t) -> c.prepareStatement(insert(t)).executeUpdate());
        entryPoints.put("prepare_keys", (c, t) -> c.prepareStatement(insert(t), Statement.NO_GENERATED_KEYS).executeUpdate());
        entryPoints.put("prepare_idx", (c, t) -> c.prepareStatement(insert(t), new int[] {1}).executeUpdate());
        entryPoints.put("prepare_names", (c, t) -> c.prepareStatement(insert(t), new String[] {"V"}).executeUpdate());
        entryPoints.put("prepare_type", (c, t) -> c.prepareStatement(insert(t), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY).executeUpdate());
        entryPoints.put("prepare_hold", (c, t) -> c.prepareStatement(insert(t), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY, ResultSet.HOLD_CURSORS_OVER_COMMIT).executeUpdate());
        entryPoints.put("call", (c, t) -> c.prepareCall(insert(t)).executeUpdate());
        entryPoints.put("call_type", (c, t) -> c.prepareCall(insert(t), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY).executeUpdate());
        entryPoints.put("call_hold", (c, t) -> c.prepareCall(insert(t), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY, ResultSet.HOLD_CURSORS_OVER_COMMIT).executeUpdate());

        for (Map.Entry<String, EntryPoint> e : entryPoints.entrySet()) {
            e.getValue().run(wrapped, e.getKey());
            assertTrue(seen.contains(insert(e.getKey())), e.getKey() + " did not pass the hook");
        }
        try (Statement s = physical.createStatement();
             ResultSet rs = s.executeQuery("SELECT tag, v FROM hook_items")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertEquals("db", rs.getString("v"), rs.getString("tag") + " sent the SQL as received, not as rewritten");
            }
            assertEquals(entryPoints.size(), rows);
        }
    }

    @Test
    void queriesAndNativeSqlPassTheHook() throws SQLException {
        try (Statement s = wrapped.createStatement(); ResultSet rs = s.executeQuery("SELECT 'app'")) {
            rs.next();
            assertEquals("db", rs.getString(1));
        }
        try (PreparedStatement ps = wrapped.prepareStatement("SELECT 'app', ?")) {
            ps.setInt(1, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("db", rs.getString(1));
            }
        }
        assertEquals("SELECT 'db' /*native*/", wrapped.nativeSQL("SELECT 'app' /*native*/"));
        assertTrue(seen.contains("SELECT 'app' /*native*/"));
    }

    @Test
    void aHookFailureIsTheCallersSqlException() {
        SqlHook failing = new SqlHook(sql -> {
            throw new SQLException("cannot translate", "42000");
        }, false, 0, "hook-test", null);
        Connection c = Wrap.connection(physical, failing);
        SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> c.prepareStatement("SELECT 1"));
        assertEquals("42000", e.getSQLState());
    }
}
