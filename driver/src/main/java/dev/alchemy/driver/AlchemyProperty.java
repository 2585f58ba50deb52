package dev.alchemy.driver;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every Alchemy setting: its name, default, description and parser. The README's settings table
 * ({@link SettingsTable}), {@link AlchemyDriver#getPropertyInfo} and {@link AlchemyDataSource}'s bean properties
 * all come from here.
 *
 * <p>A setting may be given, lowest to highest precedence, as a system property, in the {@code Properties}
 * passed to {@code connect} (or a DataSource property), and in the JDBC URL. Names are matched ignoring case.
 */
public enum AlchemyProperty {
    SOURCE_DIALECT("alchemy.sourceDialect", "portable",
            "Dialect the application's SQL is written in; it is translated to the URL's database.",
            Parser.dialect()),
    TRANSLATE("alchemy.translate", "true",
            "Translate SQL to the target database's dialect; false sends every statement unchanged.",
            Parser.BOOLEAN),
    TRANSLATE_ON_ERROR("alchemy.translate.onError", "passthrough",
            "SQL that cannot be translated: passthrough sends it unchanged (one WARN per statement), fail throws "
                    + "SQLException 42000.",
            Parser.choice(OnError.class)),
    TRANSLATE_CACHE_SIZE("alchemy.translate.cacheSize", "10000",
            "Number of translated statements kept in memory; 0 disables the cache.",
            Parser.longAtLeast(0)),
    TRANSLATE_PARSE_TIMEOUT_MS("alchemy.translate.parseTimeoutMs", "2000",
            "Milliseconds the translator may spend parsing one statement before treating it as untranslatable "
                    + "(guards against pathological SQL); 0 = no limit.",
            Parser.longAtLeast(0)),
    ECHO("alchemy.echo", "false",
            "Log every statement as received and as sent, with its elapsed time, at INFO on logger dev.alchemy.sql.",
            Parser.BOOLEAN),
    SLOW_QUERY_THRESHOLD_MS("alchemy.slowQueryThresholdMs", "1000",
            "Statements slower than this many milliseconds log at WARN on logger dev.alchemy.sql; 0 or -1 turns it off.",
            Parser.longAtLeast(-1)),
    POOL("alchemy.pool", "true",
            "Pool connections (HikariCP), one pool per URL, user, password and pool settings; false opens a "
                    + "connection of the real driver per connect.",
            Parser.BOOLEAN),
    POOL_MAXIMUM_POOL_SIZE("alchemy.pool.maximumPoolSize", "10",
            "Largest number of connections the pool holds, idle and in use. Private in-memory databases (SQLite "
                    + ":memory:, unnamed H2 mem:) get 1 and no retirement, since each connection is a database of its own.",
            Parser.intAtLeast(1)),
    POOL_MINIMUM_IDLE("alchemy.pool.minimumIdle", null,
            "Idle connections the pool tries to keep; unset means the same as maximumPoolSize (a fixed-size pool).",
            Parser.intAtLeast(0)),
    POOL_CONNECTION_TIMEOUT("alchemy.pool.connectionTimeout", "30000",
            "Milliseconds a caller waits for a connection before SQLException.",
            Parser.longAtLeast(250)),
    POOL_IDLE_TIMEOUT("alchemy.pool.idleTimeout", "600000",
            "Milliseconds a connection above minimumIdle may sit idle before it is closed; 0 keeps idle connections.",
            Parser.longAtLeast(0)),
    POOL_MAX_LIFETIME("alchemy.pool.maxLifetime", "1800000",
            "Milliseconds after which a connection is retired once it is back in the pool (keep it below the database's "
                    + "own connection time limit); 0 = no limit.",
            Parser.longAtLeast(0)),
    POOL_KEEPALIVE_TIME("alchemy.pool.keepaliveTime", "120000",
            "Milliseconds between liveness checks of idle connections; 0 turns keepalive off.",
            Parser.longAtLeast(0)),
    POOL_LEAK_DETECTION_THRESHOLD("alchemy.pool.leakDetectionThreshold", "0",
            "Log a possible connection leak when a connection is out of the pool longer than this many milliseconds; 0 = off.",
            Parser.longAtLeast(0)),
    POOL_POOL_NAME("alchemy.pool.poolName", null,
            "Pool name in logs, AlchemyDriver.pools() and JMX: com.zaxxer.hikari:type=Pool (NAME), domain "
                    + "dev.alchemy.shaded.hikari in the drop-in alchemy-jdbc.jar. Unset means alchemy-DATABASE-HOST-PORT-DB-USER "
                    + "from the URL (e.g. alchemy-postgresql-db-5432-app-alice), with -2, -3 for further pools of the same URL and user.",
            Parser.jmxSafeName()),
    POOL_VALIDATION_TIMEOUT("alchemy.pool.validationTimeout", "5000",
            "Milliseconds a connection's liveness check may take; must be less than connectionTimeout.",
            Parser.longAtLeast(250)),
    POOL_REGISTER_MBEANS("alchemy.pool.registerMbeans", "true",
            "Register HikariCP's JMX beans (pool state and configuration) under the pool name.",
            Parser.BOOLEAN),
    POOL_AUTO_COMMIT("alchemy.pool.autoCommit", "true",
            "Auto-commit mode of every borrowed connection.",
            Parser.BOOLEAN),
    POOL_READ_ONLY("alchemy.pool.readOnly", "false",
            "Borrowed connections start read-only.",
            Parser.BOOLEAN),
    POOL_TRANSACTION_ISOLATION("alchemy.pool.transactionIsolation", null,
            "Isolation level of every borrowed connection; unset means the database's default.",
            Parser.isolation()),
    POOL_CONNECTION_INIT_SQL("alchemy.pool.connectionInitSql", null,
            "SQL run once on every new physical connection (sent as written, not translated).",
            Parser.TEXT),
    POOL_CONNECTION_TEST_QUERY("alchemy.pool.connectionTestQuery", null,
            "Liveness query for drivers without JDBC 4 isValid(); leave unset for the supported databases.",
            Parser.TEXT),
    POOL_INITIALIZATION_FAIL_TIMEOUT("alchemy.pool.initializationFailTimeout", "1",
            "Milliseconds the first connect waits for the database before failing; -1 creates the pool even when "
                    + "the database is down.",
            Parser.longAtLeast(-1));

    public static final String PREFIX = "alchemy.";

    private final String propertyName;
    private final String defaultValue;
    private final String description;
    private final Parser parser;

    AlchemyProperty(String propertyName, String defaultValue, String description, Parser parser) {
        this.propertyName = propertyName;
        this.defaultValue = defaultValue;
        this.description = description;
        this.parser = parser;
    }

    /** The setting's name, e.g. {@code alchemy.pool.maximumPoolSize}. */
    public String propertyName() {
        return propertyName;
    }

    /** The default as a user would write it; null when unset means "the database's or HikariCP's own choice". */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** What the setting accepts, in words: e.g. {@code true, false} or {@code an integer >= 1}. */
    public String allowedValues() {
        return parser.allowed;
    }

    /** The accepted values when they are a closed list (for {@code DriverPropertyInfo.choices}), else null. */
    public String[] choices() {
        return parser.choices == null ? null : parser.choices.clone();
    }

    /**
     * The {@link AlchemyDataSource} bean property: the name without {@code alchemy.}, dots removed and the next
     * letter upper-cased: {@code alchemy.pool.maximumPoolSize} is {@code poolMaximumPoolSize}.
     */
    public String beanPropertyName() {
        String rest = propertyName.substring(PREFIX.length());
        StringBuilder sb = new StringBuilder(rest.length());
        boolean upper = false;
        for (char c : rest.toCharArray()) {
            if (c == '.') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /**
     * Parses a value of this setting.
     *
     * @throws IllegalArgumentException naming the setting, the value and what it accepts
     */
    public Object parse(String value) {
        String trimmed = value == null ? null : value.trim();
        Object parsed = trimmed == null ? null : parser.parse.apply(trimmed);
        if (parsed == null) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for setting " + propertyName
                    + ": allowed values are " + parser.allowed + ".");
        }
        return parsed;
    }

    /** The setting called {@code name}, ignoring case. */
    public static Optional<AlchemyProperty> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (AlchemyProperty p : values()) {
            if (p.propertyName.equalsIgnoreCase(name.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** True for names in Alchemy's namespace ({@code alchemy.*}, any case). */
    public static boolean isAlchemyName(String name) {
        return name != null && name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * The known setting closest to {@code unknown}: the one sharing most words of the last name segment
     ({@code maxSize} shares "max" and "size" with {@code maximumPoolSize}), then the smallest edit distance.
     */
    public static AlchemyProperty closestTo(String unknown) {
        String wanted = unknown.trim().toLowerCase(Locale.ROOT);
        List<String> wantedWords = words(unknown.substring(unknown.lastIndexOf('.') + 1));
        AlchemyProperty best = null;
        int bestShared = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (AlchemyProperty p : values()) {
            List<String> words = words(p.propertyName.substring(p.propertyName.lastIndexOf('.') + 1));
            int shared = 0;
            for (String w : wantedWords) {
                if (w.length() >= 3 && words.stream().anyMatch(x -> x.startsWith(w) || w.startsWith(x))) {
                    shared++;
                }
            }
            int distance = distance(wanted, p.propertyName.toLowerCase(Locale.ROOT));
            if (shared > bestShared || (shared == bestShared && distance < bestDistance)) {
                best = p;
                bestShared = shared;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** {@code maximumPoolSize} -> [maximum, pool, size]. */
    private static List<String> words(String camelCase) {
        List<String> words = new ArrayList<>();
        for (String w : camelCase.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * The message for an unknown {@code alchemy.*} name: names the closest setting.
     */
    static String unknownSettingMessage(String name, String where) {
        return "Unknown Alchemy setting '" + name + "' in " + where + "; did you mean '" + closestTo(name).propertyName
                + "'? Settings are listed in the README (Settings) and by Driver.getPropertyInfo; names starting with "
                + "'alchemy.' are reserved for them.";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Turns the text of a value into its typed form; null means "not a valid value". */
    static final class Parser {
        static final Parser BOOLEAN = new Parser("true, false", new String[] {"true", "false"}, v ->
                v.equalsIgnoreCase("true") ? Boolean.TRUE : v.equalsIgnoreCase("false") ? Boolean.FALSE : null);
        static final Parser TEXT = new Parser("any text", null, v -> v);

        final String allowed;
        final String[] choices;
        final Function<String, Object> parse;

        private Parser(String allowed, String[] choices, Function<String, Object> parse) {
            this.allowed = allowed;
            this.choices = choices;
            this.parse = parse;
        }

        static Parser longAtLeast(long min) {
            return new Parser("an integer >= " + min, null, v -> {
                try {
                    long n = Long.parseLong(v);
                    return n >= min ? n : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            });
        }

        static Parser intAtLeast(int min) {
            return new Parser("an integer >= " + min, null, v -> {
                try {
                    int n = Integer.parseInt(v);
                    return n >= min ? n : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            });
        }

        static <E extends Enum<E>> Parser choice(Class<E> type) {
            String[] names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            return new Parser(String.join(", ", names), names, v -> {
                for (E e : type.getEnumConstants()) {
                    if (e.name().equalsIgnoreCase(v)) {
                        return e;
                    }
                }
                return null;
            });
        }

        static Parser dialect() {
            String[] names = Arrays.stream(Dialect.values()).map(Dialect::canonicalName).toArray(String[]::new);
            return new Parser(Dialect.acceptedNames(), names, v -> Dialect.find(v).orElse(null));
        }

        static Parser isolation() {
            String[] names = {"TRANSACTION_READ_UNCOMMITTED", "TRANSACTION_READ_COMMITTED", "TRANSACTION_REPEATABLE_READ",
                    "TRANSACTION_SERIALIZABLE"};
            return new Parser(String.join(", ", names), names, v -> {
                for (String n : names) {
                    if (n.equalsIgnoreCase(v) || n.substring("TRANSACTION_".length()).equalsIgnoreCase(v)) {
                        return n;
                    }
                }
                return null;
            });
        }

        /** Pool names go into JMX ObjectNames unquoted: none of {@code : , = * ? "} nor line breaks. */
        static Parser jmxSafeName() {
            return new Parser("text without : , = * ? \" or line breaks", null,
                    v -> !v.isEmpty() && v.chars().noneMatch(c -> ":,=*?\"\n\r".indexOf(c) >= 0) ? v : null);
        }
    }
}
