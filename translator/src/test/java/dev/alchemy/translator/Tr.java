package dev.alchemy.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helpers: translate with {@code onError=fail} so a failure is never mistaken for a passthrough. */
final class Tr {
    private Tr() {
    }

    static String tr(Dialect source, Dialect target, String sql) {
        try {
            return SqlTranslator.builder().source(source).target(target).onError(OnError.FAIL).cacheSize(0).build()
                    .translate(sql);
        } catch (TranslationException e) {
            throw new AssertionError("unexpected failure (" + e.getSqlState() + "): " + e.getMessage(), e);
        }
    }

    static String portable(Dialect target, String sql) {
        return tr(Dialect.PORTABLE, target, sql);
    }

    static void assertTranslates(Dialect source, Dialect target, String sql, String expected) {
        assertEquals(expected, tr(source, target, sql), () -> source + " -> " + target + ": " + sql);
    }

    static TranslationException failure(Dialect source, Dialect target, String sql) {
        return assertThrows(TranslationException.class, () -> SqlTranslator.builder().source(source).target(target)
                .onError(OnError.FAIL).cacheSize(0).build().translate(sql), () -> "expected a failure for " + sql);
    }
}
