package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;

/** {@code DELETE FROM table WHERE ...}. */
public final class Delete implements Executable {
    private final Table table;
    private Expression where;

    Delete(Table table) {
        this.table = table.original();
    }

    public Table table() {
        return table;
    }

    /** Adds a condition; several calls are combined with AND. Without one, every row is deleted. */
    public Delete where(Expression condition) {
        where = where == null ? condition : where.and(condition);
        return this;
    }

    @Override
    public Compiled compile(Dialect dialect) {
        SqlWriter w = new SqlWriter(dialect);
        w.unqualified(table);
        w.sql("DELETE FROM ").identifier(table.name());
        if (where != null) {
            w.sql(" WHERE ");
            where.compileTo(w);
        }
        return w.toCompiled(Compiled.Kind.DELETE, table, null, null);
    }

    @Override
    public String toString() {
        return compile(Dialect.PORTABLE).sql();
    }
}
