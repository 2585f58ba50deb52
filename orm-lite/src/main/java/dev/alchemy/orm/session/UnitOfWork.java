package dev.alchemy.orm.session;

import dev.alchemy.orm.core.Column;
import dev.alchemy.orm.core.Insert;
import dev.alchemy.orm.core.Sql;
import dev.alchemy.orm.core.Table;
import dev.alchemy.orm.mapping.CollectionProperty;
import dev.alchemy.orm.mapping.ColumnProperty;
import dev.alchemy.orm.mapping.EntityMapping;
import dev.alchemy.orm.mapping.ManyToOneProperty;
import dev.alchemy.orm.mapping.RelationshipProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flush of a {@link Session}: cascade new objects reachable from managed ones, then INSERT in
 * foreign-key order (batched per table, generated keys written back), UPDATE only changed columns,
 * write join-table rows, and DELETE children before parents. The session rolls back if it throws.
 */
final class UnitOfWork {
    private static final int BATCH = 1000;
    private static final int IN_CHUNK = 500;

    private final Session session;

    UnitOfWork(Session session) {
        this.session = session;
    }

    void flush() {
        // the objects with relationships, found in one pass: the passes below walk only these
        List<InstanceState> related = new ArrayList<>();
        session.states.compact();
        for (InstanceState st : session.states.values()) {
            if (!st.mapping.relationships().isEmpty()) {
                related.add(st);
            }
        }
        releaseRemovedChildren(related);
        cascade(related);
        List<EntityMapping> order = order();
        List<InstanceState> inserted = insertPending(order);
        try {
            updateDirty();
        } finally {
            for (InstanceState st : inserted) {
                st.justInserted(false);
            }
        }
        writeLinks();
        deleteMarked(order);
        rememberOneToManyMembers(related);
    }

    /**
     * A child removed from a loaded one-to-many collection loses its reference to the owner, so its
     * foreign key is set to NULL by the update pass (SQLAlchemy's behaviour without delete-orphan). Runs
     * before {@link #cascade()}, which then points a child moved into another owner's collection there.
     */
    private void releaseRemovedChildren(List<InstanceState> related) {
        for (InstanceState st : related) {
            if (st.status() != InstanceState.Status.PERSISTENT || st.linksOrNull() == null || st.mapping.collections().isEmpty()) {
                continue;
            }
            for (CollectionProperty c : st.mapping.collections()) {
                Set<Object> before = st.linksOrNull().get(c);
                if (c.isManyToMany() || before == null || before.isEmpty() || !st.loaded(c)) {
                    continue;
                }
                Set<Object> now = memberIds((Collection<?>) c.get(st.entity));
                ManyToOneProperty back = c.inverse();
                for (Object gone : before) {
                    if (now.contains(gone)) {
                        continue;
                    }
                    InstanceState es = session.identity.get(c.target(), gone);
                    if (es == null || es.status() != InstanceState.Status.PERSISTENT) {
                        continue; // deleted or expunged: nothing to release
                    }
                    if (es.loaded(back)) {
                        if (back.get(es.entity) == st.entity) {
                            back.set(es.entity, null);
                        }
                    } else if (Values.same(es.snapshot[back.foreignKey().index()], st.id())) {
                        back.set(es.entity, null);
                        es.lazy.markLoaded(back);
                    }
                }
            }
        }
    }

    /** Ids of a collection's elements that have one (pending elements have none yet). */
    private Set<Object> memberIds(Collection<?> coll) {
        Set<Object> ids = new HashSet<>();
        if (coll != null) {
            for (Object e : coll) {
                InstanceState es = session.states.get(e);
                if (es != null && es.id() != null && es.status() != InstanceState.Status.DELETED) {
                    ids.add(es.id());
                }
            }
        }
        return ids;
    }

    /** After a flush, what each loaded one-to-many collection holds: the next flush releases what leaves it. */
    private void rememberOneToManyMembers(List<InstanceState> related) {
        for (InstanceState st : related) {
            if (st.status() != InstanceState.Status.PERSISTENT || st.mapping.collections().isEmpty()) {
                continue;
            }
            for (CollectionProperty c : st.mapping.collections()) {
                if (c.isManyToMany() || !st.loaded(c)) {
                    continue;
                }
                Set<Object> now = memberIds((Collection<?>) c.get(st.entity));
                Set<Object> before = st.linksOrNull() == null ? null : st.linksOrNull().get(c);
                if (!now.equals(before == null ? Set.of() : before) || before == null) {
                    st.saveForRollback();
                    session.touch(st);
                    st.links().put(c, now);
                }
            }
        }
    }

    /** Adds new objects reachable from managed ones (appending them to {@code work}); fills one-to-many back references. */
    private void cascade(List<InstanceState> work) {
        for (int i = 0; i < work.size(); i++) {
            InstanceState st = work.get(i);
            if (st.status() == InstanceState.Status.DELETED) {
                continue;
            }
            for (RelationshipProperty r : st.mapping.relationships()) {
                if (!st.loaded(r)) {
                    continue;
                }
                Object value = r.get(st.entity);
                if (value == null) {
                    continue;
                }
                if (r instanceof ManyToOneProperty) {
                    reach(value, work);
                    continue;
                }
                CollectionProperty c = (CollectionProperty) r;
                for (Object element : (Collection<?>) value) {
                    reach(element, work);
                    if (!c.isManyToMany()) {
                        ManyToOneProperty back = c.inverse();
                        InstanceState es = session.states.get(element);
                        if (es.loaded(back) && back.get(element) == null) {
                            back.set(element, st.entity);
                        }
                    }
                }
            }
        }
    }

    private void reach(Object o, List<InstanceState> work) {
        if (!session.states.containsKey(o)) {
            work.add(session.addNew(o));
        }
    }

    /** Mappings in foreign-key order: a table before the tables that refer to it. */
    private List<EntityMapping> order() {
        Set<EntityMapping> involved = new LinkedHashSet<>();
        for (InstanceState st : session.pending) {
            involved.add(st.mapping);
        }
        for (InstanceState st : session.toDelete) {
            involved.add(st.mapping);
        }
        List<EntityMapping> out = new ArrayList<>();
        Set<EntityMapping> visiting = new HashSet<>();
        for (EntityMapping m : involved) {
            visit(m, involved, visiting, out);
        }
        return out;
    }

    private void visit(EntityMapping m, Set<EntityMapping> involved, Set<EntityMapping> visiting, List<EntityMapping> out) {
        if (out.contains(m) || !visiting.add(m)) {
            return;
        }
        for (ManyToOneProperty r : m.manyToOnes()) {
            if (r.target() != m && involved.contains(r.target())) {
                visit(r.target(), involved, visiting, out);
            }
        }
        out.add(m);
    }

    /** Inserts the session.pending objects; returns them (they are clean, so the update pass skips them). */
    private List<InstanceState> insertPending(List<EntityMapping> order) {
        if (session.pending.isEmpty()) {
            return List.of();
        }
        List<InstanceState> inserted = new ArrayList<>(session.pending);
        if (inserted.size() > session.states.size() / 2) {
            session.loader.reserve(inserted.get(0).mapping, inserted.size());
        }
        Map<EntityMapping, List<InstanceState>> byMapping = new HashMap<>();
        for (InstanceState st : session.pending) {
            byMapping.computeIfAbsent(st.mapping, k -> new ArrayList<>()).add(st);
        }
        for (EntityMapping m : order) {
            List<InstanceState> list = byMapping.get(m);
            if (list == null) {
                continue;
            }
            List<InstanceState> generated = new ArrayList<>();
            List<InstanceState> given = new ArrayList<>();
            for (InstanceState st : list) {
                Object id = m.id().get(st.entity);
                if (id == null && !m.generatedId()) {
                    throw new IllegalStateException("cannot insert " + session.describe(st.entity) + ": its @Id "
                            + m.id().name() + " is null and not @GeneratedValue; set it before adding the object");
                }
                (id == null ? generated : given).add(st);
            }
            if (selfReferencing(m)) {
                insertInDependencyOrder(m, generated, given);
            } else {
                insert(m, generated, true);
                insert(m, given, false);
            }
        }
        session.pending.clear();
        return inserted;
    }

    private boolean selfReferencing(EntityMapping m) {
        for (ManyToOneProperty r : m.manyToOnes()) {
            if (r.target() == m) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table referring to itself (a tree): objects whose referenced row of the same table is also new
     * wait for it, so each round inserts the objects whose parents already have ids.
     */
    private void insertInDependencyOrder(EntityMapping m, List<InstanceState> generated, List<InstanceState> given) {
        List<InstanceState> waiting = new ArrayList<>(generated);
        waiting.addAll(given);
        Set<Object> unsaved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (InstanceState st : waiting) {
            unsaved.add(st.entity);
        }
        while (!waiting.isEmpty()) {
            List<InstanceState> readyGenerated = new ArrayList<>();
            List<InstanceState> readyGiven = new ArrayList<>();
            List<InstanceState> later = new ArrayList<>();
            for (InstanceState st : waiting) {
                boolean ready = true;
                for (ManyToOneProperty r : m.manyToOnes()) {
                    Object target = r.target() == m && st.loaded(r) ? r.get(st.entity) : null;
                    if (target != null && target != st.entity && unsaved.contains(target)) {
                        ready = false;
                        break;
                    }
                }
                (ready ? (m.id().get(st.entity) == null ? readyGenerated : readyGiven) : later).add(st);
            }
            if (readyGenerated.isEmpty() && readyGiven.isEmpty()) {
                throw new IllegalStateException("cannot insert " + session.describe(later.get(0).entity) + ": new "
                        + m.type().getSimpleName() + " objects refer to each other in a cycle; save one side first"
                        + " and set the reference after it has an id");
            }
            insert(m, readyGenerated, true);
            insert(m, readyGiven, false);
            for (InstanceState st : readyGenerated) {
                unsaved.remove(st.entity);
            }
            for (InstanceState st : readyGiven) {
                unsaved.remove(st.entity);
            }
            waiting = later;
        }
    }

    private void insert(EntityMapping m, List<InstanceState> list, boolean generateId) {
        session.identity.reserve(m, list.size());
        Class<?> idFieldType = m.id().field().getType();
        Class<?> idColumnType = m.id().column().type().javaType();
        boolean sameKeyType = idFieldType == idColumnType;
        Insert insert = Sql.insert(m.table());
        List<ColumnProperty> written = new ArrayList<>();
        for (ColumnProperty c : m.columns()) {
            if (!(generateId && c == m.id())) {
                written.add(c);
            }
        }
        Column[] columns = new Column[written.size()];
        int[] positions = new int[written.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = written.get(i).column();
            positions[i] = written.get(i).index();
        }
        for (int from = 0; from < list.size(); from += BATCH) {
            List<InstanceState> chunk = list.subList(from, Math.min(list.size(), from + BATCH));
            List<Map<Column, Object>> rows = new ArrayList<>(chunk.size());
            List<Object[]> values = new ArrayList<>(chunk.size());
            for (InstanceState st : chunk) {
                Object[] v = session.currentValues(st);
                values.add(v);
                rows.add(new ColumnValues(columns, positions, v));
            }
            Object[] keys = new Object[chunk.size()];
            session.runBatch(insert, rows, generateId ? (i, key) -> keys[i] = key : null);
            for (int i = 0; i < chunk.size(); i++) {
                InstanceState st = chunk.get(i);
                Object[] v = values.get(i);
                if (generateId) {
                    if (keys[i] == null) {
                        throw new IllegalStateException("the database returned no generated key for " + session.describe(st.entity));
                    }
                    Object fieldKey = Values.coerce(keys[i], idFieldType);
                    m.id().set(st.entity, fieldKey);
                    v[m.id().index()] = sameKeyType ? fieldKey : Values.coerce(keys[i], idColumnType);
                }
                st.snapshot = v; // holds the id
                st.status(InstanceState.Status.PERSISTENT);
                st.markInserted();
                session.touch(st);
                session.identity.put(m, st.id(), st);
                for (CollectionProperty c : m.collections()) {
                    if (c.isOwningSide()) {
                        st.links().put(c, new LinkedHashSet<>());
                    }
                }
            }
        }
    }

    private void updateDirty() {
        for (InstanceState st : session.states.values()) {
            if (st.status() != InstanceState.Status.PERSISTENT || st.justInserted()) {
                continue;
            }
            Object[] now = session.currentValues(st);
            var update = Sql.update(st.mapping.table());
            boolean changed = false;
            for (ColumnProperty c : st.mapping.columns()) {
                if (!Values.same(now[c.index()], st.snapshot[c.index()])) {
                    update = update.set(c.column(), now[c.index()]);
                    changed = true;
                }
            }
            if (!changed) {
                continue;
            }
            if (!Values.same(now[st.mapping.id().index()], st.snapshot[st.mapping.id().index()])) {
                throw new IllegalStateException("the id of " + session.describe(st.entity) + " was changed from "
                        + st.id() + "; an id cannot change (delete the object and add a new one)");
            }
            session.run(update.where(st.mapping.id().column().eq(st.id())));
            st.saveForRollback();
            session.touch(st);
            st.snapshot = now;
        }
    }

    /** Join-table rows: removed pairs deleted one by one, added pairs inserted in one batch per join table. */
    private void writeLinks() {
        Map<Table, List<Map<Column, Object>>> inserts = new LinkedHashMap<>();
        for (InstanceState st : session.states.values()) {
            if (st.status() != InstanceState.Status.PERSISTENT) {
                continue;
            }
            for (CollectionProperty c : st.mapping.collections()) {
                if (!c.isOwningSide() || !st.loaded(c)) {
                    continue;
                }
                Collection<?> coll = (Collection<?>) c.get(st.entity);
                Set<Object> now = new LinkedHashSet<>();
                if (coll != null) {
                    for (Object e : coll) {
                        InstanceState es = session.states.get(e);
                        if (es.status() != InstanceState.Status.DELETED) {
                            now.add(es.id());
                        }
                    }
                }
                Set<Object> before = st.links().getOrDefault(c, Set.of());
                if (now.equals(before)) {
                    continue;
                }
                st.saveForRollback();
                session.touch(st);
                Table jt = c.joinTable();
                Column ownerCol = jt.c(c.joinColumn());
                Column elemCol = jt.c(c.inverseJoinColumn());
                for (Object gone : before) {
                    if (!now.contains(gone)) {
                        session.run(Sql.delete(jt).where(ownerCol.eq(st.id()).and(elemCol.eq(gone))));
                    }
                }
                for (Object added : now) {
                    if (!before.contains(added)) {
                        Map<Column, Object> row = new LinkedHashMap<>();
                        row.put(ownerCol, st.id());
                        row.put(elemCol, added);
                        inserts.computeIfAbsent(jt, k -> new ArrayList<>()).add(row);
                    }
                }
                st.links().put(c, now);
            }
        }
        inserts.forEach((jt, rows) -> session.runBatch(Sql.insert(jt), rows, null));
    }

    private void deleteMarked(List<EntityMapping> order) {
        if (session.toDelete.isEmpty()) {
            return;
        }
        Map<EntityMapping, List<InstanceState>> byMapping = new HashMap<>();
        for (InstanceState st : session.toDelete) {
            byMapping.computeIfAbsent(st.mapping, k -> new ArrayList<>()).add(st);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            EntityMapping m = order.get(i);
            List<InstanceState> list = byMapping.get(m);
            if (list == null) {
                continue;
            }
            List<Object> ids = new ArrayList<>();
            for (InstanceState st : list) {
                ids.add(st.id());
            }
            // join-table rows of the deleted objects go first
            for (CollectionProperty c : m.collections()) {
                if (c.isManyToMany()) {
                    Table jt = c.joinTable();
                    Column mine = jt.c(c.joinColumn());
                    session.run(Sql.delete(jt).where(ids.size() == 1 ? mine.eq(ids.get(0)) : mine.in(ids)));
                }
            }
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                Column idCol = m.id().column();
                session.run(Sql.delete(m.table()).where(chunk.size() == 1 ? idCol.eq(chunk.get(0)) : idCol.in(new ArrayList<>(chunk))));
            }
            for (InstanceState st : list) {
                st.saveForRollback();
                st.deletedInTx(true);
                session.touch(st);
                session.states.remove(st.entity);
                session.identity.remove(m, st.id(), st);
            }
        }
        session.toDelete.clear();
    }
}
