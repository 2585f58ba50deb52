package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SQLServerHints;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ForMode;
import net.sf.jsqlparser.statement.select.SelectVisitor;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.SimilarToExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeDelete;
import net.sf.jsqlparser.statement.merge.MergeInsert;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeUpdate;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * In-place rewrites of a whole statement for SQL Server, done once before it is rendered, for what the
 * per-node hooks cannot see because it depends on where a node stands:
 * <ul>
 * <li>a bare boolean where T-SQL wants a predicate (WHERE, HAVING, JOIN .. ON, CASE WHEN, AND/OR/NOT operands):
 * {@code active} becomes {@code active = 1}, {@code NOT active} becomes {@code active = 0},
 * {@code x IS [NOT] TRUE/FALSE} becomes comparisons;</li>
 * <li>a predicate used as a value in a select list ({@code SELECT a > b}), which T-SQL cannot select, becomes
 * {@code CASE WHEN p THEN 1 WHEN NOT (p) THEN 0 END} (NULL stays NULL);</li>
 * <li>ORDER BY inside a subquery, derived table or CTE without a row window, which T-SQL rejects, gets
 * {@code OFFSET 0 ROWS};</li>
 * <li>{@code ORDER BY RANDOM()} becomes {@code ORDER BY NEWID()};</li>
 * <li>text literals with characters outside ASCII get the {@code N} prefix.</li>
 * </ul>
 * JSqlParser's {@link TablesNamesFinder} is the walker: it visits every select, subquery, join condition and
 * expression of a statement.
 */
final class SqlServerRewrites extends TablesNamesFinder<Void> {
    private final Renderer renderer;
    private final Object topLevel;
    private final List<Select> nestedWith = new ArrayList<>(0);

    private SqlServerRewrites(Renderer renderer, Object topLevel) {
        this.renderer = renderer;
        this.topLevel = topLevel;
        init(false);
    }

    /** A view's query: T-SQL rejects ORDER BY in it like in a subquery, so it has no top level. */
    static void applyToView(CreateView view, Renderer r) {
        if (view.getSelect() != null) {
            SqlServerRewrites pass = new SqlServerRewrites(r, null);
            view.getSelect().accept((SelectVisitor<Void>) pass, null);
        }
    }

    static void apply(Statement statement, Renderer r) {
        Object top;
        if (statement instanceof Select s) {
            top = s;
        } else if (statement instanceof Insert i) {
            top = i.getSelect();
        } else if (statement instanceof Update || statement instanceof Delete || statement instanceof Merge) {
            top = null;
        } else {
            return; // DDL and the rest: nothing of this kind to rewrite
        }
        SqlServerRewrites pass = new SqlServerRewrites(r, top);
        if (statement instanceof Update u) {
            u.setWhere(condition(u.getWhere()));
            pass.predicatesAsValues(u.getUpdateSets());
        } else if (statement instanceof Merge m) {
            pass.mergeConditions(m, r);
        } else if (statement instanceof Delete d) {
            if (d.getUsingList() != null && !d.getUsingList().isEmpty()) {
                throw r.unsupported("DELETE .. USING (SQL Server writes DELETE t FROM t JOIN ..)");
            }
            d.setWhere(condition(d.getWhere()));
        }
        statement.accept(pass, null);
        pass.hoistNestedWith(statement, r);
    }

    /** SET values that are predicates become 1/0 values (T-SQL cannot store a predicate's result directly). */
    private void predicatesAsValues(List<UpdateSet> sets) {
        for (UpdateSet set : sets) {
            @SuppressWarnings("unchecked")
            List<Expression> values = (List<Expression>) set.getValues();
            for (int i = 0; i < values.size(); i++) {
                if (isPredicate(values.get(i))) {
                    values.set(i, predicateAsValue(condition(values.get(i))));
                }
            }
        }
    }

    /** MERGE's ON and WHEN .. AND conditions, and its UPDATE SET values; Oracle's WHERE clauses have no T-SQL form. */
    private void mergeConditions(Merge m, Renderer r) {
        m.setOnCondition(condition(m.getOnCondition()));
        if (m.getOperations() == null) {
            return;
        }
        for (MergeOperation op : m.getOperations()) {
            if (op instanceof MergeUpdate u) {
                if (u.getWhereCondition() != null || u.getDeleteWhereCondition() != null) {
                    throw r.unsupported("MERGE .. UPDATE .. WHERE / DELETE WHERE (write WHEN MATCHED AND ..)");
                }
                u.setAndPredicate(condition(u.getAndPredicate()));
                predicatesAsValues(u.getUpdateSets());
            } else if (op instanceof MergeInsert i) {
                if (i.getWhereCondition() != null) {
                    throw r.unsupported("MERGE .. INSERT .. WHERE (write WHEN NOT MATCHED AND ..)");
                }
                i.setAndPredicate(condition(i.getAndPredicate()));
            } else if (op instanceof MergeDelete d) {
                d.setAndPredicate(condition(d.getAndPredicate()));
            }
        }
    }

    /**
     * T-SQL allows WITH only at the start of a statement: CTEs of subqueries move to the top (SQL Server resolves
     * a CTE name anywhere in the statement, so the meaning is kept unless two CTEs share a name).
     */
    private void hoistNestedWith(Statement statement, Renderer r) {
        if (nestedWith.isEmpty()) {
            return;
        }
        List<WithItem<?>> outer;
        if (statement instanceof Select top) {
            outer = top.getWithItemsList();
        } else if (statement instanceof Merge merge) {
            outer = merge.getWithItemsList(); // T-SQL writes WITH .. MERGE
        } else {
            throw r.unsupported("WITH inside a subquery of " + statement.getClass().getSimpleName().toUpperCase());
        }
        List<WithItem<?>> all = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Select inner : nestedWith) {
            for (WithItem<?> item : inner.getWithItemsList()) {
                if (SqlServerMarkers.anyInText(item.toString())) {
                    throw r.unsupported("WITH inside a subquery with ? markers (moving it to the top would reorder them)");
                }
                all.add(item);
            }
            inner.setWithItemsList(null);
        }
        if (outer != null) {
            all.addAll(outer);
        }
        for (WithItem<?> item : all) {
            if (!names.add(item.getAlias() == null ? "" : item.getAlias().getName().toLowerCase(java.util.Locale.ROOT))) {
                throw r.unsupported("WITH inside a subquery reusing a CTE name");
            }
        }
        if (statement instanceof Merge merge) {
            merge.setWithItemsList(all);
        } else {
            ((Select) statement).setWithItemsList(all);
        }
    }

    @Override
    public <S> Void visit(ParenthesedSelect select, S context) {
        Select inner = select.getSelect();
        if (inner != null && inner != topLevel && inner.getWithItemsList() != null && !inner.getWithItemsList().isEmpty()
                && !nestedWith.contains(inner)) {
            nestedWith.add(inner);
        }
        oneRowFetch(select);
        return super.visit(select, context);
    }

    /**
     * {@code FETCH FIRST ROW ONLY} has no row count; JSqlParser 5.4's walker dereferences it regardless, so the
     * implied 1 is written out (the same row count the pagination reader assumes).
     */
    private static void oneRowFetch(Select select) {
        if (select.getFetch() != null && select.getFetch().getExpression() == null) {
            select.getFetch().setExpression(new net.sf.jsqlparser.expression.LongValue(1));
        }
    }

    @Override
    public <S> Void visit(PlainSelect select, S context) {
        if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null
                && !select.getDistinct().getOnSelectItems().isEmpty()) {
            throw renderer.unsupported("DISTINCT ON (use ROW_NUMBER() OVER (PARTITION BY ..) = 1)");
        }
        oneRowFetch(select);
        select.setWhere(condition(select.getWhere()));
        select.setHaving(condition(select.getHaving()));
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                Collection<Expression> on = join.getOnExpressions();
                if (on != null && !on.isEmpty()) {
                    List<Expression> fixed = new ArrayList<>(on.size());
                    for (Expression e : on) {
                        fixed.add(condition(e));
                    }
                    join.setOnExpressions(fixed);
                }
            }
        }
        if (select.getSelectItems() != null) {
            for (SelectItem<?> item : select.getSelectItems()) {
                Expression e = item.getExpression();
                if (isPredicate(e)) {
                    @SuppressWarnings("unchecked")
                    SelectItem<Expression> valueItem = (SelectItem<Expression>) item;
                    valueItem.setExpression(predicateAsValue(condition(e)));
                }
            }
        }
        orderBy(select, select.getOrderByElements());
        lockingClause(select);
        super.visit(select, context);
        walk(select.getOrderByElements());
        if (select.getGroupBy() != null && select.getGroupBy().getGroupByExpressionList() != null) {
            for (Object e : select.getGroupBy().getGroupByExpressionList()) {
                ((Expression) e).accept(this, context);
            }
        }
        return null;
    }

    @Override
    public <S> Void visit(SetOperationList list, S context) {
        claimTrailingWindow(list);
        oneRowFetch(list);
        orderBy(list, list.getOrderByElements());
        return super.visit(list, context);
    }

    /**
     * {@code SELECT .. UNION SELECT .. LIMIT 1} limits the whole union, but JSqlParser hangs a LIMIT/OFFSET that
     * has no ORDER BY before it on the last branch; on SQL Server that would become a TOP of that branch alone.
     */
    private static void claimTrailingWindow(SetOperationList list) {
        List<Select> selects = list.getSelects();
        if (list.getLimit() != null || list.getOffset() != null || list.getFetch() != null || selects.isEmpty()
                || !(selects.get(selects.size() - 1) instanceof PlainSelect last)
                || last.getOrderByElements() != null && !last.getOrderByElements().isEmpty()) {
            return;
        }
        list.setLimit(last.getLimit());
        list.setOffset(last.getOffset());
        list.setFetch(last.getFetch());
        last.setLimit(null);
        last.setOffset(null);
        last.setFetch(null);
    }

    @Override
    public <S> Void visit(WithItem<?> item, S context) {
        item.setRecursive(false); // T-SQL's CTEs are recursive without the keyword, and reject it
        return super.visit(item, context);
    }

    @Override
    public <S> Void visit(CaseExpression expression, S context) {
        if (expression.getSwitchExpression() == null && expression.getWhenClauses() != null) {
            for (WhenClause when : expression.getWhenClauses()) {
                when.setWhenExpression(condition(when.getWhenExpression()));
            }
        }
        return super.visit(expression, context);
    }

    /** T-SQL has no FILTER: {@code agg(x) FILTER (WHERE c)} is {@code agg(CASE WHEN c THEN x END)}. */
    @Override
    public <S> Void visit(AnalyticExpression aggregate, S context) {
        PostgresAggregates.filterAsCase(aggregate, SqlServerRewrites::condition, renderer);
        return super.visit(aggregate, context);
    }

    @Override
    public <S> Void visit(StringValue value, S context) {
        if ((value.getPrefix() == null || value.getPrefix().isEmpty()) && !isAscii(value.getValue())) {
            value.setPrefix("N");
        }
        return super.visit(value, context);
    }

    @Override
    public <S> Void visit(RegExpMatchOperator regex, S context) {
        throw renderer.unsupported("regular expression match " + regex.getStringExpression()
                + " (SQL Server has no regular expressions before 2025)");
    }

    @Override
    public <S> Void visit(SimilarToExpression similar, S context) {
        throw renderer.unsupported("SIMILAR TO (SQL Server has no regular expressions before 2025)");
    }

    @Override
    public <S> Void visit(LateralSubSelect lateral, S context) {
        throw renderer.unsupported("LATERAL (SQL Server spells it CROSS APPLY / OUTER APPLY)");
    }

    /** ORDER BY RANDOM() -> NEWID(); an ORDER BY below the top level without a row window -> OFFSET 0 ROWS. */
    private void orderBy(Select select, List<OrderByElement> order) {
        if (order == null || order.isEmpty()) {
            return;
        }
        List<OrderByElement> spelled = new ArrayList<>(order.size() + 1);
        for (OrderByElement e : order) {
            if (e.getExpression() instanceof Function f && f.getName() != null
                    && (f.getName().equalsIgnoreCase("RANDOM") || f.getName().equalsIgnoreCase("RAND"))
                    && (f.getParameters() == null || f.getParameters().isEmpty())) {
                e.setExpression(new Function("NEWID"));
            }
            spelled.addAll(nullOrdering(select, e));
        }
        order.clear();
        order.addAll(spelled);
        boolean windowed = select.getLimit() != null || select.getOffset() != null || select.getFetch() != null
                || select instanceof PlainSelect p && p.getTop() != null;
        if (select != topLevel && !windowed) {
            select.setOffset(new Offset().withOffset(new LongValue(0)).withOffsetParam("ROWS"));
        }
    }

    /**
     * SQL Server sorts NULL first ascending and last descending, and has no NULLS FIRST/LAST: the clause is dropped
     * where that is already the order, and spelled as a leading {@code CASE WHEN x IS NULL} key otherwise.
     */
    private List<OrderByElement> nullOrdering(Select select, OrderByElement e) {
        OrderByElement.NullOrdering nulls = e.getNullOrdering();
        if (nulls == null) {
            return List.of(e);
        }
        e.setNullOrdering(null);
        boolean nullsFirst = nulls == OrderByElement.NullOrdering.NULLS_FIRST;
        if (nullsFirst == e.isAsc()) {
            return List.of(e); // already SQL Server's order
        }
        if (select instanceof SetOperationList) {
            throw renderer.unsupported("NULLS FIRST/LAST in the ORDER BY of a UNION/INTERSECT/EXCEPT");
        }
        PlainSelect plain = (PlainSelect) select;
        if (plain.getDistinct() != null) {
            throw renderer.unsupported("NULLS FIRST/LAST with SELECT DISTINCT (the extra sort key is not selected)");
        }
        Expression sorted = selectedExpression(plain, e.getExpression());
        return nullKeyFirst(e, sorted, nullsFirst, renderer);
    }

    /** {@code CASE WHEN x IS NULL THEN 0/1 ELSE 1/0 END} ahead of {@code e}. */
    static List<OrderByElement> nullKeyFirst(OrderByElement e, Expression sorted, boolean nullsFirst, Renderer r) {
        if (SqlServerMarkers.anyInText(sorted.toString())) {
            throw r.unsupported("NULLS FIRST/LAST on an expression with ? markers (it would be repeated)");
        }
        CaseExpression nullKey = new CaseExpression(new WhenClause(new IsNullExpression(sorted),
                new LongValue(nullsFirst ? 0 : 1)));
        nullKey.setElseExpression(new LongValue(nullsFirst ? 1 : 0));
        return List.of(new OrderByElement().withExpression(nullKey), e);
    }

    /**
     * What an ORDER BY item sorts on: an ordinal or a select-list alias stands for the selected expression (T-SQL
     * accepts neither inside another expression).
     */
    private Expression selectedExpression(PlainSelect select, Expression sorted) {
        List<SelectItem<?>> items = select.getSelectItems();
        if (sorted instanceof LongValue ordinal) {
            int k = (int) ordinal.getValue();
            if (k < 1 || k > items.size() || items.get(k - 1).getExpression() instanceof AllColumns
                    || items.get(k - 1).getExpression() instanceof net.sf.jsqlparser.statement.select.AllTableColumns) {
                throw renderer.unsupported("NULLS FIRST/LAST on ORDER BY " + k + " of a * select list");
            }
            return items.get(k - 1).getExpression();
        }
        if (sorted instanceof Column c && c.getTable() == null) {
            for (SelectItem<?> item : items) {
                if (item.getAlias() != null && item.getAlias().getName().equalsIgnoreCase(c.getColumnName())) {
                    return item.getExpression();
                }
            }
        }
        return sorted;
    }

    /**
     * FOR UPDATE / FOR SHARE become table hints on every table the select reads: UPDLOCK (or HOLDLOCK for a
     * shared lock) with ROWLOCK, NOWAIT as NOWAIT, SKIP LOCKED as READPAST.
     */
    private void lockingClause(PlainSelect select) {
        ForMode mode = select.getForMode();
        if (mode == null) {
            return;
        }
        if (select.getWait() != null) {
            throw renderer.unsupported("FOR UPDATE WAIT n (SQL Server uses SET LOCK_TIMEOUT)");
        }
        String hint = mode == ForMode.UPDATE || mode == ForMode.NO_KEY_UPDATE ? "UPDLOCK, ROWLOCK" : "HOLDLOCK, ROWLOCK";
        if (select.isNoWait()) {
            hint += ", NOWAIT";
        }
        if (select.isSkipLocked()) {
            hint += ", READPAST";
        }
        String text = " WITH (" + hint + ")";
        Table only = select.getForUpdateTable();
        List<net.sf.jsqlparser.statement.select.FromItem> items = new ArrayList<>();
        items.add(select.getFromItem());
        if (select.getJoins() != null) {
            for (Join j : select.getJoins()) {
                items.add(j.getFromItem());
            }
        }
        for (net.sf.jsqlparser.statement.select.FromItem item : items) {
            if (item instanceof Table t && (only == null || only.getName().equalsIgnoreCase(t.getName())
                    || t.getAlias() != null && only.getName().equalsIgnoreCase(t.getAlias().getName()))) {
                t.setSqlServerHints(new SQLServerHints() {
                    @Override
                    public String toString() {
                        return text;
                    }
                });
            }
        }
        select.setForMode(null);
        select.setForUpdateTable(null);
        select.setNoWait(false);
        select.setSkipLocked(false);
    }

    private void walk(List<OrderByElement> order) {
        if (order != null) {
            for (OrderByElement e : order) {
                e.getExpression().accept(this, null);
            }
        }
    }

    // --------------------------------------------------------------------------------------- booleans

    /** {@code e} in a place T-SQL wants a predicate. */
    static Expression condition(Expression e) {
        if (e == null) {
            return null;
        }
        if (e instanceof AndExpression || e instanceof OrExpression || e instanceof XorExpression) {
            var b = (net.sf.jsqlparser.expression.BinaryExpression) e;
            b.setLeftExpression(condition(b.getLeftExpression()));
            b.setRightExpression(condition(b.getRightExpression()));
            return e;
        }
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            @SuppressWarnings("unchecked")
            ParenthesedExpressionList<Expression> l = (ParenthesedExpressionList<Expression>) list;
            l.set(0, condition(l.get(0)));
            return e;
        }
        if (e instanceof Parenthesis p) {
            p.setExpression(condition(p.getExpression()));
            return e;
        }
        if (e instanceof NotExpression not) {
            Expression inner = unwrap(not.getExpression());
            if (isBooleanValue(inner)) {
                return new EqualsTo(inner, new LongValue(0));
            }
            not.setExpression(condition(not.getExpression()));
            return e;
        }
        if (e instanceof IsBooleanExpression is) {
            Expression left = unwrap(is.getLeftExpression());
            if (isBooleanValue(left)) {
                long wanted = is.isTrue() ? 1 : 0;
                if (!is.isNot()) {
                    return new EqualsTo(left, new LongValue(wanted));
                }
                // IS NOT TRUE holds for FALSE and for NULL
                return new ParenthesedExpressionList<>(new OrExpression(
                        new EqualsTo(left, new LongValue(1 - wanted)), new IsNullExpression(left)));
            }
            Expression p = condition(is.getLeftExpression());
            if (!is.isNot()) {
                // NULL is neither TRUE nor FALSE, exactly like a WHERE that is NULL
                return is.isTrue() ? p : new NotExpression(new ParenthesedExpressionList<>(p));
            }
            throw new IllegalStateException("unreachable");
        }
        if (isBooleanValue(e)) {
            return new EqualsTo(e, new LongValue(1));
        }
        return e;
    }

    /** A value (not a predicate) standing where a condition is expected: a BIT in T-SQL. */
    private static boolean isBooleanValue(Expression e) {
        return e instanceof Column || e instanceof BooleanValue || e instanceof JdbcParameter
                || e instanceof Function || e instanceof CastExpression || e instanceof CaseExpression
                || e instanceof UserVariable;
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (true) {
            if (x instanceof ParenthesedExpressionList<?> l && l.size() == 1) {
                x = (Expression) l.get(0);
            } else if (x instanceof Parenthesis p) {
                x = p.getExpression();
            } else {
                return x;
            }
        }
    }

    private static boolean isPredicate(Expression e) {
        Expression x = unwrap(e);
        return x instanceof ComparisonOperator || x instanceof AndExpression || x instanceof OrExpression
                || x instanceof NotExpression || x instanceof IsNullExpression || x instanceof InExpression
                || x instanceof Between || x instanceof LikeExpression || x instanceof ExistsExpression
                || x instanceof IsBooleanExpression;
    }

    /** A predicate as a BIT value: 1, 0, or NULL when the predicate is unknown. */
    private Expression predicateAsValue(Expression predicate) {
        Expression p = unwrap(predicate);
        if (p instanceof ExistsExpression || p instanceof IsNullExpression) {
            // never unknown: one evaluation, so ? markers stay as they are
            CaseExpression c = new CaseExpression(new WhenClause(predicate, new LongValue(1)));
            c.setElseExpression(new LongValue(0));
            return c;
        }
        if (SqlServerMarkers.anyInText(predicate.toString())) {
            throw renderer.unsupported("a condition with ? markers used as a value in the select list (T-SQL has"
                    + " no boolean values; the CASE that replaces it would repeat the markers)");
        }
        CaseExpression c = new CaseExpression(
                new WhenClause(predicate, new LongValue(1)),
                new WhenClause(new NotExpression(new ParenthesedExpressionList<>(predicate)), new LongValue(0)));
        return c;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
