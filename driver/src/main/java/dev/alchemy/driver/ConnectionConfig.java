package dev.alchemy.driver;

import dev.alchemy.driver.jdbc.SqlHook;
import dev.alchemy.driver.jdbc.Wrap;
import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.Translation;
import dev.alchemy.translator.TranslationException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Everything one (URL, Properties) pair resolves to, worked out once: the real URL and driver, the settings, the
 * translator, the pool key. {@link #connect()} is then a pool borrow plus a wrapper.
 */
final class ConnectionConfig {
    /** Translators are shared by every configuration with the same translation settings (one cache each). */
    private static final ConcurrentHashMap<String, SqlTranslator> TRANSLATORS = new ConcurrentHashMap<>();

    final AlchemyUrl url;
    final Settings settings;
    private final Driver driver;
    private final Properties driverProperties;
    private final String password;
    private final SqlHook.Rewriter rewriter;
    /** Null when {@code alchemy.pool=false}. */
    final PoolKey poolKey;
    private final String baseName;
    private final boolean explicitName;
    private final boolean sharedPool;
    private final SqlHook unpooledHook;

    /** The pool in use and the hook labelled with its name; replaced when the pool was closed. */
    private volatile Binding binding;

    private record Binding(Pool pool, SqlHook hook, Consumer<Connection> evict) {
    }

    private ConnectionConfig(AlchemyUrl url, Settings settings, Driver driver, Properties driverProperties, boolean sharedPool) {
        this.url = url;
        this.settings = settings;
        this.driver = driver;
        this.driverProperties = driverProperties;
        this.password = driverProperties.getProperty("password");
        this.sharedPool = sharedPool;
        this.rewriter = settings.bool(AlchemyProperty.TRANSLATE) ? rewriter(settings, url.target) : null;
        String user = driverProperties.getProperty("user", "");
        Object configuredName = settings.get(AlchemyProperty.POOL_POOL_NAME);
        this.explicitName = configuredName != null;
        this.baseName = explicitName ? (String) configuredName : derivedPoolName(url, user);
        if (settings.bool(AlchemyProperty.POOL)) {
            Map<String, String> props = new TreeMap<>();
            for (String name : driverProperties.stringPropertyNames()) {
                props.put(name, driverProperties.getProperty(name));
            }
            this.poolKey = new PoolKey(url.realUrl, Collections.unmodifiableMap(props), settings.poolSettings());
            this.unpooledHook = null;
        } else {
            this.poolKey = null;
            this.unpooledHook = hook(baseName + " (unpooled)");
        }
    }

    /**
     * Resolves a URL and its Properties: system properties, then {@code info}, then the URL's own settings.
     *
     * @param sharedPool true for the driver (pools shared per key), false for a DataSource (owns its pool)
     */
    static ConnectionConfig parse(String url, Properties info, boolean sharedPool) throws SQLException {
        AlchemyUrl parsed = AlchemyUrl.parse(url);
        Map<AlchemyProperty, Settings.Given> given = new EnumMap<>(AlchemyProperty.class);
        Properties system = System.getProperties();
        for (String name : system.stringPropertyNames()) {
            // other tools share the alchemy. prefix in system properties (e.g. alchemy.readme): unknown ones are theirs
            if (AlchemyProperty.isAlchemyName(name)) {
                AlchemyProperty.forName(name).ifPresent(p ->
                        given.put(p, new Settings.Given(system.getProperty(name), "the system property " + name)));
            }
        }
        Properties driverProperties = new Properties();
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                String value = info.getProperty(name);
                if (AlchemyProperty.isAlchemyName(name)) {
                    AlchemyProperty p = AlchemyProperty.forName(name).orElseThrow(() -> new SQLException(
                            AlchemyProperty.unknownSettingMessage(name, "the connection properties"), "08001"));
                    given.put(p, new Settings.Given(value, "the connection properties"));
                } else if (value != null) {
                    driverProperties.setProperty(name, value);
                }
            }
        }
        for (Map.Entry<String, String> e : parsed.settings.entrySet()) {
            AlchemyProperty p = AlchemyProperty.forName(e.getKey()).orElseThrow(() -> new SQLException(
                    AlchemyProperty.unknownSettingMessage(e.getKey(), "the URL " + parsed), "08001"));
            given.put(p, new Settings.Given(e.getValue(), "the URL"));
        }
        if (parsed.target == dev.alchemy.translator.Dialect.SQLITE && driverProperties.getProperty("foreign_keys") == null
                && !parsed.realUrl.toLowerCase(java.util.Locale.ROOT).contains("foreign_keys")) {
            // SQLite checks foreign keys (and runs ON DELETE CASCADE) only when asked, per connection; the databases
            // an application moves from always do. foreign_keys=false in the URL or properties keeps SQLite's default.
            driverProperties.setProperty("foreign_keys", "true");
        }
        if (parsed.isPrivateInMemory()) {
            // every physical connection to it is a database of its own, gone when that connection closes: one
            // connection, never retired, or tables would vanish between borrows
            given.putIfAbsent(AlchemyProperty.POOL_MAXIMUM_POOL_SIZE, new Settings.Given("1", "the URL"));
            given.putIfAbsent(AlchemyProperty.POOL_MAX_LIFETIME, new Settings.Given("0", "the URL"));
            given.putIfAbsent(AlchemyProperty.POOL_IDLE_TIMEOUT, new Settings.Given("0", "the URL"));
        }
        Settings settings = Settings.of(given);
        return new ConnectionConfig(parsed, settings, RealDrivers.find(parsed), driverProperties, sharedPool);
    }

    /** A new connection: borrowed from the pool (started on first use) or opened by the real driver. */
    Connection connect() throws SQLException {
        if (poolKey == null) {
            return Wrap.connection(openUnpooled(), unpooledHook);
        }
        Binding b = binding;
        if (b == null || b.pool.isClosed()) {
            b = bind();
        }
        return Wrap.connection(b.pool.getConnection(), b.hook, b.evict);
    }

    private synchronized Binding bind() throws SQLException {
        Binding b = binding;
        if (b == null || b.pool.isClosed()) {
            Pool pool = sharedPool
                    ? Pools.INSTANCE.shared(poolKey, baseName, explicitName, url, driver, password)
                    : Pools.INSTANCE.owned(poolKey, baseName, explicitName, url, driver, password);
            b = new Binding(pool, hook(pool.name), pool::evict);
            binding = b;
        }
        return b;
    }

    private Connection openUnpooled() throws SQLException {
        Connection c;
        try {
            c = driver.connect(url.realUrl, driverProperties);
        } catch (SQLException e) {
            throw Errors.cannotConnect(url, e, password);
        }
        if (c == null) {
            throw new SQLException(driver.getClass().getName() + " does not accept " + url, "08001");
        }
        return c;
    }

    /** Closes the pool this configuration owns (DataSource); shared pools close through {@link Pools}. */
    void closeOwnedPool() {
        Binding b = binding;
        binding = null;
        if (b != null && !sharedPool) {
            Pools.INSTANCE.closeOwned(b.pool);
        }
    }

    /** True when SQL goes through the translator ({@code alchemy.translate}). */
    boolean translates() {
        return rewriter != null;
    }

    /** The name of the pool in use, or null before the first connect. */
    String poolName() {
        Binding b = binding;
        return b == null ? null : b.pool.name;
    }

    private SqlHook hook(String label) {
        return new SqlHook(rewriter, settings.bool(AlchemyProperty.ECHO),
                settings.number(AlchemyProperty.SLOW_QUERY_THRESHOLD_MS), label, password);
    }

    private static SqlHook.Rewriter rewriter(Settings settings, Dialect target) {
        Dialect source = (Dialect) settings.get(AlchemyProperty.SOURCE_DIALECT);
        OnError onError = (OnError) settings.get(AlchemyProperty.TRANSLATE_ON_ERROR);
        long cacheSize = settings.number(AlchemyProperty.TRANSLATE_CACHE_SIZE);
        long parseTimeoutMs = settings.number(AlchemyProperty.TRANSLATE_PARSE_TIMEOUT_MS);
        SqlTranslator translator = TRANSLATORS.computeIfAbsent(
                source + ">" + target + ":" + onError + ":" + cacheSize + ":" + parseTimeoutMs,
                k -> SqlTranslator.builder().source(source).target(target).onError(onError).cacheSize(cacheSize)
                        .parseTimeoutMillis(parseTimeoutMs).build());
        return new SqlHook.Rewriter() {
            @Override
            public String rewrite(String sql) throws SQLException {
                try {
                    return translator.translate(sql);
                } catch (TranslationException e) {
                    throw toSqlException(e);
                }
            }

            @Override
            public Translation rewriteStatement(String sql) throws SQLException {
                try {
                    return translator.translateStatement(sql);
                } catch (TranslationException e) {
                    throw toSqlException(e);
                }
            }
        };
    }

    /** What the application sees for SQL the translator refused ({@code alchemy.translate.onError=fail}). */
    static SQLException toSqlException(TranslationException e) {
        return new SQLException(e.getMessage(), e.getSqlState(), e);
    }

    /**
     * {@code alchemy-<database>-<host-port-db or file>-<user>}: stable across runs (so JMX consoles and dashboards
     * find it again) and JMX-safe (letters, digits, dot, dash, underscore).
     */
    static String derivedPoolName(AlchemyUrl url, String user) {
        String body = url.realUrl.substring(("jdbc:" + url.subprotocol + ":").length());
        int cut = body.length();
        for (char c : new char[] {'?', ';'}) {
            int at = body.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        body = body.substring(0, cut);
        int at = body.lastIndexOf('@');
        if (body.startsWith("//") && at > 0) {
            body = "//" + body.substring(at + 1); // drop user:password@
        }
        String name = "alchemy-" + url.subprotocol + "-" + sanitize(body) + (user.isEmpty() ? "" : "-" + sanitize(user));
        name = name.replaceAll("-+", "-").replaceAll("-$", "");
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static String sanitize(String s) {
        return s.replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ConnectionConfig[" + url + ", pool=" + (poolKey != null) + "]";
    }
}
