package dev.alchemy.translator.engine;

import dev.alchemy.translator.target.TargetDialect;

import java.util.Locale;

/**
 * SQL Server's session temporary tables, {@code #name}, for targets that spell them {@code CREATE TEMPORARY TABLE
 * name}: every {@code #name} outside literals, quoted identifiers and comments loses its {@code #}, and a
 * {@code CREATE TABLE #name} becomes the target's temporary table. Global {@code ##name} tables have no
 * equivalent and are left as written.
 */
final class TempTables {
    private TempTables() {
    }

    /** {@code sql} rendered from a SQL Server source, with its temporary tables in the target's form. */
    static String rewrite(String sql, TargetDialect target) {
        if (sql.indexOf('#') < 0) {
            return sql;
        }
        int n = sql.length();
        StringBuilder out = new StringBuilder(n + 16);
        int i = 0;
        boolean changed = false;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '[' && i + 2 < n && sql.charAt(i + 1) == '#' && sql.charAt(i + 2) != '#') {
                changed = true; // [#name] is the temporary table too
                insertTemporary(out, target);
                out.append('[');
                i += 2;
                continue;
            }
            int skip = c == '[' ? closingBracket(sql, i) : SqlLexing.skipQuotedOrComment(sql, i);
            if (skip > i) {
                out.append(sql, i, skip);
                i = skip;
                continue;
            }
            boolean startsName = c == '#' && i + 1 < n && isNameStart(sql.charAt(i + 1))
                    && (i == 0 || !isNamePart(sql.charAt(i - 1)));
            if (startsName) {
                changed = true;
                insertTemporary(out, target);
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return changed ? out.toString() : sql;
    }

    /** When what precedes the name is {@code CREATE TABLE}, makes it the target's temporary table. */
    private static void insertTemporary(StringBuilder out, TargetDialect target) {
        String before = out.toString().toUpperCase(Locale.ROOT).stripTrailing();
        if (before.endsWith("CREATE TABLE") || before.endsWith("CREATE TABLE IF NOT EXISTS")) {
            int at = out.toString().toUpperCase(Locale.ROOT).lastIndexOf("TABLE");
            out.insert(at, target.temporaryTableKeyword() + " ");
        }
    }

    private static int closingBracket(String sql, int i) {
        int end = sql.indexOf(']', i + 1);
        return end < 0 ? sql.length() : end + 1;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '@' || c == '$';
    }
}
