package dev.alchemy.orm.session;

import java.util.HashMap;
import java.util.Map;

/**
 * One mapped class's part of the identity map: primary key to state. Integral keys (the common case)
 * allocate no map entry and no boxed lookup key. They start in a dense window, an array indexed by
 * {@code key - base}: ids from a sequence or identity column fill it nearly completely, so loading them
 * costs one array store per row, four bytes per key, and growing copies one flat array without
 * rehashing. Keys too sparse for a window (more than {@value #SPARSE} slots per key) move the index to an
 * open-addressing table of primitive longs. Other keys (strings, UUIDs, decimals) use a HashMap.
 * Integral keys match by value whatever their boxed type (an Integer 5 finds the row stored as Long 5).
 */
final class IdIndex {
    private static final int MIN_CAPACITY = 16;
    /** The most window slots per key before the keys move to the hash table (which needs 16 to 32 bytes per key). */
    private static final int SPARSE = 4;
    /** Windows only hold keys within this distance of zero, so offsets never overflow. */
    private static final long WINDOW_LIMIT = 1L << 62;

    /** The dense window while {@link #keys} is null: {@code window[k - base]} (null until the first key). */
    private InstanceState[] window;
    private long base;
    /** The hash table, once the keys are too sparse for a window. */
    private long[] keys;
    private InstanceState[] values;
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
        if (keys == null) {
            long off = k - base;
            return window != null && off >= 0 && off < window.length ? window[(int) off] : null;
        }
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
        long k = ((Number) id).longValue();
        if (keys == null) {
            long off = k - base;
            if (window != null && off >= 0 && off < window.length) {
                if (window[(int) off] == null) {
                    size++;
                }
                window[(int) off] = st;
                return;
            }
            if (widen(k)) {
                window[(int) (k - base)] = st;
                size++;
                return;
            }
            toTable(size + 1);
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            resize(keys.length * 2);
        }
        insert(k, st);
    }

    /**
     * Makes the window reach {@code k}, growing it at least twofold (towards {@code k}'s side) so that
     * sequential keys copy it a logarithmic number of times; false when the keys would be too sparse.
     */
    private boolean widen(long k) {
        if (k >= WINDOW_LIMIT || k <= -WINDOW_LIMIT) {
            return false;
        }
        if (window == null) {
            window = new InstanceState[MIN_CAPACITY];
            base = k;
            return true;
        }
        long lo = Math.min(base, k);
        long hi = Math.max(base + window.length - 1, k);
        long span = hi - lo + 1; // below 2^63: both ends are within WINDOW_LIMIT of zero
        if (span > 1 << 30) {
            return false;
        }
        long capacity = Long.highestOneBit(Math.max(span, window.length * 2L) - 1) << 1;
        if (capacity > (size + 1L) * SPARSE && capacity > MIN_CAPACITY * 4 || capacity > 1 << 30) {
            return false;
        }
        InstanceState[] wider = new InstanceState[(int) capacity];
        // keys arriving in descending order get their room below the window
        long newBase = k < base ? hi - capacity + 1 : lo;
        System.arraycopy(window, 0, wider, (int) (base - newBase), window.length);
        window = wider;
        base = newBase;
        return true;
    }

    /** Moves the window's keys into a hash table with room for {@code room} keys. */
    private void toTable(int room) {
        InstanceState[] old = window;
        keys = new long[MIN_CAPACITY];
        values = new InstanceState[MIN_CAPACITY];
        window = null;
        size = 0;
        reserve(room);
        if (old != null) {
            for (int i = 0; i < old.length; i++) {
                if (old[i] != null) {
                    insert(base + i, old[i]);
                }
            }
        }
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
        if (keys == null) {
            long off = k - base;
            if (st != null && window != null && off >= 0 && off < window.length && window[(int) off] == st) {
                window[(int) off] = null;
                size--;
            }
            return;
        }
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

    /**
     * Makes room for {@code more} integral keys at once in the hash table; a window needs none (it grows
     * by copying, and how far depends on the keys).
     */
    void reserve(int more) {
        if (keys == null) {
            return;
        }
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

    /** Whether the integral keys are in a window (for tests). */
    boolean windowed() {
        return keys == null;
    }
}
