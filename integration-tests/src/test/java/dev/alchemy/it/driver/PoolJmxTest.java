package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A pool can be watched from outside: HikariCP's MBeans, under the pool's name, with figures that add up. */
class PoolJmxTest {
    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    private static int attribute(ObjectName bean, String name) throws Exception {
        return (Integer) JMX.getAttribute(bean, name);
    }

    /** Waits, within a bound, for the pool's background fill so the figures compared below stand still. */
    private static void awaitTotal(ObjectName pool, int expected) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (attribute(pool, "TotalConnections") < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void poolMBeanShowsActiveIdleAndTotalConnections() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String poolName = DriverTests.unique("drv_jmx");
        String url = pg.alchemyUrl("ApplicationName=" + poolName + "&alchemy.pool.poolName=" + poolName
                + "&alchemy.pool.registerMbeans=true&alchemy.pool.maximumPoolSize=3");
        ObjectName pool = new ObjectName("com.zaxxer.hikari:type=Pool (" + poolName + ")");
        ObjectName config = new ObjectName("com.zaxxer.hikari:type=PoolConfig (" + poolName + ")");
        assertFalse(JMX.isRegistered(pool), "no pool before the first connect");

        try (Connection a = java.sql.DriverManager.getConnection(url, pg.user(), pg.password());
             Connection b = java.sql.DriverManager.getConnection(url, pg.user(), pg.password())) {
            DriverTests.execute(a, "SELECT 1");
            DriverTests.execute(b, "SELECT 1");
            assertTrue(JMX.isRegistered(pool), "HikariCP's pool MBean must be registered as " + pool);
            assertEquals(2, attribute(pool, "ActiveConnections"), "two connections are borrowed");
            // a fixed-size pool (minimumIdle defaults to the maximum) fills itself in the background
            awaitTotal(pool, 3);
            assertEquals(3, attribute(pool, "TotalConnections"));
            assertEquals(1, attribute(pool, "IdleConnections"));
            assertEquals(0, attribute(pool, "ThreadsAwaitingConnection"));
            assertEquals(3, attribute(config, "MaximumPoolSize"), "the pool's config bean shows alchemy.pool.maximumPoolSize");
        }
        assertEquals(0, attribute(pool, "ActiveConnections"), "both connections were returned");
        assertTrue(attribute(pool, "IdleConnections") >= 2, "returned connections are idle in the pool, not closed");

        AlchemyDriver.closePools();
        assertFalse(JMX.isRegistered(pool), "closePools() must close the pool and unregister its MBean");
    }

    /**
     * Without alchemy.pool.poolName the pool gets the documented stable name alchemy-DATABASE-HOST-PORT-DB-USER,
     * so a JMX console finds the same pool again after a restart; AlchemyDriver.pools() shows the same figures.
     */
    @Test
    void defaultPoolNameIsStableAndPoolsReportsTheSameFigures() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        AlchemyDriver.closePools(); // the derived name belongs to the first live pool of this URL and user
        String url = pg.alchemyUrl("ApplicationName=" + DriverTests.unique("drv_jmx"));
        java.util.Properties credentials = DriverTests.credentials(pg);
        String name = AlchemyDriver.poolName(url, credentials);
        if (pg.realUrl().equals("jdbc:postgresql://127.0.0.1:5432/test")) {
            assertEquals("alchemy-postgresql-127.0.0.1-5432-test-" + pg.user(), name, "the documented derived name");
        }
        ObjectName pool = new ObjectName("com.zaxxer.hikari:type=Pool (" + name + ")");
        try (Connection held = java.sql.DriverManager.getConnection(url, credentials)) {
            DriverTests.execute(held, "SELECT 1");
            assertTrue(JMX.isRegistered(pool), "pool MBean must be registered by default as " + pool);
            assertEquals(1, attribute(pool, "ActiveConnections"));
            awaitTotal(pool, 10);
            dev.alchemy.driver.PoolStats stats = AlchemyDriver.pools().stream()
                    .filter(p -> p.poolName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("AlchemyDriver.pools() does not list " + name + ": " + AlchemyDriver.pools()));
            assertEquals(1, stats.activeConnections());
            assertEquals(attribute(pool, "TotalConnections"), stats.totalConnections());
            assertEquals(stats.totalConnections(), stats.activeConnections() + stats.idleConnections());
            assertEquals(10, stats.maximumPoolSize(), "HikariCP's default size");
            assertFalse(stats.ownedByDataSource());
        }
        assertEquals(name, AlchemyDriver.poolName(url, credentials), "the same URL keeps its pool and name");
    }
}
