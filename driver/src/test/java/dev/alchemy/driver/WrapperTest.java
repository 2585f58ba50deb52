package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.jdbc.AlchemyConnection;
import dev.alchemy.driver.jdbc.AlchemyDatabaseMetaData;
import dev.alchemy.driver.jdbc.AlchemyResultSet;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbc.JdbcCallableStatement;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcDatabaseMetaData;
import org.h2.jdbc.JdbcPreparedStatement;
import org.h2.jdbc.JdbcResultSet;
import org.h2.jdbc.JdbcStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrappers: back-references return Alchemy's objects, unwrap reaches the real driver's, every JDBC method delegates. */
class WrapperTest {
    private static final String H2 = "jdbc:alchemy:h2:mem:wrapper_test;DB_CLOSE_DELAY=-1";

    @Test
    void backReferencesReturnAlchemysWrappers() throws SQLException {
        try (Connection c = DriverManager.getConnection(H2, "sa", "")) {
            assertInstanceOf(AlchemyConnection.class, c);
            try (Statement s = c.createStatement()) {
                assertSame(c, s.getConnection());
                s.execute("CREATE TABLE wrapper_items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20))");
                try (ResultSet rs = s.executeQuery("SELECT 1")) {
                    assertSame(s, rs.getStatement());
                }
                assertTrue(s.execute("SELECT 2"));
                try (ResultSet rs = s.getResultSet()) {
                    assertSame(s, rs.getStatement());
                }
                s.executeUpdate("INSERT INTO wrapper_items (name) VALUES ('a')", Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = s.getGeneratedKeys()) {
                    assertSame(s, keys.getStatement());
                    assertTrue(keys.next());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM wrapper_items WHERE id = ?")) {
                assertSame(c, ps.getConnection());
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertSame(ps, rs.getStatement());
                    assertTrue(rs.next());
                    assertEquals("a", rs.getString(1));
                }
            }
            try (CallableStatement cs = c.prepareCall("CALL 40 + 2")) {
                assertSame(c, cs.getConnection());
                try (ResultSet rs = cs.executeQuery()) {
                    assertSame(cs, rs.getStatement());
                    rs.next();
                    assertEquals(42, rs.getInt(1));
                }
            }
            DatabaseMetaData md = c.getMetaData();
            assertInstanceOf(AlchemyDatabaseMetaData.class, md);
            assertSame(c, md.getConnection());
            try (ResultSet tables = md.getTables(null, null, "WRAPPER_ITEMS", null)) {
                assertInstanceOf(AlchemyResultSet.class, tables, "metadata result sets are wrapped too");
                assertNull(tables.getStatement(), "no statement produced a metadata result set");
                assertTrue(tables.next());
                assertEquals("WRAPPER_ITEMS", tables.getString("TABLE_NAME"));
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE wrapper_items");
            }
        }
    }

    @Test
    void unwrapReachesTheRealDriversObjects() throws SQLException {
        try (Connection c = DriverManager.getConnection(H2, "sa", "");
             Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("SELECT 1");
             CallableStatement cs = c.prepareCall("CALL 1");
             ResultSet rs = s.executeQuery("SELECT 1")) {
            assertInstanceOf(JdbcConnection.class, c.unwrap(JdbcConnection.class));
            assertTrue(c.isWrapperFor(JdbcConnection.class));
            assertSame(c, c.unwrap(Connection.class));
            assertInstanceOf(JdbcStatement.class, s.unwrap(JdbcStatement.class));
            assertTrue(s.isWrapperFor(JdbcStatement.class));
            assertInstanceOf(JdbcPreparedStatement.class, ps.unwrap(JdbcPreparedStatement.class));
            assertInstanceOf(JdbcCallableStatement.class, cs.unwrap(JdbcCallableStatement.class));
            assertInstanceOf(JdbcResultSet.class, rs.unwrap(JdbcResultSet.class));
            assertTrue(rs.isWrapperFor(JdbcResultSet.class));
            assertInstanceOf(JdbcDatabaseMetaData.class, c.getMetaData().unwrap(JdbcDatabaseMetaData.class));
            assertFalse(c.isWrapperFor(org.sqlite.SQLiteConnection.class));
        }
    }

    @Test
    void vendorResultSetReadsTheSameRowBelowBothWrappers() throws SQLException {
        try (Connection c = DriverManager.getConnection(H2, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT X, 'row' || X FROM SYSTEM_RANGE(1, 3) ORDER BY X")) {
            ResultSet vendor = assertInstanceOf(AlchemyResultSet.class, rs).vendorResultSet();
            assertInstanceOf(JdbcResultSet.class, vendor); // the pool's proxy is skipped too
            int n = 0;
            while (rs.next()) { // the cursor moves through the wrapper; the values are read below it
                n++;
                assertEquals(n, vendor.getLong(1));
                assertEquals("row" + n, vendor.getString(2));
            }
            assertEquals(3, n);
        }
    }

    @Test
    void sqliteThroughTheWrapper(@TempDir Path dir) throws SQLException {
        String url = "jdbc:alchemy:sqlite:" + dir.resolve("wrapper.db") + "?alchemy.pool.maximumPoolSize=2";
        try (Connection c = DriverManager.getConnection(url)) {
            assertInstanceOf(org.sqlite.SQLiteConnection.class, c.unwrap(org.sqlite.SQLiteConnection.class));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE wrapper_sqlite (id INTEGER PRIMARY KEY, name TEXT)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO wrapper_sqlite (name) VALUES (?)")) {
                for (String name : new String[] {"x", "y"}) {
                    ps.setString(1, name);
                    ps.addBatch();
                }
                assertEquals(2, ps.executeBatch().length);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM wrapper_sqlite")) {
                assertSame(s, rs.getStatement());
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
        AlchemyDriver.closePools(); // release the file before @TempDir deletes it
    }

    @Test
    void interfaceDefaultMethodsReachTheRealDriver() throws SQLException {
        try (Connection c = DriverManager.getConnection(H2, "sa", "");
             PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS INT) + 1")) {
            // PreparedStatement.setObject(int, Object, SQLType) is a default that throws unless the driver overrides it
            ps.setObject(1, 41, JDBCType.INTEGER);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(42, rs.getInt(1));
            }
            try (Statement s = c.createStatement()) {
                assertEquals(0L, s.executeLargeUpdate("CREATE TABLE wrapper_large (id INT)"));
                assertEquals(1L, s.executeLargeUpdate("INSERT INTO wrapper_large VALUES (1)"));
                assertEquals("\"a b\"", s.enquoteIdentifier("a b", false));
                s.execute("DROP TABLE wrapper_large");
            }
        }
    }

    /** Every method of the six JDBC 4.3 interfaces has a concrete implementation in the wrapper's class. */
    @Test
    void everyJdbcMethodIsImplementedByTheWrappers() throws SQLException {
        try (Connection c = DriverManager.getConnection(H2, "sa", "");
             Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("SELECT 1");
             CallableStatement cs = c.prepareCall("CALL 1");
             ResultSet rs = s.executeQuery("SELECT 1")) {
            List<String> missing = new ArrayList<>();
            check(Connection.class, c, missing);
            check(Statement.class, s, missing);
            check(PreparedStatement.class, ps, missing);
            check(CallableStatement.class, cs, missing);
            check(ResultSet.class, rs, missing);
            check(DatabaseMetaData.class, c.getMetaData(), missing);
            assertEquals(List.of(), missing);
        }
    }

    private static void check(Class<?> jdbcInterface, Object wrapper, List<String> missing) {
        for (Method m : jdbcInterface.getMethods()) {
            try {
                Method impl = wrapper.getClass().getMethod(m.getName(), m.getParameterTypes());
                if (Modifier.isAbstract(impl.getModifiers()) || impl.getDeclaringClass().isInterface()) {
                    missing.add(jdbcInterface.getSimpleName() + "." + m.getName());
                }
            } catch (NoSuchMethodException e) {
                missing.add(jdbcInterface.getSimpleName() + "." + m.getName());
            }
        }
    }
}
