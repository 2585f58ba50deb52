package dev.alchemy.translator.target;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.JdbcParameter;

/**
 * The {@code ?} markers of SQL Server rewrites that move operands around ({@code CHARINDEX(needle, haystack)},
 * {@code DATEADD(unit, amount, date)}, {@code TOP (?)}, {@code OUTPUT}): JDBC binds values by position, so a
 * rewrite may only reorder operands when the markers still come out in the order the parser numbered them.
 */
final class SqlServerMarkers {
    private SqlServerMarkers() {
    }

    /** The parser's 1-based numbers of the markers in {@code e}, in tree order. */
    static List<Integer> indexes(Expression e) {
        List<Integer> found = new ArrayList<>(2);
        if (e == null) {
            return found;
        }
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(JdbcParameter parameter, S context) {
                found.add(parameter.getIndex() == null ? 0 : parameter.getIndex());
                return null;
            }
        }, null);
        return found;
    }

    static boolean any(Expression e) {
        return e != null && (e instanceof JdbcParameter || !indexes(e).isEmpty() || anyInText(e.toString()));
    }

    /**
     * Throws 0A000 naming {@code construct} when rendering {@code inOutputOrder} one after the other would emit
     * markers of a later operand before those of an earlier one.
     */
    static void requireOrder(Renderer r, String construct, Expression... inOutputOrder) {
        int last = 0;
        for (Expression e : inOutputOrder) {
            for (int index : indexes(e)) {
                if (index != 0 && index < last) {
                    throw r.unsupported(construct + ": the ? markers would be bound in the wrong order");
                }
                last = Math.max(last, index);
            }
        }
    }

    /** Whether SQL text has a {@code ?} outside string literals, quoted identifiers and comments. */
    static boolean anyInText(String sql) {
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                for (i++; i < n; i++) {
                    if (sql.charAt(i) == close) {
                        if (i + 1 < n && sql.charAt(i + 1) == close) {
                            i++;
                            continue;
                        }
                        break;
                    }
                }
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '?') {
                return true;
            }
        }
        return false;
    }
}
