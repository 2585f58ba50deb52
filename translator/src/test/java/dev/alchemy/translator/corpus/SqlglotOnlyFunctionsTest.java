package dev.alchemy.translator.corpus;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlglotOnlyFunctionsTest {

    @Test
    void findsSqlglotOnlyCallsInAnyCase() {
        assertEquals(Optional.of("TIME_STR_TO_TIME"), SqlglotOnlyFunctions.usedBy("time_str_to_time('2020-01-01')"));
        assertEquals(Optional.of("GENERATE_DATE_ARRAY"), SqlglotOnlyFunctions.usedBy(
                "SELECT * FROM UNNEST(GENERATE_DATE_ARRAY (DATE '2020-01-01', DATE '2020-02-01', INTERVAL 1 WEEK))"));
        assertEquals(Optional.of("DATE_ADD (3 arguments, string unit)"),
                SqlglotOnlyFunctions.usedBy("DATE_ADD(x, 1, 'DAY')"));
        assertEquals(Optional.of("LEVENSHTEIN (6 arguments)"),
                SqlglotOnlyFunctions.usedBy("LEVENSHTEIN(col1, col2, 1, 2, 3, 4)"));
    }

    @Test
    void keepsFunctionsSomeEngineHas() {
        assertEquals(Optional.empty(), SqlglotOnlyFunctions.usedBy("SELECT DATE_ADD(x, INTERVAL 1 DAY)"));
        assertEquals(Optional.empty(), SqlglotOnlyFunctions.usedBy("SELECT NVL2(a, b, c)"));
        assertEquals(Optional.empty(), SqlglotOnlyFunctions.usedBy("SELECT LEVENSHTEIN(a, b), LEVENSHTEIN(a, b, 1, 1, 1)"));
        assertEquals(Optional.empty(), SqlglotOnlyFunctions.usedBy("SELECT STR_TO_DATE(x, '%Y-%m-%d')"));
        assertEquals(Optional.empty(), SqlglotOnlyFunctions.usedBy("SELECT JSON_EXTRACT(x, '$.y')"));
    }

    @Test
    void ignoresNamesInStringsAndLongerNames() {
        assertEquals(Optional.empty(), SqlglotOnlyFunctions.usedBy("SELECT 'STR_POSITION(a, b)' FROM t"));
        assertEquals(Optional.empty(), SqlglotOnlyFunctions.usedBy("SELECT MY_IS_ASCII(x), IS_ASCII_COL FROM t"));
    }

    @Test
    void everyExclusionSaysWhy() {
        SqlglotOnlyFunctions.all().forEach((f, why) -> assertTrue(why.length() > 20, f));
    }
}
