package dev.alchemy.orm.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Entry points of the expression language: {@code Sql.select(...)}, {@code Sql.insert(t)}, functions, AND/OR/NOT. */
public final class Sql {
    private static final Expressions.Keyword STAR = new Expressions.Keyword("*", null);
    private static final Expressions.Keyword CURRENT_TIMESTAMP = new Expressions.Keyword("CURRENT_TIMESTAMP", Types.TIMESTAMP);

    private Sql() {
    }

    public static Select select(Expression... columns) {
        return new Select(Arrays.asList(columns));
    }

    public static Select select(Collection<? extends Expression> columns) {
        return new Select(columns);
    }

    /** {@code SELECT <every column of table> FROM table}. */
    public static Select selectFrom(Table table) {
        return table.select();
    }

    public static Insert insert(Table table) {
        return new Insert(table);
    }

    public static Update update(Table table) {
        return new Update(table);
    }

    public static Delete delete(Table table) {
        return new Delete(table);
    }

    public static Expression and(Expression... conditions) {
        return Expressions.Junction.of(" AND ", Arrays.asList(conditions));
    }

    public static Expression or(Expression... conditions) {
        return Expressions.Junction.of(" OR ", Arrays.asList(conditions));
    }

    public static Expression not(Expression condition) {
        return new Expressions.Not(condition);
    }

    /** A bound parameter as an expression (for a value on the left side, or in a select list). */
    public static Expression value(Object value) {
        return new BindParam(value, null, null);
    }

    /** A bound parameter with an explicit type. */
    public static Expression value(Object value, SqlType<?> type) {
        return new BindParam(value, type, null);
    }

    /**
     * A call of SQL function {@code name}; arguments that are not expressions are bound parameters.
     * The name is written as given (letters, digits, '_' only), so use portable names; the driver
     * translates the rest.
     */
    public static Expression func(String name, Object... args) {
        return func(name, null, args);
    }

    /** A function call whose result has {@code type} (so rows read it as that type). */
    public static Expression func(String name, SqlType<?> type, Object... args) {
        List<Expression> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(a instanceof Expression e ? e : a instanceof Select s ? s.asScalar() : new BindParam(a, null, null));
        }
        return new Expressions.FunctionCall(name, list, type, false);
    }

    /** {@code COUNT(*)}. */
    public static Expression count() {
        return new Expressions.FunctionCall("COUNT", List.of(STAR), Types.BIGINT, false);
    }

    public static Expression count(Expression e) {
        return new Expressions.FunctionCall("COUNT", List.of(e), Types.BIGINT, false);
    }

    public static Expression countDistinct(Expression e) {
        return new Expressions.FunctionCall("COUNT", List.of(e), Types.BIGINT, true);
    }

    public static Expression sum(Expression e) {
        return new Expressions.FunctionCall("SUM", List.of(e), null, false);
    }

    public static Expression avg(Expression e) {
        return new Expressions.FunctionCall("AVG", List.of(e), null, false);
    }

    public static Expression min(Expression e) {
        return new Expressions.FunctionCall("MIN", List.of(e), e.type(), false);
    }

    public static Expression max(Expression e) {
        return new Expressions.FunctionCall("MAX", List.of(e), e.type(), false);
    }

    public static Expression lower(Expression e) {
        return new Expressions.FunctionCall("LOWER", List.of(e), e.type(), false);
    }

    public static Expression upper(Expression e) {
        return new Expressions.FunctionCall("UPPER", List.of(e), e.type(), false);
    }

    /** {@code COALESCE(e, fallback...)}; non-expression fallbacks are bound parameters typed like {@code e}. */
    public static Expression coalesce(Expression e, Object... fallbacks) {
        List<Expression> args = new ArrayList<>();
        args.add(e);
        for (Object f : fallbacks) {
            args.add(e.operand(f));
        }
        return new Expressions.FunctionCall("COALESCE", args, e.type(), false);
    }

    /** {@code CASE WHEN condition THEN result ...}; add branches with {@link Case#when} and {@link Case#otherwise}. */
    public static Case caseWhen(Expression condition, Object result) {
        return new Case(condition, result);
    }

    /** {@code CAST(e AS type)}, the type spelled for the dialect compiled for. */
    public static Expression cast(Expression e, SqlType<?> type) {
        return new Expressions.Cast(e, type);
    }

    /** {@code CONCAT(a, b, ...)}: string concatenation every supported database spells the same way. */
    public static Expression concat(Object... parts) {
        return func("CONCAT", Types.TEXT, parts);
    }

    public static Expression exists(Select subquery) {
        return new Expressions.Exists(subquery);
    }

    /** {@code CURRENT_TIMESTAMP}: in a query, or as a column's {@link Column#defaultValue(Object) default}. */
    public static Expression currentTimestamp() {
        return CURRENT_TIMESTAMP;
    }

    /**
     * Hand-written SQL, run as is (no translation by orm-lite), with values bound to its {@code ?}
     * markers: {@code Sql.text("SELECT name FROM users WHERE id = ?", 7)}. A statement starting with
     * SELECT, WITH or VALUES returns rows; others return an update count.
     */
    public static Executable text(String sql, Object... params) {
        return new TextStatement(sql, params);
    }

    /** {@code CREATE TABLE} for one table (see {@link Metadata#createAll} for a whole schema). */
    public static Executable createTable(Table table) {
        return new Ddl.CreateTable(table);
    }

    public static Executable dropTable(Table table) {
        return new Ddl.DropTable(table);
    }

    public static Executable createIndex(Index index) {
        return new Ddl.CreateIndex(index);
    }
}
