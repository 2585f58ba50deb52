package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.target.TargetDialect;

/**
 * Re-quotes identifiers in rendered SQL: a lexical pass that walks string literals untouched and rewrites every
 * quoted identifier of the source ({@code "x"}, {@code `x`}, and {@code [x]} for a SQL Server source) with the
 * target's {@link TargetDialect#quoteIdentifier}. JSqlParser keeps quote characters inside identifier names, so
 * doing this on the text covers columns, tables, aliases, DDL and every other place a name can appear.
 *
 * <p>MySQL reads {@code "x"} as a string literal; for a MySQL source it is rendered as {@code 'x'}.
 */
final class IdentifierQuoting {
    private IdentifierQuoting() {
    }

    static String requote(String sql, Dialect source, TargetDialect target) {
        boolean brackets = source == Dialect.SQLSERVER;
        int n = sql.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = skipString(sql, i);
                continue;
            }
            char close;
            if (c == '"') {
                close = '"';
            } else if (c == '`') {
                close = '`';
            } else if (c == '[' && brackets) {
                close = ']';
            } else {
                i++;
                continue;
            }
            int end = findClose(sql, i + 1, close);
            if (end < 0) {
                break; // unbalanced: leave the rest alone
            }
            String name = sql.substring(i + 1, end).replace(doubled(close), String.valueOf(close));
            String replacement = c == '"' && source == Dialect.MYSQL
                    ? "'" + name.replace("'", "''") + "'"
                    : target.quoteIdentifier(name);
            if (out == null) {
                out = new StringBuilder(n + 8);
            }
            out.append(sql, copied, i).append(replacement);
            copied = end + 1;
            i = end + 1;
        }
        if (out == null) {
            return sql;
        }
        out.append(sql, copied, n);
        return out.toString();
    }

    private static String doubled(char c) {
        return new String(new char[] {c, c});
    }

    private static int skipString(String sql, int start) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && sql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    private static int findClose(String sql, int from, char close) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < n && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }
}
