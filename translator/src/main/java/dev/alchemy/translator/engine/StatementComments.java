package dev.alchemy.translator.engine;

/**
 * Keeps the comments written before and after a statement when the statement is rewritten. JSqlParser drops
 * comments, yet applications put tracing tags there ({@code /* app=billing,route=/pay *}{@code /}, sqlcommenter)
 * and MySQL puts optimizer hints there; a statement that needs no rewriting is returned whole anyway. Comments
 * inside the statement are still lost.
 */
final class StatementComments {
    private StatementComments() {
    }

    /** {@code rendered} with the comments that surround {@code original}'s first and last tokens. */
    static String keep(String original, String rendered) {
        int lead = leadingEnd(original);
        int trail = lead == original.length() ? original.length() : trailingStart(original, lead);
        if (lead == 0 && trail == original.length()) {
            return rendered;
        }
        StringBuilder b = new StringBuilder(rendered.length() + lead + original.length() - trail + 1);
        b.append(original, 0, lead).append(rendered);
        if (trail < original.length()) {
            b.append(' ').append(original, trail, original.length());
        }
        return b.toString();
    }

    /** Where the statement's first token starts when comments precede it, else 0. */
    private static int leadingEnd(String sql) {
        int i = skipSpace(sql, 0);
        int end = 0;
        while (i < sql.length()) {
            int after = commentEnd(sql, i);
            if (after == i) {
                break;
            }
            i = skipSpace(sql, after);
            end = i;
        }
        return end;
    }

    /**
     * Where the comments after the statement's last token start (leading spaces excluded), or the length when no
     * comment follows it.
     */
    private static int trailingStart(String sql, int from) {
        int n = sql.length();
        int lastTokenEnd = from;
        int firstCommentAfter = -1;
        int i = from;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int after = commentEnd(sql, i);
            if (after > i) {
                if (firstCommentAfter < 0) {
                    firstCommentAfter = i;
                }
                i = after;
                continue;
            }
            int skipped = SqlLexing.skipQuotedOrComment(sql, i);
            i = skipped > i ? skipped : i + 1;
            lastTokenEnd = i;
            firstCommentAfter = -1;
        }
        return firstCommentAfter < 0 || firstCommentAfter < lastTokenEnd ? n : firstCommentAfter;
    }

    private static int commentEnd(String sql, int i) {
        char c = sql.charAt(i);
        if ((c == '-' && sql.startsWith("--", i)) || (c == '/' && sql.startsWith("/*", i))) {
            return SqlLexing.skipQuotedOrComment(sql, i);
        }
        return i;
    }

    private static int skipSpace(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }
}
