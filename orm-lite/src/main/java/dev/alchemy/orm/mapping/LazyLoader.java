package dev.alchemy.orm.mapping;

/** What a lazy relationship calls on first access: the session that loaded the object. */
public interface LazyLoader {
    void load(Object entity, RelationshipProperty relationship);
}
