package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.util.Locale;
import java.util.Set;

/**
 * Quotes an identifier only when it needs it: a reserved word in any dialect (so the same metadata works
 * everywhere, e.g. {@code user}, {@code order}), or a name that is not plain lower-case
 * ({@code [a-z_][a-z0-9_]*}), whose case or characters would otherwise be folded or rejected.
 */
public final class Identifiers {
    /** Reserved in at least one of PostgreSQL, SQL Server, MySQL, SQLite, H2 (the ones table or column names hit). */
    private static final Set<String> RESERVED = Set.of(
            "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc", "authorization", "backup",
            "between", "both", "by", "call", "case", "cast", "check", "collate", "column", "commit", "constraint",
            "create", "cross", "current", "current_date", "current_time", "current_timestamp", "current_user",
            "database", "day", "default", "delete", "desc", "describe", "distinct", "do", "double", "drop", "else",
            "end", "except", "exists", "explain", "false", "fetch", "file", "for", "foreign", "from", "full", "function",
            "grant", "group", "having", "hour", "if", "ilike", "in", "index", "inner", "insert", "intersect",
            "interval", "into", "is", "join", "key", "keys", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "match", "minus", "minute", "month", "natural", "not", "null", "of", "offset", "on",
            "open", "option", "or", "order", "outer", "over", "percent", "plan", "primary", "procedure", "public",
            "qualify", "range", "read", "references", "regexp", "rename", "replace", "returning", "revoke", "right",
            "row", "rows", "rownum", "schema", "second", "select", "session_user", "set", "some", "table", "then",
            "to", "top", "trailing", "transaction", "trigger", "true", "union", "unique", "update", "usage", "user",
            "using", "value", "values", "view", "when", "where", "window", "with", "year", "_rowid_", "rowid");

    private Identifiers() {
    }

    public static boolean needsQuoting(String name) {
        if (name.isEmpty()) {
            return true;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first == '_')) {
            return true;
        }
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_')) {
                return true;
            }
        }
        return RESERVED.contains(name);
    }

    /** The identifier as {@code dialect} needs it written. */
    public static String quote(String name, Dialect dialect) {
        if (!needsQuoting(name)) {
            return name;
        }
        switch (dialect) {
            case MYSQL:
                return '`' + name.replace("`", "``") + '`';
            case SQLSERVER:
                return '[' + name.replace("]", "]]") + ']';
            default:
                return '"' + name.replace("\"", "\"\"") + '"';
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
