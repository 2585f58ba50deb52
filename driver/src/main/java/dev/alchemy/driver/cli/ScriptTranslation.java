package dev.alchemy.driver.cli;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates whole scripts statement by statement. Output is written only when every statement translated
 * (or {@code --on-error passthrough} was chosen), so a failed run never leaves half a script behind.
 *
 * <p>For a SQL Server target the output is a {@code sqlcmd}/SSMS script: the input's {@code GO} lines are kept,
 * and a statement that must be alone in its batch ({@code CREATE VIEW/PROCEDURE/FUNCTION/TRIGGER/SCHEMA},
 * {@code ALTER VIEW/...}) gets a {@code GO} line before and after it. For other targets {@code GO} lines are
 * dropped; every statement ends with {@code ;}.
 */
final class ScriptTranslation {
    private final SqlTranslator translator;
    private final OnError onError;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ScriptSplitter splitter;

    /**
     * SQL Server statements that must be the only statement of their batch ("CREATE VIEW must be the first
     * statement in a query batch"): the output gets a GO line before and after each.
     */
    private static final Pattern MUST_START_BATCH = Pattern.compile(
            "^\\s*(CREATE\\s+(OR\\s+ALTER\\s+)?(VIEW|PROCEDURE|PROC|FUNCTION|TRIGGER|SCHEMA|DEFAULT|RULE)"
                    + "|ALTER\\s+(VIEW|PROCEDURE|PROC|FUNCTION|TRIGGER))\\b",
            Pattern.CASE_INSENSITIVE);

    ScriptTranslation(SqlTranslator translator, OnError onError, PrintWriter out, PrintWriter err) {
        this.translator = translator;
        this.onError = onError;
        this.out = out;
        this.err = err;
        this.splitter = new ScriptSplitter(translator.source());
    }

    int run(List<Input> inputs) throws IOException {
        StringBuilder result = new StringBuilder();
        List<String> failures = new ArrayList<>();
        boolean batches = translator.target() == Dialect.SQLSERVER;
        int statements = 0;
        for (Input input : inputs) {
            if (inputs.size() > 1) {
                result.append("-- ").append(input.name()).append('\n');
            }
            boolean batchOpen = false;
            for (ScriptStatement st : splitter.split(input.readAll())) {
                String rendered = null;
                if (!st.isCommentOnly()) {
                    statements++;
                    rendered = translate(input, st, failures);
                }
                boolean batchAlone = batches && rendered != null && MUST_START_BATCH.matcher(rendered).find();
                if (batchAlone && batchOpen) {
                    result.append("GO\n");
                    batchOpen = false;
                }
                if (!st.leading().isEmpty()) {
                    result.append(st.leading()).append('\n');
                }
                if (rendered != null) {
                    result.append(rendered);
                    batchOpen = true;
                }
                if (batches && batchOpen && (st.endsBatch() || batchAlone)) {
                    result.append("GO\n");
                    batchOpen = false;
                }
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(err::println);
            err.println("alchemy translate: " + failures.size() + " of " + statements + " statement(s) could not be"
                    + " translated from " + translator.source() + " to " + translator.target()
                    + "; nothing was written. Fix them, or use --on-error passthrough to copy them unchanged.");
            return ExitCode.TRANSLATION_FAILED;
        }
        out.print(result);
        out.flush();
        return ExitCode.OK;
    }

    /** The statement as it goes out, terminator and newline included; null when it failed in fail mode. */
    private String translate(Input input, ScriptStatement st, List<String> failures) {
        String where = input.name() + ":" + st.line() + ":" + st.column() + ": statement " + st.number()
                + " (" + st.excerpt() + ")";
        if (st.problem() != null) {
            if (onError == OnError.FAIL) {
                failures.add(where + ": " + st.problem());
                return null;
            }
            err.println("warning: " + where + " copied unchanged: " + st.problem());
            return st.sql() + "\n"; // no terminator: it would land inside the open string or comment
        }
        String why;
        try {
            String sql = withoutTrailingSemicolon(translator.translate(st.sql()));
            if (st.delimiter() != null && translator.target() == Dialect.MYSQL) {
                // a routine body with inner ';' stays runnable by the mysql client, as it was written
                return "DELIMITER " + st.delimiter() + "\n" + sql + st.delimiter() + "\nDELIMITER ;\n";
            }
            return sql + ";\n";
        } catch (TranslationException e) {
            why = e.getMessage() + " [SQLState " + e.getSqlState() + "]";
        } catch (RuntimeException e) { // a translator bug: report it with the statement, go on with the rest
            why = "internal translator error: " + e;
        }
        if (onError == OnError.FAIL) {
            failures.add(where + ": " + why);
            return null;
        }
        err.println("warning: " + where + " copied unchanged: " + why);
        return st.sql() + ";\n";
    }

    private static String withoutTrailingSemicolon(String sql) {
        String s = sql.stripTrailing();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
