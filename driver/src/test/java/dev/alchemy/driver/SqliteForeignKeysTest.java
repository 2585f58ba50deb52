package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite checks foreign keys only when a connection asks; through {@code jdbc:alchemy:sqlite:} every connection
 * asks, as the databases an application moves from always check, unless the URL or the properties say
 * {@code foreign_keys=false}.
 */
class SqliteForeignKeysTest {
    @TempDir
    Path dir;

    private static int foreignKeys(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void foreignKeysAreCheckedUnlessTheUrlTurnsThemOff() throws SQLException {
        assertEquals(1, foreignKeys("jdbc:alchemy:sqlite:" + dir.resolve("on.db")));
        assertEquals(0, foreignKeys("jdbc:alchemy:sqlite:" + dir.resolve("off.db") + "?foreign_keys=false"));
    }

    @Test
    void aRowReferringToNoParentIsRefused() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:alchemy:sqlite:" + dir.resolve("fk.db"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            s.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id))");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO child (id, parent_id) VALUES (1, 42)"));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        }
    }
}
