package dev.alchemy.translator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static dev.alchemy.translator.Dialect.*;
import static dev.alchemy.translator.Tr.assertTranslates;
import static dev.alchemy.translator.Tr.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaginationTranslationTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "postgresql | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20 | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20",
            "sqlite     | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20 | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20",
            "h2         | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20 | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20",
            "mysql      | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20 | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20",
            // ISO OFFSET .. FETCH with literals becomes the target's LIMIT form
            "postgresql | SELECT id FROM t ORDER BY id OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20",
            "sqlite     | SELECT id FROM t ORDER BY id OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY | SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20",
            "mysql      | SELECT id FROM t ORDER BY id FETCH FIRST 3 ROWS ONLY | SELECT id FROM t ORDER BY id LIMIT 3",
            "mysql      | SELECT id FROM t FETCH FIRST ROW ONLY | SELECT id FROM t LIMIT 1",
            "sqlserver  | SELECT id FROM t FETCH FIRST ROWS ONLY | SELECT TOP 1 id FROM t",
            "sqlserver  | SELECT * FROM (SELECT id FROM t FETCH FIRST ROW ONLY) x | SELECT * FROM (SELECT TOP 1 id FROM t) x",
            // an offset alone needs a LIMIT on SQLite and MySQL
            "postgresql | SELECT id FROM t ORDER BY id OFFSET 5 | SELECT id FROM t ORDER BY id OFFSET 5",
            "sqlite     | SELECT id FROM t ORDER BY id OFFSET 5 | SELECT id FROM t ORDER BY id LIMIT -1 OFFSET 5",
            "mysql      | SELECT id FROM t ORDER BY id OFFSET 5 | SELECT id FROM t ORDER BY id LIMIT 18446744073709551615 OFFSET 5",
            "h2         | SELECT id FROM t ORDER BY id OFFSET 5 | SELECT id FROM t ORDER BY id OFFSET 5",
            // pagination inside subqueries and set operations
            "mysql      | SELECT * FROM (SELECT id FROM t ORDER BY id OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY) x | SELECT * FROM (SELECT id FROM t ORDER BY id LIMIT 2 OFFSET 1) x",
            "sqlite     | SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1 FETCH FIRST 5 ROWS ONLY | SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1 LIMIT 5",
    })
    void portablePagination(String target, String sql, String expected) {
        assertTranslates(PORTABLE, Dialect.of(target), sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // offset marker first in the source: every target keeps it first
            "postgresql | SELECT id FROM t ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            "h2         | SELECT id FROM t ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            "sqlite     | SELECT id FROM t ORDER BY id LIMIT ?, ?",
            "mysql      | SELECT id FROM t ORDER BY id LIMIT ?, ?",
    })
    void offsetFirstMarkersKeepTheirOrder(String target, String expected) {
        assertTranslates(PORTABLE, Dialect.of(target), "SELECT id FROM t ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"postgresql", "sqlite", "h2", "mysql"})
    void limitFirstMarkersKeepTheirOrder(String target) {
        assertTranslates(PORTABLE, Dialect.of(target), "SELECT id FROM t WHERE a = ? ORDER BY id LIMIT ? OFFSET ?",
                "SELECT id FROM t WHERE a = ? ORDER BY id LIMIT ? OFFSET ?");
    }

    @Test
    void mysqlLimitCommaFormIsRead() {
        // (MySQL sorts NULL first, PostgreSQL last: the order is kept explicit)
        assertTranslates(MYSQL, POSTGRESQL, "SELECT id FROM t ORDER BY id LIMIT 20, 10", "SELECT id FROM t ORDER BY id NULLS FIRST LIMIT 10 OFFSET 20");
        assertTranslates(MYSQL, POSTGRESQL, "SELECT id FROM t LIMIT ?, ?", "SELECT id FROM t OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    }

    @Test
    void sqlServerTopIsRead() {
        assertTranslates(SQLSERVER, POSTGRESQL, "SELECT TOP 5 id FROM t ORDER BY id", "SELECT id FROM t ORDER BY id NULLS FIRST LIMIT 5");
        assertTranslates(SQLSERVER, MYSQL, "SELECT TOP (3) [id] FROM [t]", "SELECT `id` FROM `t` LIMIT 3");
        assertTranslates(SQLSERVER, SQLITE, "SELECT id FROM t ORDER BY id OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY",
                "SELECT id FROM t ORDER BY id LIMIT 5 OFFSET 10");
        assertTranslates(SQLSERVER, H2, "SELECT TOP (?) id FROM t ORDER BY id", "SELECT id FROM t ORDER BY id LIMIT ?");
    }

    @Test
    void aRewriteThatWouldReorderMarkersFails() {
        // TOP (?) comes before the WHERE marker in SQL Server; LIMIT ? would come after it.
        TranslationException e = failure(SQLSERVER, POSTGRESQL, "SELECT TOP (?) id FROM t WHERE a = ? ORDER BY id");
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
        assertTrue(e.getMessage().contains("reorder ? parameter markers"), e.getMessage());
    }

    @Test
    void topPercentIsRefused() {
        TranslationException e = failure(SQLSERVER, POSTGRESQL, "SELECT TOP 10 PERCENT id FROM t");
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
        assertTrue(e.getMessage().contains("PERCENT"), e.getMessage());
    }
}
