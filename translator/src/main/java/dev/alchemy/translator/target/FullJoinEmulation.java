package dev.alchemy.translator.target;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.List;
import java.util.Locale;

/**
 * {@code a FULL OUTER JOIN b ON c} for targets without it (MySQL/MariaDB, H2), as the rows of the LEFT JOIN plus
 * the rows of b that match nothing in a:
 * {@code SELECT .. FROM a LEFT OUTER JOIN b ON c [WHERE w] UNION ALL SELECT .. FROM a RIGHT OUTER JOIN b ON c
 * WHERE NOT EXISTS (SELECT 1 FROM a WHERE c) [AND (w)]}. In the sub-select {@code a} (by its name or alias) is the
 * inner one and {@code b} the outer row, which is exactly "no row of a matches this row of b".
 *
 * <p>Only where that identity holds: a top-level SELECT of two tables with one ON condition or (MySQL) a USING list, and
 * nothing that would apply to the union as a whole (GROUP BY, HAVING, DISTINCT, aggregates, window functions,
 * QUALIFY, ORDER BY, LIMIT). USING stays USING in both halves (its merged column is the left one in the LEFT JOIN
 * and the right one in the RIGHT JOIN, as PostgreSQL's would be), with {@code a.c = b.c} for each column in the
 * sub-select; but not under {@code SELECT *}, which MySQL expands for a RIGHT JOIN .. USING with the right table's
 * columns first, so the halves' columns would not line up.
 */
final class FullJoinEmulation {
    private static final List<String> WHOLE_RESULT_FUNCTIONS = List.of("COUNT(", "SUM(", "AVG(", "MIN(", "MAX(",
            "GROUP_CONCAT(", "STRING_AGG(", "JSON_ARRAYAGG(", "JSON_OBJECTAGG(", "BIT_AND(", "BIT_OR(", "STDDEV",
            "VARIANCE(", "VAR_", " OVER ", " OVER(");

    private FullJoinEmulation() {
    }

    /** Renders {@code statement} when it is a SELECT with one FULL OUTER JOIN; false when it has none. */
    static boolean render(Statement statement, Renderer r) {
        if (!(statement instanceof PlainSelect select) || select.getJoins() == null) {
            return false;
        }
        List<Join> joins = select.getJoins();
        if (joins.stream().noneMatch(Join::isFull)) {
            return false;
        }
        Join join = joins.get(0);
        boolean using = join.getUsingColumns() != null && !join.getUsingColumns().isEmpty();
        boolean on = join.getOnExpressions() != null && join.getOnExpressions().size() == 1;
        if (joins.size() != 1 || !join.isFull() || using == on) {
            throw r.unsupported("FULL OUTER JOIN (emulated only for two tables joined ON a condition or USING columns)");
        }
        if (using && r.target().dialect() != dev.alchemy.translator.Dialect.MYSQL) {
            // H2 calls an unqualified USING column of a join ambiguous
            throw r.unsupported("FULL OUTER JOIN .. USING (emulated only for MySQL/MariaDB)");
        }
        if (appliesToWholeResult(select)) {
            throw r.unsupported("FULL OUTER JOIN with GROUP BY, DISTINCT, aggregates, windows, QUALIFY, ORDER BY or LIMIT");
        }
        Expression condition = using ? usingCondition(select, join, r) : join.getOnExpression();
        Expression where = select.getWhere();

        join.setFull(false);
        join.setOuter(true);
        join.setLeft(true);
        r.select(select);

        r.append(" UNION ALL ");
        join.setLeft(false);
        join.setRight(true);
        PlainSelect matches = new PlainSelect()
                .addSelectItems(new LongValue(1))
                .withFromItem(select.getFromItem())
                .withWhere(condition);
        ExistsExpression exists = new ExistsExpression();
        exists.setRightExpression(new ParenthesedSelect().withSelect(matches));
        Expression unmatched = new NotExpression(exists);
        select.setWhere(where == null ? unmatched : new AndExpression(unmatched, new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(where)));
        r.select(select);
        return true;
    }

    /** {@code a.c = b.c AND ..} for {@code a FULL JOIN b USING (c, ..)}, each table by its alias or name. */
    private static Expression usingCondition(PlainSelect select, Join join, Renderer r) {
        for (SelectItem<?> item : select.getSelectItems()) {
            if (item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns
                    && !(item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllTableColumns)) {
                throw r.unsupported("FULL OUTER JOIN .. USING under SELECT * (MySQL puts a RIGHT JOIN's right-table"
                        + " columns first, so the two halves' columns would not line up): list the columns");
            }
        }
        net.sf.jsqlparser.schema.Table left = reference(select.getFromItem());
        net.sf.jsqlparser.schema.Table right = reference(join.getRightItem());
        if (left == null || right == null) {
            throw r.unsupported("FULL OUTER JOIN .. USING of a subquery without an alias");
        }
        Expression condition = null;
        for (net.sf.jsqlparser.schema.Column c : join.getUsingColumns()) {
            Expression equal = new net.sf.jsqlparser.expression.operators.relational.EqualsTo(
                    new net.sf.jsqlparser.schema.Column(left, c.getColumnName()),
                    new net.sf.jsqlparser.schema.Column(right, c.getColumnName()));
            condition = condition == null ? equal : new AndExpression(condition, equal);
        }
        return condition;
    }

    /** The name a FROM item's columns are qualified with: its alias, else a table's (qualified) name. */
    private static net.sf.jsqlparser.schema.Table reference(net.sf.jsqlparser.statement.select.FromItem item) {
        if (item.getAlias() != null) {
            return new net.sf.jsqlparser.schema.Table(item.getAlias().getName());
        }
        return item instanceof net.sf.jsqlparser.schema.Table t ? new net.sf.jsqlparser.schema.Table(t.getFullyQualifiedName()) : null;
    }

    private static boolean appliesToWholeResult(PlainSelect select) {
        if (select.getGroupBy() != null || select.getHaving() != null || select.getDistinct() != null
                || select.getOrderByElements() != null || select.getLimit() != null || select.getOffset() != null
                || select.getFetch() != null || select.getTop() != null || select.getWithItemsList() != null
                || select.getWindowDefinitions() != null || select.getForMode() != null || select.getIntoTables() != null
                || select.getQualify() != null) {
            return true;
        }
        for (SelectItem<?> item : select.getSelectItems()) {
            String text = item.toString().toUpperCase(Locale.ROOT);
            for (String f : WHOLE_RESULT_FUNCTIONS) {
                if (text.contains(f)) {
                    return true;
                }
            }
        }
        return false;
    }
}
