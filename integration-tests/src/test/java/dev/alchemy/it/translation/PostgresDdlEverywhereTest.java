package dev.alchemy.it.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DDL written for PostgreSQL behaves as on PostgreSQL through {@code jdbc:alchemy:} URLs: a column's own
 * {@code REFERENCES .. ON DELETE CASCADE} (which MySQL would parse and ignore, so it becomes a table constraint
 * there) cascades, and a sequence declared with PostgreSQL's short options ({@code START n INCREMENT n}) counts
 * the same.
 */
class PostgresDdlEverywhereTest {
    @TempDir
    static Path sqliteDir;

    private static Connection connect(String name) throws SQLException {
        TestDatabase db = switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            case "sqlite" -> TestDatabases.sqlite(sqliteDir, "pgddl");
            default -> TestDatabases.h2("pgddl");
        };
        return db.connectWritingIn("postgresql", List.of());
    }

    private static List<String> cascade(String name) throws SQLException {
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS pgddl_child");
            s.execute("DROP TABLE IF EXISTS pgddl_parent");
            s.execute("CREATE TABLE pgddl_parent (id INTEGER PRIMARY KEY, name VARCHAR(10) NOT NULL)");
            s.execute("CREATE TABLE pgddl_child (id INTEGER PRIMARY KEY, "
                    + "parent_id INTEGER NOT NULL REFERENCES pgddl_parent(id) ON DELETE CASCADE, label VARCHAR(10))");
            s.execute("INSERT INTO pgddl_parent (id, name) VALUES (1, 'a'), (2, 'b')");
            s.execute("INSERT INTO pgddl_child (id, parent_id, label) VALUES (10, 1, 'x'), (11, 1, 'y'), (12, 2, 'z')");
            s.execute("DELETE FROM pgddl_parent WHERE id = 1");
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, parent_id FROM pgddl_child ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + ":" + rs.getInt(2));
                }
            }
            s.execute("DROP TABLE pgddl_child");
            s.execute("DROP TABLE pgddl_parent");
            return rows;
        }
    }

    private static List<Long> sequence(String name) throws SQLException {
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            s.execute("DROP SEQUENCE IF EXISTS pgddl_seq");
            s.execute("CREATE SEQUENCE pgddl_seq START 100 INCREMENT 5");
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                try (ResultSet rs = s.executeQuery("SELECT nextval('pgddl_seq')")) {
                    rs.next();
                    values.add(rs.getLong(1));
                }
            }
            s.execute("DROP SEQUENCE pgddl_seq");
            return values;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "sqlite", "h2"})
    void aColumnsOwnReferenceCascadesAsOnPostgres(String target) throws SQLException {
        List<String> expected = cascade("postgresql");
        assertEquals(List.of("12:2"), expected);
        assertEquals(expected, cascade(target), target);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "h2"})
    void aSequenceWithPostgresShortOptionsCountsTheSame(String target) throws SQLException {
        List<Long> expected = sequence("postgresql");
        assertEquals(List.of(100L, 105L), expected);
        assertEquals(expected, sequence(target), target);
    }
}
