package dev.alchemy.translator.sqlserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden translations into SQL Server (T-SQL). Every expected string is SQL a real SQL Server (2017 or later)
 * accepts, written by hand from the T-SQL reference; the comparison ignores only whitespace next to
 * parentheses and commas and runs of blanks, never keyword spelling or the position of a {@code ?}.
 * {@link SqlServerGoldenCases} holds the cases; this class runs them.
 */
class SqlServerGoldenTest {

    static Stream<Arguments> translated() {
        return SqlServerGoldenCases.TRANSLATED.stream()
                .map(c -> Arguments.of(c.name(), c.source(), c.input(), c.expected()));
    }

    static Stream<Arguments> refused() {
        return SqlServerGoldenCases.REFUSED.stream()
                .map(c -> Arguments.of(c.name(), c.source(), c.input(), c.expected()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void translatesToTsql(String name, Dialect source, String input, String expected) throws TranslationException {
        String actual = translator(source, OnError.FAIL).translate(input);
        assertEquals(normalise(expected), normalise(actual), () -> name + "\n input:  " + input + "\n actual: " + actual);
        assertEquals(markers(input), markers(actual), () -> "the number of ? markers must not change: " + actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatSqlServerCannotDoInFailMode(String name, Dialect source, String input, String fragment) {
        TranslationException e = assertThrows(TranslationException.class,
                () -> translator(source, OnError.FAIL).translate(input), name);
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains(fragment.toLowerCase()),
                () -> "the message should name '" + fragment + "': " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void passthroughSendsWhatItCannotTranslateUnchanged(String name, Dialect source, String input, String fragment)
            throws TranslationException {
        assertSame(input, translator(source, OnError.PASSTHROUGH).translate(input));
    }

    @Test
    void tsqlThatAlreadySuitsSqlServerComesBackAsTheSameString() throws TranslationException {
        SqlTranslator t = translator(Dialect.SQLSERVER, OnError.FAIL);
        for (String sql : List.of(
                "SELECT TOP 5 [name] FROM [items] WHERE [active] = 1 ORDER BY [name]",
                "SELECT id FROM items ORDER BY id OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY",
                "SELECT DATEADD(day, 1, created), DATEPART(year, created), LEN(name) FROM items")) {
            assertSame(sql, t.translate(sql), sql);
        }
    }

    /** JSqlParser 5.3 cannot parse T-SQL's INSERT .. OUTPUT or MERGE .. WITH (HOLDLOCK): passthrough sends them as they are. */
    @Test
    void tsqlJSqlParserCannotReadPassesThroughUnchanged() throws TranslationException {
        SqlTranslator t = translator(Dialect.SQLSERVER, OnError.PASSTHROUGH);
        for (String sql : List.of(
                "INSERT INTO items (name) OUTPUT INSERTED.id VALUES (?)",
                "MERGE INTO t WITH (HOLDLOCK) USING (VALUES (?, ?)) AS s (k, v) ON t.k = s.k "
                        + "WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v);")) {
            assertSame(sql, t.translate(sql), sql);
        }
    }

    @Test
    void portableSqlWithNothingToRewriteComesBackAsTheSameString() throws TranslationException {
        SqlTranslator t = translator(Dialect.PORTABLE, OnError.FAIL);
        String sql = "SELECT id, ROW_NUMBER() OVER (PARTITION BY category ORDER BY price DESC) AS rn FROM items WHERE price > ?";
        assertSame(sql, t.translate(sql));
    }

    @Test
    void thereAreAtLeastSixtyGoldenCases() {
        assertTrue(SqlServerGoldenCases.TRANSLATED.size() + SqlServerGoldenCases.REFUSED.size() >= 60,
                "golden cases: " + (SqlServerGoldenCases.TRANSLATED.size() + SqlServerGoldenCases.REFUSED.size()));
    }

    static SqlTranslator translator(Dialect source, OnError onError) {
        return SqlTranslator.builder().source(source).target(Dialect.SQLSERVER).onError(onError).cacheSize(0).build();
    }

    /** Whitespace that carries no meaning: runs of blanks, blanks inside parentheses and before commas. */
    static String normalise(String sql) {
        return sql.trim()
                .replaceAll("\\s+", " ")
                .replaceAll("\\( ", "(")
                .replaceAll(" \\)", ")")
                .replaceAll(" ,", ",");
    }

    /** Counts {@code ?} outside string literals and quoted identifiers. */
    static int markers(String sql) {
        return SqlServerGoldenCases.markerPositions(sql).size();
    }
}
