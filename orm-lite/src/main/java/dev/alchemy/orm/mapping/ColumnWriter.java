package dev.alchemy.orm.mapping;

import dev.alchemy.orm.RowCursor;
import java.sql.SQLException;

/**
 * Moves column values between an entity's fields and a values array with plain field loads and stores,
 * generated once per mapped class ({@link EntityMapping#columnWriter()}); replaces one reflective
 * {@code Field.set} / {@code Field.get} per column and row when loading, inserting and dirty checking.
 * Public only because the generated class implements it.
 */
public interface ColumnWriter {
    /**
     * Reads the current row of {@code row} (whose first columns are the mapping's, in mapping order) into
     * the field of every column {@link EntityMapping#written(int)} says it writes, and returns every
     * column's value in a new array: the object's snapshot. The id is the caller's {@code id}, already read.
     * Values reach the fields through {@link RowCursor}'s typed reads where the column has one, so the
     * driver's objects are stored without a cast (see {@link RowCursor}).
     */
    Object[] load(Object entity, RowCursor row, Object id) throws SQLException;

    /** Reads the field of every column {@link EntityMapping#written(int)} says it writes into {@code values[i]}. */
    void read(Object entity, Object[] values);

    /**
     * A new, empty instance as the session loads it (the class {@link EntityMapping#newInstance()} makes),
     * through a plain constructor call; null when {@link EntityMapping#newInstance()} must be used (the
     * constructor is private).
     */
    Object newInstance();
}
