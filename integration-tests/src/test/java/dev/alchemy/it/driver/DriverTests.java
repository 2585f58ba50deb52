package dev.alchemy.it.driver;

import dev.alchemy.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/** Small helpers shared by the driver's real-database tests. */
final class DriverTests {
    private DriverTests() {
    }

    /**
     * A name unique to this run: pools, application names and tables carry it so concurrent agents on the
     * same servers never see (or kill) each other's objects.
     */
    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    static Properties credentials(TestDatabase db) {
        Properties p = new Properties();
        p.setProperty("user", db.user());
        p.setProperty("password", db.password());
        return p;
    }

    /** An Alchemy connection to {@code db} with extra settings in the URL (real driver's syntax). */
    static Connection alchemy(TestDatabase db, String settings) throws SQLException {
        return DriverManager.getConnection(db.alchemyUrl(settings), db.user(), db.password());
    }

    /** A plain connection through the real driver, for setting up, checking and killing from outside. */
    static Connection direct(TestDatabase db) throws SQLException {
        return DriverManager.getConnection(db.realUrl(), credentials(db));
    }

    static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row from " + sql);
            }
            return rs.getString(1);
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
