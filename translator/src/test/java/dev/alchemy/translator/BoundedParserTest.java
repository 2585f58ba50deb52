package dev.alchemy.translator;

import dev.alchemy.translator.engine.BoundedParser;
import dev.alchemy.translator.engine.SqlParseFailure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing runs on the caller's thread with a time budget and a nesting limit. */
class BoundedParserTest {

    @Test
    void aStatementBeyondTheTimeBudgetIsAbandoned() {
        // 20,000 OR-ed comparisons take far longer than 1 ms to parse on any machine.
        StringBuilder sql = new StringBuilder("SELECT a FROM t WHERE ");
        for (int i = 0; i < 20_000; i++) {
            sql.append(i == 0 ? "" : " OR ").append("(a = ").append(i).append(" AND b LIKE 'x").append(i).append("%')");
        }
        SqlParseFailure failure = assertThrows(SqlParseFailure.class, () -> new BoundedParser(1).parse(sql.toString(), false));
        assertTrue(failure.timedOut(), failure.getMessage());
        assertTrue(failure.getMessage().contains("longer than 1 ms"), failure.getMessage());
    }

    @Test
    void theSameStatementParsesWithTheDefaultBudget() throws Exception {
        StringBuilder sql = new StringBuilder("SELECT a FROM t WHERE ");
        for (int i = 0; i < 200; i++) {
            sql.append(i == 0 ? "" : " OR ").append("(a = ").append(i).append(")");
        }
        assertEquals(1, new BoundedParser().parse(sql.toString(), false).size());
    }

    @Test
    void parsesAreIndependentOfEachOther() throws Exception {
        // a watchdog that fired for an earlier, abandoned parse must not interrupt a later one
        BoundedParser parser = new BoundedParser(1);
        StringBuilder big = new StringBuilder("SELECT a FROM t WHERE ");
        for (int i = 0; i < 20_000; i++) {
            big.append(i == 0 ? "" : " OR ").append("a = ").append(i);
        }
        assertThrows(SqlParseFailure.class, () -> parser.parse(big.toString(), false));
        assertEquals(1, new BoundedParser().parse("SELECT 1", false).size());
    }

    @Test
    void aScriptBeyondTheTimeBudgetIsAbandonedToo() {
        // the first statement parses at once; the script's second parse must be watched as well
        StringBuilder sql = new StringBuilder("SELECT 1; SELECT a FROM t WHERE ");
        for (int i = 0; i < 20_000; i++) {
            sql.append(i == 0 ? "" : " OR ").append("(a = ").append(i).append(" AND b LIKE 'x").append(i).append("%')");
        }
        SqlParseFailure failure = assertThrows(SqlParseFailure.class, () -> new BoundedParser(1).parse(sql.toString(), false));
        assertTrue(failure.timedOut(), failure.getMessage());
    }

    @Test
    void parsesOnManyThreadsAtOnceStayIndependent() throws Exception {
        // each thread has its own watch slot; parses on many threads at once stay independent
        Thread[] threads = new Thread[4];
        java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        parsed.addAndGet(new BoundedParser().parse("SELECT a FROM t WHERE b = " + i + "; SELECT 2", false).size());
                    } catch (SqlParseFailure e) {
                        throw new AssertionError(e);
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(4 * 200 * 2, parsed.get());
    }
}
