package dev.alchemy.orm.core;

/** An expression with a name: {@code expr AS name}. */
public final class Label extends Expression {
    private final Expression expression;
    private final String name;

    Label(Expression expression, String name) {
        this.expression = expression;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Expression expression() {
        return expression;
    }

    @Override
    public SqlType<?> type() {
        return expression.type();
    }

    @Override
    java.util.List<Expression> children() {
        return java.util.List.of(expression);
    }

    @Override
    public void compileTo(SqlWriter w) {
        switch (w.clause()) {
            case SELECT_LIST -> {
                SqlWriter.Clause previous = w.clause(SqlWriter.Clause.OTHER);
                expression.compileTo(w);
                w.clause(previous);
                w.sql(" AS ").identifier(name);
            }
            case ORDER_BY -> w.identifier(name);
            default -> expression.compileTo(w);
        }
    }
}
