package dev.alchemy.translator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SQL dialects Alchemy reads and writes, with the names users coming from other tools type. */
public enum Dialect {
    /** ISO SQL plus the common forms listed in DESIGN.md; the default source dialect. */
    PORTABLE("portable", "ansi", "generic", "standard"),
    POSTGRESQL("postgresql", "postgres", "pg", "pgsql"),
    SQLSERVER("sqlserver", "tsql", "mssql", "t-sql"),
    /** MySQL and MariaDB. */
    MYSQL("mysql", "mariadb"),
    SQLITE("sqlite", "sqlite3"),
    H2("h2");

    private final String canonicalName;
    private final String[] aliases;

    Dialect(String canonicalName, String... aliases) {
        this.canonicalName = canonicalName;
        this.aliases = aliases;
    }

    /** The name used in settings and the CLI, e.g. {@code sqlserver}. */
    public String canonicalName() {
        return canonicalName;
    }

    /**
     * Resolves a dialect by its name or an alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted names when {@code name} is none of them
     */
    public static Dialect of(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown SQL dialect '" + name + "'; use one of: " + acceptedNames()));
    }

    public static Optional<Dialect> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (d.canonicalName.equals(wanted) || Arrays.asList(d.aliases).contains(wanted)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The dialect a JDBC subprotocol speaks: {@code postgresql}, {@code sqlserver}, {@code mariadb}, ... */
    public static Optional<Dialect> forJdbcSubprotocol(String subprotocol) {
        switch (subprotocol.toLowerCase(Locale.ROOT)) {
            case "postgresql": case "pgsql": return Optional.of(POSTGRESQL);
            case "sqlserver": return Optional.of(SQLSERVER);
            case "mysql": case "mariadb": return Optional.of(MYSQL);
            case "sqlite": return Optional.of(SQLITE);
            case "h2": return Optional.of(H2);
            default: return Optional.empty();
        }
    }

    public static String acceptedNames() {
        return Arrays.stream(values())
                .map(d -> d.canonicalName + (d.aliases.length == 0 ? "" : " (" + String.join(", ", d.aliases) + ")"))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return canonicalName;
    }
}
