package dev.alchemy.translator.target;

import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's {@code TO_CHAR(timestamp, 'YYYY-MM-DD HH24:MI:SS')} patterns in the format languages of MySQL's
 * {@code DATE_FORMAT}, SQLite's {@code STRFTIME} and .NET's custom date formats (SQL Server's {@code FORMAT}).
 * Only the numeric fields every one of them writes the same way are read (zero-padded year, month, day, hours,
 * minutes, seconds), with punctuation, spaces and double-quoted text between them; anything else (month and
 * day names, which PostgreSQL pads, fill modes, number patterns) reads as null, so the caller refuses it
 * instead of formatting differently.
 */
final class DateFormats {
    /** A target's spelling of each field, and how it writes a literal character. */
    enum Language {
        MYSQL(Map.of("YYYY", "%Y", "MM", "%m", "DD", "%d", "HH24", "%H", "HH12", "%h", "HH", "%h", "MI", "%i", "SS", "%s")),
        SQLITE(Map.of("YYYY", "%Y", "MM", "%m", "DD", "%d", "HH24", "%H", "MI", "%M", "SS", "%S")),
        DOTNET(Map.of("YYYY", "yyyy", "MM", "MM", "DD", "dd", "HH24", "HH", "HH12", "hh", "HH", "hh", "MI", "mm", "SS", "ss"));

        private final Map<String, String> fields;

        Language(Map<String, String> fields) {
            this.fields = fields;
        }

        private void literal(char c, StringBuilder out) {
            if (this == DOTNET) {
                out.append('\\').append(c); // .NET reads most letters and ':' '/' as fields or culture separators
            } else {
                out.append(c == '%' ? "%%" : String.valueOf(c));
            }
        }
    }

    /** Longest first, so that HH24 is not read as HH followed by 24. */
    private static final List<String> FIELDS = List.of("YYYY", "HH24", "HH12", "HH", "MM", "DD", "MI", "SS");

    private DateFormats() {
    }

    /**
     * Renders {@code TO_CHAR(value, 'pattern')} as {@code call} with the pattern in {@code language}; refused when the
     * pattern is not a literal or has a field the language does not write alike.
     */
    static void render(net.sf.jsqlparser.expression.Function toChar, Language language, Renderer r,
            java.util.function.BiConsumer<net.sf.jsqlparser.expression.Expression, String> call) {
        List<? extends net.sf.jsqlparser.expression.Expression> args = toChar.getParameters() == null ? List.of()
                : toChar.getParameters().getExpressions();
        String spelled = args.size() == 2 && args.get(1) instanceof net.sf.jsqlparser.expression.StringValue p
                ? translate(p.getValue().replace("''", "'"), language) : null;
        if (spelled == null) {
            throw r.unsupported("TO_CHAR with this pattern (only a literal date pattern of YYYY, MM, DD, HH24, HH12,"
                    + " MI, SS, punctuation and \"text\" is formatted alike everywhere)");
        }
        call.accept(args.get(0), spelled);
    }

    /** {@code pattern} in {@code language}, or null when it has a field that language does not write alike. */
    static String translate(String pattern, Language language) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '"') {
                int end = pattern.indexOf('"', i + 1);
                if (end < 0) {
                    return null;
                }
                for (int k = i + 1; k < end; k++) {
                    language.literal(pattern.charAt(k), out);
                }
                i = end + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                language.literal(c, out);
                i++;
                continue;
            }
            String field = null;
            for (String f : FIELDS) {
                if (pattern.regionMatches(true, i, f, 0, f.length())) { // PostgreSQL reads numeric fields in any case
                    field = f;
                    break;
                }
            }
            String spelled = field == null ? null : language.fields.get(field);
            if (spelled == null) {
                return null;
            }
            out.append(spelled);
            i += field.length();
        }
        return out.toString();
    }
}
