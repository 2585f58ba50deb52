package dev.alchemy.driver;

import dev.alchemy.driver.jdbc.Secrets;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A JavaBean {@link DataSource} over a {@code jdbc:alchemy:} URL that owns one pool (unless
 * {@code alchemy.pool=false}) and closes it on {@link #close()}. Every {@link AlchemyProperty} is a bean property
 * named by {@link AlchemyProperty#beanPropertyName()} ({@code alchemy.pool.maximumPoolSize} is
 * {@code setPoolMaximumPoolSize}), and {@link #setProperty(String, String)} takes any setting or real-driver
 * property by name. Settings precedence: system properties, then these properties, then the URL.
 *
 * <p>The configuration is fixed by the first {@link #getConnection()}; setters called after it throw.
 * {@code toString()} never shows the password.
 *
 * <pre>{@code
 * try (AlchemyDataSource ds = new AlchemyDataSource()) {
 *     ds.setUrl("jdbc:alchemy:postgresql://localhost:5432/app");
 *     ds.setUser("app");
 *     ds.setPassword(secret);
 *     ds.setPoolMaximumPoolSize(20);
 *     try (Connection c = ds.getConnection()) { ... }
 * }
 * }</pre>
 */
public class AlchemyDataSource implements DataSource, AutoCloseable {
    private String url;
    private String user;
    private String password;
    /** alchemy.* settings and real-driver properties, as given. */
    private final Properties properties = new Properties();
    private volatile ConnectionConfig config;
    private volatile boolean closed;
    private PrintWriter logWriter;
    private int loginTimeout;

    public AlchemyDataSource() {
    }

    public AlchemyDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        ConnectionConfig c = config;
        if (c == null) {
            c = configure();
        }
        return c.connect();
    }

    /** Only the configured user and password: a pool holds connections of one user. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (java.util.Objects.equals(username, user) && java.util.Objects.equals(password, this.password)) {
            return getConnection();
        }
        throw new SQLFeatureNotSupportedException("AlchemyDataSource pools connections of its configured user ("
                + user + "); getConnection(user, password) with other credentials is not supported. Use a second "
                + "AlchemyDataSource for the other user.", "0A000");
    }

    private synchronized ConnectionConfig configure() throws SQLException {
        if (closed) {
            throw new SQLException("AlchemyDataSource " + this + " is closed.", "08003");
        }
        if (config == null) {
            if (url == null) {
                throw new SQLException("AlchemyDataSource has no url: call setUrl(\"jdbc:alchemy:...\").", "08001");
            }
            if (!AlchemyUrl.accepts(url)) {
                throw new SQLException("AlchemyDataSource url must start with " + AlchemyUrl.PREFIX + ", got "
                        + Secrets.maskUrl(url) + ".", "08001");
            }
            Properties info = new Properties();
            info.putAll(properties);
            if (user != null) {
                info.setProperty("user", user);
            }
            if (password != null) {
                info.setProperty("password", password);
            }
            config = ConnectionConfig.parse(url, info, false);
        }
        return config;
    }

    /** Closes the pool; later {@link #getConnection()} calls fail. */
    @Override
    public synchronized void close() {
        closed = true;
        ConnectionConfig c = config;
        if (c != null) {
            c.closeOwnedPool();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** The pool's name (JMX, logs, {@link AlchemyDriver#pools()}), or null before the first connection. */
    public String getPoolName() {
        ConnectionConfig c = config;
        return c == null ? null : c.poolName();
    }

    // --- bean properties --------------------------------------------------------------------------------------

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        checkOpenForChanges();
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        checkOpenForChanges();
        this.user = user;
    }

    /** Tomcat's and HikariCP's name for {@link #setUser}. */
    public void setUsername(String user) {
        setUser(user);
    }

    public String getUsername() {
        return user;
    }

    /**
     * Accepted for frameworks that always set a driver class (Spring Boot's DataSourceBuilder, Tomcat's
     * {@code driverClassName}); Alchemy finds the real driver from the URL, so the value is not used.
     */
    public void setDriverClassName(String ignored) {
        checkOpenForChanges();
    }

    public String getDriverClassName() {
        return AlchemyDriver.class.getName();
    }

    public void setPassword(String password) {
        checkOpenForChanges();
        this.password = password;
    }

    /**
     * Sets an {@code alchemy.*} setting (validated now) or, for any other name, a property for the real driver
     * (e.g. {@code ApplicationName}, {@code sslmode}).
     *
     * @throws IllegalArgumentException for an unknown {@code alchemy.*} name (with the closest one) or a bad value
     */
    public void setProperty(String name, String value) {
        checkOpenForChanges();
        if (AlchemyProperty.isAlchemyName(name)) {
            AlchemyProperty p = AlchemyProperty.forName(name).orElseThrow(() ->
                    new IllegalArgumentException(AlchemyProperty.unknownSettingMessage(name, "AlchemyDataSource.setProperty")));
            p.parse(value);
            properties.setProperty(p.propertyName(), value);
        } else if ("user".equalsIgnoreCase(name) || "username".equalsIgnoreCase(name)) {
            setUser(value);
        } else if ("password".equalsIgnoreCase(name)) {
            setPassword(value);
        } else if ("url".equalsIgnoreCase(name)) {
            setUrl(value);
        } else if ("driverClassName".equalsIgnoreCase(name)) {
            setDriverClassName(value);
        } else {
            properties.setProperty(name, value);
        }
    }

    /** The value set for a setting or driver property, or null. Never returns the password. */
    public String getProperty(String name) {
        AlchemyProperty p = AlchemyProperty.forName(name).orElse(null);
        return properties.getProperty(p == null ? name : p.propertyName());
    }

    private void set(AlchemyProperty p, Object value) {
        setProperty(p.propertyName(), String.valueOf(value));
    }

    public void setSourceDialect(String dialect) { set(AlchemyProperty.SOURCE_DIALECT, dialect); }
    public void setTranslate(boolean translate) { set(AlchemyProperty.TRANSLATE, translate); }
    public void setTranslateOnError(String onError) { set(AlchemyProperty.TRANSLATE_ON_ERROR, onError); }
    public void setTranslateCacheSize(long size) { set(AlchemyProperty.TRANSLATE_CACHE_SIZE, size); }
    public void setTranslateParseTimeoutMs(long ms) { set(AlchemyProperty.TRANSLATE_PARSE_TIMEOUT_MS, ms); }
    public void setEcho(boolean echo) { set(AlchemyProperty.ECHO, echo); }
    public void setSlowQueryThresholdMs(long millis) { set(AlchemyProperty.SLOW_QUERY_THRESHOLD_MS, millis); }
    public void setPool(boolean pool) { set(AlchemyProperty.POOL, pool); }
    public void setPoolMaximumPoolSize(int size) { set(AlchemyProperty.POOL_MAXIMUM_POOL_SIZE, size); }
    public void setPoolMinimumIdle(int idle) { set(AlchemyProperty.POOL_MINIMUM_IDLE, idle); }
    public void setPoolConnectionTimeout(long millis) { set(AlchemyProperty.POOL_CONNECTION_TIMEOUT, millis); }
    public void setPoolIdleTimeout(long millis) { set(AlchemyProperty.POOL_IDLE_TIMEOUT, millis); }
    public void setPoolMaxLifetime(long millis) { set(AlchemyProperty.POOL_MAX_LIFETIME, millis); }
    public void setPoolKeepaliveTime(long millis) { set(AlchemyProperty.POOL_KEEPALIVE_TIME, millis); }
    public void setPoolLeakDetectionThreshold(long millis) { set(AlchemyProperty.POOL_LEAK_DETECTION_THRESHOLD, millis); }
    public void setPoolPoolName(String name) { set(AlchemyProperty.POOL_POOL_NAME, name); }
    public void setPoolValidationTimeout(long millis) { set(AlchemyProperty.POOL_VALIDATION_TIMEOUT, millis); }
    public void setPoolRegisterMbeans(boolean register) { set(AlchemyProperty.POOL_REGISTER_MBEANS, register); }
    public void setPoolAutoCommit(boolean autoCommit) { set(AlchemyProperty.POOL_AUTO_COMMIT, autoCommit); }
    public void setPoolReadOnly(boolean readOnly) { set(AlchemyProperty.POOL_READ_ONLY, readOnly); }
    public void setPoolTransactionIsolation(String level) { set(AlchemyProperty.POOL_TRANSACTION_ISOLATION, level); }
    public void setPoolConnectionInitSql(String sql) { set(AlchemyProperty.POOL_CONNECTION_INIT_SQL, sql); }
    public void setPoolConnectionTestQuery(String sql) { set(AlchemyProperty.POOL_CONNECTION_TEST_QUERY, sql); }
    public void setPoolInitializationFailTimeout(long millis) { set(AlchemyProperty.POOL_INITIALIZATION_FAIL_TIMEOUT, millis); }

    private void checkOpenForChanges() {
        if (config != null || closed) {
            throw new IllegalStateException("AlchemyDataSource configuration is fixed once it has given out a connection"
                    + " (or was closed); configure a new AlchemyDataSource instead.");
        }
    }

    // --- DataSource plumbing ----------------------------------------------------------------------------------

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out; // Alchemy logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.alchemy");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("AlchemyDataSource is not a wrapper for " + iface.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "AlchemyDataSource[url=" + Secrets.mask(url, password) + ", user=" + user
                + ", password=" + (password == null ? "null" : Secrets.MASK) + ", properties=" + propertiesForDisplay()
                + (closed ? ", closed" : "") + "]";
    }

    private String propertiesForDisplay() {
        Properties shown = new Properties();
        for (String name : properties.stringPropertyNames()) {
            shown.setProperty(name, Secrets.mask(properties.getProperty(name), password));
        }
        return Secrets.maskUrl(shown.toString());
    }
}
