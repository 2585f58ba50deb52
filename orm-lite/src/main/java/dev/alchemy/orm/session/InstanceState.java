package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.CollectionProperty;
import dev.alchemy.orm.mapping.EntityMapping;
import dev.alchemy.orm.mapping.LazyState;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a session knows about one object it manages. A session holds one per loaded row, so a clean loaded
 * object's state is kept to six references and one int (40 bytes): the status and the flags share the int,
 * the id is read from the snapshot, and what only changed or related objects need (the rollback copies,
 * many-to-many links) lives in a {@link Extra} made on first use.
 */
final class InstanceState implements dev.alchemy.orm.mapping.ManagedState {
    enum Status { PENDING, PERSISTENT, DELETED }

    private static final Status[] STATUSES = Status.values();
    private static final int STATUS_MASK = 3;
    /** The snapshot (and links) at the start of the transaction are saved in {@link Extra}. */
    private static final int TX_SAVED = 1 << 2;
    private static final int INSERTED_IN_TX = 1 << 3;
    private static final int DELETED_IN_TX = 1 << 4;
    /** Listed in the session's touched states of this transaction. */
    private static final int TOUCHED = 1 << 5;
    /** Inserted by the flush in progress: its snapshot is what was just written. */
    private static final int JUST_INSERTED = 1 << 6;
    /** Live in {@link #table} (a removed state stays listed there until it compacts). */
    private static final int LIVE = 1 << 7;
    private static final int IN_LIST = 1 << 8;

    /** Rarely needed parts of a state. */
    private static final class Extra {
        /** The snapshot when the transaction began, saved on the first change in it; restored by rollback. */
        Object[] txSnapshot;
        /** Collections: the ids of the elements as the database has them (join-table rows, one-to-many members). */
        Map<CollectionProperty, Set<Object>> links;
        Map<CollectionProperty, Set<Object>> txLinks;
    }

    final EntityMapping mapping;
    final Object entity;
    /** Column values as the database has them (positions of {@link EntityMapping#columns()}); null while pending. */
    Object[] snapshot;
    /** Lazy-load state; null when every relationship counts as loaded (objects the user created). */
    LazyState lazy;
    /** The session table holding this state. */
    StateTable table;
    private Extra extra;
    private int bits;

    InstanceState(EntityMapping mapping, Object entity, Status status) {
        this.mapping = mapping;
        this.entity = entity;
        this.bits = status.ordinal();
    }

    /** A persistent state for a loaded row whose values are {@code snapshot}. */
    InstanceState(EntityMapping mapping, Object entity, Object[] snapshot) {
        this.mapping = mapping;
        this.entity = entity;
        this.snapshot = snapshot;
        this.bits = Status.PERSISTENT.ordinal();
    }

    Status status() {
        return STATUSES[bits & STATUS_MASK];
    }

    void status(Status s) {
        bits = (bits & ~STATUS_MASK) | s.ordinal();
    }

    /** The primary key as the database has it: null while pending. */
    Object id() {
        return snapshot == null ? null : snapshot[mapping.id().index()];
    }

    private boolean is(int flag) {
        return (bits & flag) != 0;
    }

    private void set(int flag, boolean on) {
        bits = on ? bits | flag : bits & ~flag;
    }

    boolean insertedInTx() {
        return is(INSERTED_IN_TX);
    }

    void insertedInTx(boolean on) {
        set(INSERTED_IN_TX, on);
    }

    boolean deletedInTx() {
        return is(DELETED_IN_TX);
    }

    void deletedInTx(boolean on) {
        set(DELETED_IN_TX, on);
    }

    boolean touched() {
        return is(TOUCHED);
    }

    void touched(boolean on) {
        set(TOUCHED, on);
    }

    boolean justInserted() {
        return is(JUST_INSERTED);
    }

    void justInserted(boolean on) {
        set(JUST_INSERTED, on);
    }

    boolean live() {
        return is(LIVE);
    }

    void live(boolean on) {
        set(LIVE, on);
    }

    boolean inList() {
        return is(IN_LIST);
    }

    void inList(boolean on) {
        set(IN_LIST, on);
    }

    @Override
    public LazyState lazyState() {
        return lazy;
    }

    boolean loaded(dev.alchemy.orm.mapping.RelationshipProperty r) {
        return lazy == null || lazy.isLoaded(r);
    }

    private Extra extra() {
        if (extra == null) {
            extra = new Extra();
        }
        return extra;
    }

    /** The collections' element ids as the database has them, or null when none is known. */
    Map<CollectionProperty, Set<Object>> linksOrNull() {
        return extra == null ? null : extra.links;
    }

    /** {@link #linksOrNull()}, made on first use. */
    Map<CollectionProperty, Set<Object>> links() {
        Extra x = extra();
        if (x.links == null) {
            x.links = new HashMap<>();
        }
        return x.links;
    }

    void dropLinks() {
        if (extra != null) {
            extra.links = null;
        }
    }

    /** An object inserted in this transaction: rollback returns it to pending (nothing saved to restore). */
    void markInserted() {
        set(INSERTED_IN_TX | JUST_INSERTED | TX_SAVED, true);
    }

    /** Remembers the pre-transaction state once, before the first change flushed in this transaction. */
    void saveForRollback() {
        if (!is(TX_SAVED)) {
            set(TX_SAVED, true);
            Extra x = extra();
            x.txSnapshot = snapshot == null ? null : snapshot.clone();
            if (x.links != null) {
                x.txLinks = new HashMap<>();
                x.links.forEach((k, v) -> x.txLinks.put(k, new LinkedHashSet<>(v)));
            }
        }
    }

    /** Rollback: the snapshot and links saved at the first change of the transaction are the database's again. */
    void restoreSaved() {
        if (is(TX_SAVED)) {
            Extra x = extra();
            snapshot = x.txSnapshot;
            x.links = x.txLinks;
        }
        endTransaction();
    }

    /** Commit or rollback: nothing is saved for this transaction any more. */
    void endTransaction() {
        set(TX_SAVED | INSERTED_IN_TX | DELETED_IN_TX | TOUCHED, false);
        if (extra != null) {
            extra.txSnapshot = null;
            extra.txLinks = null;
        }
    }

    @Override
    public String toString() {
        return mapping.type().getSimpleName() + "(" + id() + ", " + status() + ")";
    }
}
