package dev.alchemy.translator.target;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON path of object members only ({@code $.a.b}, {@code $."a b"}, and in JSONPath's bracket form, which MySQL does
 * not read, {@code $["a b"]}, {@code $['a']}), read into its member names, for targets that take the members as separate arguments (PostgreSQL's
 * {@code JSON_EXTRACT_PATH(x, 'a', 'b')}). Array steps, wildcards and filters are not members: such a path is not
 * read, so nothing (never a {@code [*]}) is silently dropped.
 */
final class JsonPath {
    private JsonPath() {
    }

    /**
     * The member names of {@code path}, or null when it is not {@code $} followed by one or more member steps.
     *
     * @param brackets whether {@code ["a b"]} is a member step (JSONPath, SQLGlot); MySQL's paths have no such step
     */
    static List<String> members(String path, boolean brackets) {
        if (path.isEmpty() || path.charAt(0) != '$') {
            return null;
        }
        List<String> members = new ArrayList<>(4);
        int i = 1;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.' && i + 1 < n && path.charAt(i + 1) == '"') {
                int end = closingQuote(path, i + 2, '"');
                if (end < 0) {
                    return null;
                }
                members.add(unescape(path.substring(i + 2, end)));
                i = end + 1;
            } else if (c == '.') {
                int k = i + 1;
                while (k < n && (Character.isLetterOrDigit(path.charAt(k)) || path.charAt(k) == '_' || path.charAt(k) == '$')) {
                    k++;
                }
                if (k == i + 1 || Character.isDigit(path.charAt(i + 1))) {
                    return null;
                }
                members.add(path.substring(i + 1, k));
                i = k;
            } else if (brackets && c == '[' && i + 1 < n && (path.charAt(i + 1) == '"' || path.charAt(i + 1) == '\'')) {
                char quote = path.charAt(i + 1);
                int end = closingQuote(path, i + 2, quote);
                if (end < 0 || end + 1 >= n || path.charAt(end + 1) != ']') {
                    return null;
                }
                members.add(unescape(path.substring(i + 2, end)));
                i = end + 2;
            } else {
                return null; // [0], [*], .*, ** and anything else
            }
        }
        return members.isEmpty() ? null : members;
    }

    private static int closingQuote(String s, int from, char quote) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == quote) {
                return k;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length()) {
                c = s.charAt(++k);
            }
            out.append(c);
        }
        return out.toString();
    }
}
