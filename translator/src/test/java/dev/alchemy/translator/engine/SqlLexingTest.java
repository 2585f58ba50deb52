package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only real {@code ?} markers are counted: not those inside literals, quoted identifiers or comments. */
class SqlLexingTest {

    private static void assertMarkers(int expected, Dialect dialect, String sql) {
        assertEquals(expected, SqlLexing.countMarkers(sql, dialect), () -> dialect + ": " + sql);
    }

    @Test
    void sqlServerBracketsAreIdentifiers() {
        assertMarkers(1, Dialect.SQLSERVER, "SELECT [a?b] FROM t WHERE x = ?");
        assertMarkers(1, Dialect.SQLSERVER, "SELECT [a]]?b] FROM t WHERE x = ?");
    }

    @Test
    void postgresBracketsAreSubscripts() {
        assertMarkers(2, Dialect.POSTGRESQL, "SELECT arr[?] FROM t WHERE x = ?");
    }

    @Test
    void quotesAndCommentsAreSkipped() {
        assertMarkers(2, Dialect.PORTABLE, "SELECT \"a?b\", `c?d`, 'e?f' FROM t WHERE x = ? -- why?\n AND y = ? /* ? */");
        assertMarkers(2, Dialect.SQLITE, "SELECT 'it''s ?' FROM t WHERE x = ? AND y = ?");
    }

    @Test
    void postgresEscapeAndDollarQuotedStrings() {
        assertMarkers(1, Dialect.POSTGRESQL, "SELECT E'it\\'s ?', $$ ? $$, $q$ ?$q$ FROM t WHERE x = ? AND $1 = 1");
        // a backslash in a standard string is an ordinary character
        assertMarkers(1, Dialect.POSTGRESQL, "SELECT 'a\\', ? FROM t");
    }

    @Test
    void mysqlStringsHaveBackslashEscapes() {
        assertMarkers(1, Dialect.MYSQL, "SELECT 'it\\'s ?', \"?\\\"?\" FROM t WHERE x = ?");
    }
}
