package dev.alchemy.driver.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alchemy.translator.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the {@code alchemy} command in-process, with its own standard input, output and error. */
class AlchemyCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Not SQL in any dialect: the translator must refuse it. */
    private static final String GARBAGE = "SELEKT FROM WHERE ((";

    @TempDir
    Path dir;

    /** The outcome of one run. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AlchemyCli.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    // ---- help, version, usage errors

    @Test
    void helpListsTheTranslateCommandAndExitCodes() {
        Run r = run("", "--help");
        assertEquals(0, r.exit);
        assertTrue(r.out.contains("translate"), r.out);
        assertTrue(r.out.contains("Exit codes:"), r.out);
    }

    @Test
    void translateHelpDocumentsOptionsEveryDialectAndExitCodes() {
        Run r = run("", "translate", "--help");
        assertEquals(0, r.exit);
        for (String option : List.of("--from", "--to", "--jsonl", "--on-error", "FILE")) {
            assertTrue(r.out.contains(option), option + " missing from:\n" + r.out);
        }
        for (Dialect d : Dialect.values()) {
            assertTrue(r.out.contains(d.canonicalName()), d + " missing from:\n" + r.out);
        }
        for (String code : List.of("0 ", "1 ", "2 ", "3 ")) {
            assertTrue(r.out.contains("  " + code), "exit code " + code + "missing from:\n" + r.out);
        }
    }

    @Test
    void versionNamesAlchemy() {
        Run r = run("", "--version");
        assertEquals(0, r.exit);
        assertTrue(r.out.startsWith("alchemy "), r.out);
    }

    @Test
    void missingTargetIsAUsageError() {
        Run r = run("SELECT 1", "translate");
        assertEquals(ExitCode.USAGE, r.exit);
        assertTrue(r.err.contains("--to"), r.err);
        assertEquals("", r.out);
    }

    @Test
    void unknownDialectIsAUsageErrorListingTheAcceptedNames() {
        Run r = run("SELECT 1", "translate", "--to", "oracle");
        assertEquals(ExitCode.USAGE, r.exit);
        assertTrue(r.err.contains("unknown dialect 'oracle'"), r.err);
        assertTrue(r.err.contains("sqlserver (tsql, mssql"), r.err);
    }

    @Test
    void noCommandIsAUsageError() {
        Run r = run("");
        assertEquals(ExitCode.USAGE, r.exit);
        assertTrue(r.err.contains("translate --help"), r.err);
    }

    @Test
    void aliasesAndCaseInsensitiveOnErrorAreAccepted() {
        Run r = run("SELECT 1", "translate", "--from", "PG", "--to", "mssql", "--on-error", "PASSTHROUGH");
        assertEquals(0, r.exit, r.err);
        assertEquals("SELECT 1;\n", r.out);
    }

    // ---- scripts

    @Test
    void stdinScriptIsSplitTranslatedAndRejoined() {
        Run r = run("SELECT a FROM t LIMIT 5;\nSELECT 'x;y' FROM u;", "translate", "--from", "postgresql", "--to", "sqlserver");
        assertEquals(0, r.exit, r.err);
        String[] lines = r.out.split("\n");
        assertEquals(2, lines.length, r.out);
        assertTrue(lines[0].contains("TOP 5") || lines[0].contains("FETCH NEXT 5 ROWS ONLY"), lines[0]);
        assertFalse(lines[0].contains("LIMIT"), lines[0]);
        assertTrue(lines[0].endsWith(";"), lines[0]);
        assertEquals("SELECT 'x;y' FROM u;", lines[1]);
    }

    @Test
    void filesAreTranslatedInOrderWithTheirNames() throws Exception {
        Path a = file("a.sql", "-- first file\nSELECT 1;\n");
        Path b = file("b.sql", "SELECT 2;\nSELECT 3\n");
        Run r = run("SELECT 99", "translate", "--to", "postgres", a.toString(), b.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals("-- " + a + "\n-- first file\nSELECT 1;\n-- " + b + "\nSELECT 2;\nSELECT 3;\n", r.out,
                "standard input is not read when files are given");
    }

    @Test
    void goLinesAreKeptForSqlServerAndDroppedElsewhere() {
        String script = "CREATE TABLE t (a INT)\nGO\nSELECT a FROM t\nGO\n";
        Run toTsql = run(script, "translate", "--from", "tsql", "--to", "tsql");
        assertEquals(0, toTsql.exit, toTsql.err);
        assertEquals("CREATE TABLE t (a INT);\nGO\nSELECT a FROM t;\nGO\n", toTsql.out);
        Run toPg = run(script, "translate", "--from", "tsql", "--to", "postgresql");
        assertEquals(0, toPg.exit, toPg.err);
        assertFalse(toPg.out.contains("GO"), toPg.out);
        assertEquals(2, toPg.out.split(";\n").length, toPg.out);
    }

    @Test
    void sqlServerStatementsThatMustBeAloneInABatchGetGoLines() {
        String script = "CREATE TABLE t (a INTEGER);\nCREATE VIEW v AS SELECT a FROM t;\nSELECT a FROM v;\n";
        Run r = run(script, "translate", "--from", "postgresql", "--to", "sqlserver");
        assertEquals(0, r.exit, r.err);
        String[] lines = r.out.split("\n");
        assertEquals(5, lines.length, r.out);
        assertTrue(lines[0].startsWith("CREATE TABLE t"), r.out);
        assertEquals("GO", lines[1], r.out);
        assertTrue(lines[2].startsWith("CREATE VIEW v AS SELECT a FROM t"), r.out);
        assertEquals("GO", lines[3], r.out);
        assertTrue(lines[4].startsWith("SELECT a FROM v"), r.out);

        Run pg = run(script, "translate", "--from", "postgresql", "--to", "postgresql");
        assertEquals(script, pg.out, "other targets get no GO lines");
    }

    @Test
    void mysqlDelimiterBlocksStayRunnableByTheMysqlClient() {
        String script = "DELIMITER //\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1//\nDELIMITER ;\n";
        Run r = run(script, "translate", "--from", "mysql", "--to", "mysql");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.startsWith("DELIMITER //\nCREATE TRIGGER t"), r.out);
        assertTrue(r.out.endsWith("//\nDELIMITER ;\n"), r.out);
    }

    @Test
    void failModeNamesEveryBadStatementWithItsPositionAndWritesNothing() throws Exception {
        Path f = file("bad.sql", "SELECT 1;\n\n  " + GARBAGE + ";\nSELECT 2;\nSELECT 'open\n");
        Run r = run("", "translate", "--to", "postgresql", f.toString());
        assertEquals(ExitCode.TRANSLATION_FAILED, r.exit);
        assertEquals("", r.out, "a failed run writes no half-translated script");
        assertTrue(r.err.contains(f + ":3:3: statement 2 (" + GARBAGE + ")"), r.err);
        assertTrue(r.err.contains(f + ":5:1: statement 4"), r.err);
        assertTrue(r.err.contains("unterminated string literal starting at line 5, column 8"), r.err);
        assertTrue(r.err.contains("2 of 4 statement(s) could not be translated from portable to postgresql"), r.err);
        assertTrue(r.err.contains("--on-error passthrough"), r.err);
    }

    @Test
    void passthroughModeCopiesBadStatementsAndWarns() {
        Run r = run("SELECT 1;\n" + GARBAGE + ";\n", "translate", "--to", "sqlite", "--on-error", "passthrough");
        assertEquals(0, r.exit, r.err);
        assertEquals("SELECT 1;\n" + GARBAGE + ";\n", r.out);
        assertTrue(r.err.contains("warning: <stdin>:2:1: statement 2 (" + GARBAGE + ") copied unchanged"), r.err);
    }

    @Test
    void missingFileExitsThreeBeforeWritingAnything() throws Exception {
        Path good = file("good.sql", "SELECT 1;");
        Run r = run("", "translate", "--to", "h2", good.toString(), dir.resolve("nope.sql").toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, r.exit);
        assertEquals("", r.out);
        assertTrue(r.err.contains("nope.sql': no such file"), r.err);
    }

    @Test
    void inputThatIsNotUtf8ExitsThree() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.sql"), "SELECT 'caf\u00e9'".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("", "translate", "--to", "h2", latin1.toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, r.exit);
        assertTrue(r.err.contains("not valid UTF-8"), r.err);
    }

    @Test
    void nonAsciiTextSurvives() {
        Run r = run("SELECT 'Gr\u00fc\u00dfe \u65e5\u672c' AS \"n\u00e4me\";", "translate", "--to", "postgresql");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("'Gr\u00fc\u00dfe \u65e5\u672c'"), r.out);
    }

    // ---- JSON Lines

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.split("\n")) {
            nodes.add(JSON.readTree(l));
        }
        return nodes;
    }

    @Test
    void jsonlGivesOneLinePerInputLineInOrderAndBadLinesDoNotAbort() throws Exception {
        String in = String.join("\n",
                "{\"id\": 7, \"sql\": \"SELECT a FROM t LIMIT 2\"}",
                "",
                "{not json",
                "[1, 2]",
                "{\"query\": \"SELECT 1\"}",
                "{\"sql\": 42}",
                "{\"sql\": \"SELECT 1\"} trailing",
                "{\"sql\": \"SELECT 'd\u00e9j\u00e0\\nvu'\"}") + "\n";
        Run r = run(in, "translate", "--jsonl", "--to", "sqlserver");
        assertEquals(ExitCode.TRANSLATION_FAILED, r.exit);
        List<JsonNode> out = lines(r.out);
        assertEquals(8, out.size(), r.out);

        assertEquals(7, out.get(0).get("id").intValue());
        assertTrue(out.get(0).get("sql").textValue().contains("2"), r.out);
        assertFalse(out.get(0).get("sql").textValue().contains("LIMIT"), r.out);
        assertFalse(out.get(0).has("error"));

        assertTrue(out.get(1).get("error").textValue().contains("<stdin>:2: blank line"), r.out);
        assertTrue(out.get(2).get("error").textValue().contains("<stdin>:3: invalid JSON"), r.out);
        assertTrue(out.get(3).get("error").textValue().contains("expected a JSON object"), r.out);
        assertTrue(out.get(4).get("error").textValue().contains("no field \"sql\""), r.out);
        assertTrue(out.get(5).get("error").textValue().contains("field \"sql\" is not a string"), r.out);
        assertTrue(out.get(6).get("error").textValue().contains("invalid JSON"), r.out);
        // the JSON escape \n and non-ASCII text reach the translator and come back intact (SQL Server may add N'')
        assertTrue(out.get(7).get("sql").textValue().endsWith("'d\u00e9j\u00e0\nvu'"), r.out);
        for (int i = 1; i <= 6; i++) {
            assertFalse(out.get(i).has("sql"), "line " + (i + 1) + " must not carry both sql and error");
        }
        assertTrue(r.err.contains("6 of 8 line(s) gave an error"), r.err);
    }

    @Test
    void jsonlTranslationErrorsCarryTheMessageAndSqlState() throws Exception {
        Run r = run("{\"sql\": \"" + GARBAGE + "\"}\n{\"sql\": \"SELECT 1\"}\n", "translate", "--jsonl", "--to", "mysql");
        assertEquals(ExitCode.TRANSLATION_FAILED, r.exit);
        List<JsonNode> out = lines(r.out);
        assertEquals(2, out.size());
        assertFalse(out.get(0).get("error").textValue().isBlank());
        assertEquals("42000", out.get(0).get("sqlState").textValue());
        assertEquals("SELECT 1", out.get(1).get("sql").textValue());
    }

    @Test
    void jsonlPassthroughCopiesTheStatementAndExitsZero() throws Exception {
        Path f = file("q.jsonl", "{\"sql\": \"" + GARBAGE + "\"}\n{\"sql\": \"SELECT 1\"}\n");
        Run r = run("", "translate", "--jsonl", "--to", "mysql", "--on-error", "passthrough", f.toString());
        assertEquals(0, r.exit, r.err);
        List<JsonNode> out = lines(r.out);
        assertEquals(GARBAGE, out.get(0).get("sql").textValue());
        assertTrue(r.err.contains("warning: " + f + ":1 copied unchanged"), r.err);
    }

    @Test
    void jsonlAllGoodExitsZero() throws Exception {
        Run r = run("{\"sql\": \"SELECT 1\"}\r\n{\"sql\": \"SELECT 2\"}", "translate", "--jsonl", "--to", "h2");
        assertEquals(0, r.exit, r.err);
        List<JsonNode> out = lines(r.out);
        assertEquals(2, out.size());
        assertEquals("SELECT 2", out.get(1).get("sql").textValue());
    }
}
