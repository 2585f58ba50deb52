package dev.alchemy.it.translation.sqlserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Microsoft's own driver makes of Alchemy's T-SQL, without a server: mssql-jdbc rewrites JDBC escapes
 * ({@code {fn ..}}, {@code {limit ..}}, {@code {call ..}}) in its {@code JDBCSyntaxTranslator} and finds the
 * {@code ?} markers it turns into {@code @P0, @P1 ..} with {@code ParameterUtils.scanSQLForChar} (which knows
 * T-SQL's {@code [x]} identifiers, literals and comments). Both are package-private, so they are reached by
 * reflection; the test fails loudly if a driver upgrade moves them.
 *
 * <p>Every translation must pass through the driver's escape translator unchanged (Alchemy leaves no escape for
 * it to rewrite) and must show the driver exactly as many markers as the portable input had.
 */
class MssqlJdbcReadsTranslationsTest {
    private static Constructor<?> escapeTranslator;
    private static Method translate;
    private static Method scanForChar;

    private final SqlTranslator toTsql = SqlTranslator.builder()
            .source(Dialect.PORTABLE).target(Dialect.SQLSERVER).onError(OnError.FAIL).cacheSize(0).build();

    @BeforeAll
    static void reachIntoTheDriver() throws ReflectiveOperationException {
        Class<?> translator = Class.forName("com.microsoft.sqlserver.jdbc.JDBCSyntaxTranslator");
        escapeTranslator = translator.getDeclaredConstructor();
        escapeTranslator.setAccessible(true);
        translate = translator.getDeclaredMethod("translate", String.class);
        translate.setAccessible(true);
        scanForChar = Class.forName("com.microsoft.sqlserver.jdbc.ParameterUtils")
                .getDeclaredMethod("scanSQLForChar", char.class, String.class, int.class);
        scanForChar.setAccessible(true);
    }

    static Stream<String> portableStatements() {
        List<String> all = new ArrayList<>(SqlServerExecutionCases.SCHEMA);
        all.add(SqlServerExecutionCases.INSERT_ITEM);
        SqlServerExecutionCases.QUERIES.forEach(c -> all.add(c.sql()));
        all.add("INSERT INTO tsqlh2_stock (shop, sku, qty) VALUES (?, ?, ?) ON CONFLICT (shop, sku) "
                + "DO UPDATE SET qty = tsqlh2_stock.qty + EXCLUDED.qty");
        all.add("INSERT INTO tsqlh2_items (name, category, active, created) VALUES (?, ?, ?, ?) RETURNING id, name");
        all.add("UPDATE tsqlh2_items SET price = ? WHERE id = ? RETURNING price");
        all.add("DELETE FROM tsqlh2_items WHERE id = ? RETURNING id");
        all.add("SELECT \"name\", '?' FROM tsqlh2_items WHERE name = ? -- a ? in a comment");
        all.add("SELECT {fn UCASE(name)} FROM tsqlh2_items WHERE created > {ts '2024-01-01 00:00:00'}");
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("portableStatements")
    void driverSendsTheTranslationAsIsWithTheSameMarkerCount(String portable) throws Exception {
        String tsql = toTsql.translate(portable);
        assertEquals(tsql, driverEscapeTranslation(tsql), "mssql-jdbc would rewrite Alchemy's output");
        assertEquals(driverMarkerCount(portable), driverMarkerCount(tsql), () -> "markers changed: " + tsql);
    }

    @Test
    void theDriverClassesDoWhatThisTestReliesOn() throws Exception {
        assertEquals("SELECT TOP 10 a FROM t", driverEscapeTranslation("SELECT a FROM t {limit 10}"));
        assertEquals(2, driverMarkerCount("SELECT [x?], '?', ? FROM t /* ? */ WHERE a = ? -- ?"));
    }

    private static String driverEscapeTranslation(String sql) throws Exception {
        try {
            return (String) translate.invoke(escapeTranslator.newInstance(), sql);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static int driverMarkerCount(String sql) throws ReflectiveOperationException {
        int count = 0;
        int at = 0;
        while ((at = (int) scanForChar.invoke(null, '?', sql, at)) < sql.length()) {
            count++;
            at++;
        }
        return count;
    }
}
