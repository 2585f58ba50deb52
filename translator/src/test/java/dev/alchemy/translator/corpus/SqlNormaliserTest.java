package dev.alchemy.translator.corpus;

import dev.alchemy.translator.Dialect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The normaliser forgives form and never meaning. */
class SqlNormaliserTest {

    private static void same(String a, String b, Dialect d) {
        assertTrue(SqlNormaliser.equivalent(a, b, d), () -> "should be equal in " + d + ":\n  " + a + "\n  " + b
                + "\n  " + SqlNormaliser.normalise(a, d) + "\n  " + SqlNormaliser.normalise(b, d));
    }

    private static void different(String a, String b, Dialect d) {
        assertFalse(SqlNormaliser.equivalent(a, b, d), () -> "must stay different in " + d + ":\n  " + a + "\n  " + b);
    }

    @Test
    void whitespaceAndKeywordCaseAndTrailingSemicolonAreForgiven() {
        same("SELECT a,b FROM t WHERE x=1", "select  a , b\n from T where X = 1;", Dialect.POSTGRESQL);
    }

    @Test
    void literalsCompareExactly() {
        different("SELECT 'a'", "SELECT 'A'", Dialect.POSTGRESQL);
        different("SELECT 'a b'", "SELECT 'a  b'", Dialect.POSTGRESQL);
        different("SELECT 1.0", "SELECT 1", Dialect.POSTGRESQL);
        different("SELECT N'x'", "SELECT 'x'", Dialect.SQLSERVER);
        different("SELECT a FROM t -- one", "SELECT a FROM t -- two", Dialect.POSTGRESQL);
    }

    @Test
    void operatorsAndWordsCompareExactly() {
        different("SELECT a FROM t WHERE a < 1", "SELECT a FROM t WHERE a <= 1", Dialect.SQLITE);
        different("SELECT TOP 10 x FROM y", "SELECT TOP 1 x FROM y", Dialect.SQLSERVER);
        different("SELECT a || b", "SELECT a + b", Dialect.SQLSERVER);
        different("SELECT a FROM t AS x", "SELECT a FROM t x", Dialect.POSTGRESQL);
        different("CAST(a AS BYTEA(4))", "CAST(a AS BYTEA)", Dialect.POSTGRESQL);
    }

    @Test
    void quotingIsForgivenOnlyWhereItChangesNothing() {
        same("SELECT \"a\", [b], `c` FROM t", "SELECT a, b, c FROM t", Dialect.SQLSERVER);
        same("SELECT 1 AS \"x\"\"\"", "SELECT 1 AS [x\"]", Dialect.SQLSERVER);
        same("SELECT 1 AS \"[x]\"", "SELECT 1 AS [[x]]]", Dialect.SQLSERVER);
        same("SELECT `user id` FROM t", "SELECT `user id` FROM t", Dialect.MYSQL);
        // PostgreSQL folds unquoted names to lower case: "Name" is another column than name
        different("SELECT \"Name\" FROM t", "SELECT name FROM t", Dialect.POSTGRESQL);
        different("SELECT \"NAME\" FROM t", "SELECT NAME FROM t", Dialect.POSTGRESQL);
        // a quoted reserved word is an identifier, the bare word a keyword
        different("SELECT \"user\" FROM t", "SELECT user FROM t", Dialect.POSTGRESQL);
        different("SELECT a FROM \"order\"", "SELECT a FROM order", Dialect.POSTGRESQL);
        // quoted names with spaces are not names without them
        different("SELECT \"a b\" FROM t", "SELECT a b FROM t", Dialect.POSTGRESQL);
    }

    @Test
    void inMySqlDoubleQuotesMakeAStringNotAnIdentifier() {
        different("SELECT \"x\" FROM t", "SELECT x FROM t", Dialect.MYSQL);
        same("SELECT \"it's\"", "SELECT 'it''s'", Dialect.MYSQL);
        same("SELECT `x` FROM t", "SELECT x FROM t", Dialect.MYSQL);
    }

    @Test
    void mySqlTableNamesKeepTheirCaseButKeywordsAndFunctionsDoNot() {
        different("SELECT a FROM Items", "SELECT a FROM items", Dialect.MYSQL);
        same("select count(a) from Items where a is null", "SELECT COUNT(a) FROM Items WHERE a IS NULL", Dialect.MYSQL);
        same("SELECT a FROM `Items`", "SELECT a FROM Items", Dialect.MYSQL);
        different("SELECT a FROM `Items`", "SELECT a FROM items", Dialect.MYSQL);
        same("SELECT a FROM Items", "SELECT a FROM items", Dialect.POSTGRESQL);
    }

    @Test
    void bracketsAreIdentifiersOnlyWhereTheDialectSaysSo() {
        different("SELECT arr[1] FROM t", "SELECT arr1 FROM t", Dialect.POSTGRESQL);
        same("SELECT [a] FROM t", "SELECT a FROM t", Dialect.SQLSERVER);
    }

    @Test
    void redundantParenthesesAreForgiven() {
        same("SELECT (x BETWEEN 10 AND 2 OR x BETWEEN 2 AND 10)", "SELECT x BETWEEN 10 AND 2 OR x BETWEEN 2 AND 10",
                Dialect.MYSQL);
        same("SELECT a FROM t WHERE (a = 1)", "SELECT a FROM t WHERE a = 1", Dialect.POSTGRESQL);
        same("SELECT CASE WHEN (a = 1) THEN (b) ELSE (c + 1) END", "SELECT CASE WHEN a = 1 THEN b ELSE c + 1 END",
                Dialect.POSTGRESQL);
        same("SELECT COALESCE((a), ((b)))", "SELECT COALESCE(a, b)", Dialect.POSTGRESQL);
        same("SELECT a + (b) * (t.c)", "SELECT a + b * t.c", Dialect.POSTGRESQL);
        same("SELECT (NOT x GLOB 'a')", "SELECT NOT x GLOB 'a'", Dialect.SQLITE);
        same("SELECT x FROM a JOIN b ON (a.id = b.id) WHERE y", "SELECT x FROM a JOIN b ON a.id = b.id WHERE y",
                Dialect.POSTGRESQL);
    }

    @Test
    void parenthesesThatCarryMeaningStay() {
        // precedence
        different("SELECT a FROM t WHERE (a OR b) AND c", "SELECT a FROM t WHERE a OR b AND c", Dialect.POSTGRESQL);
        different("SELECT (a + b) * c", "SELECT a + b * c", Dialect.POSTGRESQL);
        different("SELECT a - (b - c)", "SELECT a - b - c", Dialect.POSTGRESQL);
        different("SELECT NOT (a = b) OR c", "SELECT NOT a = b OR c", Dialect.POSTGRESQL);
        // subqueries, rows, calls, VALUES rows
        different("SELECT (SELECT 1)", "SELECT SELECT 1", Dialect.POSTGRESQL);
        different("SELECT x FROM t WHERE (a, b) IN (SELECT 1, 2)", "SELECT x FROM t WHERE a, b IN (SELECT 1, 2)",
                Dialect.POSTGRESQL);
        different("SELECT f(a)", "SELECT f a", Dialect.POSTGRESQL);
        different("INSERT INTO t VALUES (1), (2)", "INSERT INTO t VALUES (1), 2", Dialect.POSTGRESQL);
        different("SELECT x FROM t WHERE x IN (1)", "SELECT x FROM t WHERE x IN 1", Dialect.POSTGRESQL);
        // ORDER BY (1) orders by a constant, ORDER BY 1 by the first column
        different("SELECT a FROM t ORDER BY (1)", "SELECT a FROM t ORDER BY 1", Dialect.POSTGRESQL);
        different("SELECT a FROM t ORDER BY a, (2)", "SELECT a FROM t ORDER BY a, 2", Dialect.POSTGRESQL);
        // a composite field is not a qualified column
        different("SELECT (c).f FROM t", "SELECT c.f FROM t", Dialect.POSTGRESQL);
    }

    @Test
    void normalFormIsStable() {
        assertEquals(SqlNormaliser.normalise("SELECT ((a))", Dialect.H2),
                SqlNormaliser.normalise("SELECT a", Dialect.H2));
    }
}
