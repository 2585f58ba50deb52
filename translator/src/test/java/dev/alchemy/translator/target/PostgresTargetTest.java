package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules of {@link PostgresTarget}, each asserted on the exact SQL. */
class PostgresTargetTest {

    static String tr(Dialect source, String sql) {
        try {
            return SqlTranslator.builder().source(source).target(Dialect.POSTGRESQL).onError(OnError.FAIL).cacheSize(0)
                    .build().translate(sql);
        } catch (TranslationException e) {
            throw new AssertionError("unexpected failure (" + e.getSqlState() + "): " + e.getMessage(), e);
        }
    }

    @Test
    void dateTruncUnitIsUpperCase() {
        assertEquals("SELECT DATE_TRUNC('MONTH', d) FROM t", tr(Dialect.MYSQL, "SELECT DATE_TRUNC('month', d) FROM t"));
        assertEquals("SELECT DATE_TRUNC('DAY', d) FROM t", tr(Dialect.SQLSERVER, "SELECT DATETRUNC(day, d) FROM t"));
    }

    @Test
    void eomonthIsTheLastDayOfTheMonth() {
        assertEquals("SELECT CAST(DATE_TRUNC('MONTH', CAST(d AS DATE)) + INTERVAL '1 MONTH' - INTERVAL '1 DAY' AS DATE) FROM t",
                tr(Dialect.SQLSERVER, "SELECT EOMONTH(d) FROM t"));
        assertEquals("SELECT CAST(DATE_TRUNC('MONTH', CAST(d AS DATE) + INTERVAL '-1 MONTH') + INTERVAL '1 MONTH'"
                        + " - INTERVAL '1 DAY' AS DATE) FROM t",
                tr(Dialect.SQLSERVER, "SELECT EOMONTH(d, -1) FROM t"));
    }

    @Test
    void aStandaloneIntervalTakesPostgresLiteralForm() {
        assertEquals("SELECT JUSTIFY_HOURS(INTERVAL '1 HOUR')", tr(Dialect.PORTABLE, "SELECT JUSTIFY_HOURS(INTERVAL '1' HOUR)"));
        // PostgreSQL reads INTERVAL '1' WEEK as one second aliased week; it has no WEEK field
        assertEquals("SELECT INTERVAL '7 DAY', INTERVAL '-2 DAY', INTERVAL '1.5 SECOND'",
                tr(Dialect.PORTABLE, "SELECT INTERVAL '1' WEEK, INTERVAL '-2' DAY, INTERVAL '1.5' SECOND"));
        assertEquals("SELECT INTERVAL '3 DAY', (x) * INTERVAL '1 DAY' FROM t",
                tr(Dialect.MYSQL, "SELECT INTERVAL 3 DAY, INTERVAL x DAY FROM t"));
    }

    @Test
    void anIntervalWhoseMeaningWouldChangeIsKeptAsWritten() {
        // PostgreSQL truncates INTERVAL '1.5' HOUR to one hour, while '1.5 HOUR' is 90 minutes
        assertEquals("SELECT INTERVAL '1.5' HOUR, INTERVAL '1 02:00' DAY TO MINUTE",
                tr(Dialect.PORTABLE, "SELECT INTERVAL '1.5' HOUR, INTERVAL '1 02:00' DAY TO MINUTE"));
    }

    @Test
    void portableArrayPrependTakesTheArrayFirst() {
        assertEquals("SELECT ARRAY_PREPEND(x, arr) FROM t", tr(Dialect.PORTABLE, "SELECT ARRAY_PREPEND(arr, x) FROM t"));
        assertEquals("SELECT ARRAY_PREPEND(1, arr) FROM t", tr(Dialect.MYSQL, "SELECT ARRAY_PREPEND(1, arr) FROM t"));
    }

    @Test
    void swappingArrayPrependArgumentsThatAreBothMarkersIsRefused() {
        TranslationException e = org.junit.jupiter.api.Assertions.assertThrows(TranslationException.class,
                () -> SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.POSTGRESQL).onError(OnError.FAIL)
                        .cacheSize(0).build().translate("SELECT ARRAY_PREPEND(?, ?)"));
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
    }

    @Test
    void jsonExtractOfObjectMembersIsJsonExtractPath() {
        assertEquals("SELECT JSON_EXTRACT_PATH(x, 'a b'), JSON_EXTRACT_PATH(x, 'a', 'b'), JSON_EXTRACT_PATH(x, 'it''s') FROM t",
                tr(Dialect.PORTABLE, "SELECT JSON_EXTRACT(x, '$[\"a b\"]'), JSON_EXTRACT(x, '$.a.b'), JSON_EXTRACT(x, '$.\"it''s\"') FROM t"));
        assertEquals("SELECT JSON_EXTRACT_PATH(doc, 'k'), JSON_EXTRACT_PATH(doc, 'a b') FROM t",
                tr(Dialect.MYSQL, "SELECT JSON_EXTRACT(doc, '$.k'), JSON_EXTRACT(doc, '$.\"a b\"') FROM t"));
        // MySQL's paths have no ["a b"] step (MySQL finds nothing there): kept as written
        assertEquals("SELECT JSON_EXTRACT(doc, '$[\"a b\"]') FROM t", tr(Dialect.MYSQL, "SELECT JSON_EXTRACT(doc, '$[\"a b\"]') FROM t"));
    }

    @Test
    void jsonExtractOfOtherPathsIsKeptAsWritten() {
        // a wildcard, an array step, the root or a bound path have no member list: nothing is dropped
        String sql = "SELECT JSON_EXTRACT(x, '$.y[*]'), JSON_EXTRACT(x, '$.y[0].z'), JSON_EXTRACT(x, '$'), JSON_EXTRACT(x, ?) FROM t";
        assertEquals(sql, tr(Dialect.PORTABLE, sql));
    }

    @Test
    void qualifyBecomesAFilterOnADerivedTable() {
        assertEquals("SELECT \"user id\", some_id, other_id, \"2 nd id\" FROM (SELECT \"user id\", some_id, 1 AS other_id, 2 AS \"2 nd id\","
                        + " COUNT(*) OVER () AS _w FROM t) AS _t WHERE _w > 1",
                tr(Dialect.PORTABLE, "SELECT \"user id\", some_id, 1 as other_id, 2 as \"2 nd id\" FROM t QUALIFY COUNT(*) OVER () > 1"));
        // QUALIFY comes before DISTINCT, ORDER BY and LIMIT; the ? markers keep their order
        assertEquals("SELECT DISTINCT a, c FROM (SELECT a, b AS c, ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) AS _w"
                        + " FROM t WHERE x > ?) AS _t WHERE _w = 1 AND c > ? ORDER BY a LIMIT 5",
                tr(Dialect.PORTABLE, "SELECT DISTINCT a, b AS c FROM t WHERE x > ? QUALIFY ROW_NUMBER() OVER"
                        + " (PARTITION BY a ORDER BY b) = 1 AND c > ? ORDER BY a LIMIT 5"));
        // a window alias never takes an output column's name
        assertEquals("SELECT a, _w FROM (SELECT a, _w, SUM(a) OVER () AS _w_2, RANK() OVER (ORDER BY a) AS _w_3 FROM t)"
                        + " AS _t WHERE _w_2 > 1 OR _w_3 IN (1, 2)",
                tr(Dialect.PORTABLE, "SELECT a, _w FROM t QUALIFY SUM(a) OVER () > 1 OR RANK() OVER (ORDER BY a) IN (1, 2)"));
    }

    @Test
    void qualifyThatTheDerivedTableCannotExpressIsRefused() {
        // SELECT * outside would return the window column too; b, not selected, has no name outside
        for (String sql : new String[] {"SELECT * FROM t QUALIFY COUNT(*) OVER () > 1",
                "SELECT a FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY b) = 1 AND b > 1",
                "SELECT a FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY b) = 1 ORDER BY b",
                "SELECT a + 1 FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY b) = 1"}) {
            TranslationException e = org.junit.jupiter.api.Assertions.assertThrows(TranslationException.class,
                    () -> SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.POSTGRESQL).onError(OnError.FAIL)
                            .cacheSize(0).build().translate(sql), sql);
            assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState(), sql);
        }
    }

    @Test
    void identityColumnIsIntAndKeepsItsPlaceAmongTheConstraints() {
        assertEquals("CREATE TABLE tbl (id INT NOT NULL GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 1) PRIMARY KEY)",
                tr(Dialect.SQLSERVER, "CREATE TABLE tbl (id INTEGER NOT NULL IDENTITY(10, 1) PRIMARY KEY)"));
        assertEquals("CREATE TABLE t (id INT GENERATED BY DEFAULT AS IDENTITY NOT NULL, v BIGINT)",
                tr(Dialect.SQLSERVER, "CREATE TABLE t (id INT IDENTITY(1,1) NOT NULL, v BIGINT)"));
        assertEquals("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
                tr(Dialect.MYSQL, "CREATE TABLE t (id BIGINT AUTO_INCREMENT PRIMARY KEY)"));
    }
}
