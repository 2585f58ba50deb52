package dev.alchemy.translator;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static dev.alchemy.translator.Dialect.*;
import static dev.alchemy.translator.Tr.assertTranslates;
import static dev.alchemy.translator.Tr.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translator's contract: same instance when unchanged, caching, onError behaviour, error details. */
class SqlTranslatorTest {
    private static final String UNPARSEABLE = "SELEKT * FROM t";
    private ListAppender<ILoggingEvent> log;
    private Logger logger;

    @BeforeEach
    void captureLog() {
        logger = (Logger) LoggerFactory.getLogger(SqlTranslator.class);
        log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    private static SqlTranslator translator(Dialect target, OnError onError, long cacheSize) {
        return SqlTranslator.builder().source(PORTABLE).target(target).onError(onError).cacheSize(cacheSize).build();
    }

    private List<ILoggingEvent> warnings() {
        synchronized (log) { // logback appends under the appender's lock
            return log.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        }
    }

    @Test
    void sqlWithNothingToRewriteIsReturnedAsTheSameInstance() throws Exception {
        String sql = "SELECT id, name FROM users WHERE id = ? ORDER BY name";
        for (Dialect target : List.of(POSTGRESQL, SQLITE, H2, MYSQL)) {
            assertSame(sql, translator(target, OnError.FAIL, 100).translate(sql), target.toString());
            assertSame(sql, translator(target, OnError.FAIL, 0).translate(sql), target.toString());
        }
        // an equal string from the cache is not enough: the caller's own instance comes back
        SqlTranslator t = translator(H2, OnError.FAIL, 100);
        t.translate(sql);
        String copy = new String(sql);
        assertSame(copy, t.translate(copy));
    }

    @Test
    void statementsNoRuleChangesKeepTheirCommentsHintsAndLayout() throws Exception {
        String sql = "select /*+ index(t ix) */ a,\n  b from t where b = ? -- trailing note";
        for (Dialect target : List.of(POSTGRESQL, SQLITE, H2, MYSQL)) {
            assertSame(sql, translator(target, OnError.FAIL, 0).translate(sql), target.toString());
        }
        // a rewritten statement is rendered from the syntax tree: the comments around it are kept, those inside lost
        assertEquals("/* tag */ SELECT CONCAT(a, b) FROM t /* c */",
                translator(MYSQL, OnError.FAIL, 0).translate("/* tag */ SELECT a /* inside */ || b FROM t /* c */"));
    }

    @Test
    void sameSourceAndTargetIsUnchanged() throws Exception {
        String pg = "SELECT x::int, y ILIKE 'a%' FROM t WHERE doc @? '$.a' LIMIT 1";
        SqlTranslator t = SqlTranslator.builder().source(POSTGRESQL).target(POSTGRESQL).onError(OnError.FAIL).build();
        assertSame(pg, t.translate(pg));
    }

    @Test
    void translationsAreCachedPerStatement() throws Exception {
        SqlTranslator t = translator(MYSQL, OnError.FAIL, 100);
        String first = t.translate("SELECT a || b FROM t");
        assertEquals("SELECT CONCAT(a, b) FROM t", first);
        assertSame(first, t.translate("SELECT a || b FROM t"), "the second call is a cache hit");
        SqlTranslator uncached = translator(MYSQL, OnError.FAIL, 0);
        assertNotSame(uncached.translate("SELECT a || b FROM t"), uncached.translate("SELECT a || b FROM t"));
    }

    @Test
    void passthroughReturnsTheInputAndWarnsOncePerDistinctStatement() throws Exception {
        for (long cacheSize : new long[] {100, 0}) {
            synchronized (log) {
                log.list.clear();
            }
            SqlTranslator t = translator(MYSQL, OnError.PASSTHROUGH, cacheSize);
            assertSame(UNPARSEABLE, t.translate(UNPARSEABLE));
            assertSame(UNPARSEABLE, t.translate(UNPARSEABLE));
            assertEquals(1, warnings().size(), "one warning for one distinct statement (cache " + cacheSize + ")");
            t.translate("SELEKT 2");
            assertEquals(2, warnings().size(), "a second distinct statement warns again");
            String message = warnings().get(0).getFormattedMessage();
            assertTrue(message.contains(UNPARSEABLE) && message.contains("passthrough"), message);
        }
    }

    @Test
    void passthroughWarningsNeverShowPasswords() throws Exception {
        SqlTranslator t = translator(MYSQL, OnError.PASSTHROUGH, 100);
        String sql = "ALTER ROLE app WITH LOGIN PASSWORD 'Tr0ub4dor' VALID UNTIL 'infinity' SOMETHING ODD";
        assertSame(sql, t.translate(sql));
        String message = warnings().get(0).getFormattedMessage();
        assertTrue(!message.contains("Tr0ub4dor") && message.contains("PASSWORD '***'"), message);
    }

    @Test
    void failReportsSyntaxErrorsWithDialectsAndPosition() {
        TranslationException e = failure(PORTABLE, MYSQL, "SELECT a\nFROM t WHERE )");
        assertEquals(TranslationException.SYNTAX_ERROR, e.getSqlState());
        assertTrue(e.getMessage().contains("portable") && e.getMessage().contains("mysql"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*at line 2, column \\d+: unexpected .*"), e.getMessage());
        assertTrue(warnings().isEmpty(), "fail mode throws instead of logging");
    }

    @Test
    void failReportsMissingFeaturesAs0A000NamingTheConstruct() {
        TranslationException e = failure(PORTABLE, MYSQL, "SELECT COUNT(*) FROM a FULL OUTER JOIN b ON a.id = b.id");
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
        assertTrue(e.getMessage().contains("FULL OUTER JOIN") && e.getMessage().contains("mysql"), e.getMessage());
        TranslationException trunc = failure(PORTABLE, SQLITE, "SELECT DATE_TRUNC('decade', d) FROM t");
        assertTrue(trunc.getMessage().contains("DATE_TRUNC('decade'"), trunc.getMessage());
    }

    @Test
    void failIsThrownOnEveryCallNotOnlyTheFirst() {
        SqlTranslator t = translator(MYSQL, OnError.FAIL, 100);
        assertThrows(TranslationException.class, () -> t.translate(UNPARSEABLE));
        assertThrows(TranslationException.class, () -> t.translate(UNPARSEABLE));
    }

    @Test
    void deeplyNestedInputIsRefusedNotParsedForever() {
        String nested = "SELECT " + "(".repeat(5_000) + "1" + ")".repeat(5_000);
        TranslationException e = failure(PORTABLE, MYSQL, nested);
        assertEquals(TranslationException.SYNTAX_ERROR, e.getSqlState());
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void bareExpressionsAndScriptsAreTranslated() {
        assertTranslates(PORTABLE, MYSQL, "CAST(a AS TEXT)", "CAST(a AS CHAR)");
        assertTranslates(PORTABLE, SQLITE, "SELECT a || b FROM t; SELECT CHAR_LENGTH(c) FROM u",
                "SELECT a || b FROM t;\nSELECT LENGTH(c) FROM u");
    }

    @Test
    void oneOffTranslation() throws Exception {
        assertEquals("SELECT `x` FROM t", SqlTranslator.translate("SELECT \"x\" FROM t", PORTABLE, MYSQL));
    }
}
