package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.target.NullSorting;
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

import dev.alchemy.translator.target.SqlType;
import dev.alchemy.translator.target.Upsert;
import dev.alchemy.translator.target.UnsupportedConstructException;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.update.UpdateSet;

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

    /** The source dialect's default NULL placement; portable SQL leaves it unspecified (ISO: implementation-defined). */
    static NullSorting nullSorting(Dialect source) {
        switch (source) {
            case POSTGRESQL: return NullSorting.LAST;
            case SQLSERVER: case MYSQL: case SQLITE: case H2: return NullSorting.FIRST;
            default: return NullSorting.UNSPECIFIED;
        }
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

    /**
     * The text a string literal denotes, or null when it is to be rendered as written: PostgreSQL's
     * {@code E'..'} and MySQL's literals use backslash escapes, SQL Server's {@code N'..'} is a plain string.
     */
    String literalText(StringValue s) {
        String prefix = s.getPrefix();
        String raw = s.getValue();
        boolean escapes = (prefix != null && prefix.equalsIgnoreCase("E")) || (source == Dialect.MYSQL && raw.indexOf('\\') >= 0);
        boolean national = prefix != null && prefix.equalsIgnoreCase("N");
        if (!escapes && !national && raw.indexOf('\\') < 0) {
            return null;
        }
        if (prefix != null && !escapes && !national) {
            return null; // X'..', B'..' and other typed literals
        }
        String text = raw.replace("''", "'");
        return escapes ? unescapeBackslashes(text) : text;
    }

    private String unescapeBackslashes(String s) {
        return source == Dialect.MYSQL ? unescapeMySql(s) : unescapePostgres(s);
    }

    /** MySQL's string escapes; {@code \%} and {@code \_} keep their backslash (they are LIKE escapes). */
    static String unescapeMySql(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case '0': out.append('\0'); break;
                case 'Z': out.append((char) 26); break;
                case '%': case '_': out.append('\\').append(next); break;
                default: out.append(next);
            }
        }
        return out.toString();
    }

    /**
     * PostgreSQL's {@code E'..'} escapes: {@code \b \f \n \r \t}, octal {@code \o \oo \ooo}, hex {@code \xh \xhh},
     * Unicode backslash-u plus 4 hex digits and backslash-U plus 8; any other escaped character stands for itself.
     */
    static String unescapePostgres(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == n) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'x': {
                    int end = digitsEnd(s, i + 1, 2, 16);
                    if (end == i + 1) {
                        out.append('x'); // \x without hex digits is a plain x
                    } else {
                        out.append((char) Integer.parseInt(s.substring(i + 1, end), 16));
                        i = end - 1;
                    }
                    break;
                }
                case 'u': case 'U': {
                    int len = next == 'u' ? 4 : 8;
                    int end = digitsEnd(s, i + 1, len, 16);
                    long codePoint = end - (i + 1) == len ? Long.parseLong(s.substring(i + 1, end), 16) : -1;
                    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
                        // PostgreSQL rejects it too: a syntax error in the source, not a missing feature of the target
                        throw new IllegalArgumentException("invalid Unicode escape in an E'..' string: \\"
                                + s.substring(i, Math.min(s.length(), i + 1 + len)));
                    }
                    out.appendCodePoint((int) codePoint);
                    i = end - 1;
                    break;
                }
                default:
                    if (next >= '0' && next <= '7') {
                        int end = digitsEnd(s, i, 3, 8);
                        out.append((char) (Integer.parseInt(s.substring(i, end), 8) & 0xFF));
                        i = end - 1;
                    } else {
                        out.append(next);
                    }
            }
        }
        return out.toString();
    }

    /** The end of at most {@code max} digits of {@code radix} starting at {@code from}. */
    private static int digitsEnd(String s, int from, int max, int radix) {
        int k = from;
        while (k < s.length() && k - from < max && Character.digit(s.charAt(k), radix) >= 0) {
            k++;
        }
        return k;
    }

    /**
     * SQL Server's string {@code +} becomes {@code ||} when an operand is evidently a string (a literal, a
     * concatenation, a string function or a cast to a character type); anything else is returned as is.
     */
    Expression readAddition(Addition addition) {
        if (source != Dialect.SQLSERVER) {
            return addition;
        }
        if (isStringy(addition.getLeftExpression()) || isStringy(addition.getRightExpression())) {
            // a + ' ' + b parses as ((a + ' ') + b): the whole left chain is concatenation too
            Expression left = addition.getLeftExpression() instanceof Addition inner ? readAddition(inner)
                    : addition.getLeftExpression();
            return new Concat(left, addition.getRightExpression());
        }
        return addition;
    }

    /**
     * MySQL's {@code /} never truncates (integers divide to a decimal) and gives NULL for a zero divisor; elsewhere
     * integer division truncates and zero is an error. A MySQL division is read as
     * {@code CAST(a AS DOUBLE) / NULLIF(b, 0)}, leaving out what a literal operand makes unnecessary.
     */
    Expression readDivision(net.sf.jsqlparser.expression.operators.arithmetic.Division division) {
        if (source != Dialect.MYSQL || division instanceof ReadDivision) {
            return division;
        }
        Expression left = division.getLeftExpression();
        Expression right = division.getRightExpression();
        if (!(left instanceof net.sf.jsqlparser.expression.DoubleValue)) {
            CastExpression cast = new CastExpression();
            cast.setLeftExpression(left);
            cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("DOUBLE PRECISION"));
            left = cast;
        }
        boolean nonZeroLiteral = (right instanceof net.sf.jsqlparser.expression.LongValue l && l.getValue() != 0)
                || (right instanceof net.sf.jsqlparser.expression.DoubleValue d && d.getValue() != 0);
        if (!nonZeroLiteral) {
            right = new Function("NULLIF", right, new net.sf.jsqlparser.expression.LongValue(0));
        }
        ReadDivision read = new ReadDivision();
        read.setLeftExpression(left);
        read.setRightExpression(right);
        return read;
    }

    /** A division this reader built, so that rendering it does not read it again. */
    private static final class ReadDivision extends net.sf.jsqlparser.expression.operators.arithmetic.Division {
    }

    private static boolean isStringy(Expression e) {
        if (e instanceof StringValue || e instanceof Concat) {
            return true;
        }
        if (e instanceof Addition a) {
            return isStringy(a.getLeftExpression()) || isStringy(a.getRightExpression());
        }
        if (e instanceof Function f && f.getName() != null) {
            switch (f.getName().toUpperCase(Locale.ROOT)) {
                case "CONCAT": case "UPPER": case "LOWER": case "SUBSTRING": case "LTRIM": case "RTRIM": case "TRIM":
                case "REPLACE": case "LEFT": case "RIGHT": case "FORMAT": case "STR": case "REPLICATE": case "REVERSE":
                case "CONCAT_WS": case "STRING_AGG": case "QUOTENAME":
                    return true;
                default:
                    return false;
            }
        }
        if (e instanceof CastExpression c) {
            SqlType.Kind k = SqlType.read(c.getColDataType()).kind();
            return k == SqlType.Kind.VARCHAR || k == SqlType.Kind.CHAR || k == SqlType.Kind.TEXT;
        }
        return false;
    }

    /** In-place reading of select-level source forms (none beyond pagination yet). */
    void readPlainSelect(PlainSelect select) {
    }

    /**
     * The upsert clause of an INSERT in canonical form, or null: PostgreSQL/SQLite {@code ON CONFLICT}, or MySQL
     * {@code ON DUPLICATE KEY UPDATE} whose {@code VALUES(c)} is read as {@code EXCLUDED.c}.
     */
    static Upsert upsert(Insert insert) {
        InsertConflictAction action = insert.getConflictAction();
        if (action != null) {
            InsertConflictTarget t = insert.getConflictTarget();
            List<String> columns = t == null || t.getIndexColumnNames() == null ? List.of() : t.getIndexColumnNames();
            if (t != null && !plainColumns(t, columns)) {
                // JSqlParser 5.4 reads ON CONFLICT (a, lower(b)); the canonical upsert holds column names only
                throw new UnsupportedConstructException("ON CONFLICT on an expression or collation", null);
            }
            boolean nothing = action.getConflictActionType() == ConflictActionType.DO_NOTHING;
            List<UpdateSet> sets = action.getUpdateSets() == null ? List.of() : action.getUpdateSets();
            return new Upsert(columns, nothing, sets, action.getWhereExpression());
        }
        List<UpdateSet> duplicate = insert.getDuplicateUpdateSets();
        if (duplicate != null && !duplicate.isEmpty()) {
            for (UpdateSet set : duplicate) {
                ExpressionList<?> values = set.getValues();
                @SuppressWarnings("unchecked")
                List<Expression> list = (List<Expression>) values;
                for (int i = 0; i < list.size(); i++) {
                    list.set(i, readValuesFunction(list.get(i)));
                }
            }
            return new Upsert(List.of(), false, duplicate, null);
        }
        return null;
    }

    /** Whether the conflict target is exactly its column names (no expression, no COLLATE or operator class). */
    private static boolean plainColumns(InsertConflictTarget target, List<String> columns) {
        if (target.getIndexExpression() != null) {
            return false;
        }
        List<net.sf.jsqlparser.statement.create.table.Index.ColumnParams> elements = target.getIndexElements();
        if (elements == null) {
            return true;
        }
        if (elements.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < elements.size(); i++) {
            if (!elements.get(i).toString().equals(columns.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** MySQL's {@code VALUES(c)} inside ON DUPLICATE KEY UPDATE is the proposed value: {@code EXCLUDED.c}. */
    private static Expression readValuesFunction(Expression e) {
        if (e instanceof Function f && "VALUES".equalsIgnoreCase(f.getName()) && f.getParameters() != null
                && f.getParameters().size() == 1 && f.getParameters().get(0) instanceof Column c) {
            return new Column(new Table("EXCLUDED"), c.getColumnName());
        }
        return e;
    }

    /**
     * Removes LIMIT / OFFSET / FETCH / TOP from {@code select} and returns them as one {@link Pagination}, or null
     * when the select has none.
     */
    Pagination takePagination(Select select) {
        Expression rowCount = null;
        Expression offset = null;
        boolean offsetFirst = false;
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
            if (limit.getOffset() != null) {
                offset = limit.getOffset(); // MySQL's LIMIT m, n
                offsetFirst = true;
            }
            select.setLimit(null);
        }
        if (off != null) {
            offset = off.getOffset();
            select.setOffset(null);
        }
        if (fetch != null) {
            offsetFirst = off != null;
            rowCount = fetch.getExpression();
            if (rowCount == null) {
                // FETCH FIRST ROW ONLY: one row
                rowCount = new net.sf.jsqlparser.expression.LongValue(1);
            }
            select.setFetch(null);
        }
        if (top != null) {
            rowCount = top.getExpression();
            ((PlainSelect) select).setTop(null);
        }
        if (top != null && (top.isPercentage() || top.isWithTies())) {
            throw new UnsupportedConstructException("TOP .. PERCENT / WITH TIES", null);
        }
        if (rowCount == null && offset == null) {
            return null; // LIMIT ALL
        }
        // The source order only matters when both are ? markers (whose bound values would otherwise swap).
        boolean markers = offset instanceof JdbcParameter && rowCount instanceof JdbcParameter;
        return new Pagination(offset, rowCount, offsetFirst && markers);
    }
}
