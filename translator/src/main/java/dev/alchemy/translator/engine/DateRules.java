package dev.alchemy.translator.engine;

import dev.alchemy.translator.target.IntervalValue;
import dev.alchemy.translator.target.Renderer;
import dev.alchemy.translator.target.TargetDialect;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;

import java.util.ArrayList;
import java.util.List;

/** Recognises {@code value +/- interval} in its source forms and hands it to the target as {@link IntervalValue}s. */
final class DateRules {
    private DateRules() {
    }

    /** True when {@code e} was interval arithmetic and has been rendered. */
    static boolean renderIntervalArithmetic(BinaryExpression e, boolean subtract, TargetDialect target, Renderer r) {
        Expression value = e.getLeftExpression();
        List<IntervalValue> intervals = intervals(e.getRightExpression());
        if (intervals == null && !subtract) {
            intervals = intervals(e.getLeftExpression()); // INTERVAL '1' DAY + x
            value = e.getRightExpression();
        }
        if (intervals == null && target.dialect() != dev.alchemy.translator.Dialect.POSTGRESQL
                && (r.source() == dev.alchemy.translator.Dialect.POSTGRESQL || r.source() == dev.alchemy.translator.Dialect.PORTABLE)
                && dev.alchemy.translator.target.DateExpressions.isDate(e.getLeftExpression()) && isWholeNumber(e.getRightExpression())) {
            // PostgreSQL's date + n adds n days (and stays a date); MySQL would add n to the number 20240101,
            // SQLite to the year, SQL Server refuses it
            value = e.getLeftExpression();
            intervals = List.of(new IntervalValue(e.getRightExpression(), "DAY"));
        }
        if (intervals == null || intervals.isEmpty()) {
            return false;
        }
        // '1 day 2 hours' becomes ((x + 1 day) + 2 hours): each step is the target's single-unit form.
        Expression acc = value;
        for (int i = 0; i < intervals.size() - 1; i++) {
            IntervalValue iv = intervals.get(i);
            acc = subtract ? new Subtraction(acc, FunctionReading.interval(iv.amount(), iv.unit()))
                    : new Addition(acc, FunctionReading.interval(iv.amount(), iv.unit()));
        }
        target.renderIntervalArithmetic(acc, subtract, intervals.get(intervals.size() - 1), r);
        return true;
    }

    /**
     * True when {@code e} was PostgreSQL's {@code date - date} (a number of days) and the target has rendered it; the
     * other databases subtract numbers, years or intervals there, or refuse it.
     */
    static boolean renderDateDifference(Subtraction e, TargetDialect target, Renderer r) {
        if (target.dialect() == dev.alchemy.translator.Dialect.POSTGRESQL
                || (r.source() != dev.alchemy.translator.Dialect.POSTGRESQL && r.source() != dev.alchemy.translator.Dialect.PORTABLE)
                || !dev.alchemy.translator.target.DateExpressions.isDate(e.getLeftExpression())
                || !dev.alchemy.translator.target.DateExpressions.isDate(e.getRightExpression())) {
            return false;
        }
        target.renderDateDifference(e.getLeftExpression(), e.getRightExpression(), r);
        return true;
    }

    /** An integer literal or a ? marker (PostgreSQL binds an integer there when the left side is a date). */
    private static boolean isWholeNumber(Expression e) {
        return e instanceof LongValue || e instanceof net.sf.jsqlparser.expression.JdbcParameter;
    }

    /** The interval(s) an operand denotes, or null when it is not an interval. */
    static List<IntervalValue> intervals(Expression e) {
        if (e instanceof IntervalExpression i) {
            return read(i);
        }
        if (e instanceof net.sf.jsqlparser.expression.Function f && f.getName() != null
                && f.getMultipartName().size() == 1 && f.getName().equalsIgnoreCase("MAKE_INTERVAL")) {
            return makeInterval(FunctionReading.args(f));
        }
        if (e instanceof Multiplication m) {
            // n * INTERVAL '1 day' (PostgreSQL's way to scale an interval by a parameter)
            List<IntervalValue> right = m.getRightExpression() instanceof IntervalExpression ri ? read(ri) : null;
            Expression factor = m.getLeftExpression();
            if (right == null && m.getLeftExpression() instanceof IntervalExpression li) {
                right = read(li);
                factor = m.getRightExpression();
            }
            if (right != null && right.size() == 1 && isOne(right.get(0).amount())) {
                return List.of(new IntervalValue(factor, right.get(0).unit()));
            }
        }
        return null;
    }

    /** PostgreSQL's MAKE_INTERVAL parameters, in its positional order. */
    private static final List<String> MAKE_INTERVAL_FIELDS = List.of("YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", "MINS", "SECS");

    /** {@code MAKE_INTERVAL(years => 1, months => 2, days => 3)} (named or positional) as its parts, in PostgreSQL's order. */
    private static List<IntervalValue> makeInterval(List<Expression> args) {
        Expression[] values = new Expression[MAKE_INTERVAL_FIELDS.size()];
        for (int k = 0; k < args.size(); k++) {
            Expression arg = args.get(k);
            int field = k;
            if (arg instanceof net.sf.jsqlparser.expression.OracleNamedFunctionParameter named) {
                field = MAKE_INTERVAL_FIELDS.indexOf(named.getName().toUpperCase(java.util.Locale.ROOT));
                arg = named.getExpression();
            }
            if (field < 0 || field >= values.length || values[field] != null) {
                return null;
            }
            values[field] = foldSign(arg);
        }
        String[] units = {"YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"};
        List<IntervalValue> out = new ArrayList<>(4);
        for (int k = 0; k < values.length; k++) {
            if (values[k] != null) {
                out.add(new IntervalValue(values[k], units[k]));
            }
        }
        return out.isEmpty() ? null : inPostgresOrder(out);
    }

    /**
     * The parts of one PostgreSQL interval in the order PostgreSQL adds them to a timestamp: its months (years,
     * quarters and months folded into one step, because month-end clamping makes 1 year then 2 months differ from
     * 14 months on Feb 29), then its days, then its time; a single year, quarter or month part keeps its unit.
     */
    static List<IntervalValue> inPostgresOrder(List<IntervalValue> parts) {
        List<IntervalValue> months = new ArrayList<>(2);
        List<IntervalValue> days = new ArrayList<>(2);
        List<IntervalValue> time = new ArrayList<>(3);
        for (IntervalValue part : parts) {
            switch (part.unit()) {
                case "YEAR", "QUARTER", "MONTH" -> months.add(part);
                case "WEEK", "DAY" -> days.add(part);
                default -> time.add(part);
            }
        }
        List<IntervalValue> out = new ArrayList<>(parts.size());
        if (months.size() == 1) {
            out.add(months.get(0));
        } else if (!months.isEmpty()) {
            Expression total = null;
            long literal = 0;
            for (IntervalValue part : months) {
                long factor = part.unit().equals("YEAR") ? 12 : part.unit().equals("QUARTER") ? 3 : 1;
                if (part.amount() instanceof LongValue l) {
                    literal += l.getValue() * factor;
                    continue;
                }
                Expression amount = factor == 1 ? part.amount() : new Multiplication(parenthesised(part.amount()), new LongValue(factor));
                total = total == null ? amount : new Addition(total, amount);
            }
            if (total == null) {
                total = new LongValue(literal);
            } else if (literal != 0) {
                total = new Addition(total, new LongValue(literal));
            }
            out.add(new IntervalValue(total, "MONTH"));
        }
        out.addAll(days);
        out.addAll(time);
        return out;
    }

    private static Expression parenthesised(Expression e) {
        return e instanceof LongValue || e instanceof net.sf.jsqlparser.expression.JdbcParameter
                || e instanceof net.sf.jsqlparser.schema.Column ? e
                : new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(e);
    }

    private static boolean isOne(Expression e) {
        return e instanceof LongValue l && l.getValue() == 1;
    }

    private static List<IntervalValue> read(IntervalExpression i) {
        String unit = unitOf(i);
        Expression inner = i.getExpression();
        while (inner instanceof IntervalExpression nested) {
            if (unit == null) {
                unit = unitOf(nested);
            }
            inner = nested.getExpression();
        }
        if (inner != null) {
            if (inner instanceof StringValue s) {
                return parseText(s.getValue(), unit);
            }
            String u = unit == null ? null : DateUnits.intervalUnit(unit);
            return u == null ? null : List.of(new IntervalValue(foldSign(inner), u));
        }
        String p = i.getParameter();
        if (p == null) {
            return null;
        }
        p = p.trim();
        if (p.startsWith("'") && p.endsWith("'") && p.length() >= 2) {
            p = p.substring(1, p.length() - 1);
        }
        return parseText(p, unit);
    }

    /**
     * The unit written after the amount ({@code HOUR} in {@code INTERVAL '1' HOUR}), or null. JSqlParser 5.4 reads it
     * into an {@link net.sf.jsqlparser.expression.IntervalQualifier}; a unit set by hand is a plain string.
     */
    static String unitOf(IntervalExpression i) {
        if (i.getIntervalType() != null) {
            return i.getIntervalType();
        }
        net.sf.jsqlparser.expression.IntervalQualifier q = i.getIntervalQualifier();
        if (q == null) {
            return null;
        }
        boolean single = q.getTrailingField() == null && q.getLeadingFieldPrecision() == null
                && q.getFractionalSecondsPrecision() == null;
        return single ? q.getLeadingField() : q.toString();
    }

    /** {@code '1 day'}, {@code '2 hours 30 minutes'}, or {@code '5'} with a separate unit. */
    private static List<IntervalValue> parseText(String text, String separateUnit) {
        String[] parts = text.trim().split("\\s+");
        List<IntervalValue> out = new ArrayList<>(2);
        if (separateUnit != null) {
            String u = DateUnits.intervalUnit(separateUnit);
            Expression amount = parts.length == 1 ? number(parts[0]) : null;
            if (u == null || amount == null) {
                return null;
            }
            out.add(new IntervalValue(amount, u));
            return out;
        }
        if (parts.length % 2 != 0) {
            return null;
        }
        for (int k = 0; k < parts.length; k += 2) {
            Expression amount = number(parts[k]);
            // inside PostgreSQL's interval text "m" is minutes (DATEADD's m, read by DateUnits, is months)
            String u = parts[k + 1].equalsIgnoreCase("m") ? "MINUTE" : DateUnits.intervalUnit(parts[k + 1]);
            if (amount == null || u == null) {
                return null;
            }
            out.add(new IntervalValue(amount, u));
        }
        return out.size() > 1 ? inPostgresOrder(out) : out;
    }

    /** {@code -1} parsed as a signed expression becomes the literal -1. */
    static Expression foldSign(Expression e) {
        if (e instanceof net.sf.jsqlparser.expression.SignedExpression s && s.getSign() == '-'
                && s.getExpression() instanceof LongValue l) {
            return new LongValue(-l.getValue());
        }
        return e;
    }

    private static Expression number(String s) {
        try {
            String t = s.startsWith("+") ? s.substring(1) : s;
            if (t.contains(".")) {
                return new DoubleValue(t);
            }
            return new LongValue(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
