package dev.alchemy.translator.corpus;

import dev.alchemy.translator.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings two renderings of a statement to one form so a correct translation that differs from SQLGlot's only
 * in form still counts as equal. It forgives exactly four things and nothing else:
 * <ol>
 *   <li><b>whitespace</b> between tokens (tokens are compared, not text);</li>
 *   <li><b>keyword and identifier case</b> of unquoted words: PostgreSQL folds names to lower case, SQL Server,
 *       SQLite and H2 compare them without case. MySQL is the exception: table names are case-sensitive on
 *       Linux, so for MySQL only keywords, type names and function names (a word before {@code (}) lose their
 *       case, other words keep it;</li>
 *   <li><b>identifier quoting</b> where it changes nothing: {@code "name"}, {@code [name]}, {@code `name`}
 *       equal unquoted {@code name} only when the quoted text is lower case, a regular identifier and not a
 *       reserved word, because PostgreSQL folds unquoted names to lower case ({@code "Name"} is not
 *       {@code name} there, so it stays quoted, and {@code "order"} is not the keyword {@code order}). Quoted
 *       names compare by content whatever the quote characters ({@code [a]]b]} equals {@code "a]b"});</li>
 *   <li><b>redundant parentheses</b>, conservatively: around a single operand (a name, literal or parameter) in
 *       an operand position, and around a whole expression that is the entire select item, argument, condition
 *       or {@code WHEN/THEN/ELSE} branch (never a subquery, a row with commas, a row of a {@code VALUES} list,
 *       or anything next to an operator whose precedence could matter).</li>
 * </ol>
 * Strings, numbers, operators, comments and everything else compare exactly. In MySQL a double-quoted token is
 * a string, not an identifier, and is compared as one. Where in doubt the normaliser keeps a difference: it may
 * call two equivalent statements different, never two different statements equal.
 */
public final class SqlNormaliser {

    /** Reserved words a quoted identifier must keep its quotes for: unquoted they would be keywords. */
    private static final Set<String> RESERVED = Set.of(
            "all", "alter", "and", "any", "array", "as", "asc", "between", "both", "by", "case", "cast", "check",
            "collate", "column", "constraint", "create", "cross", "current_date", "current_time",
            "current_timestamp", "current_user", "default", "delete", "desc", "distinct", "drop", "else", "end",
            "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "having",
            "in", "index", "inner", "insert", "intersect", "interval", "into", "is", "join", "key", "leading",
            "left", "like", "limit", "natural", "not", "null", "offset", "on", "or", "order", "outer", "primary",
            "references", "right", "select", "session_user", "set", "some", "table", "then", "to", "top",
            "trailing", "true", "union", "unique", "update", "user", "using", "values", "when", "where", "window",
            "with");
    private static final Pattern REGULAR_LOWER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern REGULAR = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Words MySQL compares without case although other words (table names) may keep it. */
    private static final Set<String> MYSQL_KEYWORDS = Set.of(
            "add", "after", "against", "algorithm", "all", "alter", "and", "any", "as", "asc", "auto_increment",
            "before", "begin", "between", "bigint", "binary", "bit", "blob", "bool", "boolean", "both", "by",
            "call", "cascade", "case", "cast", "change", "char", "character", "charset", "check", "collate",
            "column", "comment", "commit", "constraint", "create", "cross", "current_date", "current_time",
            "current_timestamp", "current_user", "database", "date", "datetime", "day", "day_hour", "decimal",
            "declare", "default", "definer", "delete", "desc", "describe", "distinct", "div", "double", "drop",
            "duplicate", "each", "else", "elseif", "end", "engine", "enum", "escape", "except", "exists",
            "explain", "false", "fetch", "first", "float", "for", "force", "foreign", "from", "full", "fulltext",
            "function", "grant", "group", "having", "high_priority", "hour", "if", "ignore", "in", "index",
            "inner", "insert", "int", "integer", "intersect", "interval", "into", "is", "join", "json", "key",
            "keys", "language", "last", "leading", "left", "like", "limit", "lock", "long", "longblob",
            "longtext", "match", "mediumint", "mediumtext", "minute", "mod", "mode", "month", "natural", "new",
            "no", "not", "null", "nulls", "numeric", "of", "offset", "old", "on", "only", "or", "order", "outer",
            "over", "partition", "precision", "primary", "procedure", "quarter", "range", "real", "recursive",
            "references", "regexp", "rename", "replace", "restrict", "return", "returns", "right", "rlike",
            "rollback", "row", "rows", "schema", "second", "select", "separator", "set", "share", "signed",
            "smallint", "sql_calc_found_rows", "start", "straight_join", "table", "temporary", "text", "then",
            "time", "timestamp", "tinyint", "tinytext", "to", "trailing", "transaction", "trigger", "true",
            "truncate", "union", "unique", "unsigned", "update", "use", "using", "values", "varbinary", "varchar",
            "view", "week", "when", "where", "window", "with", "within", "xor", "year", "zerofill");

    /** Keywords after which a parenthesised single operand is an operand, not a call or a list. */
    private static final Set<String> OPERAND_AFTER_WORD = Set.of(
            "select", "where", "and", "or", "not", "when", "then", "else", "on", "having", "between", "return",
            "like");
    private static final Set<String> OPERAND_AFTER_OP = Set.of(
            "(", "=", "<>", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||");
    /** Tokens before a group that may then be a whole item, argument or condition. */
    private static final Set<String> ELEMENT_START = Set.of(
            "(", ",", "select", "where", "on", "having", "when", "then", "else");
    /** Tokens after a group that end a whole item, argument or condition. */
    private static final Set<String> ELEMENT_END = Set.of(
            ")", ",", ";", "from", "where", "group", "order", "having", "limit", "offset", "fetch", "as", "then",
            "else", "end", "when", "union", "intersect", "except", "join", "left", "right", "inner", "full",
            "cross", "window", "returning");
    private static final Set<String> QUERY_START = Set.of("select", "with", "values", "table");

    private SqlNormaliser() {
    }

    /** The normal form of {@code sql} as written for {@code dialect}: one token per entry. */
    public static List<String> normalise(String sql, Dialect dialect) {
        List<Tok> toks = tokenize(sql, dialect);
        while (!toks.isEmpty() && toks.get(toks.size() - 1).text.equals(";")) {
            toks.remove(toks.size() - 1);
        }
        removeRedundantParentheses(toks);
        List<String> out = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            out.add(t.kind + ":" + t.text);
        }
        return out;
    }

    public static boolean equivalent(String a, String b, Dialect dialect) {
        return normalise(a, dialect).equals(normalise(b, dialect));
    }

    // ---- tokens

    private enum Kind { WORD, QUOTED, STRING, NUMBER, PARAM, OP, COMMENT }

    private static final class Tok {
        final Kind kind;
        final String text;
        /** A word as written, before case folding (null for other tokens). */
        final String original;

        Tok(Kind kind, String text) {
            this(kind, text, null);
        }

        Tok(Kind kind, String text, String original) {
            this.kind = kind;
            this.text = text;
            this.original = original;
        }

        boolean is(String s) {
            return (kind == Kind.WORD || kind == Kind.OP) && text.equals(s);
        }

        boolean isOperand() {
            return kind == Kind.WORD && !RESERVED.contains(text) || kind == Kind.QUOTED || kind == Kind.STRING
                    || kind == Kind.NUMBER || kind == Kind.PARAM;
        }
    }

    private static final String[] OPERATORS = {
            "->>", "<=>", "<>", "!=", "<=", ">=", "||", "::", "->", "=>", ":=", "<<", ">>", "@>", "<@", "!~*", "~*",
            "!~", "&&"};

    private static List<Tok> tokenize(String s, Dialect d) {
        List<Tok> toks = lex(s, d);
        if (d == Dialect.MYSQL) { // restore the case of words MySQL may compare with case (table names)
            for (int k = 0; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.kind == Kind.WORD && t.original != null && !MYSQL_KEYWORDS.contains(t.text)
                        && !(k + 1 < toks.size() && toks.get(k + 1).is("("))) {
                    toks.set(k, new Tok(Kind.WORD, t.original));
                }
            }
        }
        return toks;
    }

    private static List<Tok> lex(String s, Dialect d) {
        List<Tok> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        boolean mysql = d == Dialect.MYSQL;
        boolean brackets = d == Dialect.SQLSERVER || d == Dialect.SQLITE;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                int e = s.indexOf('\n', i);
                e = e < 0 ? n : e;
                out.add(new Tok(Kind.COMMENT, s.substring(i, e).strip()));
                i = e;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int e = s.indexOf("*/", i + 2);
                e = e < 0 ? n : e + 2;
                out.add(new Tok(Kind.COMMENT, s.substring(i, e)));
                i = e;
            } else if ((c == '\'' || c == '"' || c == '`' || c == '[' && brackets)
                    && endOfQuoted(s, i, c == '[' ? ']' : c, mysql && c != '`' && c != '[') < 0) {
                out.add(new Tok(Kind.STRING, s.substring(i))); // unterminated: the rest compares as written
                i = n;
            } else if (c == '\'' || (c == '"' && mysql)) {
                int e = endOfQuoted(s, i, c, mysql);
                out.add(new Tok(Kind.STRING, canonicalString(s.substring(i + 1, e - 1), c)));
                i = e;
            } else if ((c == 'N' || c == 'n' || c == 'E' || c == 'e' || c == 'X' || c == 'x' || c == 'B'
                    || c == 'b') && i + 1 < n && s.charAt(i + 1) == '\'' && !partOfWord(s, i)) {
                int e = endOfQuoted(s, i + 1, '\'', mysql || c == 'E' || c == 'e');
                e = e < 0 ? n : e;
                out.add(new Tok(Kind.STRING, Character.toUpperCase(c) + s.substring(i + 1, e)));
                i = e;
            } else if (c == '"' || c == '`') {
                int e = endOfQuoted(s, i, c, false);
                out.add(quotedIdentifier(s.substring(i + 1, e - 1).replace("" + c + c, "" + c), mysql));
                i = e;
            } else if (c == '[' && brackets) {
                int e = endOfQuoted(s, i, ']', false);
                out.add(quotedIdentifier(s.substring(i + 1, e - 1).replace("]]", "]"), false));
                i = e;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                    && !(prevSignificant(out) != null && prevSignificant(out).isOperand())) {
                int e = i + 1;
                while (e < n && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '.'
                        || (s.charAt(e) == '+' || s.charAt(e) == '-') && (s.charAt(e - 1) == 'e' || s.charAt(e - 1) == 'E'))) {
                    e++;
                }
                out.add(new Tok(Kind.NUMBER, s.substring(i, e).toLowerCase(Locale.ROOT)));
                i = e;
            } else if (Character.isLetter(c) || c == '_') {
                int e = i + 1;
                while (e < n && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_' || s.charAt(e) == '$')) {
                    e++;
                }
                String word = s.substring(i, e);
                out.add(new Tok(Kind.WORD, word.toLowerCase(Locale.ROOT), word));
                i = e;
            } else if (c == '?' || (c == '$' || c == ':' || c == '@') && i + 1 < n
                    && (Character.isLetterOrDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '@')
                    && !(c == ':' && i > 0 && s.charAt(i - 1) == ':')) {
                int e = i + 1;
                while (e < n && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_' || s.charAt(e) == '@')) {
                    e++;
                }
                out.add(new Tok(Kind.PARAM, s.substring(i, e)));
                i = e;
            } else {
                String op = String.valueOf(c);
                for (String o : OPERATORS) {
                    if (s.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                out.add(new Tok(Kind.OP, op));
                i += op.length();
            }
        }
        return out;
    }

    private static Tok prevSignificant(List<Tok> out) {
        return out.isEmpty() ? null : out.get(out.size() - 1);
    }

    private static boolean partOfWord(String s, int i) {
        return i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_');
    }

    /** Index after the closing quote, or -1 when the quote is never closed. */
    private static int endOfQuoted(String s, int open, char close, boolean backslash) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == close) {
                if (i + 1 < s.length() && s.charAt(i + 1) == close) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    /** A string literal in one spelling: single quotes, embedded quotes doubled. */
    private static String canonicalString(String body, char quote) {
        if (quote == '\'') {
            return "'" + body + "'";
        }
        String content = body.replace("" + quote + quote, "" + quote);
        return "'" + content.replace("'", "''") + "'";
    }

    private static Tok quotedIdentifier(String name, boolean mysql) {
        if (REGULAR_LOWER.matcher(name).matches() && !RESERVED.contains(name)) {
            return new Tok(Kind.WORD, name, name);
        }
        if (mysql && REGULAR.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))
                && !MYSQL_KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return new Tok(Kind.WORD, name.toLowerCase(Locale.ROOT), name); // `Items` is the word Items
        }
        return new Tok(Kind.QUOTED, name);
    }

    // ---- parentheses

    private static void removeRedundantParentheses(List<Tok> t) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int open = 0; open < t.size(); open++) {
                if (!t.get(open).is("(")) {
                    continue;
                }
                int close = matching(t, open);
                if (close < 0) {
                    return; // unbalanced: compare as written
                }
                if (redundant(t, open, close)) {
                    t.remove(close);
                    t.remove(open);
                    changed = true;
                    break;
                }
            }
        }
    }

    private static int matching(List<Tok> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).is("(")) {
                depth++;
            } else if (t.get(i).is(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean redundant(List<Tok> t, int open, int close) {
        if (close == open + 1) {
            return false; // f(), VALUES ()
        }
        Tok prev = open > 0 ? t.get(open - 1) : null;
        Tok next = close + 1 < t.size() ? t.get(close + 1) : null;
        if (next != null && (next.is(".") || next.is("("))) {
            return false; // (composite).field, or a call on the group
        }
        if (insideValuesList(t, open)) {
            return false;
        }
        if (isSingleOperand(t, open + 1, close)) {
            if (prev == null
                    || prev.kind == Kind.OP && OPERAND_AFTER_OP.contains(prev.text)
                    || prev.kind == Kind.WORD && OPERAND_AFTER_WORD.contains(prev.text)) {
                return true;
            }
            if (close == open + 2 && t.get(open + 1).kind == Kind.NUMBER) {
                return false; // ORDER BY a, (1) sorts by a constant; ORDER BY a, 1 by the first column
            }
        }
        Tok first = t.get(open + 1);
        if (first.kind == Kind.WORD && QUERY_START.contains(first.text) || hasTopLevelComma(t, open, close)) {
            return false; // a subquery or a row
        }
        boolean startsElement = prev == null || prev.kind != Kind.QUOTED && prev.kind != Kind.STRING
                && ELEMENT_START.contains(prev.text);
        boolean endsElement = next == null || next.kind != Kind.QUOTED && next.kind != Kind.STRING
                && ELEMENT_END.contains(next.text);
        return startsElement && endsElement;
    }

    /** A name (possibly qualified), a literal or a parameter, alone between open and close. */
    private static boolean isSingleOperand(List<Tok> t, int from, int to) {
        if (to - from == 1) {
            return t.get(from).isOperand();
        }
        // a.b.c
        if ((to - from) % 2 == 0) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Tok k = t.get(i);
            boolean ok = (i - from) % 2 == 0 ? (k.kind == Kind.WORD && !RESERVED.contains(k.text) || k.kind == Kind.QUOTED)
                    : k.is(".");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasTopLevelComma(List<Tok> t, int open, int close) {
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Tok k = t.get(i);
            if (k.is("(")) {
                depth++;
            } else if (k.is(")")) {
                depth--;
            } else if (depth == 0 && k.is(",")) {
                return true;
            }
        }
        return false;
    }

    /** True when the group is a row of a VALUES list: VALUES (1), (2) is not VALUES (1), 2. */
    private static boolean insideValuesList(List<Tok> t, int open) {
        int depth = 0;
        for (int i = open - 1; i >= 0; i--) {
            Tok k = t.get(i);
            if (k.is(")")) {
                depth++;
            } else if (k.is("(")) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (depth == 0 && k.kind == Kind.WORD) {
                if (k.text.equals("values")) {
                    return true;
                }
                if (!k.text.equals("row")) {
                    return false;
                }
            } else if (depth == 0 && !k.is(",")) {
                return false;
            }
        }
        return false;
    }
}
