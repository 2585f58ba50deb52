package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link QualifyEmulation} on every target without QUALIFY, asserted on the exact SQL (quoting aside). */
class QualifyEmulationTest {

    private static SqlTranslator translator(Dialect target) {
        return SqlTranslator.builder().source(Dialect.PORTABLE).target(target).onError(OnError.FAIL).cacheSize(0).build();
    }

    /** {@code sql} with the target's identifier quote in place of {@code "}. */
    private static String quoted(Dialect target, String sql) {
        return target == Dialect.MYSQL ? sql.replace('"', '`') : sql;
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "POSTGRESQL", "SQLITE"})
    void qualifyBecomesAFilterOnADerivedTable(Dialect target) throws TranslationException {
        SqlTranslator t = translator(target);
        assertEquals(quoted(target, "SELECT \"user id\", some_id, other_id, \"2 nd id\" FROM (SELECT \"user id\", some_id, 1 AS other_id,"
                        + " 2 AS \"2 nd id\", COUNT(*) OVER () AS _w FROM t) AS _t WHERE _w > 1"),
                t.translate("SELECT \"user id\", some_id, 1 as other_id, 2 as \"2 nd id\" FROM t QUALIFY COUNT(*) OVER () > 1"));
        // QUALIFY comes before DISTINCT, ORDER BY and LIMIT; the ? markers keep their order
        assertEquals("SELECT DISTINCT a, c FROM (SELECT a, b AS c, ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) AS _w"
                        + " FROM t WHERE x > ?) AS _t WHERE _w = 1 AND c > ? ORDER BY a LIMIT 5",
                t.translate("SELECT DISTINCT a, b AS c FROM t WHERE x > ? QUALIFY ROW_NUMBER() OVER"
                        + " (PARTITION BY a ORDER BY b) = 1 AND c > ? ORDER BY a LIMIT 5"));
        // a window alias never takes an output column's name
        assertEquals("SELECT a, _w FROM (SELECT a, _w, SUM(a) OVER () AS _w_2, RANK() OVER (ORDER BY a) AS _w_3 FROM t)"
                        + " AS _t WHERE _w_2 > 1 OR _w_3 IN (1, 2)",
                t.translate("SELECT a, _w FROM t QUALIFY SUM(a) OVER () > 1 OR RANK() OVER (ORDER BY a) IN (1, 2)"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "POSTGRESQL", "SQLITE"})
    void qualifyThatTheDerivedTableCannotExpressIsRefused(Dialect target) {
        // SELECT * outside would return the window column too; b, not selected, has no name outside
        for (String sql : new String[] {"SELECT * FROM t QUALIFY COUNT(*) OVER () > 1",
                "SELECT a FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY b) = 1 AND b > 1",
                "SELECT a FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY b) = 1 ORDER BY b",
                "SELECT a + 1 FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY b) = 1"}) {
            TranslationException e = assertThrows(TranslationException.class, () -> translator(target).translate(sql), sql);
            assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState(), sql);
        }
    }
}
