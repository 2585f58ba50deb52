package dev.alchemy.driver;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import dev.alchemy.driver.jdbc.Secrets;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** One HikariCP pool of real-driver connections. */
final class Pool implements AutoCloseable {
    final String name;
    private final String maskedUrl;
    private final HikariDataSource dataSource;
    final boolean ownedByDataSource;

    private Pool(String name, String maskedUrl, HikariDataSource dataSource, boolean ownedByDataSource) {
        this.name = name;
        this.maskedUrl = maskedUrl;
        this.dataSource = dataSource;
        this.ownedByDataSource = ownedByDataSource;
    }

    /**
     * Starts a pool; with the default {@code initializationFailTimeout} this opens its first connection, so an
     * unreachable server fails here, as a SQLException naming host and port.
     */
    static Pool start(String name, AlchemyUrl url, PoolKey key, Driver driver, String password, boolean owned) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(key.driverProperties());
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(new RealDriverDataSource(driver, url.realUrl, properties));
        config.setExceptionOverride(DeadConnections.INSTANCE);
        for (Map.Entry<AlchemyProperty, Object> e : key.poolSettings().entrySet()) {
            apply(config, e.getKey(), e.getValue());
        }
        try {
            return new Pool(name, Secrets.maskUrl(url.realUrl), new HikariDataSource(config), owned);
        } catch (HikariPool.PoolInitializationException e) {
            throw Errors.cannotConnect(url, e, password);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SQLException("Invalid pool settings for " + url + ": " + e.getMessage(), "08001", e);
        }
    }

    private static void apply(HikariConfig c, AlchemyProperty p, Object v) {
        switch (p) {
            case POOL_MAXIMUM_POOL_SIZE: c.setMaximumPoolSize((Integer) v); break;
            case POOL_MINIMUM_IDLE: c.setMinimumIdle((Integer) v); break;
            case POOL_CONNECTION_TIMEOUT: c.setConnectionTimeout((Long) v); break;
            case POOL_IDLE_TIMEOUT: c.setIdleTimeout((Long) v); break;
            case POOL_MAX_LIFETIME: c.setMaxLifetime((Long) v); break;
            case POOL_KEEPALIVE_TIME: c.setKeepaliveTime((Long) v); break;
            case POOL_LEAK_DETECTION_THRESHOLD: c.setLeakDetectionThreshold((Long) v); break;
            case POOL_POOL_NAME: break; // resolved into the name already
            case POOL_VALIDATION_TIMEOUT: c.setValidationTimeout((Long) v); break;
            case POOL_REGISTER_MBEANS: c.setRegisterMbeans((Boolean) v); break;
            case POOL_AUTO_COMMIT: c.setAutoCommit((Boolean) v); break;
            case POOL_READ_ONLY: c.setReadOnly((Boolean) v); break;
            case POOL_TRANSACTION_ISOLATION: c.setTransactionIsolation((String) v); break;
            case POOL_CONNECTION_INIT_SQL: c.setConnectionInitSql((String) v); break;
            case POOL_CONNECTION_TEST_QUERY: c.setConnectionTestQuery((String) v); break;
            case POOL_INITIALIZATION_FAIL_TIMEOUT: c.setInitializationFailTimeout((Long) v); break;
            default: throw new IllegalStateException("not a pool setting: " + p.propertyName());
        }
    }

    Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Takes a borrowed connection out of the pool for good (its state could not be restored). */
    void evict(Connection pooled) {
        dataSource.evictConnection(pooled);
    }

    boolean isClosed() {
        return dataSource.isClosed();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    PoolStats stats() {
        HikariPoolMXBean mx = dataSource.getHikariPoolMXBean();
        if (mx == null) {
            return new PoolStats(name, maskedUrl, 0, 0, 0, 0, dataSource.getMaximumPoolSize(), ownedByDataSource);
        }
        return new PoolStats(name, maskedUrl, mx.getActiveConnections(), mx.getIdleConnections(), mx.getTotalConnections(),
                mx.getThreadsAwaitingConnection(), dataSource.getMaximumPoolSize(), ownedByDataSource);
    }

    @Override
    public String toString() {
        return "Pool[" + name + ", " + maskedUrl + "]";
    }

    /** Hands HikariCP the connections of the real driver found for the URL (no DriverManager lookup per connection). */
    static final class RealDriverDataSource implements DataSource {
        private final Driver driver;
        private final String url;
        private final Properties properties;
        private int loginTimeout;

        RealDriverDataSource(Driver driver, String url, Properties properties) {
            this.driver = driver;
            this.url = url;
            this.properties = properties;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = driver.connect(url, properties);
            if (c == null) {
                throw new SQLException(driver.getClass().getName() + " does not accept " + Secrets.maskUrl(url), "08001");
            }
            return c;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            Properties p = new Properties();
            p.putAll(properties);
            p.setProperty("user", user);
            p.setProperty("password", password);
            return driver.connect(url, p);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // HikariCP logs through SLF4J
        }

        @Override
        public void setLoginTimeout(int seconds) {
            loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("Not a wrapper for " + iface.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }

        @Override
        public String toString() {
            // HikariCP logs its configuration, this included: no properties (they hold the password)
            return "RealDriverDataSource[" + driver.getClass().getName() + ", " + Secrets.maskUrl(url) + "]";
        }
    }
}
