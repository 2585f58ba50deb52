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
}
