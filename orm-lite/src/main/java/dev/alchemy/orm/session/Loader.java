package dev.alchemy.orm.session;

import dev.alchemy.orm.RowCursor;
import dev.alchemy.orm.core.Column;
import dev.alchemy.orm.core.Expression;
import dev.alchemy.orm.core.Select;
import dev.alchemy.orm.core.Sql;
import dev.alchemy.orm.core.Table;
import dev.alchemy.orm.mapping.CollectionProperty;
import dev.alchemy.orm.mapping.ColumnProperty;
import dev.alchemy.orm.mapping.ColumnWriter;
import dev.alchemy.orm.mapping.EntityMapping;
import dev.alchemy.orm.mapping.Fetch;
import dev.alchemy.orm.mapping.LazyState;
import dev.alchemy.orm.mapping.ManyToOneProperty;
import dev.alchemy.orm.mapping.RelationshipProperty;
import java.sql.SQLException;
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
 * Turns rows into objects for a {@link Session}: the identity map decides whether a row is a new object,
 * many-to-one references are resolved from it where possible, and relationships load lazily (one query
 * per owner on first access) or selectin (one query per chunk of {@value #IN_CHUNK} owners).
 */
final class Loader {
    private static final int IN_CHUNK = 500;

    private final Session session;

    Loader(Session session) {
        this.session = session;
    }


    static Expression[] columnsOf(EntityMapping m) {
        Expression[] cols = new Expression[m.columns().size()];
        for (ColumnProperty c : m.columns()) {
            cols[c.index()] = c.column();
        }
        return cols;
    }

    /**
     * Runs {@code select} (whose first columns are {@code m}'s) and returns one object per distinct row,
     * then loads the relationships that are eager by default or by {@code options}.
     */
    List<Object> load(EntityMapping m, Select select, Map<String, Fetch> options, boolean distinct) {
        List<Object> out = new ArrayList<>();
        Set<Object> seen = distinct ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
        Materializer objects = new Materializer(m);
        // objects are built as the rows arrive: no Row and no list of rows in between
        session.stream(select, row -> {
            Object e = objects.row(row);
            if (seen == null || seen.add(e)) {
                out.add(e);
            }
        });
        eagerLoad(m, out, options);
        return out;
    }

    /** Grows the maps once for a large result instead of doubling them step by step while loading it. */
    void reserve(EntityMapping m, int more) {
        session.identity.reserve(m, more);
    }

    /**
     * Turns the rows of one query into objects of one class, with what is the same for every row looked
     * up once. A row's first values are the class's columns in mapping order ({@link #columnsOf}); its
     * object is the one in the identity map (left as it is, and the rest of the row is not read), or a new
     * persistent one whose snapshot is the row's values.
     */
    private final class Materializer {
        private final EntityMapping m;
        private final IdIndex index;
        private final int idPosition;
        private final int width;
        private final ColumnWriter writer;
        private final boolean writesAll;
        private final boolean lazyRelationships;
        private final boolean references;

        Materializer(EntityMapping m) {
            this.m = m;
            this.index = session.identity.index(m);
            this.idPosition = m.id().index();
            this.width = m.columns().size();
            this.writer = m.columnWriter();
            this.writesAll = m.writesAll();
            this.lazyRelationships = !m.relationships().isEmpty();
            this.references = !m.manyToOnes().isEmpty();
        }

        Object row(RowCursor row) throws SQLException {
            Object id = row.get(idPosition);
            InstanceState known = index.get(id);
            if (known != null) {
                return known.entity;
            }
            Object e = m.newInstance();
            Object[] snap;
            if (writer != null) {
                snap = writer.load(e, row, id);
            } else {
                snap = new Object[width];
                for (int i = 0; i < width; i++) {
                    snap[i] = i == idPosition ? id : row.get(i);
                }
            }
            if (!writesAll) {
                setReflectively(m, e, snap);
            }
            InstanceState st = new InstanceState(m, e, snap);
            if (lazyRelationships) {
                LazyState lazy = new LazyState(session);
                for (RelationshipProperty r : m.relationships()) {
                    lazy.markUnloaded(r);
                }
                st.lazy = lazy;
                session.lazyStates++;
            }
            session.states.put(e, st);
            index.put(id, st);
            if (references) {
                resolveManyToOnes(st);
            }
            return e;
        }
    }

    /** The columns the generated writer does not store (primitives, converted types, inherited fields). */
    private static void setReflectively(EntityMapping m, Object e, Object[] snap) {
        List<ColumnProperty> cols = m.columns();
        for (int i = 0; i < snap.length; i++) {
            if (m.written(i)) {
                continue;
            }
            ColumnProperty c = cols.get(i);
            Object v = snap[i];
            if (c.field() != null && (v != null || !c.field().getType().isPrimitive())) {
                c.set(e, Values.coerce(v, c.field().getType()));
            }
        }
    }

    /** Sets many-to-one references whose target is already in the session.identity map (or null): no SQL needed. */
    void resolveManyToOnes(InstanceState st) {
        for (ManyToOneProperty r : st.mapping.manyToOnes()) {
            resolveManyToOne(st, r);
        }
    }

    void resolveManyToOne(InstanceState st, ManyToOneProperty r) {
        if (st.loaded(r)) {
            return;
        }
        Object fk = st.snapshot[r.foreignKey().index()];
        if (fk == null) {
            r.set(st.entity, null);
            st.lazy.markLoaded(r);
            return;
        }
        InstanceState target = session.identity.get(r.target(), fk);
        if (target != null) {
            r.set(st.entity, target.entity);
            st.lazy.markLoaded(r);
        }
    }

    /** Loads, for all of {@code objects}, each relationship that is SELECTIN by default or by option. */
    void eagerLoad(EntityMapping m, List<Object> objects, Map<String, Fetch> options) {
        if (objects.isEmpty()) {
            return;
        }
        for (RelationshipProperty r : m.relationships()) {
            Fetch f = options.getOrDefault(r.name(), r.fetch());
            if (f == Fetch.SELECTIN) {
                selectin(r, objects);
            }
        }
    }

    /** Loads {@code r} for every object of {@code owners} that has not loaded it, in one query per chunk. */
    private void selectin(RelationshipProperty r, List<Object> owners) {
        List<InstanceState> todo = new ArrayList<>();
        for (Object o : owners) {
            InstanceState st = session.states.get(o);
            if (st != null && st.status() != InstanceState.Status.PENDING && !st.loaded(r)) {
                todo.add(st);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        if (r instanceof ManyToOneProperty) {
            selectinManyToOne((ManyToOneProperty) r, todo);
        } else {
            CollectionProperty c = (CollectionProperty) r;
            session.autoflush();
            for (int from = 0; from < todo.size(); from += IN_CHUNK) {
                List<InstanceState> chunk = todo.subList(from, Math.min(todo.size(), from + IN_CHUNK));
                if (c.isManyToMany()) {
                    selectinManyToMany(c, chunk);
                } else {
                    selectinOneToMany(c, chunk);
                }
            }
        }
    }

    private void selectinManyToOne(ManyToOneProperty r, List<InstanceState> todo) {
        EntityMapping target = r.target();
        Set<Object> missing = new LinkedHashSet<>();
        for (InstanceState st : todo) {
            Object fk = st.snapshot[r.foreignKey().index()];
            if (fk != null && !session.identity.contains(target, fk)) {
                missing.add(fk);
            }
        }
        List<Object> ids = new ArrayList<>(missing);
        List<Object> loaded = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            loaded.addAll(load(target, Sql.select(columnsOf(target)).from(target.table()).where(target.id().column().in(chunk)),
                    Map.of(), false));
        }
        for (InstanceState st : todo) {
            Object fk = st.snapshot[r.foreignKey().index()];
            InstanceState t = fk == null ? null : session.identity.get(target, fk);
            r.set(st.entity, t == null ? null : t.entity);
            st.lazy.markLoaded(r);
        }
    }

    private void selectinOneToMany(CollectionProperty c, List<InstanceState> owners) {
        EntityMapping target = c.target();
        ManyToOneProperty back = c.inverse();
        Map<Object, InstanceState> byId = new LinkedHashMap<>();
        for (InstanceState st : owners) {
            byId.put(st.id(), st);
        }
        Column fk = back.foreignKey().column();
        Select sel = Sql.select(columnsOf(target)).from(target.table())
                .where(byId.size() == 1 ? fk.eq(byId.keySet().iterator().next()) : fk.in(new ArrayList<>(byId.keySet())))
                .orderBy(target.id().column().asc());
        Map<Object, Collection<Object>> groups = new HashMap<>();
        List<Object> children = new ArrayList<>();
        Materializer objects = new Materializer(target);
        session.stream(sel, row -> {
            Object child = objects.row(row);
            InstanceState cs = session.states.get(child);
            children.add(child);
            // a child moved to another owner in memory belongs where its snapshot says only if unchanged
            Object ownerId = cs.snapshot[back.foreignKey().index()];
            groups.computeIfAbsent(ownerId, k -> c.newCollection()).add(child);
        });
        for (InstanceState st : owners) {
            Collection<Object> coll = groups.get(st.id());
            c.set(st.entity, coll == null ? c.newCollection() : coll);
            st.lazy.markLoaded(c);
            // the members as loaded: a child removed from the collection later is released on flush
            Set<Object> members = new HashSet<>();
            if (coll != null) {
                for (Object child : coll) {
                    members.add(session.states.get(child).id());
                }
            }
            st.links().put(c, members);
        }
        eagerLoad(target, children, Map.of());
    }

    private void selectinManyToMany(CollectionProperty c, List<InstanceState> owners) {
        EntityMapping target = c.target();
        Table jt = c.joinTable();
        Column ownerCol = jt.c(c.joinColumn());
        Column elemCol = jt.c(c.inverseJoinColumn());
        List<Object> ids = new ArrayList<>();
        for (InstanceState st : owners) {
            ids.add(st.id());
        }
        Expression[] targetCols = columnsOf(target);
        Expression[] cols = new Expression[targetCols.length + 1];
        System.arraycopy(targetCols, 0, cols, 0, targetCols.length);
        cols[targetCols.length] = ownerCol;
        Select sel = Sql.select(cols).from(target.table().join(jt, elemCol.eq(target.id().column())))
                .where(ids.size() == 1 ? ownerCol.eq(ids.get(0)) : ownerCol.in(ids))
                .orderBy(target.id().column().asc());
        Map<Object, Collection<Object>> groups = new HashMap<>();
        List<Object> elements = new ArrayList<>();
        Class<?> idType = ids.get(0).getClass();
        Materializer objects = new Materializer(target);
        session.stream(sel, row -> {
            Object element = objects.row(row);
            elements.add(element);
            // the owner's id is the column after the element's
            groups.computeIfAbsent(Values.coerce(row.get(targetCols.length), idType), k -> c.newCollection()).add(element);
        });
        for (InstanceState st : owners) {
            Collection<Object> coll = groups.get(st.id());
            if (coll == null) {
                coll = c.newCollection();
            }
            c.set(st.entity, coll);
            st.lazy.markLoaded(c);
            if (c.isOwningSide()) {
                Set<Object> linked = new LinkedHashSet<>();
                for (Object e : coll) {
                    linked.add(session.states.get(e).id());
                }
                st.links().put(c, linked);
            }
        }
        eagerLoad(target, elements, Map.of());
    }

    /** A lazy relationship's first access. */
    void loadLazy(Object entity, RelationshipProperty r) {
        InstanceState st = session.states.get(entity);
        if (st == null || st.status() == InstanceState.Status.PENDING) {
            throw new IllegalStateException("cannot load " + r + ": the object is not persistent in this session");
        }
        if (st.loaded(r)) {
            return;
        }
        if (r instanceof ManyToOneProperty) {
            ManyToOneProperty mto = (ManyToOneProperty) r;
            Object fk = st.snapshot[mto.foreignKey().index()];
            Object target = fk == null ? null : session.get(r.target().type(), fk);
            mto.set(entity, target);
            st.lazy.markLoaded(r);
            return;
        }
        selectin(r, List.of(entity));
    }

}
