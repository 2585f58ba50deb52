package dev.alchemy.orm.session;

import java.sql.SQLException;

/**
 * A statement the session issued failed. Carries the database's SQLState and the statement as SQL with
 * {@code ?} markers (never the values); the cause is the driver's {@link SQLException}. The session has
 * rolled back its transaction and is usable again.
 */
public class SessionException extends RuntimeException {
    private final String sqlState;
    private final String statement;

    public SessionException(String message, String sqlState, String statement, Throwable cause) {
        super(message + (sqlState == null ? "" : " [SQLState " + sqlState + "]") + (statement == null ? "" : " in: " + statement), cause);
        this.sqlState = sqlState;
        this.statement = statement;
    }

    /** The SQLState the database reported, e.g. {@code 23505} for a unique violation on PostgreSQL. */
    public String getSQLState() {
        return sqlState;
    }

    /** The failed statement with {@code ?} markers in place of values, or null when no statement ran. */
    public String getStatement() {
        return statement;
    }

    /** True for integrity-constraint violations (SQLState class 23): unique, foreign key, not null, check. */
    public boolean isConstraintViolation() {
        return sqlState != null && sqlState.startsWith("23");
    }
}
