package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import java.util.Locale;
import java.util.Set;

/**
 * Names that no source dialect reserves but JSqlParser reads as keywords of another database: {@code settings}
 * (ClickHouse's SETTINGS clause), so {@code SELECT a FROM settings} does not parse, and {@code key} at the start of a
 * column (MySQL's KEY index clause), so {@code CREATE TABLE t (key VARCHAR(50), ..)} is not understood. When a
 * statement does not parse, each bare occurrence is quoted and it is parsed again (only then, to leave every
 * statement that parses as written). The name is quoted in the case the target gives the bare name (H2 folds to
 * upper case, PostgreSQL to lower case), so the quoted name still finds the table created without quotes;
 * {@link IdentifierQuoting} then writes the target's quotes. Strings, comments and quoted names are left alone.
 */
final class ParserOnlyKeywords {
    private static final Set<String> WORDS = Set.of("SETTINGS");

    private ParserOnlyKeywords() {
    }

    /** {@code sql} with the bare {@link #WORDS} quoted for {@code source}, or the same instance when it has none. */
    static String quote(String sql, Dialect source, Dialect target) {
        if (!mayContain(sql)) {
            return sql;
        }
        String open = source == Dialect.MYSQL ? "`" : source == Dialect.SQLSERVER ? "[" : "\"";
        String close = source == Dialect.MYSQL ? "`" : source == Dialect.SQLSERVER ? "]" : "\"";
        StringBuilder out = null;
        int copied = 0;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            int skipped = SqlLexing.skipQuotedOrComment(sql, i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = sql.charAt(i);
            if (c == '[' && source == Dialect.SQLSERVER) {
                int end = sql.indexOf(']', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (!Character.isLetter(c) && c != '_') {
                i++;
                continue;
            }
            int k = i + 1;
            while (k < n && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_' || sql.charAt(k) == '$')) {
                k++;
            }
            String word = sql.substring(i, k);
            String upper = word.toUpperCase(Locale.ROOT);
            if (WORDS.contains(upper) || upper.equals("KEY") && source != Dialect.MYSQL && startsAColumn(sql, i)) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(sql, copied, i).append(open).append(ReservedIdentifiers.folded(word, target)).append(close);
                copied = k;
            }
            i = k;
        }
        return out == null ? sql : out.append(sql, copied, n).toString();
    }

    private static boolean mayContain(String sql) {
        String upper = sql.toUpperCase(Locale.ROOT);
        return upper.contains("SETTINGS") || upper.contains("KEY");
    }

    /**
     * Whether the word at {@code i} follows {@code (} or {@code ,}: a column list or definition, where JSqlParser
     * reads {@code key} as MySQL's KEY index clause (PRIMARY, FOREIGN and UNIQUE KEY are preceded by their word).
     */
    private static boolean startsAColumn(String sql, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(sql.charAt(k))) {
            k--;
        }
        return k >= 0 && (sql.charAt(k) == '(' || sql.charAt(k) == ',');
    }
}
