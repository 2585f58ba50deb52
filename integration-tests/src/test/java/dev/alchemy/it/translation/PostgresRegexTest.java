package dev.alchemy.it.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL's regular expression operators ({@code ~}, {@code ~*}, {@code !~}, {@code !~*}) written for PostgreSQL
 * match the same rows on MariaDB (REGEXP with an inline case flag, since REGEXP follows the column's usually
 * case-insensitive collation) and on H2 (REGEXP_LIKE) as on PostgreSQL, a bound pattern included.
 */
class PostgresRegexTest {
    private static TestDatabase database(String name) {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            default -> TestDatabases.h2("pgregex");
        };
    }

    private static List<String> matches(String name) throws SQLException {
        try (Connection c = database(name).connectWritingIn("postgresql", List.of("DROP TABLE IF EXISTS pgre_words",
                "CREATE TABLE pgre_words (id INTEGER PRIMARY KEY, w VARCHAR(20) NOT NULL)",
                "INSERT INTO pgre_words (id, w) VALUES (1, 'apple'), (2, 'Apricot'), (3, 'banana'), (4, 'CHERRY')"))) {
            List<String> out = new ArrayList<>();
            for (String sql : List.of("SELECT id FROM pgre_words WHERE w ~ '^a' ORDER BY id",
                    "SELECT id FROM pgre_words WHERE w ~* '^a' ORDER BY id",
                    "SELECT id FROM pgre_words WHERE w !~ '[a-z]' ORDER BY id",
                    "SELECT id FROM pgre_words WHERE w !~* 'an' ORDER BY id",
                    "SELECT id FROM pgre_words WHERE w ~ ? ORDER BY id")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (sql.contains("?")) {
                        ps.setString(1, "r+[iy]");
                    }
                    List<Integer> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getInt(1));
                        }
                    }
                    out.add(ids.toString());
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE pgre_words");
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "h2"})
    void regularExpressionsMatchWhatPostgresMatches(String target) throws SQLException {
        List<String> expected = matches("postgresql");
        assertEquals(List.of("[1]", "[1, 2]", "[4]", "[1, 2, 4]", "[2]"), expected);
        assertEquals(expected, matches(target), target);
    }
}
