package dev.alchemy.orm.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The identity map's per-class index agrees with a HashMap under many puts, lookups and removals, windowed or hashed. */
class IdIndexTest {
    private static InstanceState state(Object id) {
        return new InstanceState(null, id, InstanceState.Status.PERSISTENT);
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

    @Test
    void sequentialKeysStayInAWindowThatAgreesWithAHashMap() {
        IdIndex index = new IdIndex();
        Map<Long, InstanceState> expected = new HashMap<>();
        Random random = new Random(7);
        for (long key = 1; key <= 100_000; key++) {
            if (key % 10 == 3) {
                continue; // gaps, as deleted rows leave
            }
            InstanceState st = state(key);
            index.put(key, st);
            expected.put(key, st);
            long probe = random.nextInt((int) key + 100) - 50;
            if (random.nextInt(4) == 0) {
                index.remove(probe, expected.get(probe));
                expected.remove(probe);
            } else {
                assertSame(expected.get(probe), index.get(probe), "key " + probe + " after putting " + key);
            }
        }
        assertTrue(index.windowed());
        for (long key = -5; key <= 100_005; key++) {
            assertSame(expected.get(key), index.get(key), "key " + key);
        }
    }

    @Test
    void descendingKeysGrowTheWindowDownwards() {
        IdIndex index = new IdIndex();
        InstanceState[] states = new InstanceState[50_001];
        for (int key = 50_000; key >= 1; key--) {
            states[key] = state(key);
            index.put(key, states[key]); // Integer keys
        }
        assertTrue(index.windowed());
        for (long key = 1; key <= 50_000; key++) {
            assertSame(states[(int) key], index.get(key));
        }
        assertNull(index.get(0L));
        assertNull(index.get(50_001L));
    }

    @Test
    void sparseKeysMoveToTheTableKeepingEveryEntry() {
        IdIndex index = new IdIndex();
        Map<Long, InstanceState> expected = new HashMap<>();
        for (long key = 1; key <= 1000; key++) {
            InstanceState st = state(key);
            index.put(key, st);
            expected.put(key, st);
        }
        assertTrue(index.windowed());
        for (long key : new long[] {1_000_000_000_000L, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
            InstanceState st = state(key);
            index.put(key, st);
            expected.put(key, st);
        }
        assertFalse(index.windowed());
        index.remove(500L, expected.remove(500L));
        for (Map.Entry<Long, InstanceState> e : expected.entrySet()) {
            assertSame(e.getValue(), index.get(e.getKey()));
        }
        assertNull(index.get(500L));
        assertNull(index.get(1001L));
    }

    @Test
    void keysFarFromTheWindowAreNotFoundInIt() {
        IdIndex index = new IdIndex();
        InstanceState st = state(Long.MAX_VALUE - 3);
        index.put(3L, state(3L));
        for (long key : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 3, Long.MAX_VALUE, -1L << 63 >>> 1, (1L << 62) + 3}) {
            assertNull(index.get(key), "key " + key);
        }
        assertTrue(index.windowed());
        index.put(Long.MAX_VALUE - 3, st);
        assertSame(st, index.get(Long.MAX_VALUE - 3));
        assertNull(index.get(Long.MAX_VALUE));
    }

    @Test
    void aWindowGrowsPageByPageInBothDirections() {
        IdIndex index = new IdIndex();
        Map<Long, InstanceState> expected = new HashMap<>();
        for (long key = 5000; key < 9000; key++) {
            InstanceState st = state(key);
            index.put(key, st);
            expected.put(key, st);
        }
        for (long key = 4999; key >= 1000; key--) {
            InstanceState st = state(key);
            index.put(key, st);
            expected.put(key, st);
        }
        index.remove(4000L, expected.remove(4000L));
        assertTrue(index.windowed());
        for (long key = 0; key <= 9100; key++) {
            assertSame(expected.get(key), index.get(key), "key " + key);
        }
    }

    @Test
    void clustersFarApartMoveToTheTable() {
        IdIndex index = new IdIndex();
        Map<Long, InstanceState> expected = new HashMap<>();
        for (long start : new long[] {1, 10_000_000}) {
            for (long key = start; key < start + 3000; key++) {
                InstanceState st = state(key);
                index.put(key, st);
                expected.put(key, st);
            }
        }
        assertFalse(index.windowed());
        for (Map.Entry<Long, InstanceState> e : expected.entrySet()) {
            assertSame(e.getValue(), index.get(e.getKey()));
        }
        assertNull(index.get(3001L));
        assertNull(index.get(9_999_999L));
    }
}
