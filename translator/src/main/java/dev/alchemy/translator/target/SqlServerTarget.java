package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Top;
import net.sf.jsqlparser.statement.update.Update;

/**
 * The rules for SQL Server (T-SQL, SQL Server 2017 and later; Azure SQL). What changes and why:
 * <ul>
 * <li>Row windows: {@code TOP n} when there is no offset; otherwise {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY},
 * which SQL Server only accepts after an ORDER BY, so {@code ORDER BY (SELECT NULL)} (a set operation:
 * {@code ORDER BY 1}) is added when the query has none. {@code ?} markers keep their bound order: a marker row
 * count becomes {@code TOP (?)} only when nothing else in the select binds a value, and {@code LIMIT ? OFFSET ?}
 * (whose values OFFSET .. FETCH takes in the other order) comes back from {@code SqlTranslator.translateStatement}
 * with the order to bind them in (the JDBC driver rebinds) and is refused by the string API.</li>
 * <li>Booleans: SQL Server has no boolean type in expressions: literals become {@code 1}/{@code 0} (BIT), and a
 * bare boolean in a condition ({@code WHERE active}, {@code NOT active}) becomes {@code active = 1}/{@code = 0}
 * (see {@link SqlServerRewrites}).</li>
 * <li>{@code ||} becomes {@code +}. {@code +} propagates NULL like {@code ||} (CONCAT would turn NULL into ''),
 * but it adds numbers and fails on a number next to text, so every operand that is not evidently text is cast
 * to {@code NVARCHAR(MAX)}; number literals become text literals.</li>
 * <li>Quoting {@code [x]}; text literals with characters outside ASCII get the {@code N} prefix so they survive a
 * non-Unicode collation.</li>
 * <li>Dates: {@code DATEPART}, {@code DATEADD}, {@code DATE_TRUNC} as {@code DATEADD(unit, DATEDIFF(unit, base,
 * x), base)} (works on every version, unlike 2022's {@code DATETRUNC}), {@code CURRENT_TIMESTAMP} (the ANSI
 * spelling of {@code GETDATE()}; {@code NOW()} is read into it).</li>
 * <li>Types: {@code BIT}, {@code NVARCHAR(MAX)}, {@code DATETIME2}, {@code VARBINARY(MAX)}, {@code UNIQUEIDENTIFIER},
 * {@code FLOAT}, {@code IDENTITY(seed, increment)}.</li>
 * <li>{@code RETURNING} becomes {@code OUTPUT INSERTED.x} / {@code OUTPUT DELETED.x}; upserts become
 * {@code MERGE .. WITH (HOLDLOCK)} (see {@link SqlServerMerge}).</li>
 * </ul>
 */
public class SqlServerTarget extends TargetDialect {
    /** T-SQL's VARCHAR/VARBINARY(n) stop at 8000; longer ones are (MAX). */
    private static final int MAX_INLINE_LENGTH = 8000;

    public SqlServerTarget() {
        super(Dialect.SQLSERVER);
    }

    @Override
    public String quoteIdentifier(String name) {
        return '[' + name.replace("]", "]]") + ']';
    }

    // ------------------------------------------------------------------------------------------ statements

    @Override
    public boolean renderStatement(Statement statement, Renderer r) {
        isoSequenceOptions(statement);
        if (statement instanceof Update update) {
            DmlRewrites.updateNamingItsAlias(update);
        } else if (statement instanceof Delete delete && delete.getReturningClause() == null) {
            DmlRewrites.deleteNamingItsTable(delete);
        }
        SqlServerRewrites.apply(statement, r);
        if (statement instanceof Update update && update.getReturningClause() != null) {
            update.setOutputClause(SqlServerMerge.output("INSERTED", update.getReturningClause(), r));
            update.setReturningClause(null);
            return false;
        }
        if (statement instanceof Delete delete && delete.getReturningClause() != null) {
            renderDeleteReturning(delete, r);
            return true;
        }
        return SqlServerDdl.render(statement, r);
    }

    /** T-SQL refuses date - date. */
    @Override
    public void renderDateDifference(net.sf.jsqlparser.expression.Expression later, net.sf.jsqlparser.expression.Expression earlier,
            Renderer r) {
        r.append("DATEDIFF(day, ").expression(earlier).append(", ").expression(later).append(")");
    }

    /**
     * PostgreSQL's {@code x ->> 'a'}: JSON_QUERY gives an object or array member as JSON text and JSON_VALUE a scalar
     * unquoted, each NULL for the other kind, so together they give what ->> gives (JSON_VALUE's lax mode returns
     * NULL for a string over 4,000 characters). {@code ->} would need a scalar as JSON text, which T-SQL cannot
     * make, and {@code @>} has no T-SQL form.
     */
    @Override
    public boolean renderExpression(net.sf.jsqlparser.expression.Expression expression, Renderer r) {
        if (expression instanceof net.sf.jsqlparser.expression.JsonExpression json) {
            JsonOperators.Chain chain = JsonOperators.read(json, r);
            if (!chain.text()) {
                throw r.unsupported("the JSON operator -> (T-SQL's JSON_QUERY returns objects and arrays only: read a"
                        + " member as text with ->>)");
            }
            r.append("ISNULL(");
            JsonOperators.call("JSON_QUERY", chain, r);
            r.append(", ");
            JsonOperators.call("JSON_VALUE", chain, r);
            r.append(")");
            return true;
        }
        if (expression instanceof net.sf.jsqlparser.expression.operators.relational.JsonOperator op) {
            throw r.unsupported("the operator " + op.getStringExpression());
        }
        return false;
    }

    @Override
    public String terminator(Statement statement) {
        return statement instanceof net.sf.jsqlparser.statement.merge.Merge ? ";" : "";
    }

    /** DELETE .. RETURNING: JSqlParser would print OUTPUT before FROM, so this one is written here. */
    private void renderDeleteReturning(Delete delete, Renderer r) {
        if (!isEmpty(delete.getJoins()) || !isEmpty(delete.getUsingList()) || !isEmpty(delete.getTables())
                || delete.getLimit() != null || !isEmpty(delete.getOrderByElements())
                || !isEmpty(delete.getWithItemsList())) {
            throw r.unsupported("DELETE .. RETURNING with joins, USING, ORDER BY, LIMIT or WITH");
        }
        net.sf.jsqlparser.schema.Table table = delete.getTable();
        net.sf.jsqlparser.expression.Alias alias = table.getAlias();
        // T-SQL takes no alias after DELETE FROM t: an aliased delete names the alias and lists the table in FROM
        r.append(alias == null ? "DELETE FROM " + table : "DELETE " + alias.getName()).append(" OUTPUT ");
        r.selectItems(SqlServerMerge.output("DELETED", delete.getReturningClause(), r).getSelectItemList());
        if (alias != null) {
            alias.setUseAs(true);
            r.append(" FROM ").append(table.toString());
        }
        if (delete.getWhere() != null) {
            r.append(" WHERE ").expression(delete.getWhere());
        }
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    // ------------------------------------------------------------------------------------------ pagination

    @Override
    public void applyPagination(Select select, Pagination page, Renderer r) {
        if (select instanceof ParenthesedSelect) {
            throw r.unsupported("LIMIT/OFFSET applied to a parenthesised query");
        }
        Expression count = page.rowCount();
        Expression offset = page.offset();
        if (count instanceof LongValue zero && zero.getValue() == 0 && !SqlServerMarkers.any(offset)) {
            offset = null; // FETCH NEXT 0 ROWS is an error in SQL Server; no rows is TOP 0 whatever the offset
        }
        if (offset == null && select instanceof PlainSelect plain && topKeepsMarkerOrder(plain, count)) {
            Top top = new Top();
            top.setExpression(count);
            top.setParenthesis(!(count instanceof LongValue));
            plain.setTop(top);
            return;
        }
        if (offset != null && count != null && !page.offsetFirst()
                && SqlServerMarkers.any(offset) && SqlServerMarkers.any(count)) {
            // the only way SQL Server can page with both values bound: fine for a caller that rebinds
            r.reorderMarkersFor("LIMIT ? OFFSET ? with both values bound as ? markers (SQL Server's OFFSET .. FETCH"
                    + " takes the offset first, so the bound values would swap); write the ISO form"
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY, which binds the offset first");
        }
        if (offset == null && select instanceof SetOperationList list && isEmpty(list.getOrderByElements())
                && namesItsColumns(list) && (!SqlServerMarkers.any(count) || !SqlServerMarkers.anyInText(list.toString()))) {
            limitAsDerivedTable(list, count);
            return;
        }
        if (select.getOrderByElements() == null || select.getOrderByElements().isEmpty()) {
            // OFFSET .. FETCH needs an ORDER BY; a set operation may only order by its output columns.
            Expression anyOrder = select instanceof SetOperationList ? new LongValue(1) : selectNull();
            select.setOrderByElements(new ArrayList<>(List.of(new OrderByElement().withExpression(anyOrder))));
        }
        select.setOffset(new Offset().withOffset(offset == null ? new LongValue(0) : offset).withOffsetParam("ROWS"));
        if (count != null) {
            Fetch fetch = new Fetch();
            fetch.setExpression(count);
            fetch.setFetchParamFirst(false);
            fetch.addFetchParameter("ROWS");
            fetch.addFetchParameter("ONLY");
            select.setFetch(fetch);
        }
    }

    /**
     * A row count on a set operation without ORDER BY: {@code SELECT TOP n * FROM (a UNION b) AS _l_0} (SQLGlot's
     * form), which takes any n rows without the sort that OFFSET .. FETCH would need. The set operation becomes the
     * derived table in place (its WITH stays in front).
     */
    private static void limitAsDerivedTable(SetOperationList list, Expression count) {
        SetOperationList inner = new SetOperationList();
        inner.setBracketsOpsAndSelects(new ArrayList<>(list.getSelects()), new ArrayList<>(list.getOperations()));
        PlainSelect outer = new PlainSelect();
        outer.addSelectItems(new AllColumns());
        outer.setFromItem(new ParenthesedSelect().withSelect(inner).withAlias(new Alias("_l_0", true)));
        Top top = new Top();
        top.setExpression(count);
        top.setParenthesis(!(count instanceof LongValue));
        outer.setTop(top);
        list.setBracketsOpsAndSelects(new ArrayList<Select>(List.of(outer)), new ArrayList<>());
    }

    /**
     * Whether the columns of a set operation have names T-SQL accepts for a derived table: each item of its first
     * select a column or aliased, no two alike, or {@code *} over a single table.
     */
    private static boolean namesItsColumns(SetOperationList list) {
        Select first = list.getSelects().get(0);
        if (!(first instanceof PlainSelect plain)) {
            return false;
        }
        List<SelectItem<?>> items = plain.getSelectItems();
        if (items.size() == 1 && items.get(0).getExpression() instanceof AllColumns) {
            return isEmpty(plain.getJoins()) && plain.getFromItem() instanceof net.sf.jsqlparser.schema.Table;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (SelectItem<?> item : items) {
            String name = item.getAlias() != null ? item.getAlias().getName()
                    : item.getExpression() instanceof Column c ? c.getColumnName() : null;
            if (name == null || !names.add(SqlServerMerge.unquoted(name).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * TOP sits before the select list, so a row count that is a {@code ?} marker may move there only when no other
     * marker of this select would then come after it.
     */
    private static boolean topKeepsMarkerOrder(PlainSelect select, Expression count) {
        return !SqlServerMarkers.any(count) || !SqlServerMarkers.anyInText(select.toString());
    }

    private static Expression selectNull() {
        PlainSelect nothing = new PlainSelect();
        nothing.addSelectItems(new NullValue());
        return new ParenthesedSelect().withSelect(nothing);
    }

    /**
     * Explicit NULLS FIRST/LAST left for the renderer (windows, aggregates: select and set-operation ORDER BY
     * are done with their select list at hand in {@link SqlServerRewrites}). PostgreSQL's implicit NULLS LAST is
     * deliberately not emulated ({@link #nullSorting()} stays unspecified): a leading IS NULL key on every ORDER BY
     * would force a sort where SQL Server can read an index in order.
     */
    @Override
    public List<OrderByElement> rewriteOrderBy(List<OrderByElement> elements, Renderer r) {
        if (elements == null || elements.stream().allMatch(e -> e.getNullOrdering() == null)) {
            return elements;
        }
        List<OrderByElement> out = new ArrayList<>(elements.size() + 1);
        for (OrderByElement e : elements) {
            OrderByElement.NullOrdering nulls = e.getNullOrdering();
            e.setNullOrdering(null);
            boolean nullsFirst = nulls == OrderByElement.NullOrdering.NULLS_FIRST;
            if (nulls == null || nullsFirst == e.isAsc()) {
                out.add(e);
            } else {
                out.addAll(SqlServerRewrites.nullKeyFirst(e, e.getExpression(), nullsFirst, r));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ literals

    /** T-SQL has no boolean literals; BIT takes 1 and 0. */
    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /** Text outside ASCII gets the N prefix, so it survives a database whose collation is not Unicode. */
    @Override
    public void renderString(String text, Renderer r) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        r.append(ascii ? "'" : "N'").append(text.replace("'", "''")).append("'");
    }

    @Override
    public void renderTimeKey(String key, Renderer r) {
        switch (key) {
            case "CURRENT_DATE" -> r.append("CAST(GETDATE() AS DATE)");
            case "CURRENT_TIME" -> r.append("CAST(GETDATE() AS TIME)");
            case "LOCALTIMESTAMP", "CURRENT_TIMESTAMP" -> r.append("CURRENT_TIMESTAMP");
            default -> r.append(key);
        }
    }

    // ------------------------------------------------------------------------------------------ functions

    @Override
    public boolean renderFunction(Function f, Renderer r) {
        List<Expression> args = args(f);
        int n = args.size();
        switch (f.getName()) {
            case "TO_CHAR":
                // FORMAT's culture fixed, so the separators are the ones written
                DateFormats.render(f, DateFormats.Language.DOTNET, r, (value, format) -> {
                    r.append("FORMAT(").expression(value).append(", ");
                    renderString(format, r);
                    r.append(", 'en-US')");
                });
                return true;
            case "CEIL":
                return call("CEILING", args, r);
            case "POW":
                return call("POWER", args, r);
            case "LN":
                return call("LOG", args, r);
            case "LOG":
                if (n == 1 && r.source() == Dialect.POSTGRESQL) {
                    return call("LOG10", args, r); // PostgreSQL's log(x) is base 10
                }
                if (n == 2) {
                    SqlServerMarkers.requireOrder(r, "LOG(base, x) with ? markers in both arguments", args.get(1), args.get(0));
                    r.append("LOG(").expression(args.get(1)).append(", ").expression(args.get(0)).append(")");
                    return true;
                }
                return false;
            case "OCTET_LENGTH":
                return call("DATALENGTH", args, r);
            case "REPEAT":
                return call("REPLICATE", args, r);
            case "ROUND":
                if (n == 1) {
                    r.append("ROUND(").expression(args.get(0)).append(", 0)");
                    return true;
                }
                return false;
            case "TRUNC": case "TRUNCATE":
                if (n == 1 || n == 2) {
                    // ROUND's third argument truncates instead of rounding
                    r.append("ROUND(").expression(args.get(0)).append(", ");
                    if (n == 2) {
                        r.expression(args.get(1));
                    } else {
                        r.append("0");
                    }
                    r.append(", 1)");
                    return true;
                }
                return false;
            case "MOD":
                if (n == 2) {
                    r.append("(").expression(args.get(0)).append(" % ").expression(args.get(1)).append(")");
                    return true;
                }
                return false;
            case "RANDOM": case "RAND":
                if (n == 0) {
                    // RAND() is evaluated once per query in SQL Server; seeded from NEWID() it is per row.
                    r.append("RAND(CHECKSUM(NEWID()))");
                    return true;
                }
                return false;
            case "UUID": case "GEN_RANDOM_UUID": case "UUID_GENERATE_V4": case "NEWID":
                if (n == 0) {
                    r.append("NEWID()");
                    return true;
                }
                return false;
            case "DATE":
                if (n == 1) {
                    r.append("CAST(").expression(args.get(0)).append(" AS DATE)");
                    return true;
                }
                return false;
            case "CHR":
                return n == 1 && call("NCHAR", args, r); // a code point, like PostgreSQL's chr
            case "MAKE_DATE":
                return n == 3 && call("DATEFROMPARTS", args, r);
            case "MAKE_TIME":
                if (n == 3) {
                    r.append("TIMEFROMPARTS(").expressions(args, ", ").append(", 0, 0)");
                    return true;
                }
                return false;
            case "BOOL_AND": case "EVERY": case "BOOL_OR":
                if (n == 1) {
                    // true/false as 1/0, NULL ignored like PostgreSQL's; all true is MIN = 1, any true is MAX = 1
                    if (SqlServerMarkers.any(args.get(0))) {
                        throw r.unsupported(f.getName() + "() of an expression with ? markers (it would be repeated)");
                    }
                    Expression p = SqlServerRewrites.condition(args.get(0));
                    r.append("CAST(").append(f.getName().equals("BOOL_OR") ? "MAX" : "MIN").append("(CASE WHEN ")
                            .expression(p).append(" THEN 1 WHEN NOT (").expression(p).append(") THEN 0 END) AS BIT)");
                    return true;
                }
                return false;
            case "ARRAY_AGG": case "REGEXP_REPLACE": case "REGEXP_MATCHES":
                throw r.unsupported(f.getName() + "()");
            case "ANY": case "SOME": case "ALL":
                // a subquery is AnyComparisonExpression; a call is PostgreSQL's array form
                throw r.unsupported("= " + f.getName() + "(array) (SQL Server has no arrays: write IN (?, ?, ..))");
            default:
                return false;
        }
    }

    private static boolean call(String name, List<Expression> args, Renderer r) {
        r.append(name).append("(").expressions(args, ", ").append(")");
        return true;
    }

    @Override
    public void renderCharLength(Expression s, Renderer r) {
        // LEN ignores trailing blanks (documented difference: CHAR_LENGTH('a  ') is 3, LEN('a  ') is 1).
        r.append("LEN(").expression(s).append(")");
    }

    @Override
    public void renderPosition(Expression needle, Expression haystack, Renderer r) {
        SqlServerMarkers.requireOrder(r, "STRPOS/INSTR(haystack, needle) with ? markers in both arguments"
                + " (CHARINDEX takes the needle first)", needle, haystack);
        r.append("CHARINDEX(").expression(needle).append(", ").expression(haystack).append(")");
    }

    @Override
    public void renderSubstring(Expression s, Expression start, Expression length, Renderer r) {
        r.append("SUBSTRING(").expression(s).append(", ").expression(start).append(", ");
        if (length != null) {
            r.expression(length);
        } else {
            // T-SQL requires a length. 2^30 - 1 is the most characters an NVARCHAR(MAX) holds, and unlike the
            // largest INT it cannot overflow start + length in engines that add them (H2 does).
            r.append("1073741823");
        }
        r.append(")");
    }

    @Override
    public void renderTrim(String spec, Expression characters, Expression value, Renderer r) {
        if (characters == null) {
            // LTRIM/RTRIM exist on every version; TRIM since 2017
            r.append(spec.equals("LEADING") ? "LTRIM(" : spec.equals("TRAILING") ? "RTRIM(" : "TRIM(")
                    .expression(value).append(")");
        } else if (spec.equals("BOTH")) {
            SqlServerMarkers.requireOrder(r, "TRIM(characters FROM value)", characters, value);
            r.append("TRIM(").expression(characters).append(" FROM ").expression(value).append(")");
        } else {
            throw r.unsupported("TRIM(LEADING/TRAILING characters FROM ..) (SQL Server 2022 only)");
        }
    }

    @Override
    public void renderConcat(List<Expression> operands, Renderer r) {
        boolean fromTsql = r.source() == Dialect.SQLSERVER; // its + already concatenated these operands as text
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                r.append(" + ");
            }
            Expression e = operands.get(i);
            if (fromTsql) {
                r.expression(e);
            } else if (e instanceof LongValue || e instanceof DoubleValue) {
                r.append("'").append(e.toString()).append("'");
            } else if (isEvidentlyText(e)) {
                r.expression(e);
            } else {
                r.append("CAST(").expression(e).append(" AS NVARCHAR(MAX))");
            }
        }
    }

    /** Text whatever the columns' types: T-SQL's + concatenates it without a cast. */
    private static boolean isEvidentlyText(Expression e) {
        if (e instanceof StringValue || e instanceof Concat || e instanceof TrimFunction) {
            return true;
        }
        if (e instanceof CastExpression c) {
            SqlType.Kind k = SqlType.read(c.getColDataType()).kind();
            return k == SqlType.Kind.VARCHAR || k == SqlType.Kind.CHAR || k == SqlType.Kind.TEXT;
        }
        if (e instanceof Function f && f.getName() != null) {
            switch (f.getName().toUpperCase(Locale.ROOT)) {
                case "UPPER": case "LOWER": case "SUBSTRING": case "TRIM": case "LTRIM": case "RTRIM": case "REPLACE":
                case "LEFT": case "RIGHT": case "CONCAT": case "CONCAT_WS": case "REPLICATE": case "REPEAT":
                case "REVERSE": case "STRING_AGG": case "FORMAT": case "QUOTENAME": case "STUFF": case "TRANSLATE":
                    return true;
                default:
                    return false;
            }
        }
        return false;
    }

    @Override
    public void renderStringAgg(boolean distinct, Expression value, Expression separator, List<OrderByElement> orderBy,
                                Renderer r) {
        if (distinct) {
            throw r.unsupported("STRING_AGG(DISTINCT ..) / GROUP_CONCAT(DISTINCT ..)");
        }
        r.append("STRING_AGG(").expression(value).append(", ").expression(separator).append(")");
        if (!orderBy.isEmpty()) {
            r.append(" WITHIN GROUP (ORDER BY ").orderBy(orderBy).append(")");
        }
    }

    // ------------------------------------------------------------------------------------------ date/time

    @Override
    public void renderExtract(String field, Expression value, Renderer r) {
        switch (field) {
            case "YEAR", "QUARTER", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "MILLISECOND", "MICROSECOND" ->
                    datePart(field.toLowerCase(Locale.ROOT), value, r);
            case "DOY", "DAYOFYEAR" -> datePart("dayofyear", value, r);
            case "WEEK" -> datePart("iso_week", value, r); // PostgreSQL's week is the ISO week
            case "DOW" -> {
                // 0 = Sunday whatever SET DATEFIRST says
                r.append("(DATEPART(weekday, ").expression(value).append(") + @@DATEFIRST - 1) % 7");
            }
            case "ISODOW" -> r.append("(DATEPART(weekday, ").expression(value).append(") + @@DATEFIRST + 5) % 7 + 1");
            case "EPOCH" -> r.append("DATEDIFF_BIG(second, '1970-01-01', ").expression(value).append(")");
            default -> throw r.unsupported("EXTRACT(" + field + " FROM ..)");
        }
    }

    private static void datePart(String part, Expression value, Renderer r) {
        r.append("DATEPART(").append(part).append(", ").expression(value).append(")");
    }

    @Override
    public void renderIntervalArithmetic(Expression value, boolean subtract, IntervalValue interval, Renderer r) {
        String unit = interval.unit();
        Expression amount = interval.amount();
        if (amount instanceof DoubleValue d) {
            // DATEADD truncates a fractional amount: '1.5 hours' is spelled as 90 minutes instead
            BigDecimal v = BigDecimal.valueOf(d.getValue());
            while (v.stripTrailingZeros().scale() > 0) {
                switch (unit) {
                    case "WEEK" -> { v = v.multiply(BigDecimal.valueOf(7)); unit = "DAY"; }
                    case "DAY" -> { v = v.multiply(BigDecimal.valueOf(24)); unit = "HOUR"; }
                    case "HOUR" -> { v = v.multiply(BigDecimal.valueOf(60)); unit = "MINUTE"; }
                    case "MINUTE" -> { v = v.multiply(BigDecimal.valueOf(60)); unit = "SECOND"; }
                    default -> throw r.unsupported("a fractional INTERVAL of " + unit);
                }
            }
            amount = new LongValue(v.longValueExact());
        }
        SqlServerMarkers.requireOrder(r, "interval arithmetic with ? markers both in the date and in the amount"
                + " (DATEADD takes the amount first)", amount, value);
        r.append("DATEADD(").append(unit.toLowerCase(Locale.ROOT)).append(", ");
        if (amount instanceof LongValue l) {
            r.append(Long.toString(subtract ? -l.getValue() : l.getValue()));
        } else if (!subtract) {
            r.expression(amount);
        } else if (amount instanceof JdbcParameter || amount instanceof Column) {
            r.append("-").expression(amount);
        } else {
            r.append("-(").expression(amount).append(")");
        }
        r.append(", ").expression(value).append(")");
    }

    @Override
    public void renderDateTrunc(String unit, Expression value, Renderer r) {
        switch (unit) {
            case "year", "quarter", "month", "day", "hour", "minute" -> {
                // whole units since 1900-01-01 added back to it; DATEDIFF(minute, ..) fits an INT until 5983
                r.append("DATEADD(").append(unit).append(", DATEDIFF(").append(unit).append(", '19000101', ")
                        .expression(value).append("), '19000101')");
            }
            case "week" -> {
                // 1900-01-01 was a Monday: whole weeks of days since then start on Monday like PostgreSQL's
                r.append("DATEADD(day, DATEDIFF(day, '19000101', ").expression(value).append(") / 7 * 7, '19000101')");
            }
            default -> throw r.unsupported("DATE_TRUNC('" + unit + "', ..) (DATEDIFF in " + unit
                    + "s overflows; SQL Server 2022 has DATETRUNC)");
        }
    }

    // ------------------------------------------------------------------------------------------ types

    @Override
    public String castType(ColDataType type) {
        return typeName(SqlType.read(type));
    }

    @Override
    public String columnType(ColDataType type) {
        return typeName(SqlType.read(type));
    }

    @Override
    public String typeName(SqlType t) {
        switch (t.kind()) {
            case SMALLINT: return "SMALLINT";
            case INTEGER: return "INT";
            case BIGINT: return "BIGINT";
            case BOOLEAN: return "BIT";
            // T-SQL's bare DECIMAL is DECIMAL(18, 0), which would round every fraction away
            case DECIMAL: return t.hasArgs() ? "DECIMAL" + t.argList() : "DECIMAL(38, 10)";
            case REAL: return "REAL";
            case DOUBLE: return "FLOAT";
            // Other databases' VARCHAR(n) holds n characters of any script; T-SQL's VARCHAR(n) holds n bytes of
            // the collation's code page, losing what it cannot encode. NVARCHAR also matches the JDBC driver's
            // Unicode string parameters, which on a VARCHAR column force a conversion that defeats its indexes.
            // NVARCHAR/NCHAR hold 4,000 two-byte units inline
            case VARCHAR: return "NVARCHAR" + lengthOrMax(t, MAX_INLINE_LENGTH / 2);
            case CHAR: return t.length() > MAX_INLINE_LENGTH / 2 ? "NVARCHAR(MAX)" : "NCHAR" + t.argList();
            case TEXT: case JSON: return "NVARCHAR(MAX)";
            case DATE: return "DATE";
            case TIME: return "TIME" + t.argList();
            case TIMESTAMP: return "DATETIME2" + t.argList();
            case TIMESTAMPTZ: return "DATETIMEOFFSET" + t.argList();
            case BLOB: return "VARBINARY" + (t.hasArgs() ? lengthOrMax(t, MAX_INLINE_LENGTH) : "(MAX)");
            case UUID: return "UNIQUEIDENTIFIER";
            default: return t.original();
        }
    }

    /** The type's arguments, or {@code (MAX)} when its length exceeds what T-SQL stores inline. */
    private static String lengthOrMax(SqlType t, long inlineLimit) {
        return t.length() > inlineLimit ? "(MAX)" : t.argList();
    }

    // ------------------------------------------------------------------------------------------ DDL

    /** {@code IDENTITY(seed,increment)}, from any source's start and increment ({@code IDENTITY(1,1)} by default). */
    private static String identityClause(ColumnSpec spec) {
        return spec.identitySeed() == null ? "IDENTITY(1,1)" : "IDENTITY(" + spec.identitySeed() + "," + spec.identityIncrement() + ")";
    }

    @Override
    public List<String> identitySpecs(ColumnSpec spec) {
        return spec.withIdentity(List.of(identityClause(spec)));
    }

    @Override
    public void rewriteColumn(CreateTable table, ColumnDefinition column, Renderer r) {
        ColumnSpec spec = ColumnSpec.read(column);
        String identity = identityClause(spec);
        List<String> specs = new ArrayList<>();
        if (spec.identity()) {
            column.setColDataType(new ColDataType(typeName(spec.type())));
        } else {
            column.setColDataType(new ColDataType(columnType(column.getColDataType())));
        }
        List<String> other = spec.otherSpecs();
        for (int i = 0; i < other.size(); i++) {
            if (spec.identity() && i == spec.identityAt()) {
                specs.add(identity); // where the source wrote it: NOT NULL IDENTITY(1,1) keeps its order
            }
            String s = other.get(i);
            if (i == 0 || !other.get(i - 1).equalsIgnoreCase("DEFAULT")) {
                specs.add(s);
                continue;
            }
            // JSqlParser keeps a DEFAULT as words: "now", "()"
            String word = s.toUpperCase(Locale.ROOT);
            boolean call = i + 1 < other.size() && other.get(i + 1).equals("()");
            String fn = call ? word + "()" : word;
            String mapped = SqlServerDdl.defaultValue(fn);
            specs.add(mapped != null ? mapped : s);
            if (mapped != null && call) {
                i++;
            }
        }
        if (spec.identity() && spec.identityAt() >= other.size()) {
            specs.add(identity);
        }
        column.setColumnSpecs(specs);
    }

    @Override
    public void rewriteDrop(Drop drop, Renderer r) {
        List<String> params = drop.getParameters();
        if (params != null && params.stream().anyMatch(p -> p.equalsIgnoreCase("CASCADE"))) {
            throw r.unsupported("DROP .. CASCADE");
        }
        if ("INDEX".equalsIgnoreCase(drop.getType())) {
            throw r.unsupported("DROP INDEX without its table (SQL Server needs DROP INDEX name ON table)");
        }
    }

    @Override
    public void rewriteCreateIndex(CreateIndex index, Renderer r) {
        String using = index.getIndex().getUsing();
        if (using != null && !using.equalsIgnoreCase("btree")) {
            throw r.unsupported("CREATE INDEX .. USING " + using);
        }
        index.getIndex().setUsing(null); // SQL Server's rowstore indexes are B-trees
        if (index.isUsingIfNotExists()) {
            // T-SQL has no CREATE INDEX IF NOT EXISTS; an IF statement guards the CREATE instead
            index.setUsingIfNotExists(false);
            r.append("IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'")
                    .append(SqlServerMerge.unquoted(index.getIndex().getName()).replace("'", "''"))
                    .append("' AND object_id = OBJECT_ID(N'")
                    .append(SqlServerMerge.bracketed(index.getTable().getFullyQualifiedName())).append("')) ");
        }
    }

    // ------------------------------------------------------------------------------------------ inserts

    @Override
    public void renderInsertStatement(Insert insert, Upsert upsert, List<SelectItem<?>> returning, Renderer r) {
        if (insert.isModifierIgnore()) {
            throw r.unsupported("INSERT IGNORE (write INSERT .. ON CONFLICT (key columns) DO NOTHING, which becomes a MERGE)");
        }
        if (upsert != null) {
            SqlServerMerge.render(insert, upsert, returning, r);
            return;
        }
        if (returning != null) {
            insert.setOutputClause(SqlServerMerge.output("INSERTED", returning, r));
        }
        r.insertCore(insert);
    }

    @Override
    public boolean renderCreateTableLike(String name, String model, boolean ifNotExists, Renderer r) {
        if (ifNotExists) {
            throw r.unsupported("CREATE TABLE IF NOT EXISTS .. LIKE");
        }
        r.append("SELECT TOP 0 * INTO ").append(name).append(" FROM ").append(model).append(" AS ")
                .append(SqlServerDdl.DERIVED_TABLE_ALIAS);
        return true;
    }

    @Override
    public String beginTransaction() {
        return "BEGIN TRANSACTION";
    }

    @Override
    protected void renderElapsedSeconds(Expression from, Expression to, Renderer r) {
        // DATEDIFF counts unit boundaries crossed; millisecond boundaries then whole seconds truncate like MySQL
        r.append("DATEDIFF_BIG(millisecond, ").expression(from).append(", ").expression(to).append(") / 1000");
    }
}
