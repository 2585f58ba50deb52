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

    /**
     * The real driver's result set under Alchemy's and the pool's wrappers, for code that reads many values in a
     * tight loop (orm-lite): its getters skip two delegation hops. Move the cursor with {@code next()} on this
     * wrapper, so the pool still sees a connection failing during a fetch.
     */
    public ResultSet vendorResultSet() throws SQLException {
        // HikariCP's proxy answers unwrap(ResultSet.class) with its delegate; JDBC lets others answer with themselves
        return resultSet.isWrapperFor(ResultSet.class) ? resultSet.unwrap(ResultSet.class) : resultSet;
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
