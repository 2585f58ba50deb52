package dev.alchemy.orm;

import dev.alchemy.translator.Dialect;
import java.sql.SQLException;

/**
 * A statement failed: carries the database's SQLState and error code, and the statement's SQL (with
 * {@code ?} markers, never the values). Constraint violations have SQLState class {@code 23}
 * ({@link #isConstraintViolation()}) on every dialect, SQLite included.
 */
public class StatementException extends SQLException {
    private static final long serialVersionUID = 1L;
    private final String sql;

    public StatementException(String message, String sqlState, int vendorCode, String sql, Throwable cause) {
        super(message, sqlState, vendorCode, cause);
        this.sql = sql;
    }

    /** The SQL that failed, as sent (parameters as {@code ?}). */
    public String sql() {
        return sql;
    }

    public boolean isConstraintViolation() {
        return getSQLState() != null && getSQLState().startsWith("23");
    }

    static StatementException of(SQLException e, String sql, Dialect dialect) {
        if (e instanceof StatementException se) {
            return se;
        }
        String state = e.getSQLState();
        if (state == null || state.isEmpty()) {
            state = inferState(e, dialect);
        }
        String message = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + " [SQLState " + state + "] in statement: " + sql;
        return new StatementException(message, state, e.getErrorCode(), sql, e);
    }

    /** SQLite's driver sets no SQLState; derive the standard one from its result code and message. */
    private static String inferState(SQLException e, Dialect dialect) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("SQLITE_CONSTRAINT") || dialect == Dialect.SQLITE && e.getErrorCode() == 19) {
            if (m.contains("UNIQUE") || m.contains("PRIMARYKEY")) {
                return "23505";
            }
            if (m.contains("FOREIGN")) {
                return "23503";
            }
            if (m.contains("NOT NULL") || m.contains("NOTNULL")) {
                return "23502";
            }
            if (m.contains("CHECK")) {
                return "23514";
            }
            return "23000";
        }
        if (m.contains("no such table")) {
            return "42S02";
        }
        if (m.contains("no such column")) {
            return "42S22";
        }
        if (m.contains("syntax error")) {
            return "42000";
        }
        return "HY000";
    }
}
