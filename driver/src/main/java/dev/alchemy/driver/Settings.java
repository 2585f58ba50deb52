package dev.alchemy.driver;

import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The resolved value of every {@link AlchemyProperty} for one connection configuration: defaults overlaid by
 * system properties, then connect Properties, then the URL. Immutable.
 */
final class Settings {
    /** Where a given value came from, for error messages. */
    record Given(String value, String source) {
    }

    private static final Map<AlchemyProperty, Object> DEFAULTS = defaults();

    private final Map<AlchemyProperty, Object> values;

    private Settings(Map<AlchemyProperty, Object> values) {
        this.values = values;
    }

    static Settings of(Map<AlchemyProperty, Given> given) throws SQLException {
        EnumMap<AlchemyProperty, Object> values = new EnumMap<>(DEFAULTS);
        for (Map.Entry<AlchemyProperty, Given> e : given.entrySet()) {
            try {
                values.put(e.getKey(), e.getKey().parse(e.getValue().value()));
            } catch (IllegalArgumentException bad) {
                throw new SQLException(bad.getMessage() + " Fix it in " + e.getValue().source() + ".", "08001");
            }
        }
        return new Settings(Collections.unmodifiableMap(values));
    }

    static Settings defaultsOnly() {
        return new Settings(DEFAULTS);
    }

    /** The value, or null for a setting that is unset (its default is the database's or HikariCP's own). */
    Object get(AlchemyProperty p) {
        return values.get(p);
    }

    boolean bool(AlchemyProperty p) {
        return (Boolean) values.get(p);
    }

    long number(AlchemyProperty p) {
        return ((Number) values.get(p)).longValue();
    }

    /** The pool settings alone: part of the key that tells pools apart. */
    Map<AlchemyProperty, Object> poolSettings() {
        EnumMap<AlchemyProperty, Object> pool = new EnumMap<>(AlchemyProperty.class);
        for (Map.Entry<AlchemyProperty, Object> e : values.entrySet()) {
            if (e.getKey().propertyName().startsWith("alchemy.pool.") && e.getValue() != null) {
                pool.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(pool);
    }

    private static Map<AlchemyProperty, Object> defaults() {
        EnumMap<AlchemyProperty, Object> d = new EnumMap<>(AlchemyProperty.class);
        for (AlchemyProperty p : AlchemyProperty.values()) {
            d.put(p, p.defaultValue() == null ? null : p.parse(p.defaultValue()));
        }
        return Collections.unmodifiableMap(d);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
