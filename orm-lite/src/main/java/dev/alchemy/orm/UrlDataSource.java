package dev.alchemy.orm;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections from {@link DriverManager} for a URL. With the Alchemy driver on the class path a
 * {@code jdbc:alchemy:} URL gets its pooled connections this way.
 */
final class UrlDataSource implements DataSource, AutoCloseable {
    private final String url;
    private final Properties info;

    UrlDataSource(String url, Properties info) {
        this.url = url;
        this.info = (Properties) info.clone();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, info);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties p = (Properties) info.clone();
        p.setProperty("user", username);
        p.setProperty("password", password);
        return DriverManager.getConnection(url, p);
    }

    @Override
    public void close() {
        // DriverManager connections are closed by their users
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + Alchemy.mask(url) + "]";
    }
}
