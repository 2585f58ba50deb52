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
 * <p>Only where that identity holds: a top-level SELECT of two tables with one ON condition, and nothing that
 * would apply to the union as a whole (GROUP BY, HAVING, DISTINCT, aggregates, window functions, ORDER BY,
 * LIMIT). {@code USING} is refused: its merged column would come from different sides in the two halves.
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
        if (joins.size() != 1 || !join.isFull() || join.getOnExpressions() == null || join.getOnExpressions().size() != 1
                || (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty())) {
            throw r.unsupported("FULL OUTER JOIN (emulated only for two tables joined ON a condition)");
        }
        if (appliesToWholeResult(select)) {
            throw r.unsupported("FULL OUTER JOIN with GROUP BY, DISTINCT, aggregates, windows, QUALIFY, ORDER BY or LIMIT");
        }
        Expression on = join.getOnExpression();
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
                .withWhere(on);
        ExistsExpression exists = new ExistsExpression();
        exists.setRightExpression(new ParenthesedSelect().withSelect(matches));
        Expression unmatched = new NotExpression(exists);
        select.setWhere(where == null ? unmatched : new AndExpression(unmatched, new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(where)));
        r.select(select);
        return true;
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
