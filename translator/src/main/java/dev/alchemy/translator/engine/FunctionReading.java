package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.NamedExpressionList;
import net.sf.jsqlparser.schema.Column;

import java.util.List;
import java.util.Locale;

/**
 * Reads source spellings of function calls into the canonical forms the target hooks document. Returns the
 * same {@link Function} (possibly renamed, arguments normalised) or another node (e.g. {@code GETDATE()} becomes
 * the {@code CURRENT_TIMESTAMP} time key, {@code DATEADD(day, n, x)} becomes {@code x + INTERVAL n DAY}).
 * Every returned node is already canonical, so reading it again changes nothing.
 */
final class FunctionReading {
    private FunctionReading() {
    }

    static Expression read(Function f, Dialect source) {
        if (f instanceof ReadFunction) {
            return f; // already canonical: reading its arguments' order again would undo it
        }
        String name = f.getName();
        if (name == null || f.getMultipartName().size() > 1) {
            return f; // schema-qualified user function: not ours to rename
        }
        if (f.isEscaped()) {
            f.setEscaped(false);
        }
        List<Expression> args = args(f);
        int n = args.size();
        String upper = name.toUpperCase(Locale.ROOT);
        switch (upper) {
            // ---- date/time keys
            case "NOW": case "GETDATE": case "SYSDATETIME": case "CURRENT_TIMESTAMP": case "SYSDATE":
            case "TRANSACTION_TIMESTAMP": case "STATEMENT_TIMESTAMP":
                return n == 0 ? new TimeKeyExpression("CURRENT_TIMESTAMP") : rename(f, upper);
            case "CURDATE": case "CURRENT_DATE":
                return n == 0 ? new TimeKeyExpression("CURRENT_DATE") : rename(f, upper);
            case "CURTIME": case "CURRENT_TIME":
                return n == 0 ? new TimeKeyExpression("CURRENT_TIME") : rename(f, upper);
            case "DATETIME": case "DATE":
                if (source == Dialect.SQLITE && n == 1 && isString(args.get(0), "now")) {
                    return new TimeKeyExpression(upper.equals("DATE") ? "CURRENT_DATE" : "CURRENT_TIMESTAMP");
                }
                return rename(f, upper);
            // ---- null handling
            case "IFNULL": case "NVL":
                return rename(f, "COALESCE");
            case "ISNULL":
                if (n == 2) {
                    return rename(f, "COALESCE");
                }
                return n == 1 ? new IsNullExpression(args.get(0)) : rename(f, upper);
            case "NVL2":
                if (n == 2 || n == 3) {
                    Expression notNull = new net.sf.jsqlparser.expression.NotExpression(new IsNullExpression(args.get(0)));
                    CaseExpression c = new CaseExpression(new WhenClause(notNull, args.get(1)));
                    if (n == 3) {
                        c.setElseExpression(args.get(2));
                    }
                    return c;
                }
                return rename(f, upper);
            case "NEWID": case "GEN_RANDOM_UUID": case "RANDOM_UUID": case "UUID":
                return n == 0 ? rename(f, "UUID") : rename(f, upper);
            case "SCHEMA": case "DATABASE": case "CURRENT_SCHEMA":
                return n == 0 && (source == Dialect.MYSQL || upper.equals("CURRENT_SCHEMA")) ? rename(f, "CURRENT_SCHEMA")
                        : rename(f, upper);
            case "NEXTVAL":
                // PostgreSQL's nextval('seq') and MariaDB's NEXTVAL(seq)
                if (n == 1 && (args.get(0) instanceof StringValue || args.get(0) instanceof Column)) {
                    String seq = args.get(0) instanceof StringValue s ? s.getValue() : ((Column) args.get(0)).getFullyQualifiedName();
                    return new net.sf.jsqlparser.expression.NextValExpression(List.of(seq.split("\\.")), "NEXT VALUE FOR");
                }
                return rename(f, upper);
            case "FROM_UNIXTIME":
                return n == 1 ? new Function("TO_TIMESTAMP", args.get(0)) : rename(f, upper);
            case "IF": case "IIF":
                if (n == 3) {
                    CaseExpression c = new CaseExpression(new WhenClause(args.get(0), args.get(1)));
                    c.setElseExpression(args.get(2));
                    return c;
                }
                return rename(f, upper);
            // ---- strings
            case "LEN": case "CHARACTER_LENGTH": case "CHAR_LENGTH":
                return rename(f, "CHAR_LENGTH");
            case "LENGTH":
                // MySQL's LENGTH counts bytes; everyone else's counts characters.
                return rename(f, source == Dialect.MYSQL ? "OCTET_LENGTH" : "CHAR_LENGTH");
            case "UCASE":
                return rename(f, "UPPER");
            // ---- JSON aggregates: canonical JSON_AGG / JSON_OBJECT_AGG (PostgreSQL's names)
            case "JSON_GROUP_ARRAY": case "JSON_ARRAYAGG": case "JSON_AGG":
                return n == 1 ? rename(f, "JSON_AGG") : rename(f, upper);
            case "JSON_GROUP_OBJECT": case "JSON_OBJECTAGG": case "JSON_OBJECT_AGG":
                return n == 2 ? rename(f, "JSON_OBJECT_AGG") : rename(f, upper);
            case "LCASE":
                return rename(f, "LOWER");
            case "CEILING":
                return rename(f, "CEIL");
            case "SUBSTR": case "MID": case "SUBSTRING":
                return readSubstring(f, args);
            case "POSITION":
                return readPosition(f);
            case "STRPOS":
                return n == 2 ? position(f, args.get(1), args.get(0)) : rename(f, upper);
            case "INSTR":
                return n == 2 ? position(f, args.get(1), args.get(0)) : rename(f, upper);
            case "LOCATE": case "CHARINDEX":
                return n == 2 ? position(f, args.get(0), args.get(1)) : rename(f, upper);
            case "CONCAT":
                // MySQL's CONCAT is NULL if any argument is: exactly the || operator.
                if (source == Dialect.MYSQL && n >= 2) {
                    Expression chain = args.get(0);
                    for (int i = 1; i < n; i++) {
                        chain = new Concat(chain, args.get(i));
                    }
                    return chain;
                }
                return rename(f, upper);
            case "GROUP_CONCAT":
                // SQLite's GROUP_CONCAT(x [, sep]) when read here; the renderer takes GROUP_CONCAT calls first (renderGroupConcat).
                if (n == 1 || n == 2) {
                    Function agg = new Function("STRING_AGG", args.get(0), n == 2 ? args.get(1) : new StringValue(","));
                    agg.setDistinct(f.isDistinct());
                    agg.setOrderByElements(f.getOrderByElements());
                    return agg;
                }
                return rename(f, upper);
            // ---- arrays
            case "ARRAY_PREPEND":
                // canonical: PostgreSQL's ARRAY_PREPEND(element, array); portable SQL (SQLGlot's reading, Snowflake)
                // writes the array first
                if (n == 2 && source == Dialect.PORTABLE) {
                    return new ReadFunction("ARRAY_PREPEND", args.get(1), args.get(0));
                }
                return rename(f, upper);
            // ---- date parts and arithmetic
            case "DATEPART": case "DATE_PART":
                if (n == 2) {
                    String unit = unitName(args.get(0));
                    if (unit != null) {
                        return extract(DateUnits.extractField(unit), args.get(1));
                    }
                }
                return rename(f, upper);
            case "YEAR": case "MONTH": case "DAY": case "HOUR": case "MINUTE": case "SECOND": case "QUARTER":
            case "DAYOFYEAR": case "DAYOFMONTH":
                if (n == 1 && source != Dialect.POSTGRESQL) {
                    String field = upper.equals("DAYOFYEAR") ? "DOY" : upper.equals("DAYOFMONTH") ? "DAY" : upper;
                    return extract(field, args.get(0));
                }
                return rename(f, upper);
            case "DATEADD":
                if (n == 3) {
                    String unit = unitName(args.get(0));
                    if (unit != null && DateUnits.intervalUnit(unit) != null) {
                        return new Addition(args.get(2), interval(args.get(1), DateUnits.intervalUnit(unit)));
                    }
                }
                return rename(f, upper);
            case "DATE_ADD": case "ADDDATE": case "DATE_SUB": case "SUBDATE":
                if (n == 2 && args.get(1) instanceof IntervalExpression) {
                    boolean sub = upper.equals("DATE_SUB") || upper.equals("SUBDATE");
                    return sub ? new Subtraction(args.get(0), args.get(1)) : new Addition(args.get(0), args.get(1));
                }
                return rename(f, upper);
            case "EOMONTH":
                // SQL Server: the last day of the month (of x + n months), as a DATE
                if (n == 1 || n == 2) {
                    Expression base = args.get(0);
                    net.sf.jsqlparser.expression.CastExpression day = new net.sf.jsqlparser.expression.CastExpression();
                    day.setLeftExpression(base);
                    day.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("DATE"));
                    Expression truncated = n == 2 ? new Addition(day, interval(args.get(1), "MONTH")) : day;
                    Expression first = new Function("DATE_TRUNC", new StringValue("month"), truncated);
                    Expression last = new Subtraction(new Addition(first, interval(new net.sf.jsqlparser.expression.LongValue(1), "MONTH")),
                            interval(new net.sf.jsqlparser.expression.LongValue(1), "DAY"));
                    net.sf.jsqlparser.expression.CastExpression date = new net.sf.jsqlparser.expression.CastExpression();
                    date.setLeftExpression(last);
                    date.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("DATE"));
                    return date;
                }
                return rename(f, upper);
            case "TIMESTAMPADD":
                // JDBC {fn TIMESTAMPADD(SQL_TSI_DAY, n, ts)} and MySQL TIMESTAMPADD(DAY, n, ts)
                if (n == 3) {
                    String unit = unitName(args.get(0));
                    String u = unit == null ? null : DateUnits.intervalUnit(unit.replace("SQL_TSI_", ""));
                    if (u != null) {
                        return new Addition(args.get(2), interval(args.get(1), u));
                    }
                }
                return rename(f, upper);
            case "DAYOFWEEK":
                // JDBC / MySQL: Sunday 1 .. Saturday 7
                if (n == 1 && source != Dialect.POSTGRESQL) {
                    return new Addition(extract("DOW", args.get(0)), new net.sf.jsqlparser.expression.LongValue(1));
                }
                return rename(f, upper);
            case "RAND": case "RANDOM":
                // a float in [0, 1) (SQLite's RANDOM() is an integer; it is read as its own dialect's function)
                return n == 0 && source != Dialect.SQLITE ? rename(f, "RANDOM") : rename(f, upper);
            case "DATETRUNC":
                if (n == 2) {
                    String unit = unitName(args.get(0));
                    if (unit != null) {
                        return new Function("DATE_TRUNC", new StringValue(unit.toLowerCase(Locale.ROOT)), args.get(1));
                    }
                }
                return rename(f, upper);
            case "DATE_TRUNC":
                if (n == 2 && args.get(0) instanceof StringValue s) {
                    String unit = DateUnits.truncUnit(s.getValue());
                    if (unit != null && !unit.equals(s.getValue())) {
                        return new Function("DATE_TRUNC", new StringValue(unit), args.get(1));
                    }
                }
                return rename(f, upper);
            default:
                return rename(f, upper);
        }
    }

    /** A call this reader built in canonical form from a source spelling that reading again would change. */
    private static final class ReadFunction extends Function {
        ReadFunction(String name, Expression... args) {
            super(name, args);
        }
    }

    static List<Expression> args(Function f) {
        ExpressionList<?> p = f.getParameters();
        @SuppressWarnings("unchecked")
        List<Expression> list = p == null ? List.of() : (List<Expression>) p;
        return list;
    }

    private static Function rename(Function f, String canonical) {
        if (!canonical.equals(f.getName())) {
            f.setName(canonical);
        }
        return f;
    }

    private static boolean isString(Expression e, String value) {
        return e instanceof StringValue s && s.getValue().equalsIgnoreCase(value);
    }

    /** A date-part name written as a keyword ({@code day}), a string ({@code 'day'}) or a column-looking word. */
    static String unitName(Expression e) {
        if (e instanceof StringValue s) {
            return s.getValue().trim().toUpperCase(Locale.ROOT);
        }
        if (e instanceof Column c && c.getTable() == null) {
            return c.getColumnName().toUpperCase(Locale.ROOT);
        }
        if (e instanceof net.sf.jsqlparser.expression.DateUnitExpression d) {
            return d.toString().toUpperCase(Locale.ROOT); // JSqlParser 5.4 reads DATEADD(day, ..)'s unit so
        }
        return null;
    }

    private static Expression readSubstring(Function f, List<Expression> args) {
        NamedExpressionList<?> named = f.getNamedParameters();
        if (named != null) {
            // SUBSTRING(s FROM a [FOR b])
            List<String> names = named.getNames();
            @SuppressWarnings("unchecked")
            List<Expression> values = (List<Expression>) named;
            if (values.size() >= 2 && "FROM".equalsIgnoreCase(names.get(1).trim())) {
                Function canonical = values.size() == 3 && "FOR".equalsIgnoreCase(names.get(2).trim())
                        ? new Function("SUBSTRING", values.get(0), values.get(1), values.get(2))
                        : new Function("SUBSTRING", values.get(0), values.get(1));
                return canonical;
            }
            return rename(f, "SUBSTRING");
        }
        return rename(f, "SUBSTRING");
    }

    private static Expression readPosition(Function f) {
        NamedExpressionList<?> named = f.getNamedParameters();
        if (named != null && named.size() == 2) {
            @SuppressWarnings("unchecked")
            List<Expression> values = (List<Expression>) named;
            return position(f, values.get(0), values.get(1));
        }
        return rename(f, "POSITION");
    }

    /** Canonical {@code POSITION(needle, haystack)} as a plain two-argument call. */
    private static Function position(Function original, Expression needle, Expression haystack) {
        Function p = new Function("POSITION", needle, haystack);
        return p;
    }

    private static ExtractExpression extract(String field, Expression value) {
        ExtractExpression e = new ExtractExpression();
        e.setName(field);
        e.setExpression(value);
        return e;
    }

    /** {@code INTERVAL amount unit}, the amount being any expression. */
    static IntervalExpression interval(Expression amount, String unit) {
        IntervalExpression i = new IntervalExpression();
        i.setExpression(DateRules.foldSign(amount));
        i.setIntervalType(unit);
        return i;
    }
}
