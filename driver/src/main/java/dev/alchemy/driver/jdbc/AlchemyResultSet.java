package dev.alchemy.driver.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Alchemy's result set: {@code getStatement()} returns Alchemy's statement; the rest is generated delegation. */
public abstract class AlchemyResultSet implements ResultSet {
    protected final ResultSet resultSet;
    /** Null for result sets no statement produced (DatabaseMetaData), as JDBC allows. */
    private final Statement statement;

    protected AlchemyResultSet(Statement statement, ResultSet resultSet) {
        this.statement = statement;
        this.resultSet = resultSet;
    }

    @Override
    public Statement getStatement() {
        return statement;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isInstance(resultSet)) {
            return iface.cast(resultSet);
        }
        return resultSet.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || iface.isInstance(resultSet) || resultSet.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return "AlchemyResultSet " + resultSet;
    }
}
