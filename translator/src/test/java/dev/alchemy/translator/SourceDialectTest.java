package dev.alchemy.translator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.alchemy.translator.Dialect.*;
import static dev.alchemy.translator.Tr.assertTranslates;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Source dialects are read into portable meaning: SQL Server, MySQL, PostgreSQL and SQLite forms. */
class SourceDialectTest {

    @Test
    void sqlServerForms() {
        String tsql = "SELECT TOP 10 [u].[name] + ' ' + [u].[surname] AS [full name], LEN(name), ISNULL(email, 'none'),"
                + " GETDATE(), CHARINDEX('@', email), DATEPART(year, created), DATEADD(day, 7, created)"
                + " FROM [dbo].[users] u ORDER BY u.id";
        assertTranslates(SQLSERVER, POSTGRESQL, tsql, "SELECT \"u\".\"name\" || ' ' || \"u\".\"surname\" AS \"full name\","
                + " CHAR_LENGTH(name), COALESCE(email, 'none'), CURRENT_TIMESTAMP, POSITION('@' IN email),"
                + " EXTRACT(YEAR FROM created), created + INTERVAL '7 DAY' FROM \"dbo\".\"users\" u ORDER BY u.id NULLS FIRST LIMIT 10");
        assertTranslates(SQLSERVER, MYSQL, tsql, "SELECT CONCAT(`u`.`name`, ' ', `u`.`surname`) AS `full name`,"
                + " CHAR_LENGTH(name), COALESCE(email, 'none'), CURRENT_TIMESTAMP, POSITION('@' IN email),"
                + " EXTRACT(YEAR FROM created), created + INTERVAL 7 DAY FROM `dbo`.`users` u ORDER BY u.id LIMIT 10");
        assertTranslates(SQLSERVER, SQLITE, tsql, "SELECT \"u\".\"name\" || ' ' || \"u\".\"surname\" AS \"full name\","
                + " LENGTH(name), COALESCE(email, 'none'), CURRENT_TIMESTAMP, INSTR(email, '@'),"
                + " CAST(STRFTIME('%Y', created) AS INTEGER), DATETIME(created, '+7 days') FROM \"dbo\".\"users\" u ORDER BY u.id LIMIT 10");
    }

    @Test
    void sqlServerNumericPlusStaysAddition() {
        assertTranslates(SQLSERVER, MYSQL, "SELECT a + b, a + 1 FROM t", "SELECT a + b, a + 1 FROM t");
        assertTranslates(SQLSERVER, POSTGRESQL, "SELECT N'x' + CAST(id AS NVARCHAR(10)) FROM t",
                "SELECT 'x' || CAST(id AS VARCHAR(10)) FROM t");
    }

    @Test
    void sqlServerApplyIsALateralJoinOnPostgres() {
        assertTranslates(SQLSERVER, POSTGRESQL, "SELECT x.a, t.v FROM x OUTER APPLY (SELECT v FROM t WHERE t.id = x.id) t",
                "SELECT x.a, t.v FROM x LEFT JOIN LATERAL(SELECT v FROM t WHERE t.id = x.id) AS t ON TRUE");
        assertTranslates(SQLSERVER, POSTGRESQL, "SELECT STRING_AGG(x, '|') WITHIN GROUP (ORDER BY z DESC) FROM t",
                "SELECT STRING_AGG(x, '|' ORDER BY z DESC NULLS LAST) FROM t");
    }

    @Test
    void mysqlForms() {
        String mysql = "SELECT `id`, IFNULL(`name`, \"anon\"), NOW(), DATE_ADD(created, INTERVAL 1 DAY),"
                + " GROUP_CONCAT(tag ORDER BY tag SEPARATOR ';'), CONCAT(a, b), LOCATE('x', s), IF(a > 1, 'big', 'small')"
                + " FROM `t` GROUP BY id LIMIT 5, 10";
        assertTranslates(MYSQL, POSTGRESQL, mysql, "SELECT \"id\", COALESCE(\"name\", 'anon'), CURRENT_TIMESTAMP,"
                + " created + INTERVAL '1 DAY', STRING_AGG(tag, ';' ORDER BY tag NULLS FIRST), a || b, POSITION('x' IN s),"
                + " CASE WHEN a > 1 THEN 'big' ELSE 'small' END FROM \"t\" GROUP BY id LIMIT 10 OFFSET 5");
        assertTranslates(MYSQL, H2, mysql, "SELECT \"id\", COALESCE(\"name\", 'anon'), CURRENT_TIMESTAMP,"
                + " created + INTERVAL '1' DAY, LISTAGG(tag, ';') WITHIN GROUP (ORDER BY tag), a || b, LOCATE('x', s),"
                + " CASE WHEN a > 1 THEN 'big' ELSE 'small' END FROM \"t\" GROUP BY id LIMIT 10 OFFSET 5");
    }

    @Test
    void mysqlLengthCountsBytes() {
        assertTranslates(MYSQL, POSTGRESQL, "SELECT LENGTH(s), CHAR_LENGTH(s) FROM t", "SELECT OCTET_LENGTH(s), CHAR_LENGTH(s) FROM t");
        assertTranslates(MYSQL, SQLITE, "SELECT LENGTH(s) FROM t", "SELECT LENGTH(CAST(s AS BLOB)) FROM t");
    }

    @Test
    void backslashesInLiterals() {
        // MySQL reads backslash escapes in every literal; ISO SQL and the others do not.
        assertTranslates(PORTABLE, MYSQL, "SELECT 'C:\\temp' FROM t", "SELECT 'C:\\\\temp' FROM t");
        assertTranslates(PORTABLE, SQLITE, "SELECT 'C:\\temp' FROM t", "SELECT 'C:\\temp' FROM t");
        assertTranslates(POSTGRESQL, SQLITE, "SELECT E'a\\tb' FROM t", "SELECT 'a\tb' FROM t");
    }

    @Test
    void postgresForms() {
        String pg = "SELECT id::text, name ILIKE 'a%', STRPOS(name, 'x'), NOW() - INTERVAL '1 hour' FROM t WHERE flag IS TRUE";
        assertTranslates(POSTGRESQL, MYSQL, pg, "SELECT CAST(id AS CHAR), LOWER(name) LIKE LOWER('a%'), POSITION('x' IN name),"
                + " CURRENT_TIMESTAMP - INTERVAL 1 HOUR FROM t WHERE flag IS TRUE");
        assertTranslates(POSTGRESQL, SQLITE, pg, "SELECT CAST(id AS TEXT), LOWER(name) LIKE LOWER('a%'), INSTR(name, 'x'),"
                + " DATETIME(CURRENT_TIMESTAMP, '-1 hours') FROM t WHERE flag IS TRUE");
        assertTranslates(POSTGRESQL, H2, "SELECT x FROM t WHERE a ISNULL OR b NOTNULL", "SELECT x FROM t WHERE a IS NULL OR b IS NOT NULL");
    }

    @Test
    void sqliteForms() {
        assertTranslates(SQLITE, POSTGRESQL, "SELECT IFNULL(a, 0), SUBSTR(s, 2), INSTR(s, 'x'), GROUP_CONCAT(name), datetime('now') FROM t",
                "SELECT COALESCE(a, 0), SUBSTRING(s FROM 2), POSITION('x' IN s), STRING_AGG(name, ','), CURRENT_TIMESTAMP FROM t");
        assertTranslates(SQLITE, MYSQL, "SELECT GROUP_CONCAT(name, ' / ') FROM t", "SELECT GROUP_CONCAT(name SEPARATOR ' / ') FROM t");
    }

    @Test
    void mysqlDivisionNeverTruncatesAndGivesNullForZero() {
        assertTranslates(MYSQL, SQLSERVER, "SELECT a / b FROM t", "SELECT CAST(a AS FLOAT) / NULLIF(b, 0) FROM t");
        assertTranslates(MYSQL, POSTGRESQL, "SELECT a / 2, 1.5 / c FROM t",
                "SELECT CAST(a AS DOUBLE PRECISION) / 2, 1.5 / NULLIF(c, 0) FROM t");
        // DIV is MySQL's integer division and stays one
        assertTranslates(MYSQL, MYSQL, "SELECT a DIV b FROM t", "SELECT a DIV b FROM t");
    }

    @Test
    void jsonAggregatesAndCodePoints() {
        assertTranslates(SQLITE, POSTGRESQL, "SELECT JSON_GROUP_OBJECT(name, value), JSON_GROUP_ARRAY(name), UNICODE(name) FROM t",
                "SELECT JSON_OBJECT_AGG(name, value), JSON_AGG(name), ASCII(name) FROM t");
        assertTranslates(POSTGRESQL, SQLITE, "SELECT JSON_AGG(name), JSON_OBJECT_AGG(name, value) FROM t",
                "SELECT JSON_GROUP_ARRAY(name), JSON_GROUP_OBJECT(name, value) FROM t");
        assertTranslates(POSTGRESQL, MYSQL, "SELECT JSON_AGG(name), JSON_OBJECT_AGG(name, value) FROM t",
                "SELECT JSON_ARRAYAGG(name), JSON_OBJECTAGG(name, value) FROM t");
    }

    @Test
    void transactionControl() {
        assertTranslates(PORTABLE, POSTGRESQL, "BEGIN TRANSACTION", "BEGIN");
        assertTranslates(PORTABLE, MYSQL, "start transaction;", "BEGIN");
        assertTranslates(PORTABLE, SQLITE, "BEGIN WORK", "BEGIN");
        assertTranslates(PORTABLE, H2, "BEGIN", "BEGIN");
        assertTranslates(PORTABLE, SQLSERVER, "BEGIN", "BEGIN TRANSACTION");
        assertTranslates(SQLSERVER, POSTGRESQL, "COMMIT TRAN", "COMMIT");
        assertTranslates(PORTABLE, SQLSERVER, "ROLLBACK WORK", "ROLLBACK");
    }

    @Test
    void createTableLike() {
        assertTranslates(MYSQL, POSTGRESQL, "CREATE TABLE a LIKE b", "CREATE TABLE a (LIKE b)");
        assertTranslates(MYSQL, SQLITE, "CREATE TABLE a LIKE b", "CREATE TABLE a AS SELECT * FROM b LIMIT 0");
        assertTranslates(MYSQL, H2, "CREATE TABLE IF NOT EXISTS a LIKE b",
                "CREATE TABLE IF NOT EXISTS a AS SELECT * FROM b WITH NO DATA");
        assertTranslates(MYSQL, SQLSERVER, "CREATE TABLE a LIKE b", "SELECT TOP 0 * INTO a FROM b AS temp");
        assertTranslates(PORTABLE, MYSQL, "CREATE TABLE a LIKE b", "CREATE TABLE a LIKE b");
    }

    @Test
    void sqlServerTemporaryTablesBecomeSessionTemporaryTables() {
        assertTranslates(SQLSERVER, POSTGRESQL, "CREATE TABLE #work (id INT)", "CREATE TEMPORARY TABLE work (id INT)");
        assertTranslates(SQLSERVER, MYSQL, "CREATE TABLE [#work] (id INT)", "CREATE TEMPORARY TABLE `work` (id INT)");
        assertTranslates(SQLSERVER, H2, "CREATE TABLE #work (id INT)", "CREATE LOCAL TEMPORARY TABLE work (id INT)");
        assertTranslates(SQLSERVER, SQLITE, "WITH y AS (SELECT 2 AS c) INSERT INTO #t SELECT * FROM y",
                "WITH y AS (SELECT 2 AS c) INSERT INTO t SELECT * FROM y");
        // a # inside a literal is data; a global ##table has no equivalent and stays as written
        assertTranslates(SQLSERVER, POSTGRESQL, "SELECT a FROM #t WHERE b = '#x' AND c IN (SELECT c FROM ##g)",
                "SELECT a FROM t WHERE b = '#x' AND c IN (SELECT c FROM ##g)");
    }

    @Test
    void betweenAsymmetricIsPlainBetween() {
        assertTranslates(PORTABLE, MYSQL, "SELECT a FROM t WHERE x BETWEEN ASYMMETRIC ? AND ? AND y <> 'between asymmetric'",
                "SELECT a FROM t WHERE x BETWEEN ? AND ? AND y <> 'between asymmetric'");
    }

    @Test
    void betweenSymmetricIsKeptWhereItExistsAndOrderedLiteralsElsewhere() {
        String sql = "SELECT a FROM t WHERE x BETWEEN SYMMETRIC 10 AND 2 AND y NOT BETWEEN SYMMETRIC -1.5 AND -3";
        assertTranslates(PORTABLE, POSTGRESQL, sql, sql);
        assertTranslates(PORTABLE, H2, sql, sql);
        String ordered = "SELECT a FROM t WHERE x BETWEEN 2 AND 10 AND y NOT BETWEEN -3 AND -1.5";
        assertTranslates(PORTABLE, MYSQL, sql, ordered);
        assertTranslates(PORTABLE, SQLITE, sql, ordered);
        // bounds whose order is unknown until execution: refused, as the target has no SYMMETRIC
        String markers = "SELECT a FROM t WHERE x BETWEEN SYMMETRIC ? AND ?";
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, Tr.failure(PORTABLE, SQLSERVER, markers).getSqlState());
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, Tr.failure(PORTABLE, MYSQL, markers).getSqlState());
    }

    @Test
    void fullOuterJoinIsEmulatedWhereMissing() {
        String union = "SELECT * FROM t1 LEFT OUTER JOIN t2 ON t1.x = t2.x WHERE t2.y > 0 UNION ALL"
                + " SELECT * FROM t1 RIGHT OUTER JOIN t2 ON t1.x = t2.x"
                + " WHERE NOT EXISTS (SELECT 1 FROM t1 WHERE t1.x = t2.x) AND (t2.y > 0)";
        String full = "SELECT * FROM t1 FULL OUTER JOIN t2 ON t1.x = t2.x WHERE t2.y > 0";
        assertTranslates(POSTGRESQL, MYSQL, full, union);
        assertTranslates(POSTGRESQL, H2, full, union);
        assertTranslates(POSTGRESQL, SQLITE, full, full);
        // where the identity does not hold, it is refused rather than approximated
        for (String sql : List.of("SELECT COUNT(*) FROM t1 FULL JOIN t2 ON t1.x = t2.x",
                "SELECT * FROM t1 FULL JOIN t2 USING (x)", "SELECT * FROM t1 FULL JOIN t2 ON t1.x = t2.x ORDER BY 1",
                "SELECT * FROM (SELECT t1.a FROM t1 FULL JOIN t2 ON t1.x = t2.x) s")) {
            assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, Tr.failure(POSTGRESQL, MYSQL, sql).getSqlState(), sql);
        }
    }
}
