package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast path returns plain statements without parsing them. Its proof obligation, checked here: for every
 * statement it accepts, the full pipeline (parse, rewrite, render) gives the same SQL up to keyword case and
 * spacing, on every target that opts in.
 */
class PlainSqlFastPathTest {
    private static final List<Dialect> OPTED_IN = List.of(Dialect.POSTGRESQL, Dialect.SQLITE, Dialect.H2, Dialect.MYSQL);

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT id, name FROM users WHERE id = ?",
            "select u.id, u.name from users u where u.id in (?, ?, ?) and u.name like ? order by u.name desc",
            "INSERT INTO orders (customer_id, total, status) VALUES (?, ?, ?)",
            "UPDATE users SET name = ?, visits = visits + 1 WHERE id = ?",
            "DELETE FROM sessions WHERE user_id = ? AND expires < ?",
            "SELECT COUNT(*), SUM(total), MIN(total), MAX(total) FROM orders GROUP BY status HAVING COUNT(*) > 1",
            "SELECT o.id, c.name FROM orders o INNER JOIN customers c ON c.id = o.customer_id LEFT OUTER JOIN x ON x.id = o.id",
            "SELECT CASE WHEN a IS NULL THEN 'none' ELSE UPPER(a) END FROM t WHERE b BETWEEN 1 AND 10",
            "SELECT DISTINCT COALESCE(a, b), NULLIF(c, 0), ABS(d - 2.5) * -1 FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.a = t.a)",
            "SELECT a FROM t UNION ALL SELECT b FROM u",
            "SELECT 'it''s' AS label FROM t WHERE s <> 'x' AND n >= 3 AND m <= 4",
    })
    void acceptedStatementsRenderUnchangedByTheFullPipeline(String sql) throws Exception {
        assertTrue(PlainSql.isPlain(sql), "expected on the fast path: " + sql);
        for (Dialect target : OPTED_IN) {
            String full = new TranslationEngine(Dialect.PORTABLE, target, new BoundedParser(), false).translate(sql);
            assertEquals(normalise(sql), normalise(full), target + ": the full pipeline changes " + sql);
            assertSame(sql, new TranslationEngine(Dialect.PORTABLE, target).translate(sql));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT id FROM t LIMIT 10",
            "SELECT a || b FROM t",
            "SELECT \"a\" FROM t",
            "SELECT `a` FROM t",
            "SELECT a FROM t WHERE b = TRUE",
            "SELECT CURRENT_TIMESTAMP FROM t",
            "SELECT NOW() FROM t",
            "SELECT AVG(x) FROM t",
            "SELECT a / b FROM t",
            "SELECT a::int FROM t",
            "SELECT a FROM t WHERE b ILIKE ?",
            "SELECT 'C:\\temp' FROM t",
            "SELECT a FROM t ORDER BY a NULLS LAST",
            "SELECT {fn UCASE(a)} FROM t",
            "SELECT a FROM t -- comment",
            "INSERT INTO t (a) VALUES (1) RETURNING id",
            "INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING",
            "SELECT DATE '2024-01-01' FROM t",
            "SELECT N'x' FROM t",
            "SELECT 1e5 FROM t",
            "SELECT a FROM t FETCH FIRST 1 ROWS ONLY",
            "CREATE TABLE t (id INTEGER)",
            "WITH x AS (SELECT 1) SELECT * FROM x",
            "SELECT LENGTH(a) FROM t",
            "SELECT a IS DISTINCT FROM b FROM t",
            "SELECT a FROM t WHERE b IS NOT DISTINCT FROM c",
            "SELEKT * FROM t",
            "(SELECT a FROM t)",
            "SELECT [a] FROM t",
            "SELECT a FROM t; DROP TABLE t",
    })
    void anythingDialectSpecificTakesTheParser(String sql) {
        assertFalse(PlainSql.isPlain(sql), sql);
    }

    @Test
    void sqlServerSourcesNeverTakeTheFastPath() throws Exception {
        // SQL Server reads string + as concatenation, so even plain-looking T-SQL is parsed
        String tsql = "SELECT a + 'x' FROM t";
        assertEquals("SELECT a || 'x' FROM t", new TranslationEngine(Dialect.SQLSERVER, Dialect.POSTGRESQL).translate(tsql));
    }

    /** Upper case outside string literals, single spaces, no spaces inside brackets or before commas. */
    private static String normalise(String sql) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                inString = !inString;
            }
            out.append(inString ? c : Character.toUpperCase(c));
        }
        return out.toString().replaceAll("\\s+", " ").replaceAll("\\( ", "(").replaceAll(" \\)", ")")
                .replaceAll(" ,", ",").trim();
    }
}
