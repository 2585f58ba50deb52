package dev.alchemy.translator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.alchemy.translator.Dialect.PORTABLE;
import static dev.alchemy.translator.Tr.assertTranslates;

/** Portable SQL expressions rendered for each target (the SQL Server target has its own tests). */
class ExpressionTranslationTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            // ---- concatenation: || is NULL-propagating; CONCAT() ignores NULLs (PostgreSQL's meaning)
            "mysql => SELECT first_name || ' ' || last_name FROM users => SELECT CONCAT(first_name, ' ', last_name) FROM users",
            "sqlite => SELECT first_name || ' ' || last_name FROM users => SELECT first_name || ' ' || last_name FROM users",
            "h2 => SELECT first_name || ' ' || last_name FROM users => SELECT first_name || ' ' || last_name FROM users",
            "mysql => SELECT CONCAT(a, b) FROM t => SELECT CONCAT_WS('', a, b) FROM t",
            "sqlite => SELECT CONCAT(a, b) FROM t => SELECT (COALESCE(a, '') || COALESCE(b, '')) FROM t",
            "postgresql => SELECT CONCAT(a, b) FROM t => SELECT CONCAT(a, b) FROM t",
            // ---- booleans
            "sqlite => SELECT id FROM t WHERE active = TRUE AND deleted = FALSE => SELECT id FROM t WHERE active = TRUE AND deleted = FALSE",
            "mysql => SELECT id FROM t WHERE NOT active => SELECT id FROM t WHERE NOT active",
            // ---- identifier quoting
            "mysql => SELECT \"Order\".\"Id\" AS \"The Id\" FROM \"Order\" => SELECT `Order`.`Id` AS `The Id` FROM `Order`",
            "postgresql => SELECT \"Order\".\"Id\" FROM \"Order\" => SELECT \"Order\".\"Id\" FROM \"Order\"",
            "h2 => SELECT \"a\"\"b\" FROM t => SELECT \"a\"\"b\" FROM t",
            "mysql => SELECT \"a`b\" FROM t => SELECT `a``b` FROM t",
            "mysql => SELECT 'it''s \"quoted\"' FROM t => SELECT 'it''s \"quoted\"' FROM t",
            // ---- date and time
            "mysql => SELECT CURRENT_TIMESTAMP, NOW(), CURRENT_DATE => SELECT CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_DATE",
            "sqlite => SELECT EXTRACT(MONTH FROM d) FROM t => SELECT CAST(STRFTIME('%m', d) AS INTEGER) FROM t",
            "sqlite => SELECT EXTRACT(DOW FROM d) FROM t => SELECT CAST(STRFTIME('%w', d) AS INTEGER) FROM t",
            "h2 => SELECT EXTRACT(DOW FROM d) FROM t => SELECT (EXTRACT(DOW FROM d) - 1) FROM t",
            "mysql => SELECT EXTRACT(DOW FROM d), EXTRACT(EPOCH FROM d) FROM t => SELECT (DAYOFWEEK(d) - 1), UNIX_TIMESTAMP(d) FROM t",
            "postgresql => SELECT DATE_TRUNC('month', d) FROM t => SELECT DATE_TRUNC('MONTH', d) FROM t",
            "sqlite => SELECT DATE_TRUNC('day', d) FROM t => SELECT DATETIME(d, 'start of day') FROM t",
            "sqlite => SELECT DATE_TRUNC('hour', d) FROM t => SELECT STRFTIME('%Y-%m-%d %H:00:00', d) FROM t",
            "mysql => SELECT DATE_TRUNC('month', d) FROM t => SELECT CAST(DATE_FORMAT(d, '%Y-%m-01 00:00:00') AS DATETIME) FROM t",
            "h2 => SELECT DATE_TRUNC('year', d) FROM t => SELECT DATE_TRUNC('year', d) FROM t",
            "h2 => SELECT DATE_TRUNC('week', d) FROM t => SELECT DATE_TRUNC('ISO_WEEK', d) FROM t",
            "mysql => SELECT DATE_TRUNC('quarter', d) FROM t => SELECT CAST(MAKEDATE(YEAR(d), 1) + INTERVAL (QUARTER(d) - 1) QUARTER AS DATETIME) FROM t",
            "sqlite => SELECT DATE_TRUNC('week', d) FROM t => SELECT DATETIME(d, '-6 days', 'weekday 1', 'start of day') FROM t",
            "postgresql => SELECT d + INTERVAL '2 days' FROM t => SELECT d + INTERVAL '2 DAY' FROM t",
            "mysql => SELECT d + INTERVAL '2 days', d - INTERVAL '1' HOUR FROM t => SELECT d + INTERVAL 2 DAY, d - INTERVAL 1 HOUR FROM t",
            "sqlite => SELECT d + INTERVAL '2 days', d - INTERVAL '1' HOUR FROM t => SELECT DATETIME(d, '+2 days'), DATETIME(d, '-1 hours') FROM t",
            "sqlite => SELECT d + INTERVAL '1 week' FROM t => SELECT DATETIME(d, '+7 days') FROM t",
            "postgresql => SELECT d + INTERVAL '1 week' FROM t => SELECT d + INTERVAL '7 DAY' FROM t",
            "h2 => SELECT d + INTERVAL '1 day 2 hours' FROM t => SELECT d + INTERVAL '1' DAY + INTERVAL '2' HOUR FROM t",
            "mysql => SELECT d + ? * INTERVAL '1 day' FROM t => SELECT d + INTERVAL ? DAY FROM t",
            "sqlite => SELECT d - ? * INTERVAL '1 day' FROM t => SELECT DATETIME(d, (-(?)) || ' days') FROM t",
            // ---- strings
            "sqlite => SELECT CHAR_LENGTH(s), LENGTH(s), SUBSTRING(s FROM 2 FOR 3), POSITION('x' IN s) FROM t => SELECT LENGTH(s), LENGTH(s), SUBSTR(s, 2, 3), INSTR(s, 'x') FROM t",
            "h2 => SELECT CHAR_LENGTH(s), SUBSTRING(s, 2), POSITION('x' IN s) FROM t => SELECT CHAR_LENGTH(s), SUBSTRING(s, 2), LOCATE('x', s) FROM t",
            "mysql => SELECT CHARACTER_LENGTH(s), POSITION('x' IN s) FROM t => SELECT CHAR_LENGTH(s), POSITION('x' IN s) FROM t",
            "sqlite => SELECT TRIM(s), TRIM(LEADING 'x' FROM s), TRIM(TRAILING FROM s) FROM t => SELECT TRIM(s), LTRIM(s, 'x'), RTRIM(s) FROM t",
            "mysql => SELECT TRIM(BOTH 'x' FROM s) FROM t => SELECT TRIM(BOTH 'x' FROM s) FROM t",
            "postgresql => SELECT a FROM t WHERE name ILIKE 'a%' => SELECT a FROM t WHERE name ILIKE 'a%'",
            "h2 => SELECT a FROM t WHERE name NOT ILIKE ? => SELECT a FROM t WHERE name NOT ILIKE ?",
            "sqlite => SELECT a FROM t WHERE name ILIKE 'a%' => SELECT a FROM t WHERE LOWER(name) LIKE LOWER('a%')",
            "mysql => SELECT a FROM t WHERE name NOT ILIKE ? => SELECT a FROM t WHERE LOWER(name) NOT LIKE LOWER(?)",
            "sqlite => SELECT RANDOM(), LEFT(s, 2), RIGHT(s, 3) FROM t => SELECT (RANDOM() / 18446744073709551616.0 + 0.5), SUBSTR(s, 1, 2), SUBSTR(s, -(3)) FROM t",
            "mysql => SELECT RANDOM() FROM t => SELECT RAND() FROM t",
            // ---- null handling
            "mysql => SELECT COALESCE(a, b), NULLIF(a, b), IFNULL(a, b), NVL(a, b) FROM t => SELECT COALESCE(a, b), NULLIF(a, b), COALESCE(a, b), COALESCE(a, b) FROM t",
            "sqlite => SELECT NVL2(a, 'set', 'unset') FROM t => SELECT CASE WHEN NOT a IS NULL THEN 'set' ELSE 'unset' END FROM t",
            "mysql => SELECT a IS DISTINCT FROM b, a IS NOT DISTINCT FROM b FROM t => SELECT NOT a <=> b, a <=> b FROM t",
            "sqlite => SELECT a IS DISTINCT FROM b FROM t => SELECT a IS NOT b FROM t",
            // ---- casts and type names
            "postgresql => SELECT a::integer, CAST(b AS TEXT), CAST(c AS BOOLEAN) FROM t => SELECT CAST(a AS INTEGER), CAST(b AS TEXT), CAST(c AS BOOLEAN) FROM t",
            "sqlite => SELECT CAST(a AS INTEGER), CAST(b AS VARCHAR(10)), CAST(d AS DATE), CAST(e AS TIMESTAMP) FROM t => SELECT CAST(ROUND(a) AS INTEGER), CAST(b AS TEXT), DATE(d), DATETIME(e) FROM t",
            // H2 reads BYTEA as its VARBINARY; a CAST to BLOB would make a LOB that no longer compares
            "h2 => SELECT CAST(b AS TEXT), CAST(c AS BYTEA) FROM t => SELECT CAST(b AS VARCHAR), CAST(c AS VARBINARY) FROM t",
            "mysql => SELECT CAST(a AS INTEGER), CAST(b AS TEXT), CAST(c AS VARCHAR(5)), CAST(d AS DECIMAL(10,2)), CAST(e AS TIMESTAMP) FROM t => SELECT CAST(a AS SIGNED), CAST(b AS CHAR), CAST(c AS CHAR(5)), CAST(d AS DECIMAL(10, 2)), CAST(e AS DATETIME(6)) FROM t",
            // ---- aggregates
            "sqlite => SELECT STRING_AGG(name, ', ' ORDER BY name) FROM t => SELECT GROUP_CONCAT(name, ', ' ORDER BY name) FROM t",
            "h2 => SELECT STRING_AGG(name, ', ' ORDER BY name) FROM t => SELECT LISTAGG(name, ', ') WITHIN GROUP (ORDER BY name) FROM t",
            "mysql => SELECT STRING_AGG(DISTINCT name, ', ' ORDER BY name DESC) FROM t => SELECT GROUP_CONCAT(DISTINCT name ORDER BY name DESC SEPARATOR ', ') FROM t",
            "mysql => SELECT AVG(price) FROM t => SELECT AVG(CAST(price AS DECIMAL(65, 30))) FROM t",
            // ---- ORDER BY null placement
            "mysql => SELECT a FROM t ORDER BY a NULLS LAST, b DESC NULLS FIRST => SELECT a FROM t ORDER BY a IS NULL, a, b IS NOT NULL, b DESC",
            "sqlite => SELECT a FROM t ORDER BY a NULLS LAST => SELECT a FROM t ORDER BY a NULLS LAST",
            // ---- window functions and CTEs pass through
            "mysql => SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b), SUM(c) OVER (ORDER BY b ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t => SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b), SUM(c) OVER (ORDER BY b ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t",
            "sqlite => WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n => WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n",
            "h2 => WITH x AS (SELECT 1 AS n) SELECT n FROM x => WITH x AS (SELECT 1 AS n) SELECT n FROM x",
            // ---- a function in FROM has its arguments translated like any other expression
            "sqlserver => SELECT * FROM f(a || 'x', TRUE) AS q => SELECT * FROM F(CAST(a AS NVARCHAR(MAX)) + 'x', 1) AS q",
            "sqlite => SELECT q.v FROM t CROSS JOIN LATERAL f(DATE '2020-01-01') q => SELECT q.v FROM t CROSS JOIN LATERAL F(DATE('2020-01-01')) q",
    })
    void portableExpressions(String target, String sql, String expected) {
        assertTranslates(PORTABLE, Dialect.of(target), sql, expected);
    }

    @org.junit.jupiter.api.Test
    void postgresJsonOperatorsTakeEachDatabasesForm() {
        String read = "SELECT data->'a'->>'b', data->'tags'->0 FROM docs WHERE data @> '{\"k\":1}'";
        assertTranslates(Dialect.POSTGRESQL, Dialect.MYSQL, read,
                "SELECT CASE JSON_TYPE(JSON_EXTRACT(data, '$.\"a\".\"b\"')) WHEN 'NULL' THEN NULL"
                        + " ELSE JSON_UNQUOTE(JSON_EXTRACT(data, '$.\"a\".\"b\"')) END, JSON_EXTRACT(data, '$.\"tags\"[0]')"
                        + " FROM docs WHERE JSON_CONTAINS(data, '{\"k\":1}')");
        assertTranslates(Dialect.POSTGRESQL, Dialect.SQLSERVER, "SELECT data->'a'->>'b' FROM docs",
                "SELECT ISNULL(JSON_QUERY(data, '$.\"a\".\"b\"'), JSON_VALUE(data, '$.\"a\".\"b\"')) FROM docs");
        // a key with a quote and a backslash: JSON path escapes, then MySQL's string escapes
        assertTranslates(Dialect.POSTGRESQL, Dialect.MYSQL, "SELECT data->'a\"b\\c' FROM docs",
                "SELECT JSON_EXTRACT(data, '$.\"a\\\\\"b\\\\\\\\c\"') FROM docs");
        // SQLite reads -> and ->> itself
        assertTranslates(Dialect.POSTGRESQL, Dialect.SQLITE, "SELECT data->'a'->>'b' FROM docs", "SELECT data->'a'->>'b' FROM docs");
        for (String[] refused : new String[][] {
                {"SQLSERVER", "SELECT data->'a' FROM docs"}, {"SQLSERVER", "SELECT 1 FROM docs WHERE data @> '{}'"},
                {"SQLITE", "SELECT 1 FROM docs WHERE data @> '{}'"}, {"H2", "SELECT data->>'a' FROM docs"},
                {"MYSQL", "SELECT data->>? FROM docs"}}) {
            TranslationException e = Tr.failure(Dialect.POSTGRESQL, Dialect.valueOf(refused[0]), refused[1]);
            org.junit.jupiter.api.Assertions.assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState(), refused[1]);
        }
    }

    @org.junit.jupiter.api.Test
    void postgresAggregatesAndDateArithmeticWhereTheyHaveNoSameForm() {
        assertTranslates(Dialect.POSTGRESQL, Dialect.MYSQL, "SELECT COUNT(*) FILTER (WHERE active), BOOL_AND(active), BOOL_OR(x > 1) FROM t",
                "SELECT COUNT(CASE WHEN active THEN 1 END), MIN(active), MAX(x > 1) FROM t");
        assertTranslates(Dialect.POSTGRESQL, Dialect.SQLSERVER, "SELECT CURRENT_DATE + 1, CAST(at AS DATE) - ? FROM t",
                "SELECT DATEADD(day, 1, CAST(GETDATE() AS DATE)), DATEADD(day, -?, CAST(at AS DATE)) FROM t");
        assertTranslates(Dialect.POSTGRESQL, Dialect.SQLITE, "SELECT CURRENT_DATE + 1 FROM t", "SELECT DATE(CURRENT_DATE, '+1 days') FROM t");
        // PostgreSQL keeps its own date + n (a date; an interval would make it a timestamp); other sums are not dates
        assertTranslates(Dialect.PORTABLE, Dialect.POSTGRESQL, "SELECT CURRENT_DATE + 1 FROM t", "SELECT CURRENT_DATE + 1 FROM t");
        assertTranslates(Dialect.POSTGRESQL, Dialect.MYSQL, "SELECT at + 1, price + 1 FROM t", "SELECT at + 1, price + 1 FROM t");
        for (String[] refused : new String[][] {
                {"MYSQL", "SELECT DISTINCT ON (a) a, b FROM t ORDER BY a, b"}, {"SQLITE", "SELECT DISTINCT ON (a) a, b FROM t"},
                {"MYSQL", "SELECT * FROM t WHERE name ILIKE ANY (ARRAY['a%', 'b%'])"}, {"SQLITE", "SELECT ARRAY_AGG(a) FROM t"},
                {"MYSQL", "SELECT UNNEST(ARRAY[1, 2])"}, {"SQLITE", "SELECT REGEXP_REPLACE(a, 'x', 'y') FROM t"}}) {
            TranslationException e = Tr.failure(Dialect.POSTGRESQL, Dialect.valueOf(refused[0]), refused[1]);
            org.junit.jupiter.api.Assertions.assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState(), refused[1]);
        }
    }

    @org.junit.jupiter.api.Test
    void toCharOfADateWritesTheSameTextEverywhereOrIsRefused() {
        String sql = "SELECT TO_CHAR(at, 'YYYY-MM-DD HH24:MI:SS \"h\"') FROM t";
        assertTranslates(Dialect.POSTGRESQL, Dialect.MYSQL, sql, "SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s h') FROM t");
        assertTranslates(Dialect.POSTGRESQL, Dialect.SQLITE, sql, "SELECT STRFTIME('%Y-%m-%d %H:%M:%S h', at) FROM t");
        assertTranslates(Dialect.POSTGRESQL, Dialect.SQLSERVER, sql,
                "SELECT FORMAT(at, 'yyyy\\-MM\\-dd\\ HH\\:mm\\:ss\\ \\h', 'en-US') FROM t");
        assertTranslates(Dialect.POSTGRESQL, Dialect.MYSQL, "SELECT TO_CHAR(at, '100% YYYY') FROM t",
                "SELECT DATE_FORMAT(at, '100%% %Y') FROM t");
        // month names (padded by PostgreSQL), number patterns and non-literal patterns are not formatted alike
        for (String refused : new String[] {"SELECT TO_CHAR(at, 'Month YYYY') FROM t", "SELECT TO_CHAR(price, '999D99') FROM t",
                "SELECT TO_CHAR(at, ?) FROM t"}) {
            TranslationException e = Tr.failure(Dialect.POSTGRESQL, Dialect.MYSQL, refused);
            org.junit.jupiter.api.Assertions.assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState(), refused);
        }
    }

    @org.junit.jupiter.api.Test
    void isoWeeksDateDifferencesAndTruncOnMySql() {
        assertTranslates(Dialect.POSTGRESQL, Dialect.MYSQL,
                "SELECT EXTRACT(WEEK FROM d), CAST(a AS DATE) - CURRENT_DATE, TRUNC(x), TRUNC(x, 2) FROM t",
                "SELECT WEEK(d, 3), DATEDIFF(CAST(a AS DATE), CURRENT_DATE), TRUNCATE(x, 0), TRUNCATE(x, 2) FROM t");
        assertTranslates(Dialect.POSTGRESQL, Dialect.SQLSERVER, "SELECT CAST(a AS DATE) - CURRENT_DATE FROM t",
                "SELECT DATEDIFF(day, CAST(GETDATE() AS DATE), CAST(a AS DATE)) FROM t");
    }
}
