package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code UPDATE table SET col = ?, ... WHERE ...}. */
public final class Update implements Executable {
    private final Table table;
    private final Map<Column, Object> sets = new LinkedHashMap<>();
    private Expression where;

    Update(Table table) {
        this.table = table.original();
    }

    public Table table() {
        return table;
    }

    /** Sets a column (by {@link Column} or name) to a value (bound) or an expression such as {@code col.plus(1)}. */
    public Update set(Object column, Object value) {
        sets.put(Insert.resolve(table, column), value);
        return this;
    }

    public Update set(Map<?, ?> values) {
        for (Map.Entry<?, ?> e : values.entrySet()) {
            set(e.getKey(), e.getValue());
        }
        return this;
    }

    public Map<Column, Object> sets() {
        return sets;
    }

    /** Adds a condition; several calls are combined with AND. Without one, every row is updated. */
    public Update where(Expression condition) {
        where = where == null ? condition : where.and(condition);
        return this;
    }

    @Override
    public Compiled compile(Dialect dialect) {
        if (sets.isEmpty()) {
            throw new IllegalStateException("UPDATE " + table.name() + " sets no column; call set(column, value)");
        }
        SqlWriter w = new SqlWriter(dialect);
        w.unqualified(table);
        w.sql("UPDATE ").identifier(table.name()).sql(" SET ");
        int i = 0;
        for (Map.Entry<Column, Object> e : sets.entrySet()) {
            if (i++ > 0) {
                w.sql(", ");
            }
            w.identifier(e.getKey().name()).sql(" = ");
            e.getKey().operand(e.getValue()).compileTo(w);
        }
        if (where != null) {
            w.sql(" WHERE ");
            where.compileTo(w);
        }
        return w.toCompiled(Compiled.Kind.UPDATE, table, null, null);
    }

    @Override
    public String toString() {
        return compile(Dialect.PORTABLE).sql();
    }
}
