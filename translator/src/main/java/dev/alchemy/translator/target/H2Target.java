package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.List;

/**
 * The rules for H2 (2.x, regular mode) targets: ISO pagination and identity, native {@code ILIKE}, {@code LOCATE},
 * {@code LISTAGG .. WITHIN GROUP}, upsert as {@code MERGE INTO .. USING}, and {@code INSERT .. RETURNING} as
 * {@code SELECT .. FROM FINAL TABLE (INSERT ..)} (H2's data change delta table), which keeps it a query.
 */
public class H2Target extends TargetDialect {
    public H2Target() {
        super(Dialect.H2);
    }

    @Override
    public NullSorting nullSorting() {
        return NullSorting.FIRST;
    }

    @Override
    public boolean rendersPlainSqlUnchanged() {
        return true;
    }

    @Override
    protected boolean hasNativeILike() {
        return true;
    }

    @Override
    public void renderExtract(String field, Expression value, Renderer r) {
        if (field.equals("DOW")) {
            // H2 numbers Sunday 1 .. Saturday 7; PostgreSQL Sunday 0 .. Saturday 6.
            r.append("(EXTRACT(DOW FROM ").expression(value).append(") - 1)");
            return;
        }
        super.renderExtract(field, value, r);
    }

    @Override
    public void renderRegexMatch(net.sf.jsqlparser.expression.Expression value, net.sf.jsqlparser.expression.Expression pattern,
            boolean caseSensitive, boolean negated, Renderer r) {
        r.append(negated ? "NOT " : "").append("REGEXP_LIKE(").expression(value).append(", ").expression(pattern)
                .append(caseSensitive ? ", 'c')" : ", 'i')");
    }

    /** H2's date - date is an INTERVAL. */
    @Override
    public void renderDateDifference(net.sf.jsqlparser.expression.Expression later, net.sf.jsqlparser.expression.Expression earlier,
            Renderer r) {
        r.append("DATEDIFF(DAY, ").expression(earlier).append(", ").expression(later).append(")");
    }

    @Override
    public boolean renderExpression(net.sf.jsqlparser.expression.Expression expression, Renderer r) {
        if (expression instanceof net.sf.jsqlparser.expression.JsonExpression) {
            throw r.unsupported("the JSON operators -> and ->> (H2 has no JSON path access)");
        }
        if (expression instanceof net.sf.jsqlparser.expression.operators.relational.JsonOperator op) {
            throw r.unsupported("the operator " + op.getStringExpression());
        }
        return false;
    }

    @Override
    public boolean renderStatement(net.sf.jsqlparser.statement.Statement statement, Renderer r) {
        isoSequenceOptions(statement);
        if (statement instanceof net.sf.jsqlparser.statement.truncate.Truncate truncate) {
            DmlRewrites.truncatedTable(truncate, r);
            truncate.setTableToken(true); // H2 requires TRUNCATE TABLE
            return false;
        }
        if (statement instanceof net.sf.jsqlparser.statement.update.Update update && update.getFromItem() != null) {
            DmlRewrites.renderUpdateFromAsMerge(update, r);
            return true;
        }
        if (statement instanceof net.sf.jsqlparser.statement.delete.Delete delete) {
            DmlRewrites.deleteUsingAsExists(delete);
            if (delete.getReturningClause() != null) {
                renderDeltaTable("OLD", delete.getReturningClause(), () -> delete.setReturningClause(null), delete, r);
                return true;
            }
        }
        if (statement instanceof net.sf.jsqlparser.statement.update.Update update && update.getReturningClause() != null) {
            renderDeltaTable("FINAL", update.getReturningClause(), () -> update.setReturningClause(null), update, r);
            return true;
        }
        return FullJoinEmulation.render(statement, r);
    }

    @Override
    public void rewriteSelect(net.sf.jsqlparser.statement.select.PlainSelect select, Renderer r) {
        if (select.getJoins() != null) {
            for (net.sf.jsqlparser.statement.select.Join join : select.getJoins()) {
                if (join.isFull()) {
                    throw r.unsupported("FULL OUTER JOIN in a subquery or with other joins");
                }
                if (join.isApply()) {
                    throw r.unsupported("CROSS/OUTER APPLY");
                }
            }
        }
    }

    @Override
    public void renderDateTrunc(String unit, Expression value, Renderer r) {
        // H2's WEEK starts on the locale's first day; PostgreSQL's weeks start on Monday (ISO)
        super.renderDateTrunc(unit.equals("week") ? "ISO_WEEK" : unit, value, r);
    }

    @Override
    public boolean renderFunction(net.sf.jsqlparser.expression.Function f, Renderer r) {
        if (f.getName().equals("RANDOM") && args(f).isEmpty()) {
            r.append("RAND()");
            return true;
        }
        if (f.getName().equals("UUID") && args(f).isEmpty()) {
            r.append("RANDOM_UUID()");
            return true;
        }
        return false;
    }

    @Override
    public void renderPosition(Expression needle, Expression haystack, Renderer r) {
        r.append("LOCATE(").expression(needle).append(", ").expression(haystack).append(")");
    }

    @Override
    public void renderStringAgg(boolean distinct, Expression value, Expression separator, List<OrderByElement> orderBy,
                                Renderer r) {
        r.append("LISTAGG(").append(distinct ? "DISTINCT " : "").expression(value).append(", ").expression(separator)
                .append(")");
        if (!orderBy.isEmpty()) {
            r.append(" WITHIN GROUP (ORDER BY ").orderBy(orderBy).append(")");
        }
    }

    @Override
    public String typeName(SqlType t) {
        switch (t.kind()) {
            // H2's TEXT is a CLOB, which cannot be compared or grouped like a string; VARCHAR has no length limit to speak of.
            case TEXT: return "VARCHAR";
            default: return super.typeName(t);
        }
    }

    @Override
    public void rewriteCreateIndex(CreateIndex index, Renderer r) {
        if (index.getIndex() != null) {
            index.getIndex().setUsing(null);
        }
    }

    @Override
    public void renderInsertStatement(Insert insert, Upsert upsert, List<SelectItem<?>> returning, Renderer r) {
        if (returning != null) {
            if (upsert != null) {
                throw r.unsupported("INSERT .. ON CONFLICT .. RETURNING");
            }
            r.append("SELECT ").selectItems(returning).append(" FROM FINAL TABLE (").insertCore(insert).append(")");
            return;
        }
        if (upsert == null) {
            r.insertCore(insert);
            return;
        }
        H2Merge.render(insert, upsert, r);
    }

    /**
     * PostgreSQL's {@code UPDATE/DELETE .. RETURNING} as H2's data change delta table, {@code SELECT .. FROM FINAL
     * TABLE (UPDATE ..)} or {@code OLD TABLE (DELETE ..)}: still a query, whose columns are the table's, unqualified.
     */
    private static void renderDeltaTable(String kind, List<SelectItem<?>> returning, Runnable dropReturning,
            net.sf.jsqlparser.statement.Statement statement, Renderer r) {
        List<SelectItem<?>> items = DmlRewrites.unqualified(returning);
        dropReturning.run();
        r.append("SELECT ").selectItems(items).append(" FROM ").append(kind).append(" TABLE (").statement(statement).append(")");
    }

    @Override
    public String temporaryTableKeyword() {
        return "LOCAL TEMPORARY";
    }

    @Override
    protected void renderElapsedSeconds(Expression from, Expression to, Renderer r) {
        // H2's DATEDIFF counts unit boundaries crossed; millisecond boundaries then whole seconds truncate like MySQL
        r.append("DATEDIFF(MILLISECOND, ").expression(from).append(", ").expression(to).append(") / 1000");
    }
}
