package dev.alchemy.orm.mapping;

import dev.alchemy.orm.core.Column;
import java.lang.reflect.Field;

/**
 * One column of an entity's table. Plain columns are backed by a field; a foreign-key column is backed by
 * its {@link ManyToOneProperty} (the referenced object's id), so it has no field of its own.
 */
public final class ColumnProperty extends Property {
    private final String columnName;
    private final int index;
    private final ManyToOneProperty foreignKeyOf;
    private Column column;

    ColumnProperty(EntityMapping owner, Field field, String columnName, int index, ManyToOneProperty foreignKeyOf) {
        super(owner, field);
        this.columnName = columnName;
        this.index = index;
        this.foreignKeyOf = foreignKeyOf;
    }

    public String columnName() {
        return columnName;
    }

    /** Position in {@link EntityMapping#columns()} and in the session's snapshots. */
    public int index() {
        return index;
    }

    /** The many-to-one this foreign-key column stores, or null for a plain column. */
    public ManyToOneProperty foreignKeyOf() {
        return foreignKeyOf;
    }

    public Column column() {
        return column;
    }

    void column(Column column) {
        this.column = column;
    }

    @Override
    public String name() {
        return foreignKeyOf == null ? super.name() : columnName;
    }

    @Override
    public String toString() {
        return foreignKeyOf == null ? super.toString() : foreignKeyOf + " (" + columnName + ")";
    }
}
