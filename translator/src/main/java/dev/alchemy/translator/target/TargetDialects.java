package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;

import java.util.EnumMap;
import java.util.Map;

/** The registry of target rules: one shared, stateless {@link TargetDialect} per target {@link Dialect}. */
public final class TargetDialects {
    private static final Map<Dialect, TargetDialect> TARGETS = new EnumMap<>(Dialect.class);

    static {
        register(new PostgresTarget());
        register(new SqlServerTarget());
        register(new SqliteTarget());
        register(new H2Target());
        register(new MySqlTarget());
        // PORTABLE as a target renders ISO/PostgreSQL-style SQL with the base rules.
        TARGETS.put(Dialect.PORTABLE, new TargetDialect(Dialect.PORTABLE) { });
    }

    private TargetDialects() {
    }

    private static void register(TargetDialect target) {
        TARGETS.put(target.dialect(), target);
    }

    /** The rules for {@code dialect}. */
    public static TargetDialect of(Dialect dialect) {
        return TARGETS.get(dialect);
    }
}
