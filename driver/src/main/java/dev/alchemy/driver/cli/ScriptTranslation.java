package dev.alchemy.driver.cli;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates whole scripts statement by statement. Output is written only when every statement translated
 * (or {@code --on-error passthrough} was chosen), so a failed run never leaves half a script behind.
 */
final class ScriptTranslation {
    private final SqlTranslator translator;
    private final OnError onError;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ScriptSplitter splitter;

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
        int statements = 0;
        for (Input input : inputs) {
            if (inputs.size() > 1) {
                result.append("-- ").append(input.name()).append('\n');
            }
            for (ScriptStatement st : splitter.split(input.readAll())) {
                if (!st.leading().isEmpty()) {
                    result.append(st.leading()).append('\n');
                }
                if (!st.isCommentOnly()) {
                    statements++;
                    translate(input, st, result, failures);
                }
                if (st.endsBatch() && translator.target() == Dialect.SQLSERVER) {
                    result.append("GO\n");
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

    private void translate(Input input, ScriptStatement st, StringBuilder result, List<String> failures) {
        String where = input.name() + ":" + st.line() + ":" + st.column() + ": statement " + st.number()
                + " (" + st.excerpt() + ")";
        if (st.problem() != null) {
            if (onError == OnError.FAIL) {
                failures.add(where + ": " + st.problem());
            } else {
                err.println("warning: " + where + " copied unchanged: " + st.problem());
                result.append(st.sql()).append('\n');
            }
            return;
        }
        try {
            result.append(withoutTrailingSemicolon(translator.translate(st.sql()))).append(";\n");
        } catch (TranslationException e) {
            String why = e.getMessage() + " [SQLState " + e.getSqlState() + "]";
            if (onError == OnError.FAIL) {
                failures.add(where + ": " + why);
            } else {
                err.println("warning: " + where + " copied unchanged: " + why);
                result.append(st.sql()).append(";\n");
            }
        }
    }

    private static String withoutTrailingSemicolon(String sql) {
        String s = sql.stripTrailing();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
