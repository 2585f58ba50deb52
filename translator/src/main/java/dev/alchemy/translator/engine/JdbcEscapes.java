package dev.alchemy.translator.engine;

import java.util.Locale;

/**
 * Resolves JDBC escape syntax before parsing, for every target: {@code {fn f(..)}} -> {@code f(..)} (the
 * function is then read like any other), {@code {d '..'}} -> {@code DATE '..'}, {@code {t '..'}} ->
 * {@code TIME '..'}, {@code {ts '..'}} -> {@code TIMESTAMP '..'}, {@code {oj ..}} -> its contents,
 * {@code {escape 'c'}} -> {@code ESCAPE 'c'}, {@code {limit n [offset m]}} -> {@code LIMIT n [OFFSET m]}.
 * Braces inside string literals, quoted identifiers and comments are left alone; {@code {call ..}} and
 * {@code {? = call ..}} are left for the driver's callable-statement handling.
 */
final class JdbcEscapes {
    private JdbcEscapes() {
    }

    static String resolve(String sql) {
        if (sql.indexOf('{') < 0) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        int i = 0;
        // Closing braces of escapes we opened, by nesting depth: true when the brace is to be dropped.
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        while (i < n) {
            char c = sql.charAt(i);
            int skip = SqlLexing.skipQuotedOrComment(sql, i);
            if (skip > i) {
                out.append(sql, i, skip);
                i = skip;
                continue;
            }
            if (c == '{') {
                int k = i + 1;
                while (k < n && Character.isWhitespace(sql.charAt(k))) {
                    k++;
                }
                int wordEnd = k;
                while (wordEnd < n && Character.isLetter(sql.charAt(wordEnd))) {
                    wordEnd++;
                }
                String word = sql.substring(k, wordEnd).toLowerCase(Locale.ROOT);
                String replacement;
                switch (word) {
                    case "fn": case "oj": replacement = ""; break;
                    case "d": replacement = "DATE "; break;
                    case "t": replacement = "TIME "; break;
                    case "ts": replacement = "TIMESTAMP "; break;
                    case "escape": replacement = "ESCAPE "; break;
                    case "limit": replacement = "LIMIT "; break;
                    default: replacement = null;
                }
                if (replacement == null) {
                    open.push(Boolean.FALSE);
                    out.append(c);
                    i++;
                    continue;
                }
                open.push(Boolean.TRUE);
                out.append(replacement);
                i = wordEnd;
                while (i < n && Character.isWhitespace(sql.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (c == '}' && !open.isEmpty()) {
                if (!open.pop()) {
                    out.append(c);
                }
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
