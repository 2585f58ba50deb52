package dev.alchemy.it.translation.sqlserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.sqlserver.jdbc.SQLServerDriver;
import com.microsoft.sqlserver.jdbc.SQLServerException;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The URLs users write for SQL Server, checked with Microsoft's driver itself (no server needed): after Alchemy
 * removes its {@code ;alchemy.*} settings, mssql-jdbc must read exactly what it reads from the URL written
 * without them, and a connection attempt must reach mssql-jdbc's network code (not fail on the URL).
 */
class MssqlJdbcReadsAlchemyUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:alchemy:sqlserver://db.example:1433;databaseName=app;alchemy.pool.maximumPoolSize=20"
                + "|jdbc:sqlserver://db.example:1433;databaseName=app",
        "jdbc:alchemy:sqlserver://db.example:1433;alchemy.sourceDialect=postgresql;databaseName=app;encrypt=false;"
                + "alchemy.translate.onError=fail|jdbc:sqlserver://db.example:1433;databaseName=app;encrypt=false",
        "jdbc:alchemy:sqlserver://db.example;instanceName=SQLEXPRESS;databaseName=app;alchemy.echo=true;applicationName=shop"
                + "|jdbc:sqlserver://db.example;instanceName=SQLEXPRESS;databaseName=app;applicationName=shop",
        "jdbc:alchemy:sqlserver://db.example:1433;databaseName={my;db};alchemy.echo=true"
                + "|jdbc:sqlserver://db.example:1433;databaseName={my;db}",
        "jdbc:alchemy:sqlserver://;serverName=db.example;databaseName=app;alchemy.pool=false"
                + "|jdbc:sqlserver://;serverName=db.example;databaseName=app",
    })
    void mssqlJdbcReadsTheUrlWithoutAlchemySettingsAsIfWrittenSo(String alchemyUrl, String plainUrl) throws SQLException {
        Driver alchemy = DriverManager.getDriver(alchemyUrl);
        assertTrue(alchemy.acceptsURL(alchemyUrl));
        SQLServerDriver microsoft = new SQLServerDriver();
        assertTrue(microsoft.acceptsURL(plainUrl));
        Map<String, String> expected = realSettings(microsoft.getPropertyInfo(plainUrl, new Properties()));
        Map<String, String> actual = realSettings(alchemy.getPropertyInfo(alchemyUrl, new Properties()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual, "what mssql-jdbc parsed from the URL Alchemy handed it");
        actual.forEach((name, value) -> assertFalse(value.contains("alchemy"), name + "=" + value));
    }

    /**
     * A connection attempt to a closed port: the failure must come from mssql-jdbc's TCP code naming host and port
     * (so the URL was read), with the SQLState a network failure has, and without the password anywhere.
     */
    @Test
    void connectReachesMssqlJdbcsNetworkCode() {
        String url = "jdbc:alchemy:sqlserver://127.0.0.1:1;databaseName=app;loginTimeout=2;encrypt=false;"
                + "alchemy.pool=false;alchemy.sourceDialect=postgresql";
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url, "sa", TestDatabases.TEST_PASSWORD).close());
        Throwable microsoft = e;
        while (microsoft != null && !(microsoft instanceof SQLServerException)) {
            microsoft = microsoft.getCause();
        }
        assertTrue(microsoft != null, () -> "the failure should come from mssql-jdbc: " + e);
        assertTrue(microsoft.getMessage().contains("127.0.0.1") && microsoft.getMessage().contains("1"),
                microsoft.getMessage());
        assertEquals("08S01", ((SQLServerException) microsoft).getSQLState(), microsoft.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(TestDatabases.TEST_PASSWORD), t.toString());
        }
    }

    /** mssql-jdbc's parsed settings that came from the URL (Alchemy's own are listed too, named alchemy.*). */
    private static Map<String, String> realSettings(DriverPropertyInfo[] infos) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (DriverPropertyInfo i : infos) {
            if (!i.name.startsWith("alchemy.") && i.value != null) {
                out.put(i.name, i.value);
            }
        }
        return out;
    }
}
