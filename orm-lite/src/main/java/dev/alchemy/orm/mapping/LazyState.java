package dev.alchemy.orm.mapping;

/**
 * Per-object lazy-loading state kept in a field of the generated subclass: which relationships are not
 * loaded yet and who loads them.
 */
public final class LazyState {
    private volatile LazyLoader loader;
    private long unloaded;

    public LazyState(LazyLoader loader) {
        this.loader = loader;
    }

    public boolean isLoaded(RelationshipProperty r) {
        return (unloaded & (1L << r.index())) == 0;
    }

    public void markUnloaded(RelationshipProperty r) {
        unloaded |= 1L << r.index();
    }

    public void markLoaded(RelationshipProperty r) {
        unloaded &= ~(1L << r.index());
    }

    public boolean anyUnloaded() {
        return unloaded != 0;
    }

    public LazyLoader loader() {
        return loader;
    }

    /** The object left its session: a later first access has nobody to load it. */
    public void detach() {
        loader = null;
    }

    /** Loads {@code r} into {@code entity} if it is not loaded yet. */
    void ensureLoaded(Object entity, RelationshipProperty r) {
        if ((unloaded & (1L << r.index())) == 0) {
            return;
        }
        LazyLoader l = loader;
        if (l == null) {
            throw new IllegalStateException("Lazy relationship " + r + " was not loaded and its object is detached"
                    + " (session closed or object expunged): access it while the session is open, or load it"
                    + " eagerly with Fetch.SELECTIN / query.options(Load.selectin(\"" + r.name() + "\"))");
        }
        l.load(entity, r);
    }
}
