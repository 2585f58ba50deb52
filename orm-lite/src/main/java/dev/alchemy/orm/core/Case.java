package dev.alchemy.orm.core;

import java.util.ArrayList;
import java.util.List;

/** {@code CASE WHEN c1 THEN v1 [WHEN ...] [ELSE v] END}; values are bound parameters. Built by {@link Sql#caseWhen}. */
public final class Case extends Expression {
    private final List<Expression> conditions = new ArrayList<>();
    private final List<Expression> results = new ArrayList<>();
    private Expression otherwise;

    Case(Expression condition, Object result) {
        when(condition, result);
    }

    public Case when(Expression condition, Object result) {
        conditions.add(condition);
        results.add(valueOf(result));
        return this;
    }

    public Case otherwise(Object result) {
        this.otherwise = valueOf(result);
        return this;
    }

    private Expression valueOf(Object result) {
        if (result instanceof Expression e) {
            return e;
        }
        SqlType<?> t = results.isEmpty() ? null : results.get(0).type();
        return new BindParam(result, t, null);
    }

    @Override
    public SqlType<?> type() {
        return results.get(0).type();
    }

    @Override
    List<Expression> children() {
        List<Expression> all = new ArrayList<>(conditions);
        all.addAll(results);
        if (otherwise != null) {
            all.add(otherwise);
        }
        return all;
    }

    @Override
    public void compileTo(SqlWriter w) {
        w.sql("CASE");
        for (int i = 0; i < conditions.size(); i++) {
            w.sql(" WHEN ");
            conditions.get(i).compileTo(w);
            w.sql(" THEN ");
            Expressions.nested(w, results.get(i));
        }
        if (otherwise != null) {
            w.sql(" ELSE ");
            Expressions.nested(w, otherwise);
        }
        w.sql(" END");
    }
}
