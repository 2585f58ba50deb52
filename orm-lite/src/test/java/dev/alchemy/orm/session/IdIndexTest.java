package dev.alchemy.orm.session;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The identity map's per-class index agrees with a HashMap under many puts, lookups and removals. */
class IdIndexTest {
    private static InstanceState state(Object id) {
        InstanceState st = new InstanceState(null, new Object(), InstanceState.Status.PERSISTENT);
        st.id = id;
        return st;
    }

    @Test
    void agreesWithAHashMapThroughGrowthAndRemovals() {
        IdIndex index = new IdIndex();
        Map<Long, InstanceState> expected = new HashMap<>();
        Random random = new Random(42);
        for (int step = 0; step < 200_000; step++) {
            long key = random.nextInt(5_000) * 1024L; // multiples of the table size collide without mixing
            int op = random.nextInt(3);
            if (op == 0) {
                InstanceState st = state(key);
                index.put(key, st);
                expected.put(key, st);
            } else if (op == 1) {
                InstanceState current = expected.get(key);
                index.remove(key, current);
                if (current != null) {
                    expected.remove(key);
                }
            } else {
                assertSame(expected.get(key), index.get(key), "key " + key + " at step " + step);
            }
        }
        for (Map.Entry<Long, InstanceState> e : expected.entrySet()) {
            assertSame(e.getValue(), index.get(e.getKey()));
        }
    }

    @Test
    void removesOnlyTheStateItWasGiven() {
        IdIndex index = new IdIndex();
        InstanceState first = state(7L);
        InstanceState second = state(7L);
        index.put(7L, first);
        index.remove(7L, second);
        assertSame(first, index.get(7L));
        index.remove(7L, first);
        assertNull(index.get(7L));
    }

    @Test
    void integralKeysMatchByValueAndOtherKeysByEquals() {
        IdIndex index = new IdIndex();
        InstanceState byLong = state(5L);
        InstanceState byString = state("5");
        index.put(5L, byLong);
        index.put("5", byString);
        assertSame(byLong, index.get(5));
        assertSame(byLong, index.get((short) 5));
        assertSame(byString, index.get("5"));
        index.reserve(100_000);
        assertSame(byLong, index.get(5L));
        assertSame(byString, index.get("5"));
        assertNull(index.get(6L));
    }
}
