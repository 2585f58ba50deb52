package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * On a real server, every object handed out leads back to Alchemy's objects (never the pool's or the real
 * driver's), and unwrap reaches the real driver's.
 */
class WrappingTest {

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    @Test
    void backReferencesReturnAlchemysObjectsOnPostgresql() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String table = DriverTests.unique("drv_wrap");
        try (Connection c = DriverTests.alchemy(pg, "ApplicationName=" + table)) {
            try (CallableStatement cs = c.prepareCall("{? = call upper(?)}")) {
                cs.registerOutParameter(1, Types.VARCHAR);
                cs.setString(2, "alchemy");
                cs.execute();
                assertEquals("ALCHEMY", cs.getString(1));
                assertSame(c, cs.getConnection(), "CallableStatement.getConnection()");
                assertTrue(cs.unwrap(org.postgresql.PGStatement.class) instanceof org.postgresql.PGStatement);
            }
            DriverTests.execute(c, "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, name VARCHAR(20))");
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (name) VALUES (?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, "first");
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        assertTrue(keys.next());
                        assertEquals(1, keys.getInt("id"));
                        assertSame(ps, keys.getStatement(), "getGeneratedKeys().getStatement()");
                    }
                }
                try (Statement s = c.createStatement()) {
                    assertTrue(s.execute("SELECT name FROM " + table));
                    try (ResultSet rs = s.getResultSet()) {
                        assertSame(s, rs.getStatement(), "Statement.getResultSet().getStatement()");
                        assertTrue(rs.next());
                        assertEquals("first", rs.getString(1));
                    }
                }
                try (ResultSet rs = c.getMetaData().getColumns(null, null, table, "name")) {
                    assertTrue(rs.next(), "DatabaseMetaData sees the table through the wrapper");
                    assertEquals("name", rs.getString("COLUMN_NAME"));
                }
                assertSame(c, c.getMetaData().getConnection(), "DatabaseMetaData.getConnection()");
                assertEquals("SELECT 1", c.nativeSQL("SELECT 1"));
            } finally {
                DriverTests.execute(c, "DROP TABLE " + table);
            }
        }
    }
}
