package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drop-in jar an app server gets: Alchemy with its own libraries relocated, no real driver, no SLF4J.
 * It must work on a class path holding only itself, the real driver and slf4j-api.
 */
class DropInJarTest {
    private static Path jar;

    @BeforeAll
    static void findJar() {
        String where = System.getProperty("alchemy.dropInJar");
        Path p = where == null ? null : Path.of(where);
        if (p == null || !Files.isRegularFile(p)) {
            String reason = "drop-in jar not built at " + where + " (it is made by `mvn package` of driver/;"
                    + " run the tests with `mvn verify` or package the driver first)";
            if (TestDatabases.required()) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        jar = p;
    }

    @Test
    void bundlesNoUnrelocatedLibraryNorAnyRealDriver() throws IOException {
        List<String> offending = new ArrayList<>();
        boolean relocatedHikari = false;
        String services = null;
        try (JarFile j = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(j.entries())) {
                String n = e.getName();
                for (String forbidden : new String[] {
                    "com/zaxxer/", "net/sf/jsqlparser/", "com/github/benmanes/", "net/bytebuddy/",
                    "org/postgresql/", "com/microsoft/sqlserver/", "org/sqlite/", "org/h2/", "org/mariadb/", "com/mysql/",
                    "org/slf4j/", "ch/qos/logback/"}) {
                    if (n.startsWith(forbidden) && n.endsWith(".class")) {
                        offending.add(n);
                    }
                }
                relocatedHikari |= n.startsWith("dev/alchemy/") && n.endsWith("/HikariDataSource.class");
            }
            JarEntry svc = j.getJarEntry("META-INF/services/java.sql.Driver");
            assertNotNull(svc, "the jar must register the driver through META-INF/services/java.sql.Driver");
            try (InputStream in = j.getInputStream(svc)) {
                services = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(offending.isEmpty(), offending.size() + " classes not relocated or not Alchemy's, e.g. "
                + offending.subList(0, Math.min(10, offending.size())));
        assertTrue(relocatedHikari, "HikariCP must be inside, relocated under dev/alchemy/");
        assertEquals(List.of("dev.alchemy.driver.AlchemyDriver"),
                services.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList(),
                "the only java.sql.Driver the jar registers is Alchemy's");
    }

    @Test
    void opensAConnectionWithOnlyTheRealDriverAndSlf4jBesideIt() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        URL[] classPath = {
            jar.toUri().toURL(),
            org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation(),
            org.slf4j.Logger.class.getProtectionDomain().getCodeSource().getLocation(),
        };
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader app = new URLClassLoader("drop-in-app", classPath, ClassLoader.getPlatformClassLoader())) {
            // an app server sets the web application's loader as context loader while it runs
            Thread.currentThread().setContextClassLoader(app);
            Driver alchemy = null;
            for (Driver d : ServiceLoader.load(Driver.class, app)) {
                if (d.getClass().getName().equals("dev.alchemy.driver.AlchemyDriver")) {
                    alchemy = d;
                }
            }
            assertNotNull(alchemy, "no dev.alchemy.driver.AlchemyDriver registered by the drop-in jar");
            assertSame(app, alchemy.getClass().getClassLoader(), "must be the jar's copy, not the test's");

            Properties p = new Properties();
            p.setProperty("user", pg.user());
            p.setProperty("password", pg.password());
            String app1 = DriverTests.unique("drv_dropin");
            try (Connection c = alchemy.connect(pg.alchemyUrl("ApplicationName=" + app1 + "&alchemy.pool.maximumPoolSize=2"), p);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_setting('application_name'), 6 * 7")) {
                assertTrue(rs.next());
                assertEquals(app1, rs.getString(1));
                assertEquals(42, rs.getInt(2));
                // the real driver underneath is the one on this class path
                assertSame(app, c.unwrap(app.loadClass("org.postgresql.PGConnection")).getClass().getClassLoader());
            }
            // the missing driver is reported as such here too: mssql-jdbc is not on this class path
            Driver d = alchemy;
            SQLException e = assertThrows(SQLException.class,
                    () -> d.connect("jdbc:alchemy:sqlserver://127.0.0.1:1433;databaseName=test", p));
            assertEquals("08001", e.getSQLState(), e::toString);
            assertTrue(e.getMessage().contains("com.microsoft.sqlserver:mssql-jdbc"), e.getMessage());

            alchemy.getClass().getMethod("closePools").invoke(null);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
