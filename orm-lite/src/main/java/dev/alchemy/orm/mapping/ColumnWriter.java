package dev.alchemy.orm.mapping;

/**
 * Writes a loaded row's values into the fields of a new entity with plain field stores, generated once per
 * mapped class ({@link EntityMapping#columnWriter()}); replaces one reflective {@code Field.set} per
 * column and row. Public only because the generated class implements it.
 */
public interface ColumnWriter {
    /** Stores {@code values[i]} into the field of every column {@link EntityMapping#written(int)} says it writes. */
    void write(Object entity, Object[] values);
}
