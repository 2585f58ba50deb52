package dev.alchemy.orm.mapping;

import java.lang.reflect.Field;

/** A mapped field of an entity: reads and writes it directly, never through getters (no lazy loads). */
public abstract class Property {
    private final EntityMapping owner;
    private final Field field;

    Property(EntityMapping owner, Field field) {
        this.owner = owner;
        this.field = field;
        if (field != null) {
            field.setAccessible(true);
        }
    }

    public EntityMapping owner() {
        return owner;
    }

    /** The property name (the field name). */
    public String name() {
        return field.getName();
    }

    public Field field() {
        return field;
    }

    public Object get(Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public void set(Object entity, Object value) {
        try {
            field.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return owner.type().getSimpleName() + "." + (field == null ? "?" : field.getName());
    }
}
