package dev.alchemy.orm.mapping;

/** What a session keeps in a loaded object; the lazy getters read its {@link LazyState}. */
public interface ManagedState {
    /** The object's lazy-load state, or null when all its relationships count as loaded. */
    LazyState lazyState();
}
