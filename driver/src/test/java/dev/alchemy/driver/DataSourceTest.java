package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.jdbc.AlchemyConnection;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.naming.Reference;
import javax.naming.StringRefAddr;
import org.junit.jupiter.api.Test;

/** AlchemyDataSource as a JavaBean that owns its pool, and its JNDI ObjectFactory. */
class DataSourceTest {
    private static final String SECRET = "ds-Secret-Value-42";

    private static Optional<PoolStats> pool(String name) {
        return AlchemyDriver.pools().stream().filter(p -> p.poolName().equals(name)).findFirst();
    }

    @Test
    void ownsOnePoolAndClosesIt() throws SQLException {
        String poolName;
        try (AlchemyDataSource ds = new AlchemyDataSource("jdbc:alchemy:h2:mem:ds_owned;DB_CLOSE_DELAY=-1", "sa", SECRET)) {
            ds.setPoolMaximumPoolSize(2);
            assertNull(ds.getPoolName());
            try (Connection a = ds.getConnection(); Connection b = ds.getConnection()) {
                assertInstanceOf(AlchemyConnection.class, a);
                poolName = ds.getPoolName();
                PoolStats stats = pool(poolName).orElseThrow();
                assertTrue(stats.ownedByDataSource());
                assertEquals(2, stats.maximumPoolSize());
                assertEquals(2, stats.activeConnections());
            }
            assertEquals("alchemy-h2-mem-ds_owned-sa", poolName);
            assertThrows(IllegalStateException.class, () -> ds.setPoolMaximumPoolSize(5), "configuration is fixed once started");
        }
        assertTrue(pool(poolName).isEmpty(), "close() closed the pool");
        AlchemyDriver.closePools(); // the driver's shared pools are not the DataSource's concern, and vice versa
    }

    @Test
    void closedDataSourceRefusesConnections() {
        AlchemyDataSource ds = new AlchemyDataSource("jdbc:alchemy:h2:mem:ds_closed", "sa", "");
        ds.close();
        assertTrue(ds.isClosed());
        SQLException e = assertThrows(SQLException.class, ds::getConnection);
        assertEquals("08003", e.getSQLState());
    }

    @Test
    void twoDataSourcesOnOneUrlHaveTwoPools() throws SQLException {
        try (AlchemyDataSource a = new AlchemyDataSource("jdbc:alchemy:h2:mem:ds_two;DB_CLOSE_DELAY=-1", "sa", "");
             AlchemyDataSource b = new AlchemyDataSource("jdbc:alchemy:h2:mem:ds_two;DB_CLOSE_DELAY=-1", "sa", "")) {
            a.getConnection().close();
            b.getConnection().close();
            assertNotEquals(a.getPoolName(), b.getPoolName());
            assertTrue(pool(a.getPoolName()).isPresent());
            assertTrue(pool(b.getPoolName()).isPresent());
        }
    }

    @Test
    void settingsComeFromBeanPropertiesAndGenericProperties() throws SQLException {
        try (AlchemyDataSource ds = new AlchemyDataSource()) {
            ds.setUrl("jdbc:alchemy:h2:mem:ds_props;DB_CLOSE_DELAY=-1");
            ds.setUsername("sa");
            ds.setPassword("");
            ds.setProperty("alchemy.pool.poolName", "ds-props-pool");
            ds.setPool(true);
            ds.setPoolMaximumPoolSize(3);
            ds.setProperty("TRACE_LEVEL_FILE", "0"); // a property of the real driver
            try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                assertTrue(rs.next());
            }
            assertEquals("ds-props-pool", ds.getPoolName());
            assertEquals(3, pool("ds-props-pool").orElseThrow().maximumPoolSize());
            assertEquals("0", ds.getProperty("TRACE_LEVEL_FILE"));
        }
    }

    @Test
    void unknownOrBadSettingsFailAtOnce() {
        AlchemyDataSource ds = new AlchemyDataSource();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ds.setProperty("alchemy.pool.maxSize", "3"));
        assertTrue(unknown.getMessage().contains("did you mean 'alchemy.pool.maximumPoolSize'?"), unknown.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ds.setPoolMaximumPoolSize(0));
        assertTrue(bad.getMessage().contains("alchemy.pool.maximumPoolSize: allowed values are an integer >= 1"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ds.setTranslateOnError("never"));
    }

    @Test
    void otherCredentialsAreNotSupported() throws SQLException {
        try (AlchemyDataSource ds = new AlchemyDataSource("jdbc:alchemy:h2:mem:ds_creds;DB_CLOSE_DELAY=-1", "sa", "")) {
            ds.getConnection("sa", "").close();
            SQLFeatureNotSupportedException e = assertThrows(SQLFeatureNotSupportedException.class,
                    () -> ds.getConnection("other", SECRET));
            assertEquals("0A000", e.getSQLState());
            assertFalse(e.getMessage().contains(SECRET));
        }
    }

    @Test
    void toStringNeverShowsThePassword() {
        AlchemyDataSource ds = new AlchemyDataSource("jdbc:alchemy:postgresql://db/app?password=" + SECRET, "app", SECRET);
        ds.setProperty("sslpassword", SECRET);
        String text = ds.toString();
        assertFalse(text.contains(SECRET), text);
        assertTrue(text.contains("user=app"), text);
        assertTrue(text.contains("password=****"), text);
    }

    /** Every setting of the enum is a bean property with a setter, and the setter really sets it. */
    @Test
    void everySettingHasABeanSetter() throws Exception {
        List<String> missing = new ArrayList<>();
        for (AlchemyProperty p : AlchemyProperty.values()) {
            String setter = "set" + Character.toUpperCase(p.beanPropertyName().charAt(0)) + p.beanPropertyName().substring(1);
            Method m = null;
            for (Method candidate : AlchemyDataSource.class.getMethods()) {
                if (candidate.getName().equals(setter) && candidate.getParameterCount() == 1) {
                    m = candidate;
                }
            }
            if (m == null) {
                missing.add(setter);
                continue;
            }
            AlchemyDataSource ds = new AlchemyDataSource();
            Class<?> type = m.getParameterTypes()[0];
            Object value = type == boolean.class ? Boolean.FALSE
                    : type == int.class ? 7
                    : type == long.class ? 5000L
                    : p.choices() != null ? p.choices()[p.choices().length - 1] : "some-text";
            m.invoke(ds, value);
            assertEquals(String.valueOf(value), ds.getProperty(p.propertyName()), setter);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void objectFactoryBuildsTheDataSourceFromATomcatStyleReference() throws Exception {
        Reference ref = new Reference("javax.sql.DataSource", AlchemyDataSourceFactory.class.getName(), null);
        ref.add(new StringRefAddr("auth", "Container"));
        ref.add(new StringRefAddr("factory", AlchemyDataSourceFactory.class.getName()));
        ref.add(new StringRefAddr("closeMethod", "close"));
        ref.add(new StringRefAddr("url", "jdbc:alchemy:h2:mem:ds_jndi;DB_CLOSE_DELAY=-1"));
        ref.add(new StringRefAddr("username", "sa"));
        ref.add(new StringRefAddr("password", ""));
        ref.add(new StringRefAddr("alchemy.pool.maximumPoolSize", "4"));
        ref.add(new StringRefAddr("alchemy.pool.poolName", "ds-jndi"));
        ref.add(new StringRefAddr("driverClassName", "org.h2.Driver")); // habit from other pools: accepted, not needed
        Object built = new AlchemyDataSourceFactory().getObjectInstance(ref, null, null, null);
        try (AlchemyDataSource ds = assertInstanceOf(AlchemyDataSource.class, built)) {
            assertEquals("jdbc:alchemy:h2:mem:ds_jndi;DB_CLOSE_DELAY=-1", ds.getUrl());
            assertEquals("sa", ds.getUser());
            try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 42")) {
                rs.next();
                assertEquals(42, rs.getInt(1));
            }
            assertEquals(4, pool("ds-jndi").orElseThrow().maximumPoolSize());
        }

        assertNull(new AlchemyDataSourceFactory().getObjectInstance(new Reference("java.lang.String"), null, null, null),
                "references for other types are not ours");
        Reference bad = new Reference(AlchemyDataSource.class.getName());
        bad.add(new StringRefAddr("alchemy.pool.maximumPoolSise", "4"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AlchemyDataSourceFactory().getObjectInstance(bad, null, null, null));
        assertTrue(e.getMessage().contains("did you mean 'alchemy.pool.maximumPoolSize'?"), e.getMessage());
    }
}
