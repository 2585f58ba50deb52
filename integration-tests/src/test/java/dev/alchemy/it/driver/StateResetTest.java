package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A borrower never sees what the previous borrower left behind. Every test uses a pool of ONE connection
 * and checks that the second borrower really got the same backend, so the reset is what is being tested.
 */
class StateResetTest {
    private TestDatabase pg;
    private String settings;
    private String table;
    private String schema;

    @BeforeEach
    void setUp() throws SQLException {
        pg = TestDatabases.postgres();
        String name = DriverTests.unique("drv_reset");
        settings = "ApplicationName=" + name + "&alchemy.pool.maximumPoolSize=1";
        table = name + "_items";
        schema = name + "_schema";
        try (Connection c = DriverTests.direct(pg)) {
            DriverTests.execute(c, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(40))");
            DriverTests.execute(c, "CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        AlchemyDriver.closePools();
        try (Connection c = DriverTests.direct(pg)) {
            DriverTests.execute(c, "DROP TABLE IF EXISTS " + table);
            DriverTests.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    private Connection borrow() throws SQLException {
        return DriverTests.alchemy(pg, settings);
    }

    @Test
    void uncommittedWorkIsRolledBack() throws SQLException {
        int pid;
        try (Connection first = borrow()) {
            pid = DriverTests.backendPid(first);
            first.setAutoCommit(false);
            try (PreparedStatement ps = first.prepareStatement("INSERT INTO " + table + " (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 1);
                ps.setString(2, "left behind");
                ps.executeUpdate();
            }
            // closed without commit
        }
        try (Connection second = borrow()) {
            assertEquals(pid, DriverTests.backendPid(second), "pool of one must hand out the same backend");
            assertEquals(0, DriverTests.count(second, table), "the next borrower sees the row the first never committed");
        }
        try (Connection outside = DriverTests.direct(pg)) {
            assertEquals(0, DriverTests.count(outside, table), "uncommitted insert became visible to others");
            // the row lock is gone too: inserting the same key does not block or collide
            DriverTests.execute(outside, "INSERT INTO " + table + " (id, name) VALUES (1, 'fresh')");
        }
    }

    @Test
    void autoCommitIsRestored() throws SQLException {
        int pid;
        try (Connection first = borrow()) {
            pid = DriverTests.backendPid(first);
            first.setAutoCommit(false);
            first.commit();
        }
        try (Connection second = borrow()) {
            assertEquals(pid, DriverTests.backendPid(second), "pool of one must hand out the same backend");
            assertTrue(second.getAutoCommit(), "autocommit left off by the previous borrower");
            DriverTests.execute(second, "INSERT INTO " + table + " (id, name) VALUES (2, 'autocommitted')");
        }
        try (Connection outside = DriverTests.direct(pg)) {
            assertEquals(1, DriverTests.count(outside, table), "an insert with autocommit on must be visible at once");
        }
    }

    @Test
    void isolationIsRestored() throws SQLException {
        int pid;
        int defaultIsolation;
        String serverDefault;
        try (Connection first = borrow()) {
            pid = DriverTests.backendPid(first);
            defaultIsolation = first.getTransactionIsolation();
            serverDefault = DriverTests.queryString(first, "SHOW transaction_isolation");
            assertNotEquals("serializable", serverDefault, "the server's default must differ from what the test sets");
            first.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertEquals("serializable", DriverTests.queryString(first, "SHOW transaction_isolation"));
        }
        try (Connection second = borrow()) {
            assertEquals(pid, DriverTests.backendPid(second), "pool of one must hand out the same backend");
            assertEquals(defaultIsolation, second.getTransactionIsolation());
            assertEquals(serverDefault, DriverTests.queryString(second, "SHOW transaction_isolation"),
                    "the server session still runs at the previous borrower's isolation");
        }
    }

    /**
     * With pgjdbc's default readOnlyMode=transaction a read-only flag only shapes the next BEGIN; with
     * readOnlyMode=always it becomes session state on the server, the harder case for the pool to undo.
     */
    @Test
    void readOnlyIsRestored() throws SQLException {
        settings += "&readOnlyMode=always";
        int pid;
        try (Connection first = borrow()) {
            pid = DriverTests.backendPid(first);
            first.setReadOnly(true);
            assertEquals("on", DriverTests.queryString(first, "SHOW transaction_read_only"));
        }
        try (Connection second = borrow()) {
            assertEquals(pid, DriverTests.backendPid(second), "pool of one must hand out the same backend");
            assertFalse(second.isReadOnly(), "read-only left on by the previous borrower");
            assertEquals("off", DriverTests.queryString(second, "SHOW transaction_read_only"));
            DriverTests.execute(second, "INSERT INTO " + table + " (id, name) VALUES (3, 'writable')");
        }
    }

    @Test
    void schemaIsRestored() throws SQLException {
        int pid;
        String defaultSchema;
        try (Connection first = borrow()) {
            pid = DriverTests.backendPid(first);
            defaultSchema = first.getSchema();
            first.setSchema(schema);
            assertEquals(schema, DriverTests.queryString(first, "SELECT current_schema()"));
            DriverTests.execute(first, "CREATE TABLE only_in_other_schema (id INTEGER)");
        }
        try (Connection second = borrow()) {
            assertEquals(pid, DriverTests.backendPid(second), "pool of one must hand out the same backend");
            assertEquals(defaultSchema, second.getSchema());
            assertEquals(defaultSchema, DriverTests.queryString(second, "SELECT current_schema()"),
                    "search_path still points at the previous borrower's schema");
            SQLException e = assertThrows(SQLException.class,
                    () -> DriverTests.execute(second, "SELECT * FROM only_in_other_schema"));
            assertEquals("42P01", e.getSQLState(), "unqualified name must no longer resolve in the other schema: " + e);
        }
    }

    /** PostgreSQL cannot switch catalogs on a connection; MariaDB can, so the catalog reset is proven there. */
    @Test
    void catalogIsRestoredOnMariaDb() throws SQLException {
        TestDatabase maria = TestDatabases.mariadb();
        String name = DriverTests.unique("drv_reset");
        String otherCatalog = name + "_cat";
        String mariaSettings = "alchemy.pool.poolName=" + name + "&alchemy.pool.maximumPoolSize=1";
        try (Connection c = DriverTests.direct(maria)) {
            DriverTests.execute(c, "CREATE DATABASE " + otherCatalog);
        }
        try {
            String connectionId;
            String defaultCatalog;
            try (Connection first = DriverTests.alchemy(maria, mariaSettings)) {
                connectionId = DriverTests.queryString(first, "SELECT CONNECTION_ID()");
                defaultCatalog = first.getCatalog();
                first.setCatalog(otherCatalog);
                assertEquals(otherCatalog, DriverTests.queryString(first, "SELECT DATABASE()"));
            }
            try (Connection second = DriverTests.alchemy(maria, mariaSettings)) {
                assertEquals(connectionId, DriverTests.queryString(second, "SELECT CONNECTION_ID()"),
                        "pool of one must hand out the same server connection");
                assertEquals(defaultCatalog, second.getCatalog());
                assertEquals(defaultCatalog, DriverTests.queryString(second, "SELECT DATABASE()"),
                        "the session still uses the previous borrower's database");
            }
        } finally {
            AlchemyDriver.closePools();
            try (Connection c = DriverTests.direct(maria)) {
                DriverTests.execute(c, "DROP DATABASE IF EXISTS " + otherCatalog);
            }
        }
    }

    @Test
    void openStatementsAndResultSetsAreClosed() throws SQLException {
        int pid;
        Statement statement;
        PreparedStatement prepared;
        ResultSet open;
        Statement realStatement;
        ResultSet realResultSet;
        Connection first = borrow();
        pid = DriverTests.backendPid(first);
        statement = first.createStatement();
        open = statement.executeQuery("SELECT generate_series(1, 1000)");
        assertTrue(open.next());
        prepared = first.prepareStatement("SELECT ?::int");
        // unwrap reaches the real driver's objects beneath Alchemy's (and the pool's) wrappers
        realStatement = statement.unwrap(org.postgresql.jdbc.PgStatement.class);
        realResultSet = open.unwrap(org.postgresql.jdbc.PgResultSet.class);
        first.close();

        assertTrue(first.isClosed());
        assertTrue(statement.isClosed(), "statement left open after its connection was returned");
        assertTrue(prepared.isClosed(), "prepared statement left open after its connection was returned");
        assertTrue(open.isClosed(), "result set left open after its connection was returned");
        assertTrue(realStatement.isClosed(), "the real driver's statement is still open on the pooled connection");
        assertTrue(realResultSet.isClosed(), "the real driver's result set is still open on the pooled connection");
        // the returned handle cannot reach the physical connection the next borrower now owns
        assertThrows(SQLException.class, first::createStatement);
        assertThrows(SQLException.class, () -> statement.executeQuery("SELECT 1"));

        try (Connection second = borrow()) {
            assertEquals(pid, DriverTests.backendPid(second), "pool of one must hand out the same backend");
            assertThrows(SQLException.class, () -> prepared.setInt(1, 1));
            assertEquals("1", DriverTests.queryString(second, "SELECT 1"));
        }
    }
}
