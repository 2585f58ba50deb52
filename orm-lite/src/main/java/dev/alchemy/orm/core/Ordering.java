package dev.alchemy.orm.core;

/** An ORDER BY item: {@code expr ASC|DESC}. */
public final class Ordering extends Expression {
    private final Expression expression;
    private final boolean descending;

    Ordering(Expression expression, boolean descending) {
        this.expression = expression;
        this.descending = descending;
    }

    public Expression expression() {
        return expression;
    }

    public boolean descending() {
        return descending;
    }

    @Override
    java.util.List<Expression> children() {
        return java.util.List.of(expression);
    }

    @Override
    public void compileTo(SqlWriter w) {
        expression.compileTo(w);
        w.sql(descending ? " DESC" : " ASC");
    }
}
