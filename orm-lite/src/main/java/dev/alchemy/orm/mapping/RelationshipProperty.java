package dev.alchemy.orm.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** A field holding related entities: a reference or a collection. */
public abstract class RelationshipProperty extends Property {
    private final Fetch fetch;
    private final int index;
    private EntityMapping target;
    private Method getter;

    RelationshipProperty(EntityMapping owner, Field field, Fetch fetch, int index) {
        super(owner, field);
        this.fetch = fetch;
        this.index = index;
    }

    /** The default loading strategy; a query may override it. */
    public Fetch fetch() {
        return fetch;
    }

    /** Position among the owner's relationships (a bit in the lazy-load state). */
    public int index() {
        return index;
    }

    public EntityMapping target() {
        return target;
    }

    void target(EntityMapping target) {
        this.target = target;
    }

    /** The getter the lazy proxy overrides, or null when the class has none. */
    public Method getter() {
        return getter;
    }

    void getter(Method getter) {
        this.getter = getter;
    }

    public abstract boolean isCollection();
}
