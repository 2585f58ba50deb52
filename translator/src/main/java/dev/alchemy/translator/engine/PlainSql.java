package dev.alchemy.translator.engine;

import java.util.Locale;
import java.util.Set;

/**
 * The fast path's pre-check: is a statement written in the closed vocabulary that every opted-in target renders
 * identically, so that parsing it would only give back the same SQL?
 *
 * <p>The vocabulary: unquoted identifiers; numbers; {@code '..'} strings without backslashes (which MySQL reads as
 * escapes); the operators {@code = < > <= >= <> + - * , . ( )} and {@code ?} markers; the keywords in
 * {@link #KEYWORDS}; and calls of the functions in {@link #FUNCTIONS}. Anything else (quotes, {@code ||},
 * {@code ::}, {@code /}, {@code %}, comments, braces, any other function call, and every word that a source
 * reading or a target rule reacts to, listed in {@link #SPECIAL_WORDS}) sends the statement through the parser.
 * Every rule of the renderer keys on one of those excluded forms, which is why the rendering of an accepted
 * statement cannot differ from it.
 *
 * <p>The check is lexical: it does not prove the statement is valid SQL. It is therefore used only under
 * {@code onError=passthrough}, where an unparseable statement is sent unchanged anyway (the database then reports
 * the syntax error); under {@code onError=fail} every statement is parsed.
 */
final class PlainSql {
    /** Keywords whose meaning and spelling are the same in every dialect. */
    private static final Set<String> KEYWORDS = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "IS",
            "NULL", "AS", "ORDER", "BY", "ASC", "DESC", "GROUP", "HAVING", "INSERT", "INTO", "VALUES", "UPDATE", "SET",
            "DELETE", "JOIN", "INNER", "LEFT", "RIGHT", "OUTER", "ON", "BETWEEN", "LIKE", "DISTINCT", "CASE", "WHEN",
            "THEN", "ELSE", "END", "EXISTS", "UNION", "ALL");

    /** Functions every target spells and evaluates the same way (MySQL's AVG differs, so it is not here). */
    private static final Set<String> FUNCTIONS = Set.of("COUNT", "SUM", "MIN", "MAX", "UPPER", "LOWER", "ABS",
            "COALESCE", "NULLIF");

    /**
     * Words that are not plain identifiers: keywords some dialect treats specially, bare functions and literals.
     * An unlisted keyword would still have to be one no rule reacts to, since rules react to node kinds listed here.
     */
    private static final Set<String> SPECIAL_WORDS = Set.of("TRUE", "FALSE", "UNKNOWN", "LIMIT", "OFFSET", "FETCH",
            "TOP", "FIRST", "NEXT", "ROWS", "ROW", "ONLY", "PERCENT", "TIES", "NULLS", "LAST", "INTERVAL", "ILIKE",
            "RLIKE", "REGEXP", "SIMILAR", "GLOB", "MATCH", "ISNULL", "NOTNULL", "CURRENT_TIMESTAMP", "CURRENT_DATE",
            "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME", "SYSDATE", "SYSTIMESTAMP", "CURRENT_USER", "SESSION_USER",
            "USER", "CURRENT_SCHEMA", "DATE", "TIME", "TIMESTAMP", "EXCLUDED", "INSERTED", "DELETED", "RETURNING",
            "OUTPUT", "CONFLICT", "DUPLICATE", "KEY", "IGNORE", "REPLACE", "MERGE", "USING", "CAST", "CONVERT",
            "EXTRACT", "OVER", "PARTITION", "WINDOW", "WITH", "RECURSIVE", "ESCAPE", "COLLATE", "BINARY", "DIV",
            "MOD", "XOR", "ANY", "SOME", "EXCEPT", "INTERSECT", "MINUS", "FULL", "CROSS", "NATURAL", "APPLY",
            "LATERAL", "STRAIGHT_JOIN", "FOR", "LOCK", "SHARE", "NOWAIT", "SKIP", "OF", "DEFAULT", "CREATE", "DROP",
            "ALTER", "TRUNCATE", "TABLE", "INDEX", "VIEW", "GRANT", "REVOKE", "BEGIN", "COMMIT", "ROLLBACK",
            "SAVEPOINT", "START", "TRANSACTION", "CALL", "EXEC", "EXECUTE", "DECLARE", "GO", "USE", "SHOW",
            "DESCRIBE", "EXPLAIN", "PRAGMA", "VALUE", "ARRAY", "UNNEST", "ROWNUM", "LEVEL", "PRIOR", "CONNECT",
            "DUAL", "QUALIFY", "PIVOT", "UNPIVOT", "TABLESAMPLE", "SEPARATOR", "WITHIN", "FILTER", "OVERLAPS",
            "AT", "ZONE", "HIGH_PRIORITY", "LOW_PRIORITY", "DELAYED", "SQL_CALC_FOUND_ROWS", "OPENJSON", "NOLOCK");

    private PlainSql() {
    }

    /** Statements may only start with these (anything else, including misspellings, goes to the parser). */
    private static final Set<String> FIRST_WORDS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");

    static boolean isPlain(String sql) {
        return isPlain(sql, java.util.Set.of());
    }

    /** {@link #isPlain(String)}, and no name in it is a word {@code reserved} lists (the target must see it quoted). */
    static boolean isPlain(String sql, Set<String> reserved) {
        int n = sql.length();
        int i = 0;
        String previousWord = null;
        boolean first = true;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            boolean letter = Character.isLetter(c) || c == '_';
            if (first && !letter) {
                return false;
            }
            if (c == '\'') {
                int k = i + 1;
                while (true) {
                    if (k >= n) {
                        return false;
                    }
                    char s = sql.charAt(k);
                    if (s == '\\') {
                        return false;
                    }
                    if (s == '\'') {
                        if (k + 1 < n && sql.charAt(k + 1) == '\'') {
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    k++;
                }
                i = k + 1;
                previousWord = null;
                continue;
            }
            if (letter) {
                int k = i + 1;
                while (k < n && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_')) {
                    k++;
                }
                String word = sql.substring(i, k).toUpperCase(Locale.ROOT);
                if (first && !FIRST_WORDS.contains(word)) {
                    return false;
                }
                first = false;
                if (word.equals("DISTINCT") && ("IS".equals(previousWord) || "NOT".equals(previousWord))) {
                    return false; // IS [NOT] DISTINCT FROM
                }
                int after = k;
                while (after < n && sql.charAt(after) == ' ') {
                    after++;
                }
                boolean call = after < n && sql.charAt(after) == '(';
                if (KEYWORDS.contains(word)) {
                    previousWord = word;
                    i = k;
                    continue;
                }
                if (SPECIAL_WORDS.contains(word) || (k < n && sql.charAt(k) == '\'') || reserved.contains(word)) {
                    return false; // special word, a typed literal such as N'..' / X'..', or a name to quote
                }
                if (call && !FUNCTIONS.contains(word) && !"INTO".equals(previousWord)) {
                    return false; // a function call (INSERT INTO t (cols) is the one identifier-then-( form)
                }
                previousWord = word;
                i = k;
                continue;
            }
            if (Character.isDigit(c)) {
                int k = i + 1;
                while (k < n && (Character.isDigit(sql.charAt(k)) || sql.charAt(k) == '.')) {
                    k++;
                }
                if (k < n && (Character.isLetter(sql.charAt(k)) || sql.charAt(k) == '_')) {
                    return false; // 1e5, 0x1F, 1.x ...
                }
                i = k;
                previousWord = null;
                continue;
            }
            switch (c) {
                case '=': case '<': case '>': case '+': case '*': case ',': case '.': case '(': case ')': case '?':
                    break;
                case '-':
                    if (i + 1 < n && sql.charAt(i + 1) == '-') {
                        return false; // comment
                    }
                    break;
                default:
                    return false;
            }
            i++;
            previousWord = null;
        }
        return true;
    }
}
