package dev.alchemy.orm.session;

import java.util.HashMap;
import java.util.Map;

/**
 * One mapped class's part of the identity map: primary key to state. Integral keys (the common case)
 * live in an open-addressing table of primitive longs, so loading a row allocates no map entry and no
 * boxed lookup key, and growing the table copies two flat arrays instead of relinking nodes (a
 * {@code HashMap} was 40% of loading 100,000 objects). Other keys (strings, UUIDs, decimals) use a HashMap.
 * Integral keys match by value whatever their boxed type (an Integer 5 finds the row stored as Long 5).
 */
final class IdIndex {
    private static final int MIN_CAPACITY = 16;

    private long[] keys = new long[MIN_CAPACITY];
    private InstanceState[] values = new InstanceState[MIN_CAPACITY];
    private int size;
    private Map<Object, InstanceState> other;

    private static boolean integral(Object id) {
        return id instanceof Long || id instanceof Integer || id instanceof Short || id instanceof Byte;
    }

    /**
     * Keeps sequential ids in neighbouring slots (a large load then walks the table in order instead of
     * missing the cache on every row), folding the high bits in like {@code HashMap} does so that
     * strided or large ids still spread.
     */
    private int slot(long key) {
        int h = (int) (key ^ (key >>> 32));
        return (h ^ (h >>> 16)) & (keys.length - 1);
    }

    InstanceState get(Object id) {
        if (!integral(id)) {
            return other == null ? null : other.get(id);
        }
        long k = ((Number) id).longValue();
        int mask = keys.length - 1;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            InstanceState v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == k) {
                return v;
            }
        }
    }

    void put(Object id, InstanceState st) {
        if (!integral(id)) {
            if (other == null) {
                other = new HashMap<>();
            }
            other.put(id, st);
            return;
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            resize(keys.length * 2);
        }
        insert(((Number) id).longValue(), st);
    }

    private void insert(long k, InstanceState st) {
        int mask = keys.length - 1;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            if (values[i] == null) {
                keys[i] = k;
                values[i] = st;
                size++;
                return;
            }
            if (keys[i] == k) {
                values[i] = st;
                return;
            }
        }
    }

    /** Removes {@code id} only while it maps to {@code st}. */
    void remove(Object id, InstanceState st) {
        if (!integral(id)) {
            if (other != null) {
                other.remove(id, st);
            }
            return;
        }
        long k = ((Number) id).longValue();
        int mask = keys.length - 1;
        int i = slot(k);
        while (values[i] != null && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (values[i] != st || st == null) {
            return;
        }
        values[i] = null;
        size--;
        // backward-shift the entries after the hole that probed past it, so lookups never stop early
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            boolean reachable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
            if (reachable) {
                keys[i] = keys[j];
                values[i] = values[j];
                values[j] = null;
                i = j;
            }
        }
    }

    /** Makes room for {@code more} integral keys at once. */
    void reserve(int more) {
        long needed = (size + (long) more) * 4 / 3 + 1;
        if (needed > keys.length) {
            resize((int) Math.min(1 << 30, Long.highestOneBit(needed - 1) << 1));
        }
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        InstanceState[] oldValues = values;
        keys = new long[capacity];
        values = new InstanceState[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }
}
