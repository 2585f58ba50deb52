package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pools on H2: sharing, physical reuse, a borrower never sees the previous one's state, observation, closing. */
class PoolingTest {

    private static int sessionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SESSION_ID()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Optional<PoolStats> pool(String name) {
        return AlchemyDriver.pools().stream().filter(p -> p.poolName().equals(name)).findFirst();
    }

    @Test
    void oneBorrowerAfterAnotherGetsTheSamePhysicalConnection() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:pool_reuse;alchemy.pool.maximumPoolSize=1";
        int firstSession;
        JdbcConnection firstPhysical;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            firstSession = sessionId(c);
            firstPhysical = c.unwrap(JdbcConnection.class);
        }
        for (int i = 0; i < 100; i++) {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                assertEquals(firstSession, sessionId(c));
                assertSame(firstPhysical, c.unwrap(JdbcConnection.class));
            }
        }
        PoolStats stats = pool("alchemy-h2-mem-pool_reuse-sa").orElseThrow();
        assertEquals(1, stats.totalConnections());
        assertEquals(0, stats.activeConnections());
    }

    @Test
    void sameKeySharesOnePoolAndOtherSettingsOrDriverPropertiesGetTheirOwn() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:pool_keys;DB_CLOSE_DELAY=-1;alchemy.pool.maximumPoolSize=3";
        try (Connection a = DriverManager.getConnection(url, "sa", "");
             Connection b = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(2, pool("alchemy-h2-mem-pool_keys-sa").orElseThrow().activeConnections());
            try (Connection other = DriverManager.getConnection(url + ";alchemy.pool.maximumPoolSize=4", "sa", "")) {
                PoolStats second = pool("alchemy-h2-mem-pool_keys-sa-2").orElseThrow();
                assertEquals(4, second.maximumPoolSize());
                assertEquals(1, second.activeConnections());
            }
            // translation and logging settings are not pool settings: same pool
            try (Connection echo = DriverManager.getConnection(url + ";alchemy.echo=true", "sa", "")) {
                assertEquals(3, pool("alchemy-h2-mem-pool_keys-sa").orElseThrow().activeConnections());
            }
            Properties withDriverProperty = new Properties();
            withDriverProperty.setProperty("user", "sa");
            withDriverProperty.setProperty("password", "");
            withDriverProperty.setProperty("TRACE_LEVEL_FILE", "0");
            try (Connection other = DriverManager.getConnection(url, withDriverProperty)) {
                assertEquals(1, pool("alchemy-h2-mem-pool_keys-sa-3").orElseThrow().activeConnections());
            }
        }
    }

    @Test
    void aPoolWhoseCreationFailedIsNotKept(@TempDir Path dir) throws SQLException {
        String file = dir.resolve("later").toString().replace('\\', '/');
        String url = "jdbc:alchemy:h2:file:" + file + ";IFEXISTS=TRUE;alchemy.pool.maximumPoolSize=1";
        SQLException missing = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", ""));
        assertTrue(missing.getMessage().contains("refused the connection"), missing.getMessage());
        assertEquals("90146", missing.getSQLState(), "H2's own SQLState for a missing database is kept");
        DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "").close(); // now the database exists
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(1, sessionIdCount(c));
        }
        AlchemyDriver.closePools();
    }

    private static int sessionIdCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void poolFalseOpensAPhysicalConnectionPerConnect() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:pool_off;DB_CLOSE_DELAY=-1;alchemy.pool=false";
        int before = AlchemyDriver.pools().size();
        try (Connection a = DriverManager.getConnection(url, "sa", "");
             Connection b = DriverManager.getConnection(url, "sa", "")) {
            assertNotEquals(sessionId(a), sessionId(b));
            assertTrue(a.isWrapperFor(JdbcConnection.class));
            assertFalse(a.unwrap(JdbcConnection.class).getClass().getName().contains("Hikari"));
        }
        assertEquals(before, AlchemyDriver.pools().size());
        assertTrue(AlchemyDriver.pools().stream().noneMatch(p -> p.poolName().contains("pool_off")));
    }

    @Test
    void borrowerNeverSeesThePreviousBorrowersState() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:pool_state;DB_CLOSE_DELAY=-1;alchemy.pool.maximumPoolSize=1";
        try (Connection setup = DriverManager.getConnection(url, "sa", "");
             Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE pool_state_items (id INT PRIMARY KEY)");
            s.execute("CREATE SCHEMA pool_state_other");
        }
        int defaultIsolation;
        int defaultHoldability;
        Statement leftOpen;
        ResultSet leftOpenRows;
        PreparedStatement leftPrepared;
        try (Connection first = DriverManager.getConnection(url, "sa", "")) {
            defaultIsolation = first.getTransactionIsolation();
            defaultHoldability = first.getHoldability();
            first.setAutoCommit(false);
            first.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            first.setSchema("POOL_STATE_OTHER");
            int changedHoldability = defaultHoldability == ResultSet.HOLD_CURSORS_OVER_COMMIT
                    ? ResultSet.CLOSE_CURSORS_AT_COMMIT : ResultSet.HOLD_CURSORS_OVER_COMMIT;
            first.setHoldability(changedHoldability);
            assertEquals(changedHoldability, first.getHoldability());
            try (Statement insert = first.createStatement()) {
                insert.executeUpdate("INSERT INTO PUBLIC.pool_state_items VALUES (1)");
            }
            leftOpen = first.createStatement();
            leftOpenRows = leftOpen.executeQuery("SELECT 1");
            leftPrepared = first.prepareStatement("SELECT 2");
            // closed without commit, with a statement, a result set and a prepared statement still open
        }
        assertTrue(leftOpen.isClosed(), "open statements are closed when the connection returns");
        assertTrue(leftOpenRows.isClosed(), "open result sets are closed when the connection returns");
        assertTrue(leftPrepared.isClosed(), "open prepared statements are closed when the connection returns");
        try (Connection second = DriverManager.getConnection(url, "sa", "")) {
            assertTrue(second.getAutoCommit(), "auto-commit restored");
            assertEquals(defaultIsolation, second.getTransactionIsolation(), "isolation restored");
            assertEquals("PUBLIC", second.getSchema(), "schema restored");
            assertEquals(defaultHoldability, second.getHoldability(), "holdability restored");
            try (Statement s = second.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PUBLIC.pool_state_items")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "uncommitted work rolled back");
            }
            try (Statement s = second.createStatement()) {
                s.execute("DROP TABLE pool_state_items");
                s.execute("DROP SCHEMA pool_state_other");
            }
        }
    }

    @Test
    void poolsAreObservableThroughTheApiAndJmx() throws Exception {
        String url = "jdbc:alchemy:h2:mem:pool_observe;DB_CLOSE_DELAY=-1;alchemy.pool.maximumPoolSize=3;alchemy.pool.poolName=observe-me";
        try (Connection a = DriverManager.getConnection(url, "sa", "");
             Connection b = DriverManager.getConnection(url, "sa", "")) {
            PoolStats stats = pool("observe-me").orElseThrow();
            assertEquals(2, stats.activeConnections());
            assertEquals(3, stats.maximumPoolSize());
            assertEquals(stats.totalConnections(), stats.activeConnections() + stats.idleConnections());
            assertEquals("jdbc:h2:mem:pool_observe;DB_CLOSE_DELAY=-1", stats.url());
            assertFalse(stats.ownedByDataSource());
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName("com.zaxxer.hikari:type=Pool (observe-me)");
            assertTrue(jmx.isRegistered(name));
            assertEquals(2, jmx.getAttribute(name, "ActiveConnections"));
            assertEquals("observe-me", AlchemyDriver.poolName(url, props()));
        }
    }

    private static Properties props() {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        return p;
    }

    @Test
    void derivedPoolNamesAreStableAndJmxSafe() throws SQLException {
        AlchemyUrl url = AlchemyUrl.parse("jdbc:alchemy:postgresql://bob:pw@db.example.com:5432/app?ssl=true");
        assertEquals("alchemy-postgresql-db.example.com-5432-app-alice", ConnectionConfig.derivedPoolName(url, "alice"));
        assertEquals("alchemy-sqlserver-sql1-1433", ConnectionConfig.derivedPoolName(
                AlchemyUrl.parse("jdbc:alchemy:sqlserver://sql1:1433;databaseName=x"), ""));
        assertTrue(ConnectionConfig.derivedPoolName(AlchemyUrl.parse("jdbc:alchemy:sqlite:C:\\data\\a b.db"), "")
                .matches("[A-Za-z0-9._-]+"));
    }

    @Test
    void explicitPoolNameTakenByAnotherLivePoolIsAnError() throws SQLException {
        String base = "jdbc:alchemy:h2:mem:pool_names;DB_CLOSE_DELAY=-1;alchemy.pool.poolName=taken-name";
        try (Connection a = DriverManager.getConnection(base, "sa", "")) {
            SQLException e = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(base + ";alchemy.pool.maximumPoolSize=2", "sa", ""));
            assertEquals("08001", e.getSQLState());
            assertTrue(e.getMessage().contains("already named 'taken-name'"), e.getMessage());
        }
    }

    @Test
    void closePoolsClosesThemAndTheNextConnectStartsAFreshOne() throws Exception {
        String url = "jdbc:alchemy:h2:mem:pool_close;DB_CLOSE_DELAY=-1;alchemy.pool.maximumPoolSize=1";
        String name = "alchemy-h2-mem-pool_close-sa";
        JdbcConnection before;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            before = c.unwrap(JdbcConnection.class);
        }
        assertTrue(pool(name).isPresent());
        AlchemyDriver.closePools();
        assertTrue(pool(name).isEmpty());
        assertTrue(before.isClosed(), "the physical connection was closed with its pool");
        assertFalse(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName("com.zaxxer.hikari:type=Pool (" + name + ")")));
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertFalse(c.unwrap(JdbcConnection.class).isClosed());
            assertTrue(pool(name).isPresent());
        }
        List<PoolStats> all = AlchemyDriver.pools();
        assertEquals(all.size(), all.stream().map(PoolStats::poolName).distinct().count(), "pool names are unique");
    }

    @Test
    void deregisteringTheDriverClosesEveryPool() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:pool_deregister;DB_CLOSE_DELAY=-1;alchemy.pool.poolName=deregister-driver";
        DriverManager.getConnection(url, "sa", "").close();
        AlchemyDataSource ds = new AlchemyDataSource("jdbc:alchemy:h2:mem:pool_deregister;alchemy.pool.poolName=deregister-ds", "sa", "");
        ds.getConnection().close();
        assertTrue(pool("deregister-driver").isPresent());
        assertTrue(pool("deregister-ds").isPresent());
        java.sql.Driver registered = DriverManager.getDriver(url);
        try {
            DriverManager.deregisterDriver(registered); // runs the DriverAction, as an app server's undeploy does
            assertTrue(pool("deregister-driver").isEmpty());
            assertTrue(pool("deregister-ds").isEmpty());
        } finally {
            DriverManager.registerDriver(new AlchemyDriver()); // later tests need the driver
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertTrue(pool("deregister-driver").isPresent(), "a new registration pools again");
        }
    }

    /**
     * A connection killed behind the pool's back (H2's ABORT_SESSION, like pg_terminate_backend) costs the caller
     * at most the statement in flight: the next borrow gets a live connection, with no restart.
     */
    @Test
    void aKilledConnectionIsReplaced() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:pool_killed;DB_CLOSE_DELAY=-1;alchemy.pool.maximumPoolSize=1";
        int victim;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            victim = sessionId(c);
        }
        try (Connection admin = DriverManager.getConnection("jdbc:h2:mem:pool_killed", "sa", "");
             Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT ABORT_SESSION(" + victim + ")")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "the pooled session was aborted");
        }
        int failures = 0;
        Integer replacement = null;
        for (int attempt = 0; attempt < 2 && replacement == null; attempt++) {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                replacement = sessionId(c);
            } catch (SQLException inFlight) {
                failures++;
            }
        }
        assertTrue(failures <= 1, "at most the statement in flight fails");
        assertTrue(replacement != null && replacement != victim, "a new physical connection replaced the dead one");
    }

    /** Each connection to SQLite's :memory: is its own database: the pool must keep exactly one, forever. */
    @Test
    void privateInMemoryDatabasesKeepOneConnection() throws SQLException {
        String url = "jdbc:alchemy:sqlite::memory:?alchemy.pool.poolName=sqlite-private-memory";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pool_memory_items (id INTEGER)");
            s.execute("INSERT INTO pool_memory_items VALUES (1)");
        }
        for (int i = 0; i < 3; i++) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pool_memory_items")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the table is still there on the next borrow");
            }
        }
        assertEquals(1, pool("sqlite-private-memory").orElseThrow().maximumPoolSize());
        assertTrue(AlchemyUrl.parse("jdbc:alchemy:h2:mem:").isPrivateInMemory());
        assertFalse(AlchemyUrl.parse("jdbc:alchemy:h2:mem:named").isPrivateInMemory());
        assertFalse(AlchemyUrl.parse("jdbc:alchemy:sqlite:file::memory:?cache=shared").isPrivateInMemory());
        assertFalse(AlchemyUrl.parse("jdbc:alchemy:sqlite:/tmp/x.db").isPrivateInMemory());
        try (Connection c = DriverManager.getConnection(url)) {
            PreparedStatement drop = c.prepareStatement("DROP TABLE pool_memory_items");
            drop.execute();
        }
    }
}
