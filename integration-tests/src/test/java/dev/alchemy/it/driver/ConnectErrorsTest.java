package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every way a user can get the URL or the classpath wrong is a SQLException that names cause and fix. */
class ConnectErrorsTest {

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    private static SQLException connectFails(String url) {
        TestDatabase pg = TestDatabases.postgres();
        return assertThrows(SQLException.class, () -> DriverManager.getConnection(url, pg.user(), pg.password()).close(),
                "connect must fail for " + url);
    }

    @Test
    void registeredThroughServiceLoaderWithoutClassForName() throws SQLException {
        boolean listed = false;
        for (Driver d : ServiceLoader.load(Driver.class)) {
            listed |= d instanceof AlchemyDriver;
        }
        assertTrue(listed, "META-INF/services/java.sql.Driver must list dev.alchemy.driver.AlchemyDriver");
        assertTrue(DriverManager.getDriver("jdbc:alchemy:postgresql://127.0.0.1:5432/test") instanceof AlchemyDriver);
    }

    @Test
    void foreignUrlIsNotAcceptedAndConnectReturnsNull() throws SQLException {
        TestDatabase pg = TestDatabases.postgres();
        Driver alchemy = new AlchemyDriver();
        assertFalse(alchemy.acceptsURL(pg.realUrl()));
        assertNull(alchemy.connect(pg.realUrl(), DriverTests.credentials(pg)), "JDBC: connect returns null for a URL it does not own");
        assertTrue(alchemy.acceptsURL(pg.alchemyUrl()));
    }

    @Test
    void unknownSettingSuggestsTheNearestName() {
        SQLException e = connectFails(TestDatabases.postgres().alchemyUrl("alchemy.pool.maximumPoolSiz=4"));
        assertEquals("08001", e.getSQLState(), e::toString);
        assertTrue(e.getMessage().contains("alchemy.pool.maximumPoolSiz"), "must name the unknown setting: " + e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("did you mean"), "must offer a suggestion: " + e.getMessage());
        assertTrue(e.getMessage().contains("alchemy.pool.maximumPoolSize"), "must suggest the right name: " + e.getMessage());
    }

    @Test
    void unknownSettingInPropertiesIsAnErrorToo() {
        TestDatabase pg = TestDatabases.postgres();
        Properties p = DriverTests.credentials(pg);
        p.setProperty("alchemy.ecno", "true");
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(pg.alchemyUrl(), p).close());
        assertEquals("08001", e.getSQLState(), e::toString);
        assertTrue(e.getMessage().contains("alchemy.ecno") && e.getMessage().contains("alchemy.echo"), e.getMessage());
    }

    @Test
    void badBooleanValueNamesTheKeyAndTheAllowedValues() {
        SQLException e = connectFails(TestDatabases.postgres().alchemyUrl("alchemy.pool=maybe"));
        assertEquals("08001", e.getSQLState(), e::toString);
        String m = e.getMessage();
        assertTrue(m.contains("alchemy.pool") && m.contains("maybe"), "must name the key and the bad value: " + m);
        assertTrue(m.contains("true") && m.contains("false"), "must list the allowed values: " + m);
    }

    @Test
    void badChoiceValueNamesTheKeyAndTheAllowedValues() {
        SQLException e = connectFails(TestDatabases.postgres().alchemyUrl("alchemy.translate.onError=explode"));
        assertEquals("08001", e.getSQLState(), e::toString);
        String m = e.getMessage();
        assertTrue(m.contains("alchemy.translate.onError") && m.contains("explode"), "must name the key and the bad value: " + m);
        assertTrue(m.contains("passthrough") && m.contains("fail"), "must list the allowed values: " + m);
    }

    @Test
    void badNumberNamesTheKey() {
        SQLException e = connectFails(TestDatabases.postgres().alchemyUrl("alchemy.pool.maximumPoolSize=lots"));
        assertEquals("08001", e.getSQLState(), e::toString);
        assertTrue(e.getMessage().contains("alchemy.pool.maximumPoolSize") && e.getMessage().contains("lots"), e.getMessage());
    }

    @Test
    void unknownSubprotocolListsTheSupportedOnes() {
        SQLException e = connectFails("jdbc:alchemy:nosuchdb://127.0.0.1:5432/test");
        assertEquals("08001", e.getSQLState(), e::toString);
        String m = e.getMessage();
        assertTrue(m.contains("nosuchdb"), "must name the subprotocol it did not know: " + m);
        assertTrue(m.contains("postgresql") && m.contains("sqlserver") && m.contains("sqlite") && m.contains("h2")
                && (m.contains("mariadb") || m.contains("mysql")), "must list what it supports: " + m);
    }

    @Test
    void unreachableServerNamesHostAndPortAndChainsTheCause() {
        for (String pooling : new String[] {"alchemy.pool.connectionTimeout=1000", "alchemy.pool=false"}) {
            // port 1 on the loopback: nothing listens there, the refusal is immediate
            SQLException e = connectFails("jdbc:alchemy:postgresql://127.0.0.1:1/test?connectTimeout=2&" + pooling);
            assertEquals("08001", e.getSQLState(), pooling + ": " + e);
            assertTrue(e.getMessage().contains("127.0.0.1:1"), pooling + ": must name host:port: " + e.getMessage());
            assertNotNull(e.getCause(), pooling + ": the real driver's error must be chained");
        }
    }

    /**
     * mssql-jdbc is on this module's classpath, so the missing-jar case is proven in a class loader that has
     * everything the tests have except that jar: exactly what a user who forgot it would run.
     */
    @Test
    void missingRealDriverJarNamesItsMavenCoordinates() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !entry.contains("mssql-jdbc")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withoutMssql = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("com.microsoft.sqlserver.jdbc.SQLServerDriver", false, withoutMssql),
                    "the class loader for this test must not see mssql-jdbc");
            Class<?> driverClass = Class.forName(AlchemyDriver.class.getName(), true, withoutMssql);
            assertFalse(driverClass == AlchemyDriver.class, "must be the isolated copy");
            Driver driver = (Driver) driverClass.getDeclaredConstructor().newInstance();
            Thread.currentThread().setContextClassLoader(withoutMssql);
            Properties p = new Properties();
            p.setProperty("user", "sa");
            p.setProperty("password", TestDatabases.TEST_PASSWORD);
            SQLException e = assertThrows(SQLException.class,
                    () -> driver.connect("jdbc:alchemy:sqlserver://127.0.0.1:1433;databaseName=test", p));
            assertEquals("08001", e.getSQLState(), e::toString);
            assertTrue(e.getMessage().contains("com.microsoft.sqlserver:mssql-jdbc"),
                    "must name the Maven coordinates of the missing jar: " + e.getMessage());
            try {
                driverClass.getMethod("closePools").invoke(null);
            } catch (InvocationTargetException ignored) {
                // best effort: nothing was pooled
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
