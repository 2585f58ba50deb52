package dev.alchemy.translator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.alchemy.translator.Dialect.PORTABLE;
import static dev.alchemy.translator.Tr.assertTranslates;
import static dev.alchemy.translator.Tr.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JDBC escape syntax is resolved for every target (SQL Server's output is the tsql tests' business). */
class JdbcEscapeTranslationTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "postgresql => SELECT {fn UCASE(name)}, {fn CONCAT(a, b)} FROM t => SELECT UPPER(name), CONCAT(a, b) FROM t",
            "mysql => SELECT {fn LCASE(name)}, {fn LENGTH(name)} FROM t => SELECT LOWER(name), CHAR_LENGTH(name) FROM t",
            "sqlite => SELECT {fn LOCATE('x', s)}, {fn CURDATE()}, {fn NOW()} FROM t => SELECT INSTR(s, 'x'), CURRENT_DATE, CURRENT_TIMESTAMP FROM t",
            "postgresql => SELECT id FROM t WHERE d = {d '2024-01-31'} => SELECT id FROM t WHERE d = CAST('2024-01-31' AS DATE)",
            "sqlite => SELECT id FROM t WHERE d < {ts '2024-01-31 10:00:00'} => SELECT id FROM t WHERE d < DATETIME('2024-01-31 10:00:00')",
            "mysql => SELECT id FROM t WHERE d < {ts '2024-01-31 10:00:00'} => SELECT id FROM t WHERE d < CAST('2024-01-31 10:00:00' AS DATETIME(6))",
            "h2 => SELECT {t '10:00:00'} FROM t => SELECT CAST('10:00:00' AS TIME) FROM t",
            "h2 => SELECT a.id FROM {oj a LEFT OUTER JOIN b ON a.id = b.id} => SELECT a.id FROM a LEFT OUTER JOIN b ON a.id = b.id",
            "mysql => SELECT id FROM t WHERE name LIKE 'a!%%' {escape '!'} => SELECT id FROM t WHERE name LIKE 'a!%%' ESCAPE '!'",
            "sqlite => SELECT {fn TIMESTAMPADD(SQL_TSI_DAY, 3, d)}, {fn DAYOFWEEK(d)} FROM t => SELECT DATETIME(d, '+3 days'), CAST(STRFTIME('%w', d) AS INTEGER) + 1 FROM t",
            "mysql => SELECT {fn TIMESTAMPADD(SQL_TSI_MINUTE, ?, d)} FROM t => SELECT d + INTERVAL ? MINUTE FROM t",
            "mysql => SELECT {fn TIMESTAMPDIFF(SQL_TSI_MONTH, a, b)} FROM t => SELECT TIMESTAMPDIFF(MONTH, a, b) FROM t",
            "postgresql => SELECT {fn TIMESTAMPDIFF(SQL_TSI_HOUR, a, ?)} FROM t => SELECT (CAST(TRUNC(EXTRACT(EPOCH FROM (CAST(? AS TIMESTAMP) - CAST(a AS TIMESTAMP)))) AS BIGINT) / 3600) FROM t",
            "sqlite => SELECT {fn TIMESTAMPDIFF(SQL_TSI_DAY, a, b)} FROM t => SELECT (CAST(ROUND((JULIANDAY(b) - JULIANDAY(a)) * 86400000) AS INTEGER) / 1000 / 86400) FROM t",
            "h2 => SELECT {fn TIMESTAMPDIFF(SQL_TSI_SECOND, a, b)} FROM t => SELECT (DATEDIFF(MILLISECOND, a, b) / 1000) FROM t",
            // {call} stays for the real driver's prepareCall; only its arguments are translated
            "postgresql => {call proc(?, ?)} => {call proc(?, ?)}",
            "h2 => { ? = call proc(?)} => { ? = call proc(?)}",
            "mysql => {call proc} => {call proc}",
            "mysql => {call proc(?, 'a' || ?, TRUE)} => {call proc(?, CONCAT('a', ?), TRUE)}",
            "postgresql => {call proc(?, {fn UCASE(?)})} => {call proc(?, UPPER(?))}",
            // braces inside literals and identifiers are data, not escapes
            "mysql => SELECT '{fn x}', \"{d}\" FROM t => SELECT '{fn x}', `{d}` FROM t",
    })
    void escapesAreResolved(String target, String sql, String expected) {
        assertTranslates(PORTABLE, Dialect.of(target), sql, expected);
    }

    @Test
    void timestampDiffInCalendarUnitsIsRefusedWhereItHasNoExactForm() {
        TranslationException e = failure(PORTABLE, Dialect.SQLITE, "SELECT {fn TIMESTAMPDIFF(SQL_TSI_MONTH, a, b)} FROM t");
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
        assertTrue(e.getMessage().contains("TIMESTAMPDIFF in months"), e::getMessage);
    }
}
