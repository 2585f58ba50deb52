package dev.alchemy.orm.session;

import java.util.HashMap;
import java.util.Map;

/**
 * One mapped class's part of the identity map: primary key to state. Integral keys (the common case)
 * allocate no map entry and no boxed lookup key. They start in a dense window indexed by
 * {@code key - base}: ids from a sequence or identity column fill it nearly completely, so loading them
 * costs one array store per row and about four bytes per key, and the window grows without rehashing.
 * The window is a directory of pages of {@value #PAGE} slots (while the keys fit one page, that page
 * starts small and grows like a flat array): no array of it gets large enough to be one of G1's humongous
 * objects, which live in the old generation and, after the session is gone, still keep the young objects
 * they point to alive through the next young collections. Keys too sparse for a window (more than
 * {@value #SPARSE} slots per key) move the index to an open-addressing table of primitive longs. Other
 * keys (strings, UUIDs, decimals) use a HashMap. Integral keys match by value whatever their boxed type
 * (an Integer 5 finds the row stored as Long 5).
 */
final class IdIndex {
    private static final int MIN_CAPACITY = 16;
    private static final int PAGE_BITS = 10;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int PAGE_MASK = PAGE - 1;
    private static final int MAX_PAGES = 1 << 20;
    /** The most window slots per key before the keys move to the hash table (which needs 16 to 32 bytes per key). */
    private static final int SPARSE = 4;
    /** Windows only hold keys within this distance of zero, so offsets never overflow. */
    private static final long WINDOW_LIMIT = 1L << 62;

    /**
     * The window while {@link #keys} is null: the state of key k is {@code pages[(k - base) >>> PAGE_BITS]
     * [(k - base) & PAGE_MASK]}; null until the first integral key. Only a lone first page is shorter than
     * {@value #PAGE}; every page is full-length once there are two.
     */
    private InstanceState[][] pages;
    private long base;
    /** Slots allocated in {@link #pages} (the window's memory, for the density rule). */
    private long slots;
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
            InstanceState[] page = pageOf(k);
            return page == null ? null : page[(int) (k - base) & PAGE_MASK];
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
            InstanceState[] page = pageOf(k);
            if (page == null && widen(k)) {
                page = pageOf(k);
            }
            if (page != null) {
                int i = (int) (k - base) & PAGE_MASK;
                if (page[i] == null) {
                    size++;
                }
                page[i] = st;
                return;
            }
            toTable(size + 1);
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            resize(keys.length * 2);
        }
        insert(k, st);
    }

    /** The window page holding the slot of {@code k}, or null when the window has no slot for it. */
    private InstanceState[] pageOf(long k) {
        InstanceState[][] p = pages;
        long off = k - base; // wraps only for keys far outside the window, and then lands outside it too
        if (p == null || off < 0 || off >= (long) p.length << PAGE_BITS) {
            return null;
        }
        InstanceState[] page = p[(int) (off >>> PAGE_BITS)];
        return page != null && ((int) off & PAGE_MASK) < page.length ? page : null;
    }

    /** Whether the window may take {@code more} slots and stay dense enough. */
    private boolean dense(long more) {
        long after = slots + more;
        return after <= MIN_CAPACITY * 4 || after <= (size + 1L) * SPARSE;
    }

    /**
     * Gives the window a slot for {@code k}: a lone short page grows at least twofold towards {@code k}'s side
     * (so sequential keys copy it a few times), then the directory grows at least twofold and pages are added
     * where keys arrive (no slot is ever copied again). False when the keys would be too sparse.
     */
    private boolean widen(long k) {
        if (k >= WINDOW_LIMIT || k <= -WINDOW_LIMIT) {
            return false;
        }
        if (pages == null) {
            pages = new InstanceState[][] {new InstanceState[MIN_CAPACITY]};
            base = k;
            slots = MIN_CAPACITY;
            return true;
        }
        if (pages.length == 1 && pages[0].length < PAGE) {
            InstanceState[] page = pages[0];
            long lo = Math.min(base, k);
            long hi = Math.max(base + page.length - 1, k);
            long span = hi - lo + 1; // below 2^63: both ends are within WINDOW_LIMIT of zero
            int capacity = span > PAGE ? PAGE : (int) Long.highestOneBit(Math.max(span, page.length * 2L) - 1) << 1;
            if (!dense(capacity - page.length)) {
                return false;
            }
            // keys arriving in descending order get their room below the page; beyond one page, the page keeps its base
            long newBase = span > PAGE || k > base ? base : hi - capacity + 1;
            InstanceState[] wider = new InstanceState[capacity];
            System.arraycopy(page, 0, wider, (int) (base - newBase), page.length);
            pages[0] = wider;
            base = newBase;
            slots += capacity - page.length;
            if (span <= PAGE) {
                return true;
            }
        }
        long index = Math.floorDiv(k - base, PAGE);
        int length = pages.length;
        if (index < 0 || index >= length) {
            long wanted = index < 0 ? Math.max(length - index, 2L * length) : Math.max(index + 1, 2L * length);
            if (wanted > MAX_PAGES || wanted > 4 * (slots / PAGE + 4)) {
                return false; // a directory mostly empty: the keys are clusters far apart
            }
            InstanceState[][] directory = new InstanceState[(int) wanted][];
            int shift = index < 0 ? (int) (wanted - length) : 0;
            System.arraycopy(pages, 0, directory, shift, length);
            pages = directory;
            base -= (long) shift * PAGE;
            index += shift;
        }
        if (pages[(int) index] == null) {
            if (!dense(PAGE)) {
                return false;
            }
            pages[(int) index] = new InstanceState[PAGE];
            slots += PAGE;
        }
        return true;
    }

    /** Moves the window's keys into a hash table with room for {@code room} keys. */
    private void toTable(int room) {
        InstanceState[][] old = pages;
        keys = new long[MIN_CAPACITY];
        values = new InstanceState[MIN_CAPACITY];
        pages = null;
        slots = 0;
        size = 0;
        reserve(room);
        if (old != null) {
            for (int p = 0; p < old.length; p++) {
                InstanceState[] page = old[p];
                for (int i = 0; page != null && i < page.length; i++) {
                    if (page[i] != null) {
                        insert(base + ((long) p << PAGE_BITS) + i, page[i]);
                    }
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
            InstanceState[] page = pageOf(k);
            int i = (int) (k - base) & PAGE_MASK;
            if (st != null && page != null && page[i] == st) {
                page[i] = null;
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
