package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;

/** Small lexical helpers shared by the text passes: skipping literals, quoted identifiers and comments. */
final class SqlLexing {
    private SqlLexing() {
    }

    /**
     * If a string literal, quoted identifier ({@code "x"}, {@code `x`}) or comment starts at {@code i}, the index
     * just after it; otherwise {@code i}.
     */
    static int skipQuotedOrComment(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int k = i + 1;
            while (k < n) {
                if (sql.charAt(k) == c) {
                    if (k + 1 < n && sql.charAt(k + 1) == c) {
                        k += 2;
                        continue;
                    }
                    return k + 1;
                }
                k++;
            }
            return n;
        }
        if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
            int end = sql.indexOf('\n', i);
            return end < 0 ? n : end + 1;
        }
        if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? n : end + 2;
        }
        return i;
    }

    /**
     * The number of real {@code ?} parameter markers in SQL written for {@code dialect}: not inside string literals
     * (with the dialect's backslash escapes: MySQL strings, PostgreSQL {@code E'..'}), PostgreSQL dollar-quoted
     * strings, quoted identifiers ({@code "x"}, {@code `x`}, and SQL Server's {@code [x]}) or comments.
     */
    static int countMarkers(String sql, Dialect dialect) {
        int count = 0;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' && (dialect == Dialect.MYSQL || ((dialect == Dialect.POSTGRESQL || dialect == Dialect.PORTABLE) && escapePrefixBefore(sql, i)))) {
                i = skipBackslashString(sql, i, c);
                continue;
            }
            if (c == '"' && dialect == Dialect.MYSQL) {
                i = skipBackslashString(sql, i, c); // MySQL's "..." is a string literal with escapes
                continue;
            }
            if (c == '[' && dialect == Dialect.SQLSERVER) {
                int k = i + 1;
                while (k < n && (sql.charAt(k) != ']' || (k + 1 < n && sql.charAt(k + 1) == ']' && (k += 1) > 0))) {
                    k++; // ]] inside [..] is an escaped ]
                }
                i = Math.min(n, k + 1);
                continue;
            }
            if (c == '$' && dialect == Dialect.POSTGRESQL) {
                int skip = skipDollarQuoted(sql, i);
                if (skip > i) {
                    i = skip;
                    continue;
                }
            }
            int skip = skipQuotedOrComment(sql, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            if (c == '?') {
                count++;
            }
            i++;
        }
        return count;
    }

    /** Is the quote at {@code i} the start of a PostgreSQL {@code E'..'} string (an E that is a whole word)? */
    private static boolean escapePrefixBefore(String sql, int i) {
        if (i == 0 || (sql.charAt(i - 1) != 'E' && sql.charAt(i - 1) != 'e')) {
            return false;
        }
        return i == 1 || !(Character.isLetterOrDigit(sql.charAt(i - 2)) || sql.charAt(i - 2) == '_');
    }

    private static int skipBackslashString(String sql, int start, char quote) {
        int n = sql.length();
        int k = start + 1;
        while (k < n) {
            char c = sql.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == quote) {
                if (k + 1 < n && sql.charAt(k + 1) == quote) {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            k++;
        }
        return n;
    }

    /** If a PostgreSQL dollar-quoted string ({@code $$..$$}, {@code $tag$..$tag$}) starts at {@code i}, its end. */
    private static int skipDollarQuoted(String sql, int i) {
        int n = sql.length();
        int k = i + 1;
        while (k < n && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_')) {
            k++;
        }
        if (k >= n || sql.charAt(k) != '$' || (k > i + 1 && Character.isDigit(sql.charAt(i + 1)))) {
            return i; // $1 positional parameter or a lone $
        }
        if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
            return i; // part of an identifier such as a$b
        }
        String tag = sql.substring(i, k + 1);
        int end = sql.indexOf(tag, k + 1);
        return end < 0 ? n : end + tag.length();
    }
}
