package dev.alchemy.translator;

/**
 * SQL that cannot be translated. Carries the SQLState the driver reports: {@code 42000} for SQL that
 * cannot be parsed or rewritten, {@code 0A000} for a feature the target database lacks.
 */
public class TranslationException extends Exception {
    public static final String SYNTAX_ERROR = "42000";
    public static final String FEATURE_NOT_SUPPORTED = "0A000";

    private final String sqlState;

    public TranslationException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    public String getSqlState() {
        return sqlState;
    }
}
