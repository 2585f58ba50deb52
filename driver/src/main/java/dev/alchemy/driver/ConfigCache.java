package dev.alchemy.driver;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed configurations by URL and Properties, so that a repeated {@code connect} is one map lookup and one
 * comparison of the Properties, without parsing or allocating. A configuration that failed to parse is not kept.
 * System properties are read when a (URL, Properties) pair is first seen; {@link #clear()} forgets them.
 */
final class ConfigCache {
    /** An application that builds a new URL per connect would otherwise fill memory. */
    private static final int MAX_ENTRIES = 512;

    private record Entry(Map<Object, Object> properties, ConnectionConfig config) {
        boolean matches(Properties info) {
            return info == null ? properties.isEmpty() : properties.equals(info);
        }
    }

    private final ConcurrentHashMap<String, Entry[]> byUrl = new ConcurrentHashMap<>();
    private final boolean sharedPools;

    ConfigCache(boolean sharedPools) {
        this.sharedPools = sharedPools;
    }

    ConnectionConfig get(String url, Properties info) throws SQLException {
        Entry[] entries = byUrl.get(url);
        if (entries != null) {
            for (Entry e : entries) {
                if (e.matches(info)) {
                    return e.config;
                }
            }
        }
        ConnectionConfig config = ConnectionConfig.parse(url, info, sharedPools);
        Map<Object, Object> snapshot = info == null ? Map.of() : new HashMap<>(info);
        if (info != null && info.stringPropertyNames().size() != info.size()) {
            return config; // Properties with defaults: their own entries alone cannot key the cache
        }
        if (byUrl.size() >= MAX_ENTRIES) {
            byUrl.clear();
        }
        byUrl.merge(url, new Entry[] {new Entry(snapshot, config)}, (old, added) -> {
            Entry[] merged = java.util.Arrays.copyOf(old, old.length + 1);
            merged[old.length] = added[0];
            return merged;
        });
        return config;
    }

    void clear() {
        byUrl.clear();
    }
}
