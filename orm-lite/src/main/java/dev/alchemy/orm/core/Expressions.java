package dev.alchemy.orm.core;

import java.util.ArrayList;
import java.util.List;

/** The operator nodes of the expression tree. Built through {@link Expression} and {@link Sql}. */
final class Expressions {
    private Expressions() {
    }

    /** Writes {@code e}, in parentheses if it is a compound that could bind differently inside {@code parent}. */
    static void nested(SqlWriter w, Expression e) {
        boolean wrap = e instanceof Junction || e instanceof Binary b && b.arithmetic();
        if (wrap) {
            w.sql('(');
        }
        e.compileTo(w);
        if (wrap) {
            w.sql(')');
        }
    }

    static List<Expression> concat(Expression first, List<Expression> rest) {
        List<Expression> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    static final class Binary extends Expression {
        private final Expression left;
        private final String operator;
        private final Expression right;
        private final SqlType<?> type;

        Binary(Expression left, String operator, Expression right) {
            this(left, operator, right, Types.BOOLEAN);
        }

        Binary(Expression left, String operator, Expression right, SqlType<?> type) {
            this.left = left;
            this.operator = operator;
            this.right = right;
            this.type = type;
        }

        Expression left() {
            return left;
        }

        Expression right() {
            return right;
        }

        boolean arithmetic() {
            return operator.equals(" + ") || operator.equals(" - ") || operator.equals(" * ");
        }

        @Override
        public SqlType<?> type() {
            return type;
        }

        @Override
        List<Expression> children() {
            return List.of(left, right);
        }

        @Override
        public void compileTo(SqlWriter w) {
            nested(w, left);
            w.sql(operator);
            nested(w, right);
        }
    }

    static final class Postfix extends Expression {
        private final Expression operand;
        private final String operator;

        Postfix(Expression operand, String operator) {
            this.operand = operand;
            this.operator = operator;
        }

        @Override
        public SqlType<?> type() {
            return Types.BOOLEAN;
        }

        @Override
        List<Expression> children() {
            return List.of(operand);
        }

        @Override
        public void compileTo(SqlWriter w) {
            nested(w, operand);
            w.sql(operator);
        }
    }

    static final class InList extends Expression {
        private final Expression operand;
        private final List<Expression> values;
        private final boolean negated;

        InList(Expression operand, List<Expression> values, boolean negated) {
            this.operand = operand;
            this.values = values;
            this.negated = negated;
        }

        @Override
        public SqlType<?> type() {
            return Types.BOOLEAN;
        }

        @Override
        List<Expression> children() {
            return concat(operand, values);
        }

        @Override
        public void compileTo(SqlWriter w) {
            if (values.isEmpty()) {
                // IN () is not SQL; an empty list matches nothing (NOT IN: everything)
                w.sql(negated ? "1 = 1" : "1 = 0");
                return;
            }
            nested(w, operand);
            w.sql(negated ? " NOT IN (" : " IN (");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    w.sql(", ");
                }
                values.get(i).compileTo(w);
            }
            w.sql(')');
        }
    }

    static final class InSubquery extends Expression {
        private final Expression operand;
        private final Select subquery;
        private final boolean negated;

        InSubquery(Expression operand, Select subquery, boolean negated) {
            this.operand = operand;
            this.subquery = subquery;
            this.negated = negated;
        }

        @Override
        List<Expression> children() {
            return List.of(operand);
        }

        @Override
        public void compileTo(SqlWriter w) {
            nested(w, operand);
            w.sql(negated ? " NOT IN (" : " IN (");
            subquery.compileNested(w);
            w.sql(')');
        }
    }

    static final class Between extends Expression {
        private final Expression operand;
        private final Expression low;
        private final Expression high;

        Between(Expression operand, Expression low, Expression high) {
            this.operand = operand;
            this.low = low;
            this.high = high;
        }

        @Override
        public SqlType<?> type() {
            return Types.BOOLEAN;
        }

        @Override
        List<Expression> children() {
            return List.of(operand, low, high);
        }

        @Override
        public void compileTo(SqlWriter w) {
            nested(w, operand);
            w.sql(" BETWEEN ");
            nested(w, low);
            w.sql(" AND ");
            nested(w, high);
        }
    }

    /** AND / OR over two or more conditions; a nested junction is parenthesised. */
    static final class Junction extends Expression {
        private final String operator;
        private final List<Expression> parts;

        private Junction(String operator, List<Expression> parts) {
            this.operator = operator;
            this.parts = parts;
        }

        static Expression of(String operator, Expression first, Expression... rest) {
            List<Expression> parts = new ArrayList<>(rest.length + 1);
            add(parts, operator, first);
            for (Expression e : rest) {
                add(parts, operator, e);
            }
            return parts.size() == 1 ? parts.get(0) : new Junction(operator, parts);
        }

        static Expression of(String operator, List<Expression> all) {
            if (all.isEmpty()) {
                throw new IllegalArgumentException("and()/or() need at least one condition");
            }
            return of(operator, all.get(0), all.subList(1, all.size()).toArray(new Expression[0]));
        }

        /** Flattens (a AND b) AND c into one list, which keeps the SQL free of needless parentheses. */
        private static void add(List<Expression> parts, String operator, Expression e) {
            if (e == null) {
                return;
            }
            if (e instanceof Junction j && j.operator.equals(operator)) {
                parts.addAll(j.parts);
            } else {
                parts.add(e);
            }
        }

        @Override
        public SqlType<?> type() {
            return Types.BOOLEAN;
        }

        @Override
        List<Expression> children() {
            return parts;
        }

        @Override
        public void compileTo(SqlWriter w) {
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    w.sql(operator);
                }
                nested(w, parts.get(i));
            }
        }
    }

    static final class Not extends Expression {
        private final Expression operand;

        Not(Expression operand) {
            this.operand = operand;
        }

        @Override
        public SqlType<?> type() {
            return Types.BOOLEAN;
        }

        @Override
        List<Expression> children() {
            return List.of(operand);
        }

        @Override
        public void compileTo(SqlWriter w) {
            w.sql("NOT (");
            operand.compileTo(w);
            w.sql(')');
        }
    }

    static final class FunctionCall extends Expression {
        private final String name;
        private final List<Expression> args;
        private final SqlType<?> type;
        private final boolean distinct;

        FunctionCall(String name, List<Expression> args, SqlType<?> type, boolean distinct) {
            for (int i = 0; i < name.length(); i++) {
                char ch = name.charAt(i);
                if (!Character.isLetterOrDigit(ch) && ch != '_' && ch != '.') {
                    throw new IllegalArgumentException("function name '" + name + "' may hold letters, digits, '_' and '.' only");
                }
            }
            this.name = name;
            this.args = args;
            this.type = type;
            this.distinct = distinct;
        }

        List<Expression> args() {
            return args;
        }

        @Override
        public SqlType<?> type() {
            return type;
        }

        @Override
        List<Expression> children() {
            return args;
        }

        @Override
        public void compileTo(SqlWriter w) {
            w.sql(name).sql('(');
            if (distinct) {
                w.sql("DISTINCT ");
            }
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    w.sql(", ");
                }
                args.get(i).compileTo(w);
            }
            w.sql(')');
        }
    }

    /** A fixed piece of SQL with no values: {@code *}, {@code CURRENT_TIMESTAMP}. */
    static final class Keyword extends Expression {
        private final String text;
        private final SqlType<?> type;

        Keyword(String text, SqlType<?> type) {
            this.text = text;
            this.type = type;
        }

        String text() {
            return text;
        }

        @Override
        public SqlType<?> type() {
            return type;
        }

        @Override
        public void compileTo(SqlWriter w) {
            w.sql(text);
        }
    }

    static final class Exists extends Expression {
        private final Select subquery;

        Exists(Select subquery) {
            this.subquery = subquery;
        }

        @Override
        public SqlType<?> type() {
            return Types.BOOLEAN;
        }

        @Override
        public void compileTo(SqlWriter w) {
            w.sql("EXISTS (");
            subquery.compileNested(w);
            w.sql(')');
        }
    }

    static final class ScalarSubquery extends Expression {
        private final Select subquery;

        ScalarSubquery(Select subquery) {
            this.subquery = subquery;
        }

        @Override
        public SqlType<?> type() {
            List<Expression> cols = subquery.columns();
            return cols.size() == 1 ? cols.get(0).type() : null;
        }

        @Override
        public void compileTo(SqlWriter w) {
            w.sql('(');
            subquery.compileNested(w);
            w.sql(')');
        }
    }

    static final class Cast extends Expression {
        private final Expression operand;
        private final SqlType<?> type;

        Cast(Expression operand, SqlType<?> type) {
            this.operand = operand;
            this.type = type;
        }

        @Override
        public SqlType<?> type() {
            return type;
        }

        @Override
        List<Expression> children() {
            return List.of(operand);
        }

        @Override
        public void compileTo(SqlWriter w) {
            w.sql("CAST(");
            operand.compileTo(w);
            w.sql(" AS ").sql(DdlCompiler.forDialect(w.dialect()).castTypeName(type)).sql(')');
        }
    }
}
