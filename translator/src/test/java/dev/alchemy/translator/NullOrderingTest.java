package dev.alchemy.translator;

import org.junit.jupiter.api.Test;

import static dev.alchemy.translator.Dialect.*;
import static dev.alchemy.translator.Tr.assertTranslates;

/**
 * PostgreSQL sorts NULL last in ascending order; SQL Server, MySQL, SQLite and H2 sort it first. Translating
 * between the two conventions makes the source's placement explicit; portable SQL (ISO leaves it to the
 * implementation) and explicit NULLS FIRST/LAST are left as written.
 */
class NullOrderingTest {

    @Test
    void postgresOrderKeepsNullsLastElsewhere() {
        String pg = "SELECT a, ROW_NUMBER() OVER (ORDER BY b DESC) FROM t ORDER BY a";
        assertTranslates(POSTGRESQL, SQLITE, pg, "SELECT a, ROW_NUMBER() OVER (ORDER BY b DESC NULLS FIRST) FROM t ORDER BY a NULLS LAST");
        assertTranslates(POSTGRESQL, H2, pg, "SELECT a, ROW_NUMBER() OVER (ORDER BY b DESC NULLS FIRST) FROM t ORDER BY a NULLS LAST");
        assertTranslates(POSTGRESQL, MYSQL, pg, "SELECT a, ROW_NUMBER() OVER (ORDER BY b IS NOT NULL, b DESC) FROM t ORDER BY a IS NULL, a");
    }

    @Test
    void nullsFirstSourcesKeepNullsFirstOnPostgres() {
        assertTranslates(SQLSERVER, POSTGRESQL, "SELECT a FROM t ORDER BY a, b DESC", "SELECT a FROM t ORDER BY a NULLS FIRST, b DESC NULLS LAST");
        assertTranslates(MYSQL, POSTGRESQL, "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1", "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1 NULLS FIRST");
    }

    @Test
    void sameConventionOrPortableSourceIsLeftAlone() {
        assertTranslates(MYSQL, SQLITE, "SELECT a FROM t ORDER BY a", "SELECT a FROM t ORDER BY a");
        assertTranslates(PORTABLE, MYSQL, "SELECT a FROM t ORDER BY a DESC", "SELECT a FROM t ORDER BY a DESC");
        assertTranslates(POSTGRESQL, SQLITE, "SELECT a FROM t ORDER BY a NULLS FIRST", "SELECT a FROM t ORDER BY a NULLS FIRST");
    }
}
