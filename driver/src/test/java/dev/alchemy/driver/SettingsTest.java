package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.TranslationException;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings precedence (system < Properties < URL), validation and getPropertyInfo. */
class SettingsTest {
    private static final String URL = "jdbc:alchemy:h2:mem:settings_test";

    @AfterEach
    void clearSystemProperties() {
        System.clearProperty("alchemy.slowQueryThresholdMs");
        System.clearProperty("alchemy.someOtherTool");
    }

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static long slow(String url, Properties info) throws SQLException {
        return ConnectionConfig.parse(url, info, true).settings.number(AlchemyProperty.SLOW_QUERY_THRESHOLD_MS);
    }

    @Test
    void defaultsApplyWhenNothingIsGiven() throws SQLException {
        Settings s = ConnectionConfig.parse(URL, null, true).settings;
        assertEquals(Dialect.PORTABLE, s.get(AlchemyProperty.SOURCE_DIALECT));
        assertEquals(true, s.get(AlchemyProperty.TRANSLATE));
        assertEquals(OnError.PASSTHROUGH, s.get(AlchemyProperty.TRANSLATE_ON_ERROR));
        assertEquals(10_000L, s.get(AlchemyProperty.TRANSLATE_CACHE_SIZE));
        assertEquals(false, s.get(AlchemyProperty.ECHO));
        assertEquals(1000L, s.get(AlchemyProperty.SLOW_QUERY_THRESHOLD_MS));
        assertEquals(true, s.get(AlchemyProperty.POOL));
        assertEquals(10, s.get(AlchemyProperty.POOL_MAXIMUM_POOL_SIZE));
        assertNull(s.get(AlchemyProperty.POOL_MINIMUM_IDLE));
    }

    @Test
    void systemPropertiesLoseToPropertiesWhichLoseToTheUrl() throws SQLException {
        System.setProperty("alchemy.slowQueryThresholdMs", "7");
        assertEquals(7, slow(URL, null));
        assertEquals(8, slow(URL, props("alchemy.slowQueryThresholdMs", "8")));
        assertEquals(9, slow(URL + ";alchemy.slowQueryThresholdMs=9", props("alchemy.slowQueryThresholdMs", "8")));
        assertEquals(9, slow(URL + ";alchemy.slowQueryThresholdMs=9", null));
    }

    @Test
    void namesAndChoicesIgnoreCase() throws SQLException {
        Settings s = ConnectionConfig.parse(URL + ";ALCHEMY.TRANSLATE.ONERROR=FAIL;alchemy.sourcedialect=TSQL", null, true).settings;
        assertEquals(OnError.FAIL, s.get(AlchemyProperty.TRANSLATE_ON_ERROR));
        assertEquals(Dialect.SQLSERVER, s.get(AlchemyProperty.SOURCE_DIALECT));
    }

    @Test
    void unknownSettingInTheUrlSaysWhatWasMeant() {
        SQLException e = assertThrows(SQLException.class,
                () -> ConnectionConfig.parse(URL + ";alchemy.pool.maxPoolSize=5", null, true));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("Unknown Alchemy setting 'alchemy.pool.maxPoolSize'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'alchemy.pool.maximumPoolSize'?"), e.getMessage());
    }

    @Test
    void unknownSettingInPropertiesSaysWhatWasMeant() {
        SQLException e = assertThrows(SQLException.class,
                () -> ConnectionConfig.parse(URL, props("alchemy.maximumPoolSize", "5"), true));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("'alchemy.maximumPoolSize' in the connection properties"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'alchemy.pool.maximumPoolSize'?"), e.getMessage());
        SQLException echo = assertThrows(SQLException.class, () -> ConnectionConfig.parse(URL, props("alchemy.ecko", "true"), true));
        assertTrue(echo.getMessage().contains("did you mean 'alchemy.echo'?"), echo.getMessage());
    }

    @Test
    void unknownAlchemySystemPropertiesBelongToOtherToolsAndAreIgnored() throws SQLException {
        System.setProperty("alchemy.someOtherTool", "x");
        assertEquals(1000, slow(URL, null));
    }

    @Test
    void badValueNamesTheSettingTheAllowedValuesAndWhereItCameFrom() {
        SQLException size = assertThrows(SQLException.class,
                () -> ConnectionConfig.parse(URL + ";alchemy.pool.maximumPoolSize=zero", null, true));
        assertEquals("08001", size.getSQLState());
        assertEquals("Invalid value 'zero' for setting alchemy.pool.maximumPoolSize: allowed values are an integer >= 1."
                + " Fix it in the URL.", size.getMessage());

        SQLException onError = assertThrows(SQLException.class,
                () -> ConnectionConfig.parse(URL, props("alchemy.translate.onError", "explode"), true));
        assertTrue(onError.getMessage().contains("'explode' for setting alchemy.translate.onError: allowed values are passthrough, fail"),
                onError.getMessage());
        assertTrue(onError.getMessage().endsWith("Fix it in the connection properties."), onError.getMessage());

        System.setProperty("alchemy.slowQueryThresholdMs", "soon");
        SQLException system = assertThrows(SQLException.class, () -> ConnectionConfig.parse(URL, null, true));
        assertTrue(system.getMessage().endsWith("Fix it in the system property alchemy.slowQueryThresholdMs."), system.getMessage());

        SQLException dialect = assertThrows(SQLException.class,
                () -> ConnectionConfig.parse(URL + ";alchemy.sourceDialect=oracle", null, true));
        assertTrue(dialect.getMessage().contains("postgresql (postgres, pg, pgsql)"), dialect.getMessage());
    }

    @Test
    void propertyInfoListsEverySettingWithItsEffectiveValue() throws SQLException {
        DriverPropertyInfo[] info = new AlchemyDriver().getPropertyInfo(URL + ";alchemy.echo=true",
                props("alchemy.pool.maximumPoolSize", "4"));
        AlchemyProperty[] all = AlchemyProperty.values();
        assertTrue(info.length >= all.length);
        for (int i = 0; i < all.length; i++) {
            assertEquals(all[i].propertyName(), info[i].name);
            assertTrue(info[i].description.startsWith(all[i].description()));
        }
        assertEquals("true", info[AlchemyProperty.ECHO.ordinal()].value);
        assertEquals("4", info[AlchemyProperty.POOL_MAXIMUM_POOL_SIZE.ordinal()].value);
        assertEquals("passthrough", info[AlchemyProperty.TRANSLATE_ON_ERROR.ordinal()].value);
        assertArrayEquals(new String[] {"true", "false"}, info[AlchemyProperty.TRANSLATE.ordinal()].choices);
        assertArrayEquals(new String[] {"passthrough", "fail"}, info[AlchemyProperty.TRANSLATE_ON_ERROR.ordinal()].choices);
        assertEquals(0, new AlchemyDriver().getPropertyInfo("jdbc:h2:mem:x", null).length);
    }

    @Test
    void translateFalseTakesTheTranslatorOutOfThePath() throws SQLException {
        assertTrue(ConnectionConfig.parse(URL, null, true).translates());
        assertFalse(ConnectionConfig.parse(URL + ";alchemy.translate=false", null, true).translates());
    }

    @Test
    void aRepeatedConnectReusesTheParsedConfiguration() throws SQLException {
        ConfigCache cache = new ConfigCache(true);
        ConnectionConfig first = cache.get(URL + ";alchemy.echo=true", props("user", "sa", "password", ""));
        assertSame(first, cache.get(URL + ";alchemy.echo=true", props("user", "sa", "password", "")));
        assertNotSame(first, cache.get(URL + ";alchemy.echo=true", props("user", "sa", "password", "other")));
        assertNotSame(first, cache.get(URL, props("user", "sa", "password", "")));
    }

    @Test
    void translationFailuresKeepTheTranslatorsSqlStateMessageAndCause() {
        TranslationException refused = new TranslationException("ILIKE is not supported by sqlserver at 1:20", "0A000", null);
        SQLException e = ConnectionConfig.toSqlException(refused);
        assertEquals("0A000", e.getSQLState());
        assertEquals("ILIKE is not supported by sqlserver at 1:20", e.getMessage());
        assertSame(refused, e.getCause());
    }

    @Test
    void beanPropertyNamesFollowTheSettingNames() {
        assertEquals("poolMaximumPoolSize", AlchemyProperty.POOL_MAXIMUM_POOL_SIZE.beanPropertyName());
        assertEquals("translateOnError", AlchemyProperty.TRANSLATE_ON_ERROR.beanPropertyName());
        assertEquals("echo", AlchemyProperty.ECHO.beanPropertyName());
    }

    @Test
    void everyDefaultParses() {
        for (AlchemyProperty p : AlchemyProperty.values()) {
            if (p.defaultValue() != null) {
                p.parse(p.defaultValue());
            }
        }
    }
}
