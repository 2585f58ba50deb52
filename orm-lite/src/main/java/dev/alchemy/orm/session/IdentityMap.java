package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.EntityMapping;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** One object per (mapped class, primary key): a map of ids per mapping, so lookups allocate no key object. */
final class IdentityMap {
    private final Map<EntityMapping, Map<Object, InstanceState>> byMapping = new IdentityHashMap<>();
    private EntityMapping lastMapping;
    private Map<Object, InstanceState> last;

    private Map<Object, InstanceState> of(EntityMapping m) {
        if (m != lastMapping) {
            last = byMapping.computeIfAbsent(m, k -> new HashMap<>());
            lastMapping = m;
        }
        return last;
    }

    InstanceState get(EntityMapping m, Object id) {
        return of(m).get(id);
    }

    void put(EntityMapping m, Object id, InstanceState st) {
        of(m).put(id, st);
    }

    void remove(EntityMapping m, Object id, InstanceState st) {
        of(m).remove(id, st);
    }

    boolean contains(EntityMapping m, Object id) {
        return of(m).containsKey(id);
    }

    /** Makes room for {@code more} objects of {@code m} at once (no step-by-step rehashing of a large load). */
    void reserve(EntityMapping m, int more) {
        Map<Object, InstanceState> current = of(m);
        if (more > 4096 && more > current.size()) {
            Map<Object, InstanceState> bigger = new HashMap<>((int) ((current.size() + more) / 0.75f) + 1);
            bigger.putAll(current);
            byMapping.put(m, bigger);
            lastMapping = m;
            last = bigger;
        }
    }

    void clear() {
        byMapping.clear();
        lastMapping = null;
        last = null;
    }
}
