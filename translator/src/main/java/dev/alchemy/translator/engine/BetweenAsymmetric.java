package dev.alchemy.translator.engine;

/**
 * ISO {@code BETWEEN ASYMMETRIC} is plain {@code BETWEEN} (the default), which JSqlParser does not read: the noise
 * word is dropped before parsing. Literals, quoted identifiers and comments are left alone.
 */
final class BetweenAsymmetric {
    private static final String WORD = "ASYMMETRIC";

    private BetweenAsymmetric() {
    }

    static String strip(String sql) {
        if (!containsIgnoreCase(sql, WORD)) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        int i = 0;
        String previousWord = null;
        while (i < n) {
            int skip = SqlLexing.skipQuotedOrComment(sql, i);
            if (skip > i) {
                out.append(sql, i, skip);
                i = skip;
                previousWord = null;
                continue;
            }
            char c = sql.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int k = i;
                while (k < n && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_')) {
                    k++;
                }
                String word = sql.substring(i, k);
                if (word.equalsIgnoreCase(WORD) && "BETWEEN".equalsIgnoreCase(previousWord)) {
                    while (k < n && Character.isWhitespace(sql.charAt(k))) {
                        k++; // the space after it as well
                    }
                    i = k;
                    previousWord = null;
                    continue;
                }
                out.append(word);
                previousWord = word;
                i = k;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                previousWord = null;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean containsIgnoreCase(String s, String word) {
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
