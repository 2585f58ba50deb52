package dev.alchemy.orm.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A SQL expression: a column, a bound value, an operator, a function call, a subquery. Operators
 * return new expressions; plain Java values given to them become bound parameters typed like this
 * expression (so {@code created.gt(someLocalDateTime)} binds a timestamp the way the dialect wants).
 */
public abstract class Expression {

    /** Writes this expression's SQL and parameters. */
    public abstract void compileTo(SqlWriter w);

    /** The SQL type of this expression's value, or null when unknown. */
    public SqlType<?> type() {
        return null;
    }

    /** The sub-expressions of this one in the same query (not inside subqueries): used to infer FROM. */
    List<Expression> children() {
        return List.of();
    }

    /** The column name a bound value compared with this expression belongs to (for log masking), or null. */
    String paramName() {
        return null;
    }

    /** A value becomes a bound parameter typed like this expression; an expression is used as is. */
    Expression operand(Object value) {
        if (value instanceof Expression e) {
            return e;
        }
        if (value instanceof Select s) {
            return new Expressions.ScalarSubquery(s);
        }
        return new BindParam(value, type(), paramName());
    }

    public Expression eq(Object value) {
        return value == null ? isNull() : new Expressions.Binary(this, " = ", operand(value));
    }

    public Expression ne(Object value) {
        return value == null ? isNotNull() : new Expressions.Binary(this, " <> ", operand(value));
    }

    public Expression lt(Object value) {
        return new Expressions.Binary(this, " < ", operand(value));
    }

    public Expression le(Object value) {
        return new Expressions.Binary(this, " <= ", operand(value));
    }

    public Expression gt(Object value) {
        return new Expressions.Binary(this, " > ", operand(value));
    }

    public Expression ge(Object value) {
        return new Expressions.Binary(this, " >= ", operand(value));
    }

    public Expression like(Object pattern) {
        return new Expressions.Binary(this, " LIKE ", operandAsText(pattern));
    }

    public Expression notLike(Object pattern) {
        return new Expressions.Binary(this, " NOT LIKE ", operandAsText(pattern));
    }

    private Expression operandAsText(Object pattern) {
        return pattern instanceof Expression e ? e : new BindParam(pattern, Types.TEXT, paramName());
    }

    public Expression in(Collection<?> values) {
        return new Expressions.InList(this, values.stream().map(this::operand).toList(), false);
    }

    public Expression in(Object... values) {
        return in(Arrays.asList(values));
    }

    public Expression in(Select subquery) {
        return new Expressions.InSubquery(this, subquery, false);
    }

    public Expression notIn(Collection<?> values) {
        return new Expressions.InList(this, values.stream().map(this::operand).toList(), true);
    }

    public Expression notIn(Object... values) {
        return notIn(Arrays.asList(values));
    }

    public Expression notIn(Select subquery) {
        return new Expressions.InSubquery(this, subquery, true);
    }

    public Expression between(Object low, Object high) {
        return new Expressions.Between(this, operand(low), operand(high));
    }

    public Expression isNull() {
        return new Expressions.Postfix(this, " IS NULL");
    }

    public Expression isNotNull() {
        return new Expressions.Postfix(this, " IS NOT NULL");
    }

    public Expression and(Expression... others) {
        return Expressions.Junction.of(" AND ", this, others);
    }

    public Expression or(Expression... others) {
        return Expressions.Junction.of(" OR ", this, others);
    }

    public Expression not() {
        return new Expressions.Not(this);
    }

    /** Arithmetic; values are bound parameters. */
    public Expression plus(Object value) {
        return new Expressions.Binary(this, " + ", operand(value), type());
    }

    public Expression minus(Object value) {
        return new Expressions.Binary(this, " - ", operand(value), type());
    }

    public Expression times(Object value) {
        return new Expressions.Binary(this, " * ", operand(value), type());
    }

    /** {@code expr AS alias} in a select list; the alias in ORDER BY; the expression elsewhere. */
    public Expression as(String alias) {
        return new Label(this, alias);
    }

    public Ordering asc() {
        return new Ordering(this, false);
    }

    public Ordering desc() {
        return new Ordering(this, true);
    }

    static List<Expression> list(Expression first, Expression... rest) {
        Expression[] all = new Expression[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return Arrays.asList(all);
    }
}
