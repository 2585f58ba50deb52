package dev.alchemy.driver.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Alchemy's metadata: {@code getConnection()} returns Alchemy's connection, and every result set it returns is
 * wrapped (the generated methods call {@link #wrap(ResultSet)}). The rest is generated delegation.
 */
public abstract class AlchemyDatabaseMetaData implements DatabaseMetaData {
    protected final DatabaseMetaData metaData;
    private final AlchemyConnection connection;

    protected AlchemyDatabaseMetaData(AlchemyConnection connection, DatabaseMetaData metaData) {
        this.connection = connection;
        this.metaData = metaData;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getURL() throws SQLException {
        return connection.hook.mask(metaData.getURL());
    }

    protected ResultSet wrap(ResultSet resultSet) {
        return Wrap.resultSet(null, resultSet);
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isInstance(metaData)) {
            return iface.cast(metaData);
        }
        return metaData.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || iface.isInstance(metaData) || metaData.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return "AlchemyDatabaseMetaData " + metaData;
    }
}
