package dev.alchemy.driver;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the real JDBC driver behind a {@code jdbc:alchemy:} URL, or says which jar to add. */
final class RealDrivers {
    private RealDrivers() {
    }

    static Driver find(AlchemyUrl url) throws SQLException {
        try {
            return DriverManager.getDriver(url.realUrl);
        } catch (SQLException notRegisteredHere) {
            // DriverManager only shows drivers visible to Alchemy's class loader: an app server may hold the
            // real driver in the application's loader instead
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            try {
                for (Driver candidate : ServiceLoader.load(Driver.class, context)) {
                    if (!(candidate instanceof AlchemyDriver) && candidate.acceptsURL(url.realUrl)) {
                        return candidate;
                    }
                }
            } catch (ServiceConfigurationError broken) {
                // a broken service entry of some other driver: fall through to the missing-driver message
            }
        }
        throw new SQLException("No JDBC driver for jdbc:" + url.subprotocol + ": URLs is on the classpath ("
                + url + " needs one): add " + jarFor(url.subprotocol) + " to the application's classpath next to Alchemy. "
                + "Alchemy does not bundle database drivers.", "08001");
    }

    /** The driver to add, with its Maven coordinates. */
    static String jarFor(String subprotocol) {
        switch (subprotocol) {
            case "postgresql":
            case "pgsql":
                return "the PostgreSQL JDBC driver (Maven org.postgresql:postgresql)";
            case "sqlserver":
                return "the Microsoft JDBC Driver for SQL Server (Maven com.microsoft.sqlserver:mssql-jdbc)";
            case "sqlite":
                return "the SQLite JDBC driver (Maven org.xerial:sqlite-jdbc)";
            case "h2":
                return "the H2 database (Maven com.h2database:h2)";
            case "mariadb":
                return "MariaDB Connector/J (Maven org.mariadb.jdbc:mariadb-java-client)";
            case "mysql":
                return "MySQL Connector/J (Maven com.mysql:mysql-connector-j), or MariaDB Connector/J "
                        + "(org.mariadb.jdbc:mariadb-java-client) with permitMysqlScheme in the URL";
            default:
                return "the JDBC driver for '" + subprotocol + "'";
        }
    }
}
