package dev.alchemy.orm.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A table of a {@link Metadata}, or an alias of one ({@link #alias(String)}). */
public final class Table extends FromClause {
    private final String name;
    private final Metadata metadata;
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final List<Index> indexes = new ArrayList<>();
    private final String alias;
    private final Table original;

    Table(Metadata metadata, String name, List<Column> cols) {
        this.metadata = metadata;
        this.name = name;
        this.alias = null;
        this.original = this;
        for (Column c : cols) {
            addColumn(c);
        }
    }

    private Table(Table original, String alias) {
        this.metadata = original.metadata;
        this.name = original.name;
        this.alias = alias;
        this.original = original;
        for (Column c : original.columns) {
            Column derived = c.derive(this, c.name());
            columns.add(derived);
            byName.put(key(c.name()), derived);
        }
    }

    void addColumn(Column c) {
        if (alias != null) {
            throw new IllegalStateException("cannot add columns to alias " + alias + " of " + name);
        }
        String k = key(c.name());
        if (byName.containsKey(k)) {
            throw new IllegalArgumentException("table " + name + " already has a column " + c.name());
        }
        Column attached = c.attachTo(this);
        columns.add(attached);
        byName.put(k, attached);
    }

    private static String key(String columnName) {
        return columnName.toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    /** The alias name, or null for the table itself. */
    public String alias() {
        return alias;
    }

    /** For an alias, the table it aliases; else this table. */
    public Table original() {
        return original;
    }

    public Metadata metadata() {
        return metadata;
    }

    @Override
    public String refName() {
        return alias != null ? alias : name;
    }

    /** The column named {@code columnName} (case-insensitive). */
    public Column c(String columnName) {
        Column c = byName.get(key(columnName));
        if (c == null) {
            List<String> names = new ArrayList<>();
            for (Column col : columns) {
                names.add(col.name());
            }
            throw new IllegalArgumentException("table " + name + " has no column '" + columnName + "'; its columns are " + names);
        }
        return c;
    }

    /** Whether a column of that name (case-insensitive) exists. */
    public boolean has(String columnName) {
        return byName.containsKey(key(columnName));
    }

    public List<Column> columns() {
        return Collections.unmodifiableList(columns);
    }

    public List<Column> primaryKey() {
        List<Column> pk = new ArrayList<>(1);
        for (Column c : columns) {
            if (c.isPrimaryKey()) {
                pk.add(c);
            }
        }
        return pk;
    }

    /** The column the database generates values for, or null. */
    public Column autoIncrementColumn() {
        for (Column c : columns) {
            if (c.isAutoIncrement()) {
                return c;
            }
        }
        return null;
    }

    public List<ForeignKey> foreignKeys() {
        List<ForeignKey> fks = new ArrayList<>();
        for (Column c : columns) {
            if (c.foreignKey() != null) {
                fks.add(c.foreignKey());
            }
        }
        return fks;
    }

    public List<Index> indexes() {
        return Collections.unmodifiableList(original.indexes);
    }

    /** Declares {@code CREATE INDEX name ON this (columns)}. */
    public Index index(String indexName, String... columnNames) {
        return addIndex(indexName, false, columnNames);
    }

    public Index uniqueIndex(String indexName, String... columnNames) {
        return addIndex(indexName, true, columnNames);
    }

    private Index addIndex(String indexName, boolean unique, String... columnNames) {
        List<Column> cols = new ArrayList<>();
        for (String n : columnNames) {
            cols.add(original.c(n));
        }
        return addIndex(new Index(indexName, original, cols, unique));
    }

    Index addIndex(Index index) {
        original.indexes.add(index);
        return index;
    }

    /** The same table under another name in a query ({@code FROM users u}); its columns qualify with the alias. */
    public Table alias(String aliasName) {
        return new Table(original, aliasName);
    }

    /** {@code SELECT <all columns> FROM this}. */
    public Select select() {
        return Sql.select(columns).from(this);
    }

    public Insert insert() {
        return Sql.insert(this);
    }

    public Update update() {
        return Sql.update(this);
    }

    public Delete delete() {
        return Sql.delete(this);
    }

    @Override
    void compileFrom(SqlWriter w) {
        w.identifier(name);
        if (alias != null) {
            w.sql(' ').identifier(alias);
        }
    }

    @Override
    List<FromClause> leaves() {
        return List.of(this);
    }

    @Override
    public String toString() {
        return alias == null ? name : name + " " + alias;
    }
}
