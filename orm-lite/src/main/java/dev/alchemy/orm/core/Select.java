package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code SELECT}: built with {@link Sql#select}. Without {@link #from}, the FROM list is the tables of
 * the selected columns (in a subquery, minus the enclosing query's tables: it correlates to them).
 */
public final class Select implements Executable {
    private final List<Expression> columns;
    private final List<FromClause> froms = new ArrayList<>();
    private Expression where;
    private final List<Expression> groupBy = new ArrayList<>();
    private Expression having;
    private final List<Expression> orderBy = new ArrayList<>();
    private Integer limit;
    private Integer offset;
    private boolean distinct;

    Select(Collection<? extends Expression> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("select() needs at least one column or expression");
        }
        this.columns = new ArrayList<>(columns);
    }

    /** The select list. */
    public List<Expression> columns() {
        return columns;
    }

    /** Adds to the select list. */
    public Select column(Expression... more) {
        columns.addAll(Arrays.asList(more));
        return this;
    }

    public Select from(FromClause... items) {
        froms.addAll(Arrays.asList(items));
        return this;
    }

    /** Inner join of {@code table} to the last FROM item, ON inferred from the foreign key between them. */
    public Select join(FromClause table) {
        return addJoin(table, null, false);
    }

    public Select join(FromClause table, Expression on) {
        return addJoin(table, on, false);
    }

    public Select leftJoin(FromClause table) {
        return addJoin(table, null, true);
    }

    public Select leftJoin(FromClause table, Expression on) {
        return addJoin(table, on, true);
    }

    private Select addJoin(FromClause table, Expression on, boolean outer) {
        if (froms.isEmpty()) {
            Set<FromClause> inferred = inferFroms(null);
            inferred.remove(table);
            if (inferred.isEmpty()) {
                throw new IllegalStateException("join(" + table.refName() + "): nothing to join it to; call from(...) first");
            }
            froms.addAll(inferred);
        }
        int last = froms.size() - 1;
        froms.set(last, new Join(froms.get(last), table, on, outer));
        return this;
    }

    /** Adds a condition; several calls are combined with AND. */
    public Select where(Expression condition) {
        where = where == null ? condition : where.and(condition);
        return this;
    }

    public Select groupBy(Expression... expressions) {
        groupBy.addAll(Arrays.asList(expressions));
        return this;
    }

    public Select having(Expression condition) {
        having = having == null ? condition : having.and(condition);
        return this;
    }

    /** Order by expressions; use {@code col.desc()} for descending (plain expressions sort ascending). */
    public Select orderBy(Expression... expressions) {
        orderBy.addAll(Arrays.asList(expressions));
        return this;
    }

    public Select limit(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit(" + rows + ") must be >= 0");
        }
        this.limit = rows;
        return this;
    }

    public Select offset(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset(" + rows + ") must be >= 0");
        }
        this.offset = rows;
        return this;
    }

    public Select distinct() {
        this.distinct = true;
        return this;
    }

    /** This query as a named FROM item: {@code (SELECT ...) alias}. */
    public Subquery as(String alias) {
        return new Subquery(this, alias);
    }

    /** This query as a value: {@code (SELECT ...)}, for comparisons and select lists. */
    public Expression asScalar() {
        return new Expressions.ScalarSubquery(this);
    }

    public Integer limitValue() {
        return limit;
    }

    public Integer offsetValue() {
        return offset;
    }

    @Override
    public Compiled compile(Dialect dialect) {
        SqlWriter w = new SqlWriter(dialect);
        compileNested(w);
        List<String> labels = new ArrayList<>(columns.size());
        for (Expression e : columns) {
            labels.add(labelOf(e));
        }
        return w.toCompiled(Compiled.Kind.QUERY, null, columns, labels);
    }

    /** The name a select-list item has in the result: its alias or column name; null for other expressions. */
    static String labelOf(Expression e) {
        if (e instanceof Label l) {
            return l.name();
        }
        if (e instanceof Column c) {
            return c.name();
        }
        return null;
    }

    private Set<FromClause> inferFroms(SqlWriter w) {
        Set<FromClause> found = new LinkedHashSet<>();
        for (Expression e : columns) {
            collectFroms(e, found);
        }
        if (found.isEmpty() && where != null) {
            collectFroms(where, found);
        }
        if (w != null) {
            found.removeIf(w::isEnclosing);
        }
        return found;
    }

    private static void collectFroms(Expression e, Set<FromClause> out) {
        if (e instanceof Column c) {
            if (c.from() != null) {
                out.add(c.from());
            }
            return;
        }
        for (Expression child : e.children()) {
            collectFroms(child, out);
        }
    }

    void compileNested(SqlWriter w) {
        List<FromClause> fromList = froms.isEmpty() ? new ArrayList<>(inferFroms(w)) : froms;
        Set<FromClause> leaves = new LinkedHashSet<>();
        for (FromClause f : fromList) {
            leaves.addAll(f.leaves());
        }
        w.pushEnclosing(leaves);
        try {
            w.sql("SELECT ");
            if (distinct) {
                w.sql("DISTINCT ");
            }
            SqlWriter.Clause previous = w.clause(SqlWriter.Clause.SELECT_LIST);
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    w.sql(", ");
                }
                columns.get(i).compileTo(w);
            }
            w.clause(SqlWriter.Clause.OTHER);
            if (!fromList.isEmpty()) {
                w.sql(" FROM ");
                for (int i = 0; i < fromList.size(); i++) {
                    if (i > 0) {
                        w.sql(", ");
                    }
                    fromList.get(i).compileFrom(w);
                }
            }
            if (where != null) {
                w.sql(" WHERE ");
                where.compileTo(w);
            }
            if (!groupBy.isEmpty()) {
                w.sql(" GROUP BY ");
                list(w, groupBy);
            }
            if (having != null) {
                w.sql(" HAVING ");
                having.compileTo(w);
            }
            w.clause(SqlWriter.Clause.ORDER_BY);
            if (!orderBy.isEmpty()) {
                w.sql(" ORDER BY ");
                list(w, orderBy);
            }
            w.clause(previous);
            Pagination.write(w, limit, offset, !orderBy.isEmpty());
        } finally {
            w.popEnclosing();
        }
    }

    private static void list(SqlWriter w, List<Expression> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.sql(", ");
            }
            items.get(i).compileTo(w);
        }
    }

    @Override
    public String toString() {
        return compile(Dialect.PORTABLE).sql();
    }
}
