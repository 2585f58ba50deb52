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
            int total = attribute(pool, "TotalConnections");
            assertTrue(total >= 2 && total <= 3, "total " + total + " for a pool of at most 3 with 2 borrowed");
            assertEquals(total - 2, attribute(pool, "IdleConnections"));
            assertEquals(0, attribute(pool, "ThreadsAwaitingConnection"));
            assertEquals(3, attribute(config, "MaximumPoolSize"), "the pool's config bean shows alchemy.pool.maximumPoolSize");
        }
        assertEquals(0, attribute(pool, "ActiveConnections"), "both connections were returned");
        assertTrue(attribute(pool, "IdleConnections") >= 2, "returned connections are idle in the pool, not closed");

        AlchemyDriver.closePools();
        assertFalse(JMX.isRegistered(pool), "closePools() must close the pool and unregister its MBean");
    }
}
