package dev.alchemy.driver;

import dev.alchemy.driver.jdbc.Secrets;
import dev.alchemy.translator.Dialect;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code jdbc:alchemy:<real URL without jdbc:>}: the real driver's subprotocol, the dialect it speaks,
 * the real URL with Alchemy's settings removed in that driver's own syntax, and those settings.
 */
final class AlchemyUrl {
    static final String PREFIX = "jdbc:alchemy:";

    /** Drivers whose URL properties are {@code ;key=value} (the rest use {@code ?key=value&key=value}). */
    private static final List<String> SEMICOLON_SYNTAX = List.of("sqlserver", "h2", "jtds");

    final String subprotocol;
    final Dialect target;
    /** The URL handed to the real driver: {@code jdbc:<subprotocol>:...} without any {@code alchemy.*}. */
    final String realUrl;
    /** {@code alchemy.*} settings found in the URL, names as written, values decoded, in URL order. */
    final Map<String, String> settings;

    private AlchemyUrl(String subprotocol, Dialect target, String realUrl, Map<String, String> settings) {
        this.subprotocol = subprotocol;
        this.target = target;
        this.realUrl = realUrl;
        this.settings = settings;
    }

    static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    static AlchemyUrl parse(String url) throws SQLException {
        String rest = url.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            throw malformed(url, "expected jdbc:alchemy:<database>:<the rest of the database's own URL>, e.g. "
                    + "jdbc:alchemy:postgresql://localhost:5432/app or jdbc:alchemy:h2:mem:demo");
        }
        String subprotocol = rest.substring(0, colon);
        if (!subprotocol.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw malformed(url, "'" + subprotocol + "' is not a JDBC subprotocol; expected jdbc:alchemy:<database>:..., "
                    + "e.g. jdbc:alchemy:postgresql://localhost:5432/app");
        }
        Dialect target = Dialect.forJdbcSubprotocol(subprotocol).orElseThrow(() -> new SQLException(
                "Unknown database '" + subprotocol + "' in " + Secrets.maskUrl(url) + ": Alchemy supports "
                        + "jdbc:alchemy:postgresql:, sqlserver:, mariadb:, mysql:, sqlite: and h2:. Use the real "
                        + "driver's URL after 'jdbc:alchemy:'.", "08001"));
        String lower = subprotocol.toLowerCase(Locale.ROOT);
        Map<String, String> settings = new LinkedHashMap<>();
        String stripped = SEMICOLON_SYNTAX.contains(lower)
                ? stripSemicolonSyntax(url, rest, settings)
                : stripQuerySyntax(url, rest, settings);
        return new AlchemyUrl(lower, target, "jdbc:" + stripped, Collections.unmodifiableMap(settings));
    }

    /** {@code base?a=b&alchemy.x=y&c=d} -> {@code base?a=b&c=d}; values are URL-decoded. */
    private static String stripQuerySyntax(String url, String rest, Map<String, String> settings) throws SQLException {
        int question = rest.indexOf('?');
        if (question < 0) {
            return rest;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rest.substring(question + 1).split("&", -1)) {
            int eq = parameter.indexOf('=');
            String key = decode(url, eq < 0 ? parameter : parameter.substring(0, eq));
            if (AlchemyProperty.isAlchemyName(key)) {
                if (eq < 0) {
                    throw malformed(url, "setting '" + key + "' has no value; write " + key + "=<value>");
                }
                settings.put(key, decode(url, parameter.substring(eq + 1)));
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        String base = rest.substring(0, question);
        return kept.isEmpty() ? base : base + "?" + String.join("&", kept);
    }

    /** {@code base;a=b;alchemy.x=y} -> {@code base;a=b}; a value may be braced as {@code {a;b}} (SQL Server). */
    private static String stripSemicolonSyntax(String url, String rest, Map<String, String> settings) throws SQLException {
        List<String> segments = splitOutsideBraces(url, rest);
        StringBuilder kept = new StringBuilder(segments.get(0));
        for (String segment : segments.subList(1, segments.size())) {
            int eq = segment.indexOf('=');
            String key = (eq < 0 ? segment : segment.substring(0, eq)).trim();
            if (AlchemyProperty.isAlchemyName(key)) {
                if (eq < 0) {
                    throw malformed(url, "setting '" + key + "' has no value; write ;" + key + "=<value>");
                }
                String value = segment.substring(eq + 1).trim();
                if (value.startsWith("{") && value.endsWith("}")) {
                    value = value.substring(1, value.length() - 1);
                }
                settings.put(key, value);
            } else {
                kept.append(';').append(segment);
            }
        }
        return kept.toString();
    }

    private static List<String> splitOutsideBraces(String url, String text) throws SQLException {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        if (depth != 0) {
            throw malformed(url, "unbalanced braces { } in a property value");
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static String decode(String url, String text) throws SQLException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(url, "bad %-escape in '" + Secrets.maskUrl(text) + "' (" + e.getMessage() + ")");
        }
    }

    static SQLException malformed(String url, String why) {
        return new SQLException("Malformed Alchemy URL " + Secrets.maskUrl(url) + ": " + why + ".", "08001");
    }

    /**
     * Where the database is, for messages: {@code host:port} for network URLs (the driver's default port when the
     * URL has none), else the embedded database's path.
     */
    String location() {
        String body = realUrl.substring(("jdbc:" + subprotocol + ":").length());
        int slashes = body.indexOf("//");
        if (slashes < 0) {
            return "embedded database '" + cut(body) + "'";
        }
        String authority = body.substring(slashes + 2);
        int end = 0;
        while (end < authority.length() && "/;?,".indexOf(authority.charAt(end)) < 0) {
            end++;
        }
        authority = authority.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1); // drop user:password@
        if (authority.isEmpty()) {
            authority = "localhost";
        }
        boolean hasPort = authority.startsWith("[") ? authority.contains("]:") : authority.contains(":");
        if (!hasPort) {
            int port = defaultPort();
            if (port > 0) {
                authority = authority + ":" + port;
            }
        }
        return authority;
    }

    /**
     * True for in-memory databases private to one connection: SQLite's {@code :memory:} (or an empty path) without a
     * shared cache, and H2's unnamed {@code mem:}.
     */
    boolean isPrivateInMemory() {
        String body = realUrl.substring(("jdbc:" + subprotocol + ":").length());
        if (target == Dialect.SQLITE) {
            String path = cut(body);
            boolean memory = path.isEmpty() || path.equals(":memory:") || path.startsWith("file::memory:")
                    || body.contains("mode=memory");
            return memory && !body.contains("cache=shared");
        }
        return target == Dialect.H2 && cut(body).equals("mem:");
    }

    private static String cut(String body) {
        int end = body.length();
        for (char c : new char[] {';', '?'}) {
            int at = body.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return body.substring(0, end);
    }

    private int defaultPort() {
        switch (target) {
            case POSTGRESQL: return 5432;
            case SQLSERVER: return 1433;
            case MYSQL: return 3306;
            case H2: return 9092;
            default: return -1;
        }
    }

    @Override
    public String toString() {
        return Secrets.maskUrl(PREFIX + realUrl.substring(5));
    }
}
