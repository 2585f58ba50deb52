package dev.alchemy.translator.engine;

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

    /** The number of {@code ?} parameter markers outside literals, quoted identifiers and comments. */
    static int countMarkers(String sql) {
        int count = 0;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            int skip = skipQuotedOrComment(sql, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            if (sql.charAt(i) == '?') {
                count++;
            }
            i++;
        }
        return count;
    }
}
