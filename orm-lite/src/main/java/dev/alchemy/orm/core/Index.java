package dev.alchemy.orm.core;

import java.util.List;

/** {@code CREATE [UNIQUE] INDEX name ON table (columns)}, created by {@link Metadata#createAll}. */
public final class Index {
    private final String name;
    private final Table table;
    private final List<Column> columns;
    private final boolean unique;

    Index(String name, Table table, List<Column> columns, boolean unique) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
        this.name = name;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.unique = unique;
    }

    public String name() {
        return name;
    }

    public Table table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    public boolean isUnique() {
        return unique;
    }

    @Override
    public String toString() {
        return (unique ? "unique index " : "index ") + name + " on " + table.name() + columns;
    }
}
