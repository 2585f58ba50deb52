package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registration, the JDBC rules for foreign URLs, and every connect-time error with its SQLState and message. */
class DriverErrorsTest {

    @Test
    void registeredThroughTheServiceFileWithoutClassForName() throws SQLException, IOException {
        try (InputStream in = AlchemyDriver.class.getResourceAsStream("/META-INF/services/java.sql.Driver")) {
            assertNotNull(in);
            assertEquals(AlchemyDriver.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        assertTrue(Collections.list(DriverManager.getDrivers()).stream().anyMatch(d -> d instanceof AlchemyDriver));
        assertInstanceOf(AlchemyDriver.class, DriverManager.getDriver("jdbc:alchemy:h2:mem:x"));
    }

    @Test
    void foreignUrlsAreNotAccepted() throws SQLException {
        Driver driver = new AlchemyDriver();
        assertFalse(driver.acceptsURL("jdbc:h2:mem:foreign"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://db/app"));
        assertNull(driver.connect("jdbc:h2:mem:foreign", new Properties()));
        assertTrue(driver.acceptsURL("jdbc:alchemy:h2:mem:foreign"));
    }

    @Test
    void unknownDatabaseIs08001() {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:alchemy:oracle:thin:@db:1521/x"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("Unknown database 'oracle'"), e.getMessage());
    }

    @Test
    void aStatementParsingPastTheTimeBudgetIs42000NamingTheBudget() throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT 1 FROM (VALUES (1)) v(a) WHERE ");
        for (int i = 0; i < 20_000; i++) {
            sql.append(i == 0 ? "" : " OR ").append("(a = ").append(i).append(" AND a LIKE 'x").append(i).append("%')");
        }
        String url = "jdbc:alchemy:h2:mem:parse_budget;alchemy.translate.onError=fail;alchemy.translate.parseTimeoutMs=1";
        try (Connection c = DriverManager.getConnection(url)) {
            SQLException e = assertThrows(SQLException.class, () -> c.prepareStatement(sql.toString()));
            assertEquals("42000", e.getSQLState());
            assertTrue(e.getMessage().contains("parsing took longer than 1 ms"), e.getMessage());
            c.prepareStatement("SELECT 1").close(); // the next statement is not affected
        }
    }

    @Test
    void malformedUrlIs08001() {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:alchemy:h2"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("expected jdbc:alchemy:<database>:"), e.getMessage());
    }

    /** The driver module's tests have only H2 and SQLite: every other real driver is missing here. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:alchemy:postgresql://127.0.0.1:5432/test | org.postgresql:postgresql",
        "jdbc:alchemy:sqlserver://127.0.0.1:1433;databaseName=x | com.microsoft.sqlserver:mssql-jdbc",
        "jdbc:alchemy:mariadb://127.0.0.1:3306/test | org.mariadb.jdbc:mariadb-java-client",
        "jdbc:alchemy:mysql://127.0.0.1:3306/test | com.mysql:mysql-connector-j",
    })
    void missingRealDriverNamesItsMavenCoordinates(String url, String coordinates) {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url + "?password=hunter22", "u", "hunter22"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("No JDBC driver for jdbc:"), e.getMessage());
        assertTrue(e.getMessage().contains(coordinates), e.getMessage());
        assertFalse(e.getMessage().contains("hunter22"), e.getMessage());
    }

    @Test
    void unreachableServerIs08001NamingHostAndPortWithTheCauseChained() {
        for (String pool : new String[] {"true", "false"}) {
            SQLException e = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection("jdbc:alchemy:h2:tcp://127.0.0.1:1/unreachable;alchemy.pool=" + pool, "sa", ""));
            assertEquals("08001", e.getSQLState());
            assertTrue(e.getMessage().contains("Cannot reach the h2 server at 127.0.0.1:1"), e.getMessage());
            assertTrue(e.getMessage().contains("Check that the server is running"), e.getMessage());
            assertNotNull(e.getCause(), "the real driver's exception is chained");
            assertInstanceOf(SQLException.class, e.getCause());
        }
        assertTrue(AlchemyDriver.pools().stream().noneMatch(p -> p.url().contains("unreachable")), "failed pools are not kept");
    }

    @Test
    void unknownSettingAndBadValueThroughDriverManager() {
        SQLException unknown = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:alchemy:h2:mem:errors;alchemy.echoo=true"));
        assertEquals("08001", unknown.getSQLState());
        assertTrue(unknown.getMessage().contains("did you mean 'alchemy.echo'?"), unknown.getMessage());

        SQLException bad = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:alchemy:h2:mem:errors;alchemy.pool=maybe"));
        assertEquals("08001", bad.getSQLState());
        assertTrue(bad.getMessage().contains("Invalid value 'maybe' for setting alchemy.pool: allowed values are true, false."),
                bad.getMessage());
    }

    @Test
    void wrongPasswordKeepsTheDatabasesSqlStateAndHidesThePassword() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:errors_auth;DB_CLOSE_DELAY=-1";
        try (Connection first = DriverManager.getConnection(url, "sa", "right-password-1")) {
            SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "wrong-password-2"));
            assertEquals("28000", e.getSQLState());
            assertTrue(e.getMessage().contains("refused the connection"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-password-2"), e.getMessage());
            assertFalse(String.valueOf(e.getCause()).contains("wrong-password-2"));
        }
    }
}
