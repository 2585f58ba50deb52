package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.target.Pagination;
import dev.alchemy.translator.target.Renderer;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.Top;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the forms of a source dialect into the canonical form the {@link dev.alchemy.translator.target.TargetDialect}
 * hooks document (e.g. SQL Server {@code TOP}, {@code GETDATE()}, {@code LEN}, {@code ISNULL}, string {@code +};
 * MySQL {@code IFNULL}, {@code LIMIT m, n}; PostgreSQL {@code STRPOS}). Source-specific, target-agnostic.
 */
final class SourceReader {
    private final Dialect source;

    SourceReader(Dialect source) {
        this.source = source;
    }

    /** Canonical upper-case spelling of a time key expression ({@code CURRENT_TIMESTAMP} ...). */
    static String timeKey(TimeKeyExpression key) {
        String k = key.getStringValue().toUpperCase(Locale.ROOT).replace(" ", "_");
        if (k.endsWith("()")) {
            k = k.substring(0, k.length() - 2);
        }
        return k;
    }

    /** The operands of a {@code ||} chain, left to right. */
    static List<Expression> flattenConcat(Concat concat) {
        List<Expression> operands = new ArrayList<>(4);
        addConcatOperands(concat, operands);
        return operands;
    }

    private static void addConcatOperands(Expression e, List<Expression> operands) {
        if (e instanceof Concat c) {
            addConcatOperands(c.getLeftExpression(), operands);
            addConcatOperands(c.getRightExpression(), operands);
        } else {
            operands.add(e);
        }
    }

    /** A function call in canonical form: the same instance when nothing is to be read. */
    Expression readFunction(Function f, Renderer r) {
        return FunctionReading.read(f, source);
    }

    /** SQL Server's string {@code +} becomes {@code ||}; anything else is returned as is. */
    Expression readAddition(Addition addition) {
        return addition;
    }

    /** In-place reading of select-level source forms (none beyond pagination yet). */
    void readPlainSelect(PlainSelect select) {
    }

    /** In-place reading of insert-level source forms (MySQL ON DUPLICATE KEY UPDATE -> ON CONFLICT). */
    void readInsert(Insert insert) {
    }

    /**
     * Removes LIMIT / OFFSET / FETCH / TOP from {@code select} and returns them as one {@link Pagination}, or null
     * when the select has none.
     */
    Pagination takePagination(Select select) {
        Expression rowCount = null;
        Expression offset = null;
        Limit limit = select.getLimit();
        Offset off = select.getOffset();
        Fetch fetch = select.getFetch();
        Top top = select instanceof PlainSelect ps ? ps.getTop() : null;
        if (limit == null && off == null && fetch == null && top == null) {
            return null;
        }
        if (limit != null) {
            if (!limit.isLimitAll() && !limit.isLimitNull()) {
                rowCount = limit.getRowCount();
            }
            offset = limit.getOffset();
            select.setLimit(null);
        }
        if (off != null) {
            offset = off.getOffset();
            select.setOffset(null);
        }
        if (fetch != null) {
            rowCount = fetch.getExpression();
            select.setFetch(null);
        }
        if (top != null) {
            rowCount = top.getExpression();
            ((PlainSelect) select).setTop(null);
        }
        return new Pagination(offset, rowCount);
    }
}
