package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.translator.Dialect;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing of jdbc:alchemy: URLs and removal of alchemy.* settings in each real driver's own syntax. */
class AlchemyUrlTest {

    @Test
    void postgresqlQuerySyntaxKeepsOtherParametersInOrder() throws SQLException {
        AlchemyUrl url = AlchemyUrl.parse(
                "jdbc:alchemy:postgresql://127.0.0.1:5432/test?alchemy.sourceDialect=postgresql&ssl=false&alchemy.echo=true&ApplicationName=x");
        assertEquals(Dialect.POSTGRESQL, url.target);
        assertEquals("jdbc:postgresql://127.0.0.1:5432/test?ssl=false&ApplicationName=x", url.realUrl);
        assertEquals(Map.of("alchemy.sourceDialect", "postgresql", "alchemy.echo", "true"), url.settings);
    }

    @Test
    void questionMarkDisappearsWhenOnlyAlchemySettingsWereThere() throws SQLException {
        AlchemyUrl url = AlchemyUrl.parse("jdbc:alchemy:postgresql://db/app?alchemy.pool.maximumPoolSize=3");
        assertEquals("jdbc:postgresql://db/app", url.realUrl);
        assertEquals("3", url.settings.get("alchemy.pool.maximumPoolSize"));
    }

    @Test
    void queryValuesArePercentDecoded() throws SQLException {
        AlchemyUrl url = AlchemyUrl.parse("jdbc:alchemy:mariadb://db:3306/app?alchemy.pool.connectionInitSql=SET%20NAMES%20utf8mb4&sslMode=disable");
        assertEquals("SET NAMES utf8mb4", url.settings.get("alchemy.pool.connectionInitSql"));
        assertEquals("jdbc:mariadb://db:3306/app?sslMode=disable", url.realUrl);
        assertEquals(Dialect.MYSQL, url.target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:alchemy:mysql://db/app?alchemy.echo=true&useSSL=false | jdbc:mysql://db/app?useSSL=false | MYSQL",
        "jdbc:alchemy:mariadb://db/app?alchemy.echo=true | jdbc:mariadb://db/app | MYSQL",
        "jdbc:alchemy:sqlite:app.db?alchemy.echo=true | jdbc:sqlite:app.db | SQLITE",
        "jdbc:alchemy:sqlite:file:app.db?mode=ro&alchemy.echo=true | jdbc:sqlite:file:app.db?mode=ro | SQLITE",
        "jdbc:alchemy:sqlserver://db:1433;databaseName=app;alchemy.echo=true;encrypt=false | jdbc:sqlserver://db:1433;databaseName=app;encrypt=false | SQLSERVER",
        "jdbc:alchemy:h2:mem:demo;DB_CLOSE_DELAY=-1;alchemy.echo=true | jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1 | H2",
        "jdbc:alchemy:h2:mem:demo;ALCHEMY.ECHO=true | jdbc:h2:mem:demo | H2",
    })
    void eachDriverSyntaxLosesOnlyTheAlchemySetting(String alchemyUrl, String realUrl, Dialect target) throws SQLException {
        AlchemyUrl url = AlchemyUrl.parse(alchemyUrl);
        assertEquals(realUrl, url.realUrl);
        assertEquals(target, url.target);
        assertEquals(1, url.settings.size());
        assertEquals("true", url.settings.values().iterator().next());
    }

    @Test
    void sqlServerBracedValuesMayHoldSemicolons() throws SQLException {
        AlchemyUrl url = AlchemyUrl.parse(
                "jdbc:alchemy:sqlserver://db;password={a;b};alchemy.pool.connectionInitSql={SET NOCOUNT ON;SET XACT_ABORT ON}");
        assertEquals("jdbc:sqlserver://db;password={a;b}", url.realUrl);
        assertEquals("SET NOCOUNT ON;SET XACT_ABORT ON", url.settings.get("alchemy.pool.connectionInitSql"));
    }

    @Test
    void urlWithoutSettingsIsPassedAsIs() throws SQLException {
        assertEquals("jdbc:h2:mem:x", AlchemyUrl.parse("jdbc:alchemy:h2:mem:x").realUrl);
        assertEquals("jdbc:sqlite::memory:", AlchemyUrl.parse("jdbc:alchemy:sqlite::memory:").realUrl);
    }

    @Test
    void acceptsOnlyAlchemyUrls() {
        assertTrue(AlchemyUrl.accepts("jdbc:alchemy:h2:mem:x"));
        assertFalse(AlchemyUrl.accepts("jdbc:h2:mem:x"));
        assertFalse(AlchemyUrl.accepts(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:alchemy: | expected jdbc:alchemy:<database>:",
        "jdbc:alchemy:postgresql | expected jdbc:alchemy:<database>:",
        "jdbc:alchemy:post gres://x/y | is not a JDBC subprotocol",
        "jdbc:alchemy:postgresql://x/y?alchemy.echo | setting 'alchemy.echo' has no value",
        "jdbc:alchemy:h2:mem:x;alchemy.echo | setting 'alchemy.echo' has no value",
        "jdbc:alchemy:postgresql://x/y?alchemy.echo=%zz | bad %-escape",
        "jdbc:alchemy:sqlserver://x;a={b | unbalanced braces",
    })
    void malformedUrlsAre08001NamingTheProblem(String url, String expected) {
        SQLException e = assertThrows(SQLException.class, () -> AlchemyUrl.parse(url));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().startsWith("Malformed Alchemy URL"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void unknownSubprotocolListsTheSupportedOnes() {
        SQLException e = assertThrows(SQLException.class, () -> AlchemyUrl.parse("jdbc:alchemy:oracle:thin:@db:1521/app"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("Unknown database 'oracle'"), e.getMessage());
        assertTrue(e.getMessage().contains("postgresql:, sqlserver:, mariadb:, mysql:, sqlite: and h2:"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:alchemy:postgresql://127.0.0.1:5432/test | 127.0.0.1:5432",
        "jdbc:alchemy:postgresql://db/test | db:5432",
        "jdbc:alchemy:postgresql:test | embedded database 'test'",
        "jdbc:alchemy:sqlserver://sql1;databaseName=x | sql1:1433",
        "jdbc:alchemy:mysql://bob:pw@db:3307/app | db:3307",
        "jdbc:alchemy:h2:tcp://localhost/~/x | localhost:9092",
        "jdbc:alchemy:h2:mem:x;DB_CLOSE_DELAY=-1 | embedded database 'mem:x'",
        "jdbc:alchemy:sqlite:/tmp/a.db | embedded database '/tmp/a.db'",
    })
    void locationNamesHostAndPortOrTheEmbeddedDatabase(String url, String location) throws SQLException {
        assertEquals(location, AlchemyUrl.parse(url).location());
    }

    @Test
    void toStringMasksPasswords() throws SQLException {
        assertEquals("jdbc:alchemy:postgresql://db/app?user=u&password=****",
                AlchemyUrl.parse("jdbc:alchemy:postgresql://db/app?user=u&password=hunter22&alchemy.echo=true").toString());
        assertEquals("jdbc:alchemy:sqlserver://db;user=u;password=****",
                AlchemyUrl.parse("jdbc:alchemy:sqlserver://db;user=u;password={x;y}").toString());
        assertEquals("jdbc:alchemy:mysql://bob:****@db/app", AlchemyUrl.parse("jdbc:alchemy:mysql://bob:hunter22@db/app").toString());
    }
}
