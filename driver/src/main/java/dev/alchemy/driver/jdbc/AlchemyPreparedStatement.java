package dev.alchemy.driver.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Alchemy's prepared statement. Its SQL passed the hook when it was prepared; executions are echoed and timed
 * with that SQL. Every other method is generated delegation.
 */
public abstract class AlchemyPreparedStatement extends AlchemyStatement implements PreparedStatement {
    protected final PreparedStatement prepared;
    /** The SQL as the application wrote it, and as it was sent to the database. */
    final String receivedSql;
    final String sentSql;

    protected AlchemyPreparedStatement(AlchemyConnection connection, PreparedStatement prepared, String receivedSql, String sentSql) {
        super(connection, prepared);
        this.prepared = prepared;
        this.receivedSql = receivedSql;
        this.sentSql = sentSql;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        long start = hook.start();
        try {
            return wrap(prepared.executeQuery());
        } finally {
            hook.executed("executeQuery", null, sentSql, start);
        }
    }

    @Override
    public int executeUpdate() throws SQLException {
        long start = hook.start();
        try {
            return prepared.executeUpdate();
        } finally {
            hook.executed("executeUpdate", null, sentSql, start);
        }
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        long start = hook.start();
        try {
            return prepared.executeLargeUpdate();
        } finally {
            hook.executed("executeLargeUpdate", null, sentSql, start);
        }
    }

    @Override
    public boolean execute() throws SQLException {
        long start = hook.start();
        try {
            return prepared.execute();
        } finally {
            hook.executed("execute", null, sentSql, start);
        }
    }

    @Override
    String batchDescription() {
        return sentSql;
    }
}
