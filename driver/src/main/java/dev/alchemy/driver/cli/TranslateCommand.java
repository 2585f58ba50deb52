package dev.alchemy.driver.cli;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code alchemy translate}: whole scripts, or one statement per JSON line with {@code --jsonl}. */
@Command(name = "translate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Translates SQL scripts from one dialect to another and writes them to standard output. Reads the "
                        + "FILEs in order, or standard input when there is none (UTF-8).",
                "",
                "Scripts are split into statements on ';' and on lines holding only GO. A ';' inside a string, a "
                        + "quoted identifier ([..], \"..\", `..`), a comment, a PostgreSQL dollar quote "
                        + "($$$$..$$$$, $$tag$$..$$tag$$) or a BEGIN..END block does not split. Each statement is "
                        + "written followed by ';'. Comments between statements are kept. With --from mysql, DELIMITER "
                        + "lines (mysql client, mysqldump) are honoured, and kept for a mysql target.",
                "",
                "For a sqlserver target the output is a sqlcmd/SSMS script: GO lines of the input are kept, and "
                        + "a statement that must be alone in its batch (CREATE VIEW, PROCEDURE, FUNCTION, TRIGGER, "
                        + "SCHEMA; ALTER VIEW, ...) gets a GO line before and after it. For other targets GO lines "
                        + "are dropped.",
                "",
                "Dialects (name and aliases): portable (ansi), postgresql (postgres, pg), sqlserver (tsql, mssql), "
                        + "mysql (mariadb), sqlite, h2."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:everything was translated (or, with --on-error passthrough, copied unchanged)",
                "1:a statement or JSON line could not be translated or was not valid input (details on stderr)",
                "2:wrong command line (unknown option or dialect, missing --to)",
                "3:an input could not be read (missing file, unreadable, not UTF-8)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  alchemy translate --from pg --to sqlserver schema.sql > schema.tsql.sql",
                "  echo 'SELECT * FROM t LIMIT 5' | alchemy translate --to tsql",
                "  alchemy translate --from pg --to mysql --jsonl queries.jsonl",
                "    in:  {\"sql\": \"SELECT a FROM t LIMIT 1\"}",
                "    out: {\"sql\": \"...\"} or {\"error\": \"...\", \"sqlState\": \"42000\"}"})
final class TranslateCommand implements Callable<Integer> {
    @ParentCommand
    private AlchemyCli parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIALECT", defaultValue = "portable", converter = DialectConverter.class,
            description = "Dialect the input is written in (default: ${DEFAULT-VALUE}).")
    private Dialect from;

    @Option(names = "--to", paramLabel = "DIALECT", required = true, converter = DialectConverter.class,
            description = "Dialect to write.")
    private Dialect to;

    @Option(names = "--jsonl",
            description = "Read JSON Lines: each input line is an object with a string field \"sql\" holding one "
                    + "statement. Writes one line per input line, in order: {\"sql\": translation} or "
                    + "{\"error\": message, \"sqlState\": state}; an \"id\" field of the input is copied. "
                    + "Blank or invalid lines give an error line and do not stop the run.")
    private boolean jsonl;

    @Option(names = "--on-error", paramLabel = "fail|passthrough", defaultValue = "fail",
            description = {"What to do with a statement that cannot be translated (default: ${DEFAULT-VALUE}).",
                    "fail: name each such statement on stderr with its number and line:column, write nothing, "
                            + "exit 1 (with --jsonl: an error line for it, exit 1 at the end).",
                    "passthrough: copy it unchanged, warn on stderr, exit 0."})
    private OnError onError;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "SQL scripts (or JSON Lines files with --jsonl).")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                err.println("alchemy translate: cannot read '" + f + "': "
                        + (Files.exists(f) ? "not a readable file" : "no such file"));
                return ExitCode.INPUT_UNREADABLE;
            }
        }
        // the CLI reports failures itself, with their positions in the script, whatever --on-error says
        SqlTranslator translator = SqlTranslator.builder().source(from).target(to).onError(OnError.FAIL).build();
        List<Input> inputs = new ArrayList<>();
        if (files.isEmpty()) {
            inputs.add(Input.stdin(parent.stdin()));
        } else {
            files.forEach(f -> inputs.add(Input.file(f)));
        }
        try {
            return jsonl
                    ? new JsonLinesTranslation(translator, onError, out, err).run(inputs)
                    : new ScriptTranslation(translator, onError, out, err).run(inputs);
        } catch (CharacterCodingException e) {
            err.println("alchemy translate: input is not valid UTF-8 (" + e + ")");
            return ExitCode.INPUT_UNREADABLE;
        } catch (NoSuchFileException e) {
            err.println("alchemy translate: cannot read '" + e.getFile() + "': no such file");
            return ExitCode.INPUT_UNREADABLE;
        } catch (IOException e) {
            err.println("alchemy translate: cannot read input: " + e);
            return ExitCode.INPUT_UNREADABLE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
