package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.driver.PoolStats;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A setting may come from a system property, the connect Properties or the URL; the later wins. Observed on the
 * live pool (its size as the pool reports it), not on a parser.
 */
class SettingsPrecedenceTest {
    private static final String SIZE = "alchemy.pool.maximumPoolSize";

    @AfterEach
    void cleanUp() {
        System.clearProperty(SIZE);
        AlchemyDriver.closePools();
    }

    private static int poolSizeOf(String url, Properties info) throws SQLException {
        AlchemyDriver.closePools(); // also forgets parsed URLs, so the system property is read again
        try (Connection c = DriverManager.getConnection(url, info)) {
            DriverTests.execute(c, "SELECT 1");
            String name = AlchemyDriver.poolName(url, info);
            return AlchemyDriver.pools().stream().filter(p -> p.poolName().equals(name))
                    .mapToInt(PoolStats::maximumPoolSize).findFirst()
                    .orElseThrow(() -> new AssertionError("no live pool " + name + " in " + AlchemyDriver.pools()));
        }
    }

    @Test
    void systemPropertyThenPropertiesThenUrl() throws SQLException {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_prec");
        String plainUrl = pg.alchemyUrl("ApplicationName=" + app);
        Properties info = DriverTests.credentials(pg);

        assertEquals(10, poolSizeOf(plainUrl, info), "the default mirrors HikariCP's");

        System.setProperty(SIZE, "3");
        assertEquals(3, poolSizeOf(plainUrl, info), "a system property applies when nothing else sets it");

        Properties withSize = DriverTests.credentials(pg);
        withSize.setProperty(SIZE, "4");
        assertEquals(4, poolSizeOf(plainUrl, withSize), "connect Properties beat system properties");

        assertEquals(5, poolSizeOf(pg.alchemyUrl("ApplicationName=" + app + "&" + SIZE + "=5"), withSize),
                "the URL beats connect Properties");
    }
}
