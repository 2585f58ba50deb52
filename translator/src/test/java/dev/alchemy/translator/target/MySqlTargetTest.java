package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules of {@link MySqlTarget}, each asserted on the exact SQL. */
class MySqlTargetTest {

    static String tr(Dialect source, String sql) {
        try {
            return SqlTranslator.builder().source(source).target(Dialect.MYSQL).onError(OnError.FAIL).cacheSize(0)
                    .build().translate(sql);
        } catch (TranslationException e) {
            throw new AssertionError("unexpected failure (" + e.getSqlState() + "): " + e.getMessage(), e);
        }
    }

    @Test
    void mInPostgresIntervalTextIsMinutes() {
        assertEquals("SELECT d + INTERVAL 5 MINUTE, d + INTERVAL 2 MONTH FROM t",
                tr(Dialect.POSTGRESQL, "SELECT d + INTERVAL '5 m', d + INTERVAL '2 mon' FROM t"));
    }

    @Test
    void qualifyBecomesAFilterOnADerivedTable() {
        assertEquals("SELECT `user id`, some_id, other_id, `2 nd id` FROM (SELECT `user id`, some_id, 1 AS other_id, 2 AS `2 nd id`,"
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
                    () -> SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.MYSQL).onError(OnError.FAIL)
                            .cacheSize(0).build().translate(sql), sql);
            assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState(), sql);
        }
    }

    @Test
    void makeIntervalIsAddedInPostgresOrder() {
        // PostgreSQL adds 1 year 2 months as 14 months: from Feb 29 one year then two months would end a day early
        assertEquals("SELECT CURRENT_TIMESTAMP + INTERVAL 14 MONTH + INTERVAL 3 DAY",
                tr(Dialect.POSTGRESQL, "SELECT NOW() + MAKE_INTERVAL(years => 1, months => 2, days => 3)"));
        assertEquals("SELECT d - INTERVAL 1 YEAR - INTERVAL 2 HOUR FROM t",
                tr(Dialect.POSTGRESQL, "SELECT d - MAKE_INTERVAL(years => 1, hours => 2) FROM t"));
        assertEquals("SELECT d + INTERVAL (n * 12 + ?) MONTH + INTERVAL ? DAY FROM t",
                tr(Dialect.POSTGRESQL, "SELECT d + MAKE_INTERVAL(years => n, months => ?, days => ?) FROM t"));
    }

    @Test
    void intervalTextIsAddedMonthsFirstThenDaysThenTime() {
        assertEquals("SELECT d + INTERVAL 1 MONTH + INTERVAL 3 DAY, d - INTERVAL 14 MONTH - INTERVAL 4 HOUR FROM t",
                tr(Dialect.POSTGRESQL, "SELECT d + INTERVAL '3 days 1 month', d - INTERVAL '1 year 2 months 4 hours' FROM t"));
    }

    @Test
    void fullJoinUsingIsALeftJoinAndTheRightRowsNoLeftRowMatches() {
        assertEquals("SELECT x, p.a, q.b FROM t1 AS p LEFT OUTER JOIN t2 q USING (x, y) WHERE x > 1 UNION ALL"
                        + " SELECT x, p.a, q.b FROM t1 AS p RIGHT OUTER JOIN t2 q USING (x, y)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM t1 AS p WHERE p.x = q.x AND p.y = q.y) AND (x > 1)",
                tr(Dialect.POSTGRESQL, "SELECT x, p.a, q.b FROM t1 AS p FULL JOIN t2 q USING (x, y) WHERE x > 1"));
    }

    @Test
    void fullJoinUsingUnderSelectStarIsRefused() {
        // MySQL expands * of a RIGHT JOIN .. USING with the right table's columns first: the halves would not line up
        TranslationException e = org.junit.jupiter.api.Assertions.assertThrows(TranslationException.class,
                () -> SqlTranslator.builder().source(Dialect.POSTGRESQL).target(Dialect.MYSQL).onError(OnError.FAIL)
                        .cacheSize(0).build().translate("SELECT * FROM t1 FULL OUTER JOIN t2 USING (x)"));
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
    }
}
