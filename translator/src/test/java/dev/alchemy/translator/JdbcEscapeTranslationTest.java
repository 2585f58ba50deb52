package dev.alchemy.translator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.alchemy.translator.Dialect.PORTABLE;
import static dev.alchemy.translator.Tr.assertTranslates;

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
            // braces inside literals and identifiers are data, not escapes
            "mysql => SELECT '{fn x}', \"{d}\" FROM t => SELECT '{fn x}', `{d}` FROM t",
    })
    void escapesAreResolved(String target, String sql, String expected) {
        assertTranslates(PORTABLE, Dialect.of(target), sql, expected);
    }
}
