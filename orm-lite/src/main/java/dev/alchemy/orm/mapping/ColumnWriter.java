package dev.alchemy.orm.mapping;

/**
 * Moves column values between an entity's fields and a values array with plain field loads and stores,
 * generated once per mapped class ({@link EntityMapping#columnWriter()}); replaces one reflective
 * {@code Field.set} / {@code Field.get} per column and row when loading, inserting and dirty checking.
 * Public only because the generated class implements it.
 */
public interface ColumnWriter {
    /** Stores {@code values[i]} into the field of every column {@link EntityMapping#written(int)} says it writes. */
    void write(Object entity, Object[] values);

    /** Reads the field of every column {@link EntityMapping#written(int)} says it writes into {@code values[i]}. */
    void read(Object entity, Object[] values);

    /**
     * A new, empty instance as the session loads it (the class {@link EntityMapping#newInstance()} makes),
     * through a plain constructor call; null when {@link EntityMapping#newInstance()} must be used (the
     * constructor is private).
     */
    Object newInstance();
}
