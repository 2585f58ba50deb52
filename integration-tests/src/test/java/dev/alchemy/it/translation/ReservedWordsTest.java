package dev.alchemy.it.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translator quotes the names a target reserves from lists read off the databases: every listed word must
 * really be refused bare by its database as an alias, a column or a table name, and accepted quoted, or the
 * list would quote more than it must; and a table written for PostgreSQL with columns named after such words works
 * through {@code jdbc:alchemy:} URLs on each database as on PostgreSQL.
 */
class ReservedWordsTest {
    @TempDir
    static Path sqliteDir;

    private static TestDatabase database(String name) {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "mysql" -> TestDatabases.mariadb();
            case "sqlite" -> TestDatabases.sqlite(sqliteDir, "reserved");
            default -> TestDatabases.h2("reserved");
        };
    }

    private static List<String> words(String list) throws IOException {
        List<String> words = new ArrayList<>();
        try (InputStream in = ReservedWordsTest.class.getResourceAsStream("/dev/alchemy/translator/reserved/" + list + ".txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.trim());
                }
            }
        }
        return words;
    }

    /** Whether {@code sql} runs; drops what it created ({@code dropAfter}). */
    private static boolean runs(Statement s, String sql, String dropAfter) {
        try {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            return false;
        } finally {
            try {
                s.execute("DROP TABLE IF EXISTS " + dropAfter);
            } catch (SQLException ignored) {
                // nothing was created
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mysql", "sqlite", "h2"})
    void everyListedWordIsRefusedBareAndAcceptedQuoted(String name) throws Exception {
        TestDatabase db = database(name);
        String open = name.equals("mysql") ? "`" : "\"";
        String close = open;
        List<String> notReserved = new ArrayList<>();
        List<String> notQuotable = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.realUrl(), db.user(), db.password()); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            List<String> words = words(name);
            assertTrue(words.size() > 40, name + " lists " + words.size() + " words");
            for (String w : words) {
                String quoted = open + w.toLowerCase() + close;
                // as an alias, a column and a table name: the three places the translator quotes it
                boolean bare = runs(s, "SELECT 1 AS " + w, "rw_probe") && runs(s, "CREATE TABLE rw_probe (" + w + " INT)", "rw_probe")
                        && runs(s, "CREATE TABLE " + w + " (x INT)", quoted);
                if (bare) {
                    notReserved.add(w);
                }
                if (!runs(s, "CREATE TABLE rw_probe (" + quoted + " INT)", "rw_probe")
                        || !runs(s, "CREATE TABLE " + quoted + " (x INT)", quoted)) {
                    notQuotable.add(w);
                }
            }
        }
        assertEquals(List.of(), notReserved, name + " accepts these listed words bare: they need no quotes there");
        assertEquals(List.of(), notQuotable, name + " refuses these words even quoted");
    }

    private static List<String> stats(String name) throws SQLException {
        try (Connection c = database(name).connectWritingIn("postgresql", List.of()); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS rw_stats");
            s.execute("CREATE TABLE rw_stats (id INTEGER PRIMARY KEY, rank INTEGER, groups INTEGER, month INTEGER, position INTEGER, day INTEGER)");
            s.execute("CREATE INDEX rw_stats_month ON rw_stats (month)");
            s.execute("INSERT INTO rw_stats (id, rank, groups, month, position, day) VALUES (1, 2, 3, 4, 5, 8), (2, 1, 3, 7, 6, 9)");
            s.execute("UPDATE rw_stats SET groups = groups + 1 WHERE rank = 1");
            List<String> rows = new ArrayList<>();
            // a bare day, like year or month, is read by JSqlParser as a date unit: from PostgreSQL it is a column
            try (ResultSet rs = s.executeQuery("SELECT r.id, r.rank, r.groups AS groups, r.month AS month, position, day "
                    + "FROM rw_stats r WHERE day > 0 ORDER BY rank")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3) + ":" + rs.getInt(4) + ":" + rs.getInt(5)
                            + ":" + rs.getInt(6));
                }
            }
            s.execute("DROP TABLE rw_stats");
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mysql", "sqlite", "h2"})
    void columnsNamedAfterReservedWordsWorkAsOnPostgres(String target) throws SQLException {
        List<String> expected = stats("postgresql");
        assertEquals(List.of("2:1:4:7:6:9", "1:2:3:4:5:8"), expected);
        assertEquals(expected, stats(target), target);
    }

    /** A settings table of key/value rows: names JSqlParser reads as other databases' keywords, and H2 reserves. */
    private static List<String> settings(String name) throws SQLException {
        try (Connection c = database(name).connectWritingIn("postgresql", List.of("DROP TABLE IF EXISTS settings",
                "CREATE TABLE settings (key VARCHAR(50) PRIMARY KEY, value TEXT)"))) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)")) {
                for (String[] kv : new String[][] {{"theme", "dark"}, {"lang", "en"}}) {
                    ps.setString(1, kv[0]);
                    ps.setString(2, kv[1]);
                    ps.executeUpdate();
                }
            }
            try (java.sql.PreparedStatement ps = c.prepareStatement("UPDATE settings SET value = ? WHERE key = ?")) {
                ps.setString(1, "fr");
                ps.setString(2, "lang");
                ps.executeUpdate();
            }
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM settings ORDER BY key")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getString(2));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE settings");
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mysql", "sqlite", "h2"})
    void aSettingsTableOfKeysAndValuesWorksAsOnPostgres(String target) throws SQLException {
        List<String> expected = settings("postgresql");
        assertEquals(List.of("lang=fr", "theme=dark"), expected);
        assertEquals(expected, settings(target), target);
    }
}
