package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code INSERT INTO table (cols) VALUES (?, ...)}. Columns left out get the database default, or their
 * {@link Column#defaultValue(java.util.function.Supplier) Java default}. An engine reads back the
 * generated key of the table's auto-increment column.
 */
public final class Insert implements Executable {
    private final Table table;
    private final Map<Column, Object> values = new LinkedHashMap<>();

    Insert(Table table) {
        this.table = table.original();
    }

    public Table table() {
        return table;
    }

    /** Values by {@link Column} or by column name. */
    public Insert values(Map<?, ?> row) {
        for (Map.Entry<?, ?> e : row.entrySet()) {
            value(e.getKey(), e.getValue());
        }
        return this;
    }

    /** One value, by {@link Column} or column name. */
    public Insert value(Object column, Object value) {
        values.put(resolve(table, column), value);
        return this;
    }

    /** The values set so far, keyed by column. */
    public Map<Column, Object> values() {
        return values;
    }

    static Column resolve(Table table, Object column) {
        if (column instanceof Column c) {
            Column own = table.c(c.name());
            if (c.table() != null && c.table().original() != table) {
                throw new IllegalArgumentException("column " + c + " is not a column of " + table.name());
            }
            return own;
        }
        if (column instanceof String name) {
            return table.c(name);
        }
        throw new IllegalArgumentException("a column key must be a Column or a String, not " + column);
    }

    /** The columns an insert of {@code row} writes: the given ones plus columns with a Java default. */
    public List<Column> columnsFor(Map<Column, Object> row) {
        List<Column> cols = new ArrayList<>(row.size() + 1);
        for (Column c : table.columns()) {
            if (row.containsKey(c) || c.clientDefault() != null) {
                cols.add(c);
            }
        }
        return cols;
    }

    @Override
    public Compiled compile(Dialect dialect) {
        SqlWriter w = new SqlWriter(dialect);
        List<Column> cols = columnsFor(values);
        writeHead(w, cols);
        if (!cols.isEmpty()) {
            w.sql(" VALUES (");
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    w.sql(", ");
                }
                Column c = cols.get(i);
                Object v = values.containsKey(c) ? values.get(c) : c.clientDefault().get();
                c.operand(v).compileTo(w);
            }
            w.sql(')');
        }
        return w.toCompiled(Compiled.Kind.INSERT, table, null, null);
    }

    /**
     * The SQL to insert rows that each set exactly {@code cols}, one {@code ?} per column in that order:
     * what a JDBC batch binds many rows to.
     */
    public String sqlFor(Dialect dialect, List<Column> cols) {
        SqlWriter w = new SqlWriter(dialect);
        writeHead(w, cols);
        if (!cols.isEmpty()) {
            w.sql(" VALUES (");
            for (int i = 0; i < cols.size(); i++) {
                w.sql(i > 0 ? ", ?" : "?");
            }
            w.sql(')');
        }
        return w.toCompiled(Compiled.Kind.INSERT, table, null, null).sql();
    }

    private void writeHead(SqlWriter w, List<Column> cols) {
        w.sql("INSERT INTO ").identifier(table.name());
        if (cols.isEmpty()) {
            w.sql(w.dialect() == Dialect.MYSQL ? " () VALUES ()" : " DEFAULT VALUES");
            return;
        }
        w.sql(" (");
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                w.sql(", ");
            }
            w.identifier(cols.get(i).name());
        }
        w.sql(')');
    }

    @Override
    public String toString() {
        return compile(Dialect.PORTABLE).sql();
    }
}
