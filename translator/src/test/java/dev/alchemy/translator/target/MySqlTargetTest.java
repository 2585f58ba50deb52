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
}
