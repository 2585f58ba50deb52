package dev.alchemy.translator.target;

import java.util.List;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.statement.select.AllColumns;

/**
 * PostgreSQL's aggregate forms for MySQL and SQLite, where a predicate is a 0/1 value: {@code BOOL_AND(p)} is
 * {@code MIN(p)} and {@code BOOL_OR(p)} {@code MAX(p)} (NULLs ignored alike), {@code agg(x) FILTER (WHERE c)} is
 * {@code agg(CASE WHEN c THEN x END)} where the database has no FILTER; array functions, which neither has, are
 * refused.
 */
final class PostgresAggregates {
    private PostgresAggregates() {
    }

    /** Renders {@code f} when it is one of these; false otherwise. */
    static boolean render(Function f, List<Expression> args, String database, Renderer r) {
        switch (f.getName()) {
            case "BOOL_AND": case "EVERY": case "BOOL_OR":
                if (args.size() != 1) {
                    return false;
                }
                r.append(f.getName().equals("BOOL_OR") ? "MAX(" : "MIN(").expression(args.get(0)).append(")");
                return true;
            case "ANY": case "SOME": case "ALL":
                // a subquery is AnyComparisonExpression; a call is PostgreSQL's array form
                throw r.unsupported("= " + f.getName() + "(array) (" + database + " has no arrays: write IN (?, ?, ..))");
            case "ARRAY_AGG": case "UNNEST": case "ARRAY_LENGTH": case "CARDINALITY": case "STRING_TO_ARRAY":
            case "ARRAY_TO_STRING":
                throw r.unsupported(f.getName() + "() (" + database + " has no arrays)");
            default:
                return false;
        }
    }

    /**
     * Moves {@code FILTER (WHERE c)} into the aggregated value, {@code agg(CASE WHEN c THEN x END)}, and renders a
     * plain one-argument aggregate; true when rendered, false to let the renderer write the rest (a window, more
     * arguments).
     */
    static boolean renderFilterAsCase(AnalyticExpression aggregate, Renderer r) {
        boolean plain = aggregate.getType() == net.sf.jsqlparser.expression.AnalyticType.FILTER_ONLY
                && aggregate.getOffset() == null && aggregate.getDefaultValue() == null && aggregate.getKeep() == null;
        filterAsCase(aggregate, c -> c, r);
        if (!plain) {
            return false;
        }
        r.append(aggregate.getName()).append("(").append(aggregate.isDistinct() ? "DISTINCT " : "")
                .expression(aggregate.getExpression()).append(")");
        return true;
    }

    /**
     * Moves {@code FILTER (WHERE c)} into the aggregated value, {@code agg(CASE WHEN c THEN x END)}, with the
     * condition in the target's form ({@code asCondition}: T-SQL's bare booleans become comparisons).
     */
    static void filterAsCase(AnalyticExpression aggregate, java.util.function.UnaryOperator<Expression> asCondition, Renderer r) {
        Expression filter = aggregate.getFilterExpression();
        if (filter == null) {
            return;
        }
        Expression value = aggregate.getExpression();
        if (value == null || value instanceof AllColumns || aggregate.isAllColumns()) {
            value = new LongValue(1); // COUNT(*) counts the rows the filter keeps
        }
        if (SqlServerMarkers.anyInText(filter.toString()) && SqlServerMarkers.anyInText(value.toString())) {
            throw r.unsupported("an aggregate FILTER with ? markers in both the value and the condition"
                    + " (CASE WHEN puts the condition first): the ? markers would be bound in the wrong order");
        }
        aggregate.setExpression(new CaseExpression(new WhenClause(asCondition.apply(filter), value)));
        aggregate.setAllColumns(false);
        aggregate.setFilterExpression(null);
    }
}
