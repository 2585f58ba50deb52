package dev.alchemy.driver.cli;

import dev.alchemy.translator.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptSplitterTest {

    private static List<String> sql(Dialect d, String script) {
        return new ScriptSplitter(d).split(script).stream()
                .filter(s -> !s.isCommentOnly())
                .map(ScriptStatement::sql)
                .collect(Collectors.toList());
    }

    @Test
    void splitsOnSemicolonsAndNumbersStatementsWithTheirPositions() {
        List<ScriptStatement> st = new ScriptSplitter(Dialect.PORTABLE)
                .split("SELECT 1;\n  SELECT 2 ;;\n\nUPDATE t\n   SET a = 1");
        assertEquals(3, st.size());
        assertEquals("SELECT 1", st.get(0).sql());
        assertEquals(1, st.get(0).number());
        assertEquals(1, st.get(0).line());
        assertEquals(1, st.get(0).column());
        assertEquals("SELECT 2", st.get(1).sql());
        assertEquals(2, st.get(1).number());
        assertEquals(2, st.get(1).line());
        assertEquals(3, st.get(1).column());
        assertEquals("UPDATE t\n   SET a = 1", st.get(2).sql(), "the last statement needs no terminator");
        assertEquals(3, st.get(2).number());
        assertEquals(4, st.get(2).line());
    }

    @Test
    void semicolonsInsideStringsDoNotSplit() {
        assertEquals(List.of("SELECT 'a;''b;'", "SELECT 2"), sql(Dialect.PORTABLE, "SELECT 'a;''b;'; SELECT 2"));
    }

    @Test
    void semicolonsInsideQuotedIdentifiersDoNotSplit() {
        assertEquals(List.of("SELECT \"a;\"\"b\" FROM t", "SELECT 2"),
                sql(Dialect.POSTGRESQL, "SELECT \"a;\"\"b\" FROM t; SELECT 2"));
        assertEquals(List.of("SELECT [a;]]b] FROM t", "SELECT 2"),
                sql(Dialect.SQLSERVER, "SELECT [a;]]b] FROM t; SELECT 2"));
        assertEquals(List.of("SELECT `a;``b` FROM t", "SELECT 2"),
                sql(Dialect.MYSQL, "SELECT `a;``b` FROM t; SELECT 2"));
    }

    @Test
    void bracketsAreArraySubscriptsInPostgresNotQuotes() {
        // in SQL Server the [ opens an identifier running to the ], so the first ; does not split there
        String script = "SELECT a[1] FROM t WHERE b = '[';\nSELECT 2;";
        assertEquals(List.of("SELECT a[1] FROM t WHERE b = '['", "SELECT 2"), sql(Dialect.POSTGRESQL, script));
        assertEquals(List.of("SELECT [x;y]", "SELECT 2"), sql(Dialect.SQLSERVER, "SELECT [x;y]; SELECT 2"));
    }

    @Test
    void backslashEscapesOnlyWhereTheDialectHasThem() {
        String script = "SELECT 'it\\'s; fine'; SELECT 2";
        assertEquals(List.of("SELECT 'it\\'s; fine'", "SELECT 2"), sql(Dialect.MYSQL, script));
        // standard SQL: the backslash is an ordinary character, so the string ends at \' and "; fine'; SELECT 2"
        // opens a new string that never closes
        List<ScriptStatement> pg = new ScriptSplitter(Dialect.POSTGRESQL).split(script);
        assertEquals("SELECT 'it\\'s", pg.get(0).sql());
        assertNotNull(pg.get(1).problem());
        assertTrue(pg.get(1).problem().contains("unterminated string literal"), pg.get(1).problem());
        // PostgreSQL E'' strings take backslash escapes
        assertEquals(List.of("SELECT E'a\\';b'", "SELECT 2"), sql(Dialect.POSTGRESQL, "SELECT E'a\\';b'; SELECT 2"));
    }

    @Test
    void commentsDoNotSplitAndBlockCommentsNestWhereTheDialectNestsThem() {
        assertEquals(List.of("SELECT 1 -- a; b\n FROM t", "SELECT 2"),
                sql(Dialect.PORTABLE, "SELECT 1 -- a; b\n FROM t; SELECT 2"));
        assertEquals(List.of("SELECT /* ; */ 1", "SELECT 2"), sql(Dialect.PORTABLE, "SELECT /* ; */ 1; SELECT 2"));
        // PostgreSQL: the comment runs to the second */
        assertEquals(List.of("SELECT /* a /* b */ ; */ 1", "SELECT 2"),
                sql(Dialect.POSTGRESQL, "SELECT /* a /* b */ ; */ 1; SELECT 2"));
        // MySQL does not nest: the first */ ends the comment
        assertEquals(List.of("SELECT /* a /* b */ 1", "SELECT 2"),
                sql(Dialect.MYSQL, "SELECT /* a /* b */ 1; SELECT 2"));
        assertEquals(List.of("SELECT 1 # x; y\nFROM t", "SELECT 2"),
                sql(Dialect.MYSQL, "SELECT 1 # x; y\nFROM t; SELECT 2"));
    }

    @Test
    void dollarQuotedBodiesDoNotSplit() {
        String fn = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql";
        assertEquals(List.of(fn, "SELECT 2"), sql(Dialect.POSTGRESQL, fn + ";\nSELECT 2;"));
        String tagged = "DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$";
        assertEquals(List.of(tagged, "SELECT 2"), sql(Dialect.POSTGRESQL, tagged + "; SELECT 2"));
        // $1 is a parameter, not a quote
        assertEquals(List.of("SELECT $1", "SELECT $2"), sql(Dialect.POSTGRESQL, "SELECT $1; SELECT $2"));
    }

    @Test
    void goLinesSeparateBatches() {
        List<ScriptStatement> st = new ScriptSplitter(Dialect.SQLSERVER)
                .split("SELECT 1\nGO\nSELECT 2;\n  go   -- end of batch\nSELECT 3");
        assertEquals(List.of("SELECT 1", "SELECT 2", "SELECT 3"),
                st.stream().map(ScriptStatement::sql).collect(Collectors.toList()));
        assertTrue(st.get(0).endsBatch());
        assertTrue(st.get(1).endsBatch(), "a GO after a terminated statement ends that statement's batch");
        assertFalse(st.get(2).endsBatch());
    }

    @Test
    void goInsideStringsOrWordsDoesNotSeparate() {
        assertEquals(List.of("SELECT 'a\nGO\nb'"), sql(Dialect.SQLSERVER, "SELECT 'a\nGO\nb'"));
        assertEquals(List.of("SELECT 1 GO"), sql(Dialect.SQLSERVER, "SELECT 1 GO"));
        assertEquals(List.of("SELECT 1\nGOTO x"), sql(Dialect.SQLSERVER, "SELECT 1\nGOTO x"));
        assertEquals(List.of("SELECT 1 /*\nGO\n*/"), sql(Dialect.SQLSERVER, "SELECT 1 /*\nGO\n*/"));
    }

    @Test
    void sqlServerRoutineRunsToGo() {
        String proc = "CREATE PROCEDURE p AS\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND";
        List<String> st = sql(Dialect.SQLSERVER, proc + "\nGO\nSELECT 3;");
        assertEquals(List.of(proc, "SELECT 3"), st);
        String noBlock = "CREATE OR ALTER PROC q AS SELECT 1; SELECT 2;";
        assertEquals(List.of(noBlock.substring(0, noBlock.length() - 1), "SELECT 9"),
                sql(Dialect.SQLSERVER, noBlock + "\nGO\nSELECT 9"));
    }

    @Test
    void beginEndBlocksDoNotSplitButTransactionsDo() {
        String trigger = "CREATE TRIGGER tr AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                + "UPDATE c SET x = CASE WHEN x > 1 THEN 0 END; END";
        assertEquals(List.of(trigger, "SELECT 1"), sql(Dialect.SQLITE, trigger + ";\nSELECT 1;"));
        assertEquals(List.of("BEGIN TRANSACTION", "INSERT INTO t VALUES (1)", "COMMIT"),
                sql(Dialect.SQLSERVER, "BEGIN TRANSACTION; INSERT INTO t VALUES (1); COMMIT;"));
        assertEquals(List.of("BEGIN", "SELECT 1", "COMMIT"), sql(Dialect.POSTGRESQL, "BEGIN; SELECT 1; COMMIT;"));
        assertEquals(List.of("IF 1 = 1 BEGIN SELECT 1; SELECT 2; END", "SELECT 3"),
                sql(Dialect.SQLSERVER, "IF 1 = 1 BEGIN SELECT 1; SELECT 2; END; SELECT 3"));
        assertEquals(List.of("SELECT CASE WHEN a THEN 1 END FROM t", "SELECT 2"),
                sql(Dialect.PORTABLE, "SELECT CASE WHEN a THEN 1 END FROM t; SELECT 2"));
    }

    @Test
    void mysqlDelimiterLinesChangeTheTerminator() {
        String script = "SELECT 1;\nDELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\n"
                + "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1//\nDELIMITER ;\nSELECT 3;";
        List<ScriptStatement> st = new ScriptSplitter(Dialect.MYSQL).split(script);
        assertEquals(List.of("SELECT 1", "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END",
                        "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1", "SELECT 3"),
                st.stream().map(ScriptStatement::sql).collect(Collectors.toList()));
        assertNull(st.get(0).delimiter());
        assertEquals("//", st.get(1).delimiter());
        assertEquals(3, st.get(1).line());
        assertNull(st.get(3).delimiter());
        // only the mysql client knows DELIMITER
        assertEquals("DELIMITER //\nSELECT 1", sql(Dialect.POSTGRESQL, "DELIMITER //\nSELECT 1").get(0));
    }

    @Test
    void commentsBeforeAStatementAreKeptWithItAndATrailingCommentIsItsOwnPiece() {
        List<ScriptStatement> st = new ScriptSplitter(Dialect.PORTABLE)
                .split("-- create\n/* the table */\nCREATE TABLE t (a INT);\n-- the end\n");
        assertEquals(2, st.size());
        assertEquals("-- create\n/* the table */", st.get(0).leading());
        assertEquals("CREATE TABLE t (a INT)", st.get(0).sql());
        assertEquals(3, st.get(0).line());
        assertTrue(st.get(1).isCommentOnly());
        assertEquals("-- the end", st.get(1).leading());
        assertEquals(0, st.get(1).number());
    }

    @Test
    void unterminatedConstructsAreReportedWithTheirPosition() {
        List<ScriptStatement> st = new ScriptSplitter(Dialect.PORTABLE).split("SELECT 1;\nSELECT 'oops;\nSELECT 2;");
        assertEquals(2, st.size());
        assertNull(st.get(0).problem());
        assertEquals("unterminated string literal starting at line 2, column 8", st.get(1).problem());
        assertEquals("SELECT 'oops;\nSELECT 2;", st.get(1).sql());

        assertEquals("unterminated quoted identifier starting at line 1, column 8",
                new ScriptSplitter(Dialect.PORTABLE).split("SELECT \"x").get(0).problem());
        assertEquals("unterminated block comment starting at line 1, column 10",
                new ScriptSplitter(Dialect.PORTABLE).split("SELECT 1 /* x").get(0).problem());
        assertEquals("unterminated dollar-quoted string $f$ starting at line 1, column 8",
                new ScriptSplitter(Dialect.POSTGRESQL).split("SELECT $f$ x $$").get(0).problem());
    }

    @Test
    void emptyAndBlankScriptsHaveNoStatements() {
        assertEquals(List.of(), new ScriptSplitter(Dialect.PORTABLE).split(""));
        assertEquals(List.of(), new ScriptSplitter(Dialect.PORTABLE).split("  ;\n ; \n"));
    }
}
