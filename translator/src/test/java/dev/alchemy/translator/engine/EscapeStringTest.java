package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Backslash escapes of PostgreSQL {@code E'..'} strings and MySQL strings denote the characters they name. */
class EscapeStringTest {

    @Test
    void postgresEscapes() {
        assertEquals("caf\u00e9", SourceReader.unescapePostgres("caf\\u00e9"));
        assertEquals("\uD83D\uDE00", SourceReader.unescapePostgres("\\U0001F600"));
        assertEquals("a\nb\tc\\d'e", SourceReader.unescapePostgres("a\\nb\\tc\\\\d\\'e"));
        assertEquals("AAB", SourceReader.unescapePostgres("\\101\\x41\\x42"));
        assertEquals("\u00019", SourceReader.unescapePostgres("\\19"));
        assertEquals("q", SourceReader.unescapePostgres("\\q"));
    }

    @Test
    void invalidUnicodeEscapesAreSyntaxErrors() {
        assertThrows(IllegalArgumentException.class, () -> SourceReader.unescapePostgres("\\u12"));
        assertThrows(IllegalArgumentException.class, () -> SourceReader.unescapePostgres("\\UFFFFFFFF"));
        TranslationException e = assertThrows(TranslationException.class, () -> SqlTranslator.builder()
                .source(Dialect.POSTGRESQL).target(Dialect.MYSQL).onError(OnError.FAIL).cacheSize(0).build()
                .translate("SELECT E'\\u12'"));
        assertEquals(TranslationException.SYNTAX_ERROR, e.getSqlState());
    }

    @Test
    void mysqlEscapesKeepLikeWildcardsEscaped() {
        assertEquals("a\nb\u0000c\\%d\\_e'", SourceReader.unescapeMySql("a\\nb\\0c\\%d\\_e\\'"));
    }
}
