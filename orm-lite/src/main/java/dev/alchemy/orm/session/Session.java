package dev.alchemy.orm.session;

import dev.alchemy.orm.Engine;
import dev.alchemy.orm.core.Column;
import dev.alchemy.orm.core.Executable;
import dev.alchemy.orm.core.Insert;
import dev.alchemy.orm.GeneratedKeys;
import dev.alchemy.orm.Result;
import dev.alchemy.orm.StatementException;
import dev.alchemy.orm.Row;
import dev.alchemy.orm.core.Sql;
import dev.alchemy.orm.mapping.CollectionProperty;
import dev.alchemy.orm.mapping.ColumnProperty;
import dev.alchemy.orm.mapping.ColumnWriter;
import dev.alchemy.orm.mapping.EntityMapping;
import dev.alchemy.orm.mapping.LazyLoader;
import dev.alchemy.orm.mapping.ManyToOneProperty;
import dev.alchemy.orm.mapping.Mapper;
import dev.alchemy.orm.mapping.RelationshipProperty;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit of work over one transaction: tracks the objects it loads or is given, and writes their changes
 * on {@link #flush()} / {@link #commit()}, like SQLAlchemy's Session.
 *
 * <pre>{@code
 * try (Session s = engine.session()) {
 *     s.add(user);
 *     s.commit();                       // INSERT, generated id written into user
 *     User u = s.query(User.class).filterBy("email", "a@x.org").one();
 * }                                     // uncommitted work is rolled back
 * }</pre>
 *
 * <ul>
 * <li>Identity map: one object per row per session; {@link #get} answers from it without SQL.</li>
 * <li>Flush order: inserts in foreign-key order (parents first, batched per table, generated keys written
 *     back), then updates of only the changed columns, then join-table rows, then deletes (children first).</li>
 * <li>Any failed statement rolls back the transaction and the session's state with it, and throws a
 *     {@link SessionException} carrying the SQLState and the statement; the session stays usable.</li>
 * <li>Rollback (explicit, failed flush, or close with uncommitted work) discards all changes since the last
 *     commit: new objects are expunged (generated ids reset to null), deleted ones are back, and changed
 *     columns of loaded objects get their database values again.</li>
 * <li>Autoflush: queries and lazy loads flush pending changes first, so they see them.</li>
 * </ul>
 * Not thread-safe: one session per thread or task.
 */
public final class Session implements AutoCloseable, LazyLoader {

    private final Engine engine;
    final Loader loader = new Loader(this);
    private Connection connection;
    final IdentityMap identity = new IdentityMap();
    final StateTable states = new StateTable();
    final List<InstanceState> pending = new ArrayList<>();
    final List<InstanceState> toDelete = new ArrayList<>();
    private final List<InstanceState> touchedInTx = new ArrayList<>();
    private boolean flushing;
    /** How many loaded objects carry lazy state (to detach at close). */
    int lazyStates;
    private boolean closed;

    public Session(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    // ---- adding, getting, deleting -----------------------------------------------------------------

    /** Makes {@code entity} (and new objects reachable through its relationships) part of this session. */
    public void add(Object entity) {
        checkOpen();
        InstanceState st = states.get(entity);
        if (st == null) {
            addNew(entity);
        } else if (st.status() == InstanceState.Status.DELETED) {
            st.status(InstanceState.Status.PERSISTENT);
            toDelete.remove(st);
        }
    }

    public void addAll(Collection<?> entities) {
        states.reservePlain(entities.size());
        for (Object e : entities) {
            add(e);
        }
    }

    InstanceState addNew(Object entity) {
        EntityMapping m = Mapper.mapping(entity.getClass());
        InstanceState st = new InstanceState(m, entity, InstanceState.Status.PENDING);
        if (StateTable.foreign(entity, states) != null) {
            // an object loaded by another session: that session tracks its row and its lazy relationships
            throw new IllegalArgumentException(describe(entity) + " was loaded by another (possibly closed) session;"
                    + " use this session's get() or query() to work with that row");
        }
        states.put(entity, st);
        pending.add(st);
        return st;
    }

    /**
     * The object with primary key {@code id}, from the identity map if this session has it (no SQL),
     * else loaded; null when there is no such row.
     */
    public <T> T get(Class<T> type, Object id) {
        checkOpen();
        EntityMapping m = Mapper.mapping(type);
        Object key = Values.coerce(id, m.id().field().getType());
        InstanceState st = identity.get(m, key);
        if (st != null) {
            return st.status() == InstanceState.Status.DELETED ? null : type.cast(st.entity);
        }
        autoflush();
        List<Object> found = loader.load(m, Sql.select(Loader.columnsOf(m)).from(m.table()).where(m.id().column().eq(key)), Map.of(), false);
        return found.isEmpty() ? null : type.cast(found.get(0));
    }

    /** Marks {@code entity} for deletion at the next flush (a new, unflushed object is just dropped). */
    public void delete(Object entity) {
        checkOpen();
        InstanceState st = states.get(entity);
        if (st == null) {
            throw new IllegalArgumentException("cannot delete " + describe(entity) + ": it is not in this session"
                    + " (load it with get() or query() first)");
        }
        if (st.status() == InstanceState.Status.PENDING) {
            pending.remove(st);
            states.remove(entity);
        } else if (st.status() == InstanceState.Status.PERSISTENT) {
            // load cascaded collections before marking anything: loading may autoflush
            List<Object> cascaded = new ArrayList<>();
            for (CollectionProperty c : st.mapping.collections()) {
                if (c.cascadeDelete()) {
                    if (!st.loaded(c)) {
                        load(entity, c);
                    }
                    Collection<?> children = (Collection<?>) c.get(entity);
                    if (children != null) {
                        cascaded.addAll(children);
                    }
                }
            }
            st.status(InstanceState.Status.DELETED);
            toDelete.add(st);
            for (Object child : cascaded) {
                InstanceState cs = states.get(child);
                if (cs != null && cs.status() != InstanceState.Status.DELETED) {
                    delete(child);
                }
            }
        }
    }

    /** True when this session manages {@code entity} (pending, persistent or marked for deletion). */
    public boolean contains(Object entity) {
        return states.containsKey(entity);
    }

    /** Forgets {@code entity}: no further changes of it are written and its lazy relationships stay unloaded. */
    public void expunge(Object entity) {
        checkOpen();
        InstanceState st = states.get(entity);
        if (st == null) {
            throw new IllegalArgumentException("cannot expunge " + describe(entity) + ": it is not in this session");
        }
        forget(st);
    }

    private void forget(InstanceState st) {
        states.remove(st.entity);
        pending.remove(st);
        toDelete.remove(st);
        if (st.id() != null) {
            identity.remove(st.mapping, st.id(), st);
        }
        if (st.lazy != null) {
            st.lazy.detach();
        }
    }

    /** Reloads {@code entity}'s columns from the database, discarding unflushed changes; relationships reload lazily. */
    public void refresh(Object entity) {
        checkOpen();
        InstanceState st = states.get(entity);
        if (st == null || st.status() != InstanceState.Status.PERSISTENT) {
            throw new IllegalArgumentException("cannot refresh " + describe(entity) + ": it is not a persistent object"
                    + " of this session (add and flush it first)");
        }
        EntityMapping m = st.mapping;
        List<Row> rows = run(Sql.select(Loader.columnsOf(m)).from(m.table()).where(m.id().column().eq(st.id())));
        if (rows.isEmpty()) {
            throw new IllegalStateException("cannot refresh " + describe(entity) + ": its row no longer exists");
        }
        Row row = rows.get(0);
        Object[] snap = new Object[m.columns().size()];
        for (ColumnProperty c : m.columns()) {
            snap[c.index()] = row.get(c.column());
        }
        st.snapshot = snap;
        applySnapshot(st);
        for (RelationshipProperty rel : m.relationships()) {
            if (rel.getter() != null && st.lazy != null) {
                st.lazy.markUnloaded(rel);
                rel.set(entity, null);
                if (st.linksOrNull() != null) {
                    st.linksOrNull().remove(rel);
                }
            }
        }
        loader.resolveManyToOnes(st);
    }

    // ---- queries -------------------------------------------------------------------------------------

    /** A query for objects of {@code type}. */
    public <T> Query<T> query(Class<T> type) {
        checkOpen();
        return new Query<>(this, type, Mapper.mapping(type));
    }

    /**
     * Runs a Core statement in this session's transaction, after flushing pending changes (so it sees
     * them). A failure rolls the session back like a failed flush.
     */
    public Result execute(Executable statement) {
        checkOpen();
        autoflush();
        try {
            return run(statement);
        } catch (SessionException e) {
            rollbackAll();
            throw e;
        }
    }

    // ---- transactions --------------------------------------------------------------------------------

    /** Writes pending changes in one go; on failure rolls back and throws (the session stays usable). */
    public void flush() {
        checkOpen();
        if (flushing) {
            return;
        }
        flushing = true;
        try {
            new UnitOfWork(this).flush();
        } catch (RuntimeException | Error e) {
            rollbackAll();
            throw e;
        } finally {
            flushing = false;
        }
    }

    /** Flushes and commits the transaction; on failure everything since the last commit is rolled back. */
    public void commit() {
        flush();
        if (connection != null) {
            try {
                connection.commit();
            } catch (SQLException e) {
                rollbackAll();
                throw new SessionException("commit failed: " + e.getMessage(), e.getSQLState(), null, e);
            }
            releaseConnection();
        }
        for (InstanceState st : touchedInTx) {
            st.endTransaction();
        }
        touchedInTx.clear();
    }

    /** Rolls back the transaction and discards every change since the last commit (see the class comment). */
    public void rollback() {
        checkOpen();
        rollbackAll();
    }

    /** Rolls back uncommitted work and returns the connection; loaded objects become detached. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (connection != null || !touchedInTx.isEmpty()) {
                rollbackTransaction(false);
            }
        } finally {
            closed = true;
            if (lazyStates > 0) {
                for (InstanceState st : states.values()) {
                    if (st.lazy != null) {
                        st.lazy.detach();
                    }
                }
            }
            states.clear();
            identity.clear();
            pending.clear();
            toDelete.clear();
            releaseConnection();
        }
    }

    private void rollbackAll() {
        rollbackTransaction(true);
    }

    /**
     * Rolls the database transaction back and the session's bookkeeping with it; {@code restoreObjects}
     * also writes the database values back into loaded objects (not needed when the session closes).
     */
    private void rollbackTransaction(boolean restoreObjects) {
        SQLException failure = null;
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                failure = e;
            }
            releaseConnection();
        }
        for (InstanceState st : new ArrayList<>(pending)) {
            forget(st);
        }
        pending.clear();
        for (InstanceState st : toDelete) {
            st.status(InstanceState.Status.PERSISTENT);
        }
        toDelete.clear();
        for (InstanceState st : touchedInTx) {
            if (st.insertedInTx()) {
                forget(st);
                st.endTransaction();
                st.status(InstanceState.Status.PENDING);
                st.snapshot = null; // no id any more
                if (st.mapping.generatedId()) {
                    st.mapping.id().set(st.entity, null);
                }
                st.dropLinks();
                continue;
            }
            if (st.deletedInTx()) {
                st.status(InstanceState.Status.PERSISTENT);
                states.put(st.entity, st);
                identity.put(st.mapping, st.id(), st);
            }
            st.restoreSaved();
        }
        touchedInTx.clear();
        // the database has the snapshot values again; so do the objects
        for (InstanceState st : restoreObjects ? states.values() : List.<InstanceState>of()) {
            if (st.status() == InstanceState.Status.PERSISTENT) {
                applySnapshot(st);
            }
        }
        if (failure != null) {
            throw new SessionException("rollback failed: " + failure.getMessage(), failure.getSQLState(), null, failure);
        }
    }

    /** Writes the snapshot's column values into the object's fields where they differ. */
    private void applySnapshot(InstanceState st) {
        Object[] current = currentValues(st);
        for (ColumnProperty c : st.mapping.columns()) {
            Object dbValue = st.snapshot[c.index()];
            if (Values.same(current[c.index()], dbValue)) {
                continue;
            }
            if (c.foreignKeyOf() == null) {
                if (dbValue != null || !c.field().getType().isPrimitive()) {
                    c.set(st.entity, Values.coerce(dbValue, c.field().getType()));
                }
            } else {
                ManyToOneProperty r = c.foreignKeyOf();
                r.set(st.entity, null);
                if (st.lazy != null && r.getter() != null) {
                    st.lazy.markUnloaded(r);
                }
                loader.resolveManyToOne(st, r);
            }
        }
    }

    // ---- connection and statements ---------------------------------------------------------------------

    Connection connection() {
        if (connection == null) {
            try {
                Connection c = engine.connect();
                if (c.getAutoCommit()) {
                    c.setAutoCommit(false);
                }
                connection = c;
            } catch (SQLException e) {
                throw new SessionException("cannot open a connection: " + e.getMessage(), e.getSQLState(), null, e);
            }
        }
        return connection;
    }

    private void releaseConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // the pool discards a connection that fails to close; nothing the session can do
            }
        }
    }

    Result run(Executable statement) {
        try {
            return engine.execute(connection(), statement);
        } catch (SQLException e) {
            throw failure(e, statement);
        }
    }

    /** Streams a query's rows to {@code handler} in this session's transaction (no list of rows is built). */
    void stream(Executable query, dev.alchemy.orm.CursorHandler handler) {
        try {
            engine.streamCursor(connection(), query, handler);
        } catch (SQLException e) {
            throw failure(e, query);
        }
    }

    void runBatch(Insert insert, List<Map<Column, Object>> rows, GeneratedKeys keys) {
        try {
            engine.executeBatch(connection(), insert, rows, keys);
        } catch (SQLException e) {
            throw failure(e, insert);
        }
    }

    private SessionException failure(SQLException e, Executable statement) {
        if (e instanceof StatementException) {
            // Core's exception already names the statement; report the database's own reason once
            return new SessionException(reason(e), e.getSQLState(), ((StatementException) e).sql(), e);
        }
        String sql;
        try {
            sql = statement.compile(engine.dialect()).sql();
        } catch (RuntimeException notCompilable) {
            sql = null;
        }
        return new SessionException(e.getMessage(), e.getSQLState(), sql, e);
    }

    /**
     * The first line of the innermost driver message: the database's reason without the batch entry
     * (some drivers repeat the statement with its values there) or the detail lines.
     */
    private static String reason(SQLException e) {
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof SQLException ? ((SQLException) t).getNextException() : null) {
            if (t instanceof SQLException) {
                deepest = t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String m = String.valueOf(deepest.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this session is closed; open a new one with engine.session()");
        }
    }

    void autoflush() {
        if (!flushing && (!pending.isEmpty() || !toDelete.isEmpty() || anyDirty())) {
            flush();
        }
    }

    private boolean anyDirty() {
        for (InstanceState st : states.values()) {
            if (st.status() == InstanceState.Status.PERSISTENT && (isDirty(st) || linksChanged(st))) {
                return true;
            }
        }
        return false;
    }

    /** Called by a lazy getter on first access. */
    @Override
    public void load(Object entity, RelationshipProperty r) {
        checkOpen();
        loader.loadLazy(entity, r);
    }

    // ---- flushing -------------------------------------------------------------------------------------

    /** The column values the object has now, in snapshot positions (an unloaded reference keeps its snapshot value). */
    Object[] currentValues(InstanceState st) {
        EntityMapping m = st.mapping;
        List<ColumnProperty> cols = m.columns();
        Object[] v = new Object[cols.size()];
        ColumnWriter fields = m.columnWriter(); // plain field loads for the columns it covers
        if (fields != null) {
            fields.read(st.entity, v);
        }
        for (int i = 0; i < v.length; i++) {
            if (fields != null && m.written(i)) {
                continue;
            }
            ColumnProperty c = cols.get(i);
            ManyToOneProperty r = c.foreignKeyOf();
            if (r == null) {
                v[i] = c.get(st.entity);
            } else if (!st.loaded(r)) {
                v[i] = st.snapshot[i];
            } else {
                Object target = r.get(st.entity);
                v[i] = target == null ? null : idOf(target, st, r);
            }
        }
        return v;
    }

    private Object idOf(Object target, InstanceState owner, ManyToOneProperty r) {
        InstanceState ts = states.get(target);
        Object id = ts != null ? ts.id() : null;
        if (id == null) {
            id = r.target().id().get(target);
        }
        if (id == null) {
            throw new IllegalStateException("cannot store " + r + " of " + describe(owner.entity) + ": the referenced "
                    + r.target().type().getSimpleName() + " has no id yet (is it a new object referring back to a new"
                    + " object of the same table? flush the referenced one first)");
        }
        return id;
    }

    boolean isDirty(InstanceState st) {
        Object[] now = currentValues(st);
        for (int i = 0; i < now.length; i++) {
            if (!Values.same(now[i], st.snapshot[i])) {
                return true;
            }
        }
        return false;
    }

    private boolean linksChanged(InstanceState st) {
        for (CollectionProperty c : st.mapping.collections()) {
            if ((c.isOwningSide() || !c.isManyToMany()) && st.loaded(c)) { // join-table rows, or one-to-many members
                Collection<?> coll = (Collection<?>) c.get(st.entity);
                Set<Object> linked = st.linksOrNull() == null ? null : st.linksOrNull().get(c);
                if (!c.isManyToMany() && linked == null) {
                    continue; // members not known yet (the owner is new in this flush)
                }
                if (coll == null ? linked != null && !linked.isEmpty() : linked == null || coll.size() != linked.size()
                        || coll.stream().anyMatch(e -> !states.containsKey(e) || !linked.contains(states.get(e).id()))) {
                    return true;
                }
            }
        }
        return false;
    }

    void touch(InstanceState st) {
        if (!st.touched()) {
            st.touched(true);
            touchedInTx.add(st);
        }
    }

    String describe(Object entity) {
        EntityMapping m = Mapper.find(entity.getClass());
        if (m == null) {
            return entity.getClass().getSimpleName() + " object";
        }
        return m.type().getSimpleName() + "(" + m.id().name() + "=" + m.id().get(entity) + ")";
    }

}
