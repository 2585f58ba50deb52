package dev.alchemy.driver;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverAction;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code jdbc:alchemy:} driver: {@code jdbc:alchemy:<the real URL without "jdbc:">}. It finds the real
 * driver for the rest of the URL, pools its connections with HikariCP (one pool per real URL, user, password and
 * pool settings) and passes every SQL string through the dialect translator. Registered with
 * {@link DriverManager} through {@code META-INF/services/java.sql.Driver}, so no {@code Class.forName} is needed.
 *
 * <p>Pools close on JVM shutdown, when this driver is deregistered, and on {@link #closePools()}. They are
 * observable through {@link #pools()} and, unless {@code alchemy.pool.registerMbeans=false}, HikariCP's JMX beans
 * {@code com.zaxxer.hikari:type=Pool (<pool name>)} and {@code com.zaxxer.hikari:type=PoolConfig (<pool name>)}
 * (domain {@code dev.alchemy.shaded.hikari} in the drop-in {@code alchemy-jdbc.jar}). The pool name is
 * {@code alchemy.pool.poolName}, or derived from the URL and user: {@code alchemy-<database>-<host-port-db>-<user>},
 * e.g. {@code alchemy-postgresql-127.0.0.1-5432-test-postgres}; see {@link #poolName(String, Properties)}.
 */
public final class AlchemyDriver implements Driver {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(AlchemyDriver.class);
    private static final AlchemyDriver REGISTERED = new AlchemyDriver();
    private static final ConfigCache CONFIGS = new ConfigCache(true);
    private static final Thread SHUTDOWN_HOOK = new Thread(Pools.INSTANCE::closeAll, "alchemy-close-pools");

    static {
        try {
            DriverManager.registerDriver(REGISTERED, new Deregistration());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
        Runtime.getRuntime().addShutdownHook(SHUTDOWN_HOOK);
    }

    /** Called by {@link java.util.ServiceLoader}; every instance shares the registered one's pools. */
    public AlchemyDriver() {
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!AlchemyUrl.accepts(url)) {
            return null; // JDBC: not ours, let DriverManager try the next driver
        }
        return CONFIGS.get(url, info).connect();
    }

    @Override
    public boolean acceptsURL(String url) {
        return AlchemyUrl.accepts(url);
    }

    /**
     * Alchemy's settings (from {@link AlchemyProperty}) with the values the URL, {@code info} and system properties
     * give them, followed by the real driver's own properties when its jar is present.
     */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        if (!AlchemyUrl.accepts(url)) {
            return new DriverPropertyInfo[0];
        }
        AlchemyUrl parsed = AlchemyUrl.parse(url);
        Properties realInfo = new Properties();
        List<DriverPropertyInfo> result = new ArrayList<>();
        for (AlchemyProperty p : AlchemyProperty.values()) {
            String value = System.getProperty(p.propertyName(), p.defaultValue());
            if (info != null && info.getProperty(p.propertyName()) != null) {
                value = info.getProperty(p.propertyName());
            }
            for (Map.Entry<String, String> e : parsed.settings.entrySet()) {
                if (e.getKey().equalsIgnoreCase(p.propertyName())) {
                    value = e.getValue();
                }
            }
            DriverPropertyInfo d = new DriverPropertyInfo(p.propertyName(), value);
            d.description = p.description() + " Allowed: " + p.allowedValues() + ".";
            d.choices = p.choices();
            d.required = false;
            result.add(d);
        }
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                if (!AlchemyProperty.isAlchemyName(name)) {
                    realInfo.setProperty(name, info.getProperty(name));
                }
            }
        }
        try {
            result.addAll(Arrays.asList(RealDrivers.find(parsed).getPropertyInfo(parsed.realUrl, realInfo)));
        } catch (SQLException | RuntimeException realDriverUnavailable) {
            // Alchemy's own settings are still worth listing
        }
        return result.toArray(new DriverPropertyInfo[0]);
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    /** False: translation may change what a statement means on the target, which JDBC compliance does not allow for. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.alchemy");
    }

    /**
     * Closes every pool the driver opened (a later connect opens a new one) and forgets parsed URLs, so system
     * properties are read again. Pools of {@link AlchemyDataSource}s are closed by closing the DataSource.
     */
    public static void closePools() {
        CONFIGS.clear();
        Pools.INSTANCE.closeShared();
    }

    /** A snapshot of every live Alchemy pool, the driver's and the DataSources'. */
    public static List<PoolStats> pools() {
        return Pools.INSTANCE.stats();
    }

    /** The pool name {@code connect(url, info)} uses (or would use), e.g. to find its JMX bean. */
    public static String poolName(String url, Properties info) throws SQLException {
        ConnectionConfig config = CONFIGS.get(url, info);
        String name = config.poolName();
        return name != null ? name : ConnectionConfig.derivedPoolName(config.url,
                info == null ? "" : info.getProperty("user", ""));
    }

    /** Deregistration (e.g. by an app server undeploying the application) closes every pool. */
    private static final class Deregistration implements DriverAction {
        @Override
        public void deregister() {
            CONFIGS.clear();
            Pools.INSTANCE.closeAll();
            try {
                Runtime.getRuntime().removeShutdownHook(SHUTDOWN_HOOK);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
            LOG.debug("Alchemy driver deregistered; pools closed");
        }
    }

    @Override
    public String toString() {
        return "AlchemyDriver " + getMajorVersion() + "." + getMinorVersion();
    }
}
