package dev.alchemy.it.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL's JSON operators ({@code ->}, {@code ->>}, {@code @>}) in SQL written for PostgreSQL, sent through
 * {@code jdbc:alchemy:} URLs, read the same values on MariaDB (JSON_EXTRACT, JSON_UNQUOTE, JSON_CONTAINS) and on
 * SQLite (its own {@code ->} and {@code ->>}) as on PostgreSQL, JSON nulls and missing members included.
 */
class PostgresJsonEverywhereTest {
    private static final List<String> SETUP = List.of(
            "DROP TABLE IF EXISTS pgjson_docs",
            "CREATE TABLE pgjson_docs (id INTEGER PRIMARY KEY, data JSONB NOT NULL)",
            "INSERT INTO pgjson_docs (id, data) VALUES (1, '{\"name\": \"ann\", \"kind\": \"x\", \"a\": {\"b\": 1.5}, \"tags\": [\"t1\", \"t2\"], \"nul\": null}')",
            "INSERT INTO pgjson_docs (id, data) VALUES (2, '{\"name\": \"it''s\", \"kind\": \"y\", \"a\": {\"b\": \"deep\"}, \"tags\": []}')",
            "INSERT INTO pgjson_docs (id, data) VALUES (3, '{\"kind\": \"x\", \"a\": {}}')");
    private static final String READ = "SELECT id, data->>'name', data->'a'->>'b', data->'tags'->>0, data->>'nul', "
            + "data->>'missing' FROM pgjson_docs WHERE data->>'kind' = ? ORDER BY data->>'name' NULLS FIRST, id";
    private static final String CONTAINS = "SELECT id FROM pgjson_docs WHERE data @> '{\"kind\": \"x\"}' ORDER BY id";

    @TempDir
    static Path sqliteDir;

    private static TestDatabase database(String name) {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            default -> TestDatabases.sqlite(sqliteDir, "pgjson");
        };
    }

    private static Connection connect(String name) throws SQLException {
        return database(name).connectWritingIn("postgresql", SETUP);
    }

    private static List<List<String>> rows(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int k = 1; k <= n; k++) {
                        row.add(rs.getString(k));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static List<List<String>> read(String name) throws SQLException {
        try (Connection c = connect(name)) {
            return rows(c, READ, "x");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "sqlite"})
    void membersReadAsPostgresReadsThem(String target) throws SQLException {
        List<List<String>> expected = read("postgresql");
        assertEquals(List.of(java.util.Arrays.asList("3", null, null, null, null, null),
                java.util.Arrays.asList("1", "ann", "1.5", "t1", null, null)), expected);
        assertEquals(expected, read(target), target);
    }

    @Test
    void containmentOnMariaDb() throws SQLException {
        List<List<String>> expected;
        try (Connection pg = connect("postgresql")) {
            expected = rows(pg, CONTAINS);
        }
        assertEquals(List.of(List.of("1"), List.of("3")), expected);
        try (Connection maria = connect("mariadb")) {
            assertEquals(expected, rows(maria, CONTAINS));
        }
    }
}
