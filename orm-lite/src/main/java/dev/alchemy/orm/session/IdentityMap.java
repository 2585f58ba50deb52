package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.EntityMapping;
import java.util.IdentityHashMap;
import java.util.Map;

/** One object per (mapped class, primary key): an index of ids per mapping, so lookups allocate no key object. */
final class IdentityMap {
    private final Map<EntityMapping, IdIndex> byMapping = new IdentityHashMap<>();
    private EntityMapping lastMapping;
    private IdIndex last;

    /** {@code m}'s part of the map; the same object until {@link #clear()}. */
    IdIndex index(EntityMapping m) {
        return of(m);
    }

    private IdIndex of(EntityMapping m) {
        if (m != lastMapping) {
            last = byMapping.computeIfAbsent(m, k -> new IdIndex());
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
        return of(m).get(id) != null;
    }

    /** Makes room for {@code more} objects of {@code m} at once (no step-by-step rehashing of a large load). */
    void reserve(EntityMapping m, int more) {
        of(m).reserve(more);
    }

    void clear() {
        byMapping.clear();
        lastMapping = null;
        last = null;
    }
}
