package dev.alchemy.translator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SqlTranslator#translateStatement(String)}: the marker order a caller binding by position must follow. */
class TranslationOrderTest {
    private static SqlTranslator sqlServer(OnError onError) {
        return SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.SQLSERVER).onError(onError).build();
    }

    @Test
    void limitOffsetMarkersComeBackPermuted() throws TranslationException {
        Translation t = sqlServer(OnError.FAIL).translateStatement("SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?");
        assertTrue(t.sql().matches("(?s).*OFFSET \\? ROWS FETCH NEXT \\? ROWS ONLY.*"), t.sql());
        assertTrue(t.reordersParameters());
        assertArrayEquals(new int[] {2, 1}, t.parameterOrder());
        assertEquals(2, t.outputPosition(1), "the application's row count is the output's second marker");
        assertEquals(1, t.outputPosition(2), "the application's offset is the output's first marker");
    }

    @Test
    void markersBeforeThePageKeepTheirPlaces() throws TranslationException {
        Translation t = sqlServer(OnError.FAIL)
                .translateStatement("SELECT id FROM t WHERE a = ? AND b = ? ORDER BY id LIMIT ? OFFSET ?");
        assertArrayEquals(new int[] {1, 2, 4, 3}, t.parameterOrder());
        assertEquals(1, t.outputPosition(1));
        assertEquals(2, t.outputPosition(2));
        assertEquals(4, t.outputPosition(3));
        assertEquals(3, t.outputPosition(4));
        assertEquals(9, t.outputPosition(9), "an index beyond the markers is left for the real driver to reject");
    }

    @Test
    void theCachedTranslationIsServedAgain() throws TranslationException {
        SqlTranslator translator = sqlServer(OnError.FAIL);
        String sql = "SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?";
        assertSame(translator.translateStatement(sql), translator.translateStatement(sql));
    }

    @Test
    void theStringApiStillRefusesBecauseItsCallerBindsInInputOrder() {
        SqlTranslator translator = sqlServer(OnError.FAIL);
        String sql = "SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?";
        for (int i = 0; i < 2; i++) { // first computed, then from the cache
            TranslationException e = assertThrows(TranslationException.class, () -> translator.translate(sql));
            assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
            assertTrue(e.getMessage().contains("OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), e.getMessage());
        }
    }

    @Test
    void theStringApiUnderPassthroughSendsTheStatementUnchanged() throws TranslationException {
        String sql = "SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?";
        assertSame(sql, sqlServer(OnError.PASSTHROUGH).translate(sql));
    }

    @Test
    void statementsInOrderCarryNoPermutation() throws TranslationException {
        SqlTranslator translator = sqlServer(OnError.FAIL);
        Translation literal = translator.translateStatement("SELECT id FROM t ORDER BY id LIMIT 3 OFFSET 5");
        assertFalse(literal.reordersParameters());
        assertNull(literal.parameterOrder());
        Translation iso = translator.translateStatement("SELECT id FROM t ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        assertNull(iso.parameterOrder(), "the ISO form binds the offset first in both");
        String unchanged = "SELECT id FROM t WHERE a = ?";
        assertSame(unchanged, translator.translateStatement(unchanged).sql());
        assertNull(SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.POSTGRESQL).build()
                .translateStatement("SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?").parameterOrder());
    }

    @Test
    void otherMarkerReorderingsAreStillRefused() {
        // STRPOS(haystack, needle) -> CHARINDEX(needle, haystack): not a pagination, so no permutation is offered
        TranslationException e = assertThrows(TranslationException.class,
                () -> sqlServer(OnError.FAIL).translateStatement("SELECT STRPOS(?, ?) FROM t"));
        assertEquals(TranslationException.FEATURE_NOT_SUPPORTED, e.getSqlState());
        // ... not even next to a page that may be reordered
        assertThrows(TranslationException.class, () -> sqlServer(OnError.FAIL)
                .translateStatement("SELECT STRPOS(?, ?) FROM t ORDER BY id LIMIT ? OFFSET ?"));
    }

    @Test
    void aRefusedStatementUnderPassthroughComesBackUnchangedAndInOrder() throws TranslationException {
        String sql = "SELECT STRPOS(?, ?) FROM t";
        Translation t = sqlServer(OnError.PASSTHROUGH).translateStatement(sql);
        assertSame(sql, t.sql());
        assertNull(t.parameterOrder());
    }

    @Test
    void aPermutationMustBeOne() {
        assertThrows(IllegalArgumentException.class, () -> Translation.permuted("x", new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Translation.permuted("x", new int[] {3, 1}));
        assertNull(Translation.permuted("x", new int[] {1, 2}).parameterOrder(), "the identity is no permutation");
    }
}
