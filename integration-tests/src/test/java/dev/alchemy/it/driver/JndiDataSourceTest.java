package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDataSource;
import dev.alchemy.driver.AlchemyDataSourceFactory;
import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Set;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.StringRefAddr;
import javax.sql.DataSource;
import org.apache.naming.ContextBindings;
import org.apache.naming.NamingContext;
import org.apache.naming.ResourceRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What Tomcat does with {@code <Resource name="jdbc/app" type="javax.sql.DataSource"
 * factory="dev.alchemy.driver.AlchemyDataSourceFactory" url=".." user=".." password=".." .../>}: its naming
 * builds a ResourceRef from the attributes, binds it under {@code java:comp/env}, and an application's
 * {@code lookup("java:comp/env/jdbc/app")} has the factory create the DataSource.
 */
class JndiDataSourceTest {

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    @Test
    void lookupThroughTomcatNamingGivesAWorkingPooledDataSource() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_jndi");

        // the container's side: what Tomcat's NamingContextListener does for a <Resource> element
        NamingContext root = new NamingContext(new Hashtable<>(), app);
        Context jdbc = root.createSubcontext("comp").createSubcontext("env").createSubcontext("jdbc");
        ResourceRef ref = new ResourceRef(DataSource.class.getName(), null, "Container", "Container", true,
                AlchemyDataSourceFactory.class.getName(), null);
        ref.add(new StringRefAddr("url", pg.alchemyUrl("ApplicationName=" + app)));
        ref.add(new StringRefAddr("user", pg.user()));
        ref.add(new StringRefAddr("password", pg.password()));
        ref.add(new StringRefAddr("alchemy.pool.maximumPoolSize", "2"));
        ref.add(new StringRefAddr("alchemy.pool.poolName", app));
        ref.add(new StringRefAddr("alchemy.pool.registerMbeans", "true"));
        jdbc.bind("app", ref);
        Object token = new Object();
        ContextBindings.bindContext(app, root, token);
        ContextBindings.bindThread(app, token);

        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "org.apache.naming.java.javaURLContextFactory");
        env.put(Context.URL_PKG_PREFIXES, "org.apache.naming");
        try {
            // the application's side
            InitialContext ic = new InitialContext(env);
            Object found = ic.lookup("java:comp/env/jdbc/app");
            assertTrue(found instanceof AlchemyDataSource, "the factory must have built an AlchemyDataSource, got " + found);
            DataSource ds = (DataSource) found;
            assertFalse(ds.toString().contains(pg.password()), "toString shows the password: " + ds);

            Set<Integer> backends = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                try (Connection c = ds.getConnection();
                     PreparedStatement ps = c.prepareStatement("SELECT ?::int * 2, pg_backend_pid(), current_setting('application_name')")) {
                    ps.setInt(1, i);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(i * 2, rs.getInt(1));
                        backends.add(rs.getInt(2));
                        assertEquals(app, rs.getString(3), "the URL from the Resource must reach the real driver");
                    }
                }
            }
            assertEquals(1, backends.size(), "sequential borrowing from the DataSource's pool must reuse one backend: " + backends);

            // the Resource's pool settings were applied: two connections at most
            try (Connection a = ds.getConnection(); Connection b = ds.getConnection()) {
                assertTrue(DriverTests.backendPid(a) != DriverTests.backendPid(b));
                Integer total = (Integer) java.lang.management.ManagementFactory.getPlatformMBeanServer().getAttribute(
                        new javax.management.ObjectName("com.zaxxer.hikari:type=Pool (" + app + ")"), "TotalConnections");
                assertTrue(total <= 2, "maximumPoolSize=2 from the Resource not applied: " + total + " connections");
            }

            // Tomcat's singleton resources: the second lookup is the same DataSource (and pool)
            assertSame(found, ic.lookup("java:comp/env/jdbc/app"));
            ((AutoCloseable) found).close();
        } finally {
            ContextBindings.unbindThread(app, token);
            ContextBindings.unbindContext(app, token);
        }
    }
}
