package dev.alchemy.orm.session;

import dev.alchemy.orm.mapping.CollectionProperty;
import dev.alchemy.orm.mapping.EntityMapping;
import dev.alchemy.orm.mapping.LazyState;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What a session knows about one object it manages. */
final class InstanceState implements dev.alchemy.orm.mapping.ManagedState {
    enum Status { PENDING, PERSISTENT, DELETED }

    final EntityMapping mapping;
    final Object entity;
    Status status;
    /** Column values as the database has them (positions of {@link EntityMapping#columns()}); null while pending. */
    Object[] snapshot;
    Object id;
    /** The snapshot when the transaction began, saved on the first change in it; restored by rollback. */
    Object[] txSnapshot;
    boolean txSaved;
    /** Lazy-load state; null when every relationship counts as loaded (objects the user created). */
    LazyState lazy;
    /** Many-to-many owning collections: the element ids the join table holds for this object. */
    Map<CollectionProperty, Set<Object>> links;
    Map<CollectionProperty, Set<Object>> txLinks;
    boolean insertedInTx;
    boolean deletedInTx;
    boolean touched;
    /** Inserted by the flush in progress: its snapshot is what was just written. */
    boolean justInserted;
    /** The session table holding this state, and whether the state is live there / listed there. */
    StateTable table;
    boolean live;
    boolean inList;

    InstanceState(EntityMapping mapping, Object entity, Status status) {
        this.mapping = mapping;
        this.entity = entity;
        this.status = status;
    }

    @Override
    public LazyState lazyState() {
        return lazy;
    }

    boolean loaded(dev.alchemy.orm.mapping.RelationshipProperty r) {
        return lazy == null || lazy.isLoaded(r);
    }

    Map<CollectionProperty, Set<Object>> links() {
        if (links == null) {
            links = new HashMap<>();
        }
        return links;
    }

    /** Remembers the pre-transaction state once, before the first change flushed in this transaction. */
    void saveForRollback() {
        if (!txSaved) {
            txSaved = true;
            txSnapshot = snapshot == null ? null : snapshot.clone();
            if (links != null) {
                txLinks = new HashMap<>();
                links.forEach((k, v) -> txLinks.put(k, new java.util.LinkedHashSet<>(v)));
            }
        }
    }

    @Override
    public String toString() {
        return mapping.type().getSimpleName() + "(" + id + ", " + status + ")";
    }
}
