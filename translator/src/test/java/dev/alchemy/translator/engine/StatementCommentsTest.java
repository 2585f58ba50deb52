package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Comments around a rewritten statement survive: tracing tags and hints are what applications put there. */
class StatementCommentsTest {
    private static String toSqlServer(String sql) throws TranslationException {
        return SqlTranslator.builder().target(Dialect.SQLSERVER).onError(OnError.FAIL).cacheSize(0).build().translate(sql);
    }

    @Test
    void aLeadingBlockCommentIsKept() throws TranslationException {
        assertEquals("/* app=billing,route=/pay */ SELECT TOP 10 id FROM items",
                toSqlServer("/* app=billing,route=/pay */ SELECT id FROM items LIMIT 10"));
    }

    @Test
    void leadingLineCommentsKeepTheirLineBreaks() throws TranslationException {
        assertEquals("-- nightly report\n-- owner: ops\nSELECT TOP 10 id FROM items",
                toSqlServer("-- nightly report\n-- owner: ops\nSELECT id FROM items LIMIT 10"));
    }

    @Test
    void aTrailingCommentIsKept() throws TranslationException {
        assertEquals("SELECT TOP 10 id FROM items /*controller='items',action='list'*/",
                toSqlServer("SELECT id FROM items LIMIT 10 /*controller='items',action='list'*/"));
        assertEquals("SELECT TOP 10 id FROM items -- why: paging",
                toSqlServer("SELECT id FROM items LIMIT 10 -- why: paging"));
    }

    @Test
    void commentLookalikesInsideLiteralsAreNotComments() throws TranslationException {
        assertEquals("SELECT TOP 10 id FROM items WHERE name = '-- not a comment /* nor this */'",
                toSqlServer("SELECT id FROM items WHERE name = '-- not a comment /* nor this */' LIMIT 10"));
    }

    @Test
    void aCommentWithAMarkerLookalikeKeepsTheMarkerCount() throws TranslationException {
        assertEquals("/* id = ? */ SELECT TOP 10 id FROM items WHERE id > ?",
                toSqlServer("/* id = ? */ SELECT id FROM items WHERE id > ? LIMIT 10"));
    }

    @Test
    void keepReturnsTheRenderingAloneWithoutComments() {
        String rendered = "SELECT TOP 10 id FROM items";
        assertEquals(rendered, StatementComments.keep("SELECT id FROM items LIMIT 10", rendered));
        assertEquals(rendered, StatementComments.keep("  SELECT id FROM items LIMIT 10  ", rendered));
    }
}
