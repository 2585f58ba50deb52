package dev.alchemy.orm.mapping;

/** Implemented by the generated subclass of every entity with relationships: access to its lazy state. */
public interface Managed {
    LazyState getAlchemyLazyState();

    void setAlchemyLazyState(LazyState state);
}
