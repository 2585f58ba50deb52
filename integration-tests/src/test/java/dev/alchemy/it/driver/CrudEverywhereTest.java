package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same create/insert/select/update/delete through {@code jdbc:alchemy:} on every target with a real engine. */
class CrudEverywhereTest {
    @TempDir
    static Path sqliteDir;

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    private static TestDatabase database(String name) {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            case "sqlite" -> TestDatabases.sqlite(sqliteDir, DriverTests.unique("drv_crud"));
            case "h2" -> TestDatabases.h2(DriverTests.unique("drv_crud"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A vendor type that only the real driver's connection implements: unwrap must reach it. */
    private static Class<?> realConnectionType(String name) throws ClassNotFoundException {
        return Class.forName(switch (name) {
            case "postgresql" -> "org.postgresql.PGConnection";
            case "mariadb" -> "org.mariadb.jdbc.Connection";
            case "sqlite" -> "org.sqlite.SQLiteConnection";
            case "h2" -> "org.h2.jdbc.JdbcConnection";
            default -> throw new IllegalArgumentException(name);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void crud(String name) throws Exception {
        TestDatabase db = database(name);
        String table = DriverTests.unique("drv_crud");
        String url = db.alchemyUrl("alchemy.pool.poolName=" + table + "&alchemy.pool.maximumPoolSize=2");
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
            assertTrue(c.isWrapperFor(realConnectionType(name)));
            assertTrue(realConnectionType(name).isInstance(c.unwrap(realConnectionType(name))),
                    "unwrap must reach the real driver's connection");
            DatabaseMetaData md = c.getMetaData();
            assertSame(c, md.getConnection(), "DatabaseMetaData.getConnection() must return Alchemy's connection");

            try (Statement s = c.createStatement()) {
                assertSame(c, s.getConnection(), "Statement.getConnection() must return Alchemy's connection");
                s.executeUpdate("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, qty INTEGER)");
            }
            try {
                // create, in a batch inside a transaction
                c.setAutoCommit(false);
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " (id, name, qty) VALUES (?, ?, ?)")) {
                    assertSame(c, ins.getConnection());
                    String[] names = {"apple", "pear", "plum"};
                    for (int i = 0; i < names.length; i++) {
                        ins.setInt(1, i + 1);
                        ins.setString(2, names[i]);
                        ins.setInt(3, (i + 1) * 10);
                        ins.addBatch();
                    }
                    int[] counts = ins.executeBatch();
                    assertEquals(3, counts.length);
                    for (int n : counts) {
                        assertTrue(n == 1 || n == Statement.SUCCESS_NO_INFO, "batch count " + n);
                    }
                }
                c.commit();
                c.setAutoCommit(true);

                // read
                assertEquals(List.of("apple:10", "pear:20", "plum:30"), rows(c, table));

                // update
                try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET qty = qty + ? WHERE name = ?")) {
                    up.setInt(1, 5);
                    up.setString(2, "pear");
                    assertEquals(1, up.executeUpdate());
                }
                // a rolled-back update leaves no trace
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE " + table + " SET qty = 0");
                }
                c.rollback();
                c.setAutoCommit(true);

                // delete
                try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                    del.setInt(1, 1);
                    assertEquals(1, del.executeUpdate());
                }
                assertEquals(List.of("pear:25", "plum:30"), rows(c, table));
            } finally {
                c.setAutoCommit(true);
                DriverTests.execute(c, "DROP TABLE " + table);
            }
        }
        // a second borrower of the same pool sees the table gone: the work was really on the database
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
            assertFalse(tables.contains(table), tables::toString);
        }
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, qty FROM " + table + " WHERE qty > ? ORDER BY id")) {
            ps.setInt(1, 0);
            try (ResultSet rs = ps.executeQuery()) {
                assertSame(ps, rs.getStatement(), "ResultSet.getStatement() must return Alchemy's statement");
                while (rs.next()) {
                    out.add(rs.getString(1) + ":" + rs.getInt(2));
                }
            }
        }
        return out;
    }
}
