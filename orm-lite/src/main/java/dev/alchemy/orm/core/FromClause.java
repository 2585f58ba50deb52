package dev.alchemy.orm.core;

import java.util.List;

/** Something a query selects from: a table (or its alias), a join, or a named subquery. */
public abstract class FromClause {

    /** The name columns are qualified with: the alias if there is one, else the table name. */
    public abstract String refName();

    /** Writes this item as it appears after FROM. */
    abstract void compileFrom(SqlWriter w);

    /** The tables and subqueries inside this item (one for a table, all sides of a join). */
    abstract List<FromClause> leaves();

    /** An inner join to {@code right}, ON inferred from the foreign key between them. */
    public Join join(FromClause right) {
        return new Join(this, right, null, false);
    }

    public Join join(FromClause right, Expression on) {
        return new Join(this, right, on, false);
    }

    public Join leftJoin(FromClause right) {
        return new Join(this, right, null, true);
    }

    public Join leftJoin(FromClause right, Expression on) {
        return new Join(this, right, on, true);
    }
}
