package dev.alchemy.orm;

import dev.alchemy.driver.AlchemyDataSource;
import dev.alchemy.translator.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;

/** Creates {@link Engine}s: {@code Alchemy.createEngine("jdbc:alchemy:sqlite:app.db")}. */
public final class Alchemy {
    private static final String ALCHEMY_PREFIX = "jdbc:alchemy:";
    private static final String SOURCE_DIALECT = "alchemy.sourceDialect";

    private Alchemy() {
    }

    /**
     * An engine for a JDBC URL, owning a connection pool ({@link AlchemyDataSource}) that
     * {@link Engine#close()} closes. A {@code jdbc:alchemy:...} URL gets the driver's pooling, logging and
     * settings ({@code alchemy.*} in the URL or properties); a plain {@code jdbc:...} URL is pooled the same
     * way with translation off. orm-lite compiles its statements for the target dialect, so unless
     * {@code alchemy.sourceDialect} is given the engine's pool takes SQL written for the target
     * ({@code alchemy.sourceDialect} = the target) and sends it unchanged.
     *
     * @throws SQLException {@code 08001} when the URL names no database orm-lite knows the dialect of,
     *                      or carries an unknown or malformed {@code alchemy.*} setting
     */
    public static Engine createEngine(String url) throws SQLException {
        return createEngine(url, new Properties());
    }

    public static Engine createEngine(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return createEngine(url, p);
    }

    /** An engine for {@code url} with driver properties and {@code alchemy.*} settings in {@code info}. */
    public static Engine createEngine(String url, Properties info) throws SQLException {
        Dialect dialect = dialectOfUrl(url);
        boolean alchemy = url.startsWith(ALCHEMY_PREFIX);
        AlchemyDataSource ds = new AlchemyDataSource(alchemy ? url : ALCHEMY_PREFIX + url.substring("jdbc:".length()),
                info.getProperty("user"), info.getProperty("password"));
        try {
            if (!alchemy) {
                ds.setTranslate(false);
            } else if (info.getProperty(SOURCE_DIALECT) == null && !url.contains(SOURCE_DIALECT + "=")) {
                // orm-lite compiles every statement for the target already: translating it again can only
                // change it (the translator returns SQL unchanged when source and target are the same)
                ds.setSourceDialect(dialect.canonicalName());
            }
            for (String name : info.stringPropertyNames()) {
                if (!name.equals("user") && !name.equals("password")) {
                    ds.setProperty(name, info.getProperty(name));
                }
            }
            if (dialect == Dialect.SQLITE && info.getProperty("foreign_keys") == null && !url.contains("foreign_keys=")) {
                ds.setProperty("foreign_keys", "true"); // SQLite ignores foreign keys unless told; createAll declares them
            }
        } catch (IllegalArgumentException e) {
            ds.close();
            throw new SQLException(e.getMessage(), "08001", e);
        }
        return new Engine(ds, dialect, ds);
    }

    /** An engine over a DataSource the caller owns (and closes); the dialect is given. */
    public static Engine createEngine(DataSource dataSource, Dialect dialect) {
        warnIfRetranslated(dataSource, dialect);
        return new Engine(dataSource, dialect);
    }

    /**
     * orm-lite's SQL is written for the target; an {@link AlchemyDataSource} that reads SQL as another
     * dialect translates it a second time, which can only change it (DDL above all). Say how to avoid it.
     */
    private static void warnIfRetranslated(DataSource dataSource, Dialect dialect) {
        if (!(dataSource instanceof AlchemyDataSource a)) {
            return;
        }
        String url = a.getUrl() == null ? "" : a.getUrl();
        boolean translates = !"false".equalsIgnoreCase(a.getProperty("alchemy.translate")) && !url.contains("alchemy.translate=false");
        String source = a.getProperty(SOURCE_DIALECT);
        boolean sourceIsTarget = source != null ? Dialect.find(source).orElse(null) == dialect : url.contains(SOURCE_DIALECT + "=" + dialect.canonicalName());
        if (translates && !sourceIsTarget) {
            org.slf4j.LoggerFactory.getLogger(Alchemy.class).warn("orm-lite compiles its SQL for {}, but this AlchemyDataSource translates"
                    + " from {}: set alchemy.sourceDialect={} (or alchemy.translate=false) on it so orm-lite's statements reach the"
                    + " database unchanged", dialect, source == null ? "portable" : source, dialect.canonicalName());
        }
    }

    /** An engine over a DataSource the caller owns; the dialect is read from its {@link DatabaseMetaData}. */
    public static Engine createEngine(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return createEngine(dataSource, dialectOf(c.getMetaData()));
        }
    }

    /** The dialect of a {@code jdbc:alchemy:<sub>:...} or {@code jdbc:<sub>:...} URL. */
    static Dialect dialectOfUrl(String url) throws SQLException {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new SQLException("not a JDBC URL: " + mask(url) + "; write e.g. jdbc:alchemy:sqlite:app.db", "08001");
        }
        String rest = url.substring("jdbc:".length());
        if (rest.startsWith("alchemy:")) {
            rest = rest.substring("alchemy:".length());
        }
        int colon = rest.indexOf(':');
        String sub = colon < 0 ? rest : rest.substring(0, colon);
        return Dialect.forJdbcSubprotocol(sub).orElseThrow(() -> new SQLException("no dialect for JDBC subprotocol '" + sub
                + "' in " + mask(url) + "; orm-lite supports postgresql, sqlserver, mysql, mariadb, sqlite and h2", "08001"));
    }

    static Dialect dialectOf(DatabaseMetaData md) throws SQLException {
        String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return Dialect.POSTGRESQL;
        }
        if (product.contains("microsoft") || product.contains("sql server")) {
            return Dialect.SQLSERVER;
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return Dialect.MYSQL;
        }
        if (product.contains("sqlite")) {
            return Dialect.SQLITE;
        }
        if (product.equals("h2")) {
            return Dialect.H2;
        }
        throw new SQLException("orm-lite has no dialect for database '" + md.getDatabaseProductName()
                + "'; pass one: Alchemy.createEngine(dataSource, Dialect.X)", "08001");
    }

    /** A URL safe to show: the value of any {@code password=} setting replaced. */
    static String mask(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^;&]*", "$1****");
    }
}
