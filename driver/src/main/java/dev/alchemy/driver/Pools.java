package dev.alchemy.driver;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live Alchemy pool: the driver's shared pools (one per {@link PoolKey}) and the pools DataSources own.
 * Pool creation happens outside any map lock, one creation per key at a time; a creation that fails leaves
 * no pool behind, so the next connect tries again.
 */
final class Pools {
    static final Pools INSTANCE = new Pools();

    private final ConcurrentHashMap<PoolKey, Slot> shared = new ConcurrentHashMap<>();
    private final Set<Pool> owned = ConcurrentHashMap.newKeySet();
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    /** Where one key's pool lives; its monitor serialises that key's pool creation. */
    private static final class Slot {
        volatile Pool pool;
    }

    /** The shared pool for {@code key}, started on first use. */
    Pool shared(PoolKey key, String baseName, boolean explicitName, AlchemyUrl url, Driver driver, String password)
            throws SQLException {
        Slot slot = shared.computeIfAbsent(key, k -> new Slot());
        Pool pool = slot.pool;
        if (pool != null && !pool.isClosed()) {
            return pool;
        }
        synchronized (slot) {
            pool = slot.pool;
            if (pool == null || pool.isClosed()) {
                String name = reserveName(baseName, explicitName);
                try {
                    pool = Pool.start(name, url, key, driver, password, false);
                } catch (SQLException | RuntimeException e) {
                    // the slot stays, empty: the next connect with this key tries again
                    names.remove(name);
                    throw e;
                }
                slot.pool = pool;
            }
            return pool;
        }
    }

    /** A pool for one {@link AlchemyDataSource}, which closes it. */
    Pool owned(PoolKey key, String baseName, boolean explicitName, AlchemyUrl url, Driver driver, String password)
            throws SQLException {
        String name = reserveName(baseName, explicitName);
        try {
            Pool pool = Pool.start(name, url, key, driver, password, true);
            owned.add(pool);
            return pool;
        } catch (SQLException | RuntimeException e) {
            names.remove(name);
            throw e;
        }
    }

    void closeOwned(Pool pool) {
        owned.remove(pool);
        close(pool);
    }

    /** Closes the driver's shared pools; the next connect starts new ones. */
    void closeShared() {
        for (Slot slot : new ArrayList<>(shared.values())) {
            Pool pool = slot.pool;
            if (pool != null) {
                close(pool);
            }
        }
        shared.clear();
    }

    /** Closes every pool, DataSources' too (JVM shutdown, driver deregistration). */
    void closeAll() {
        closeShared();
        for (Pool pool : new ArrayList<>(owned)) {
            closeOwned(pool);
        }
    }

    List<PoolStats> stats() {
        List<PoolStats> stats = new ArrayList<>();
        for (Slot slot : shared.values()) {
            Pool pool = slot.pool;
            if (pool != null && !pool.isClosed()) {
                stats.add(pool.stats());
            }
        }
        for (Pool pool : owned) {
            if (!pool.isClosed()) {
                stats.add(pool.stats());
            }
        }
        return stats;
    }

    private void close(Pool pool) {
        try {
            pool.close();
        } finally {
            names.remove(pool.name);
        }
    }

    /**
     * A name no live pool has: the base name, else base-2, base-3... A name the user chose must be free: JMX
     * cannot hold two pools under one name.
     */
    private String reserveName(String base, boolean explicit) throws SQLException {
        if (names.add(base)) {
            return base;
        }
        if (explicit) {
            throw new SQLException("Another live Alchemy pool is already named '" + base + "' (alchemy.pool.poolName): "
                    + "JMX needs one name per pool. Give this URL, user or settings combination its own poolName.", "08001");
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (names.add(candidate)) {
                return candidate;
            }
        }
    }
}
