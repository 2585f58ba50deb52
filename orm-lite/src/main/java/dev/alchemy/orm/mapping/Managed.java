package dev.alchemy.orm.mapping;

/**
 * Implemented by the generated subclass of every entity: the session keeps its bookkeeping for a loaded
 * object in a field of the object itself (no identity-hash lookup per object).
 */
public interface Managed {
    ManagedState getAlchemyState();

    void setAlchemyState(ManagedState state);
}
