package dev.alchemy.translator.target;

import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code QUALIFY condition} (a filter on window function values, evaluated after them and before DISTINCT, ORDER BY
 * and LIMIT) for targets without it, as SQLGlot writes it: the query becomes a derived table that also selects each
 * window value of the condition ({@code AS _w}), and the condition filters it outside:
 * {@code SELECT a, b FROM (SELECT a, x AS b, COUNT(*) OVER () AS _w FROM t) AS _t WHERE _w > 1}.
 *
 * <p>The outer select lists the inner one's output names, so every select item must have one (a column or an
 * alias) and no two the same: {@code *} is refused, because listing it outside would add the window columns to
 * the result. Outside the window functions the condition, and ORDER BY, may only name output columns (the only
 * names visible outside the derived table).
 */
final class QualifyEmulation {
    private static final String DERIVED_TABLE_ALIAS = "_t";
    private static final String WINDOW_ALIAS = "_w";

    private QualifyEmulation() {
    }

    /** Rewrites {@code select} in place when it has a QUALIFY; does nothing otherwise. */
    static void rewrite(PlainSelect select, Renderer r) {
        Expression condition = select.getQualify();
        if (condition == null) {
            return;
        }
        if (select.getIntoTables() != null || select.getForMode() != null) {
            throw r.unsupported("QUALIFY with INTO or FOR UPDATE/SHARE");
        }
        List<SelectItem<?>> items = select.getSelectItems();
        List<String> names = new ArrayList<>(items.size());
        Set<String> seen = new HashSet<>();
        for (SelectItem<?> item : items) {
            String name = outputName(item);
            if (name == null || !seen.add(key(name))) {
                throw r.unsupported("QUALIFY with * or a select item without its own name (the outer query must"
                        + " name every column to leave the window values out)");
            }
            names.add(name);
        }
        List<SelectItem<?>> innerItems = new ArrayList<>(items);
        List<AnalyticExpression> windows = new ArrayList<>();
        Expression outerCondition = replaceWindows(condition, windows, seen, innerItems);
        if (windows.isEmpty() || containsWindow(outerCondition)) {
            throw r.unsupported("QUALIFY whose window functions are not operands of comparisons, AND/OR/NOT,"
                    + " arithmetic, IN, BETWEEN or IS NULL");
        }
        Set<String> windowAliases = new HashSet<>();
        for (int i = items.size(); i < innerItems.size(); i++) {
            windowAliases.add(innerItems.get(i).getAlias().getName());
        }
        requireOutputColumns(outerCondition, names, windowAliases, r);
        if (select.getOrderByElements() != null) {
            for (OrderByElement order : select.getOrderByElements()) {
                Expression e = order.getExpression();
                Expression key = e instanceof IsNullExpression isNull ? isNull.getLeftExpression() : e;
                if (!(key instanceof LongValue) && !(key instanceof Column c && isOutputName(c, names))) {
                    throw r.unsupported("QUALIFY with an ORDER BY on something other than an output column");
                }
            }
        }
        PlainSelect inner = new PlainSelect();
        inner.setSelectItems(innerItems);
        inner.setFromItem(select.getFromItem());
        inner.setJoins(select.getJoins());
        inner.setWhere(select.getWhere());
        inner.setGroupByElement(select.getGroupBy());
        inner.setHaving(select.getHaving());
        inner.setWindowDefinitions(select.getWindowDefinitions());

        List<SelectItem<?>> outerItems = new ArrayList<>(names.size());
        for (String name : names) {
            outerItems.add(SelectItem.from(new Column(name)));
        }
        select.setSelectItems(outerItems);
        select.setFromItem(new ParenthesedSelect().withSelect(inner).withAlias(new Alias(DERIVED_TABLE_ALIAS, true)));
        select.setJoins(null);
        select.setWhere(outerCondition);
        select.setGroupByElement(null);
        select.setHaving(null);
        select.setWindowDefinitions(null);
        select.setQualify(null);
    }

    /** The column name a select item gives its output, as written (quotes kept), or null. */
    private static String outputName(SelectItem<?> item) {
        if (item.getAlias() != null) {
            return item.getAlias().getName();
        }
        return item.getExpression() instanceof Column c ? c.getColumnName() : null;
    }

    /** Names compare without their quotes and, unquoted, without case. */
    private static String key(String name) {
        boolean quoted = name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '`' || name.charAt(0) == '[');
        return quoted ? name.substring(1, name.length() - 1) : name.toLowerCase(Locale.ROOT);
    }

    private static boolean isOutputName(Column c, List<String> names) {
        if (c.getTable() != null && c.getTable().getName() != null) {
            return false;
        }
        String k = key(c.getColumnName());
        return names.stream().anyMatch(n -> key(n).equals(k));
    }

    /**
     * {@code e} with each window function replaced by the column of a new inner select item ({@code _w},
     * {@code _w_2}, ..); the replaced ones are added to {@code windows} and {@code innerItems}.
     */
    private static Expression replaceWindows(Expression e, List<AnalyticExpression> windows, Set<String> taken,
                                             List<SelectItem<?>> innerItems) {
        if (e instanceof AnalyticExpression window) {
            String alias = WINDOW_ALIAS;
            for (int n = 2; taken.contains(key(alias)); n++) {
                alias = WINDOW_ALIAS + "_" + n;
            }
            taken.add(key(alias));
            windows.add(window);
            innerItems.add(SelectItem.from(window, new Alias(alias, true)));
            return new Column(alias);
        }
        if (e instanceof BinaryExpression b) {
            b.setLeftExpression(replaceWindows(b.getLeftExpression(), windows, taken, innerItems));
            b.setRightExpression(replaceWindows(b.getRightExpression(), windows, taken, innerItems));
        } else if (e instanceof NotExpression not) {
            not.setExpression(replaceWindows(not.getExpression(), windows, taken, innerItems));
        } else if (e instanceof SignedExpression signed) {
            signed.setExpression(replaceWindows(signed.getExpression(), windows, taken, innerItems));
        } else if (e instanceof IsNullExpression isNull) {
            isNull.setLeftExpression(replaceWindows(isNull.getLeftExpression(), windows, taken, innerItems));
        } else if (e instanceof Between between) {
            between.setLeftExpression(replaceWindows(between.getLeftExpression(), windows, taken, innerItems));
            between.setBetweenExpressionStart(replaceWindows(between.getBetweenExpressionStart(), windows, taken, innerItems));
            between.setBetweenExpressionEnd(replaceWindows(between.getBetweenExpressionEnd(), windows, taken, innerItems));
        } else if (e instanceof InExpression in) {
            in.setLeftExpression(replaceWindows(in.getLeftExpression(), windows, taken, innerItems));
        } else if (e instanceof ExpressionList<?> list) {
            @SuppressWarnings("unchecked")
            List<Expression> elements = (List<Expression>) list;
            for (int i = 0; i < elements.size(); i++) {
                elements.set(i, replaceWindows(elements.get(i), windows, taken, innerItems));
            }
        }
        return e;
    }

    private static boolean containsWindow(Expression e) {
        boolean[] found = {false};
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(AnalyticExpression window, S context) {
                found[0] = true;
                return null;
            }
        }, null);
        return found[0];
    }

    /** Outside the derived table only its output columns have names. */
    private static void requireOutputColumns(Expression condition, List<String> names, Set<String> windowAliases,
                                             Renderer r) {
        condition.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S context) {
                if (!isOutputName(column, names) && !windowAliases.contains(column.getColumnName())) {
                    throw r.unsupported("QUALIFY naming " + column + ", which is not an output column of the select");
                }
                return null;
            }
        }, null);
    }
}
