package dev.alchemy.translator.engine;

/**
 * JDBC's procedure-call escape, {@code {call proc(args)}} or {@code {? = call proc(args)}}, split into the part
 * every real driver understands as written (the escape and the procedure name) and the argument list, which is
 * SQL of the source dialect and is translated like a select list. All five real drivers resolve {@code {call}}
 * themselves in {@code prepareCall}, so the escape is kept.
 *
 * @param head the text up to and including the argument list's opening parenthesis
 * @param args the argument list, without parentheses ("" when there is none)
 * @param tail the closing parenthesis (if any), the closing brace and what follows it
 */
record CallEscape(String head, String args, String tail) {

    /** The call escape that is the whole of {@code sql}, or null. */
    static CallEscape of(String sql) {
        int n = sql.length();
        int i = skipSpace(sql, 0);
        if (i >= n || sql.charAt(i) != '{') {
            return null;
        }
        i = skipSpace(sql, i + 1);
        if (i < n && sql.charAt(i) == '?') {
            i = skipSpace(sql, i + 1);
            if (i >= n || sql.charAt(i) != '=') {
                return null;
            }
            i = skipSpace(sql, i + 1);
        }
        if (!sql.regionMatches(true, i, "call", 0, 4) || i + 4 >= n || !Character.isWhitespace(sql.charAt(i + 4))) {
            return null;
        }
        int close = sql.lastIndexOf('}');
        if (close < 0 || !sql.substring(close + 1).isBlank()) {
            return null;
        }
        int open = sql.indexOf('(', i);
        if (open < 0 || open > close) {
            return new CallEscape(sql, "", ""); // {call proc}: nothing to translate
        }
        int end = sql.lastIndexOf(')', close);
        if (end < open || !sql.substring(end + 1, close).isBlank()) {
            return null;
        }
        return new CallEscape(sql.substring(0, open + 1), sql.substring(open + 1, end), sql.substring(end));
    }

    /** The argument list as a statement the pipeline can translate: {@code SELECT args}. */
    String argumentsAsSelect() {
        return "SELECT " + args;
    }

    /** The escape with translated arguments, from the translation of {@link #argumentsAsSelect()}. */
    String withTranslatedSelect(String translated) {
        String body = translated.strip();
        if (!body.regionMatches(true, 0, "SELECT ", 0, 7)) {
            return null;
        }
        return head + body.substring(7) + tail;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

}
