package dev.alchemy.it.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PostgreSQL's UPDATE .. FROM and DELETE .. USING, with {@code ?} markers, sent through {@code jdbc:alchemy:} URLs
 * written for PostgreSQL ({@code alchemy.sourceDialect=postgresql}, {@code onError=fail}) leave the same rows on
 * MariaDB, SQLite and H2 as on PostgreSQL. H2 runs UPDATE .. FROM as a MERGE whose ON condition comes before SET,
 * so its markers are rebound in another order.
 */
class PostgresDmlEverywhereTest {
    private static final List<String> SETUP = List.of(
            "DROP TABLE IF EXISTS pgdml_orders",
            "DROP TABLE IF EXISTS pgdml_customers",
            "CREATE TABLE pgdml_customers (id INTEGER PRIMARY KEY, level VARCHAR(10) NOT NULL, banned BOOLEAN NOT NULL)",
            "CREATE TABLE pgdml_orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status VARCHAR(10) NOT NULL)",
            "INSERT INTO pgdml_customers (id, level, banned) VALUES (1, 'gold', FALSE), (2, 'tin', FALSE), (3, 'gold', TRUE)",
            "INSERT INTO pgdml_orders (id, customer_id, status) VALUES (10, 1, 'new'), (11, 2, 'new'), (12, 3, 'new'), (13, 1, 'new')");

    @TempDir
    static Path sqliteDir;

    static Stream<String> targets() {
        return Stream.of("mariadb", "sqlite", "h2");
    }

    private static TestDatabase database(String name) {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            case "sqlite" -> TestDatabases.sqlite(sqliteDir, "pgdml");
            default -> TestDatabases.h2("pgdml");
        };
    }

    private static Connection connectWithTables(String name) throws SQLException {
        return database(name).connectWritingIn("postgresql", SETUP);
    }

    /** The orders after the same statements, run on {@code name} through Alchemy's driver. */
    private static List<String> run(String name) throws SQLException {
        try (Connection c = connectWithTables(name)) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pgdml_orders o SET status = ? FROM pgdml_customers c "
                    + "WHERE c.id = o.customer_id AND c.level = ? AND NOT c.banned")) {
                ps.setString(1, "priority");
                ps.setString(2, "gold");
                assertEquals(2, ps.executeUpdate(), name);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM pgdml_orders o USING pgdml_customers c WHERE c.id = o.customer_id AND (c.banned OR c.level = ?)")) {
                ps.setString(1, "tin");
                assertEquals(2, ps.executeUpdate(), name);
            }
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, status FROM pgdml_orders ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + ":" + rs.getString(2));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE pgdml_orders");
                s.execute("DROP TABLE pgdml_customers");
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void updateFromAndDeleteUsingLeaveWhatPostgresLeaves(String target) throws SQLException {
        List<String> expected = run("postgresql");
        assertEquals(List.of("10:priority", "13:priority"), expected);
        assertEquals(expected, run(target), target);
    }

    /** The rows an UPDATE or DELETE .. RETURNING hands back (H2 reads them from its delta tables). */
    private static List<String> returned(String name) throws SQLException {
        try (Connection c = connectWithTables(name)) {
            List<String> rows = new ArrayList<>();
            for (String[] step : new String[][] {
                    {"UPDATE pgdml_orders o SET status = ? WHERE o.customer_id = ? RETURNING o.id, status", "held", "1"},
                    {"DELETE FROM pgdml_orders WHERE status = ? RETURNING id, customer_id", "held", null}}) {
                try (PreparedStatement ps = c.prepareStatement(step[0])) {
                    ps.setString(1, step[1]);
                    if (step[2] != null) {
                        ps.setInt(2, Integer.parseInt(step[2]));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        List<String> part = new ArrayList<>();
                        while (rs.next()) {
                            part.add(rs.getString(1) + ":" + rs.getString(2));
                        }
                        part.sort(null);
                        rows.addAll(part);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE pgdml_orders");
                s.execute("DROP TABLE pgdml_customers");
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sqlite", "h2"})
    void updateAndDeleteReturningHandBackWhatPostgresHandsBack(String target) throws SQLException {
        List<String> expected = returned("postgresql");
        assertEquals(List.of("10:held", "13:held", "10:1", "13:1"), expected);
        assertEquals(expected, returned(target), target);
    }
}
