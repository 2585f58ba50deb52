package dev.alchemy.driver.jdbc;

import java.util.regex.Pattern;

/**
 * The one place that hides passwords. Everything Alchemy logs, puts in an exception message or returns from
 * {@code toString} goes through here first.
 */
public final class Secrets {
    public static final String MASK = "****";

    /** {@code password=..} and friends in {@code ?a=b&c=d}, {@code ;a=b} and Properties-like text. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|credentials?)\\s*=\\s*)(\\{[^}]*}|[^;&,\\s)\\]]*)");
    /** {@code //user:password@host} (MySQL, MariaDB, PostgreSQL URLs accept it). */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@;?&\\s]*:)([^@/;?&\\s]*)(@)");
    /** SQL that carries a password literal: {@code PASSWORD 'x'}, {@code IDENTIFIED BY 'x'}. */
    private static final Pattern SQL_PASSWORD = Pattern.compile("(?i)((?:password|identified\\s+by)\\s*=?\\s*)'(?:[^']|'')*'");

    /** Below this length a password is not searched for in free text: "a" would mask every "a" in a log line. */
    private static final int MIN_LITERAL_LENGTH = 4;

    private Secrets() {
    }

    /** A JDBC URL (or any text holding one) with its password values masked. */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = KEY_VALUE.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO.matcher(masked).replaceAll("$1" + MASK + "$3");
    }

    /** Free text (a log line, an exception message, SQL) with URL-style passwords and {@code password} itself masked. */
    public static String mask(String text, String password) {
        if (text == null) {
            return null;
        }
        String masked = maskUrl(text);
        masked = SQL_PASSWORD.matcher(masked).replaceAll("$1'" + MASK + "'");
        if (password != null && password.length() >= MIN_LITERAL_LENGTH) {
            masked = masked.replace(password, MASK);
        }
        return masked;
    }
}
