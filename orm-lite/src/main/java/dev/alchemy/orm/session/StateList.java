package dev.alchemy.orm.session;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The session's states in the order they joined: a list of fixed-size chunks, so a load of many objects
 * appends without ever copying the states already listed (an {@code ArrayList} would copy and reallocate
 * its whole array every time it grows by half). Only the first chunk grows, while the session is small.
 */
final class StateList {
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int FIRST = 16;

    private InstanceState[][] chunks = new InstanceState[4][];
    private int size;

    int size() {
        return size;
    }

    InstanceState get(int i) {
        return chunks[i >>> BITS][i & (CHUNK - 1)];
    }

    void add(InstanceState st) {
        int c = size >>> BITS;
        int i = size & (CHUNK - 1);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        InstanceState[] chunk = chunks[c];
        if (chunk == null) {
            chunks[c] = chunk = new InstanceState[c == 0 ? FIRST : CHUNK];
        } else if (i == chunk.length) {
            chunks[c] = chunk = Arrays.copyOf(chunk, Math.min(CHUNK, chunk.length * 2));
        }
        chunk[i] = st;
        size++;
    }

    /** Drops the states {@code drop} accepts, keeping the order of the others. */
    void removeIf(Predicate<InstanceState> drop) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            InstanceState st = get(i);
            if (!drop.test(st)) {
                chunks[kept >>> BITS][kept & (CHUNK - 1)] = st;
                kept++;
            }
        }
        for (int i = kept; i < size; i++) {
            chunks[i >>> BITS][i & (CHUNK - 1)] = null;
        }
        size = kept;
    }

    void clear() {
        chunks = new InstanceState[4][];
        size = 0;
    }
}
