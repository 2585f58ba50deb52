package dev.alchemy.driver.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --jsonl}: one statement per input line, {@code {"sql": ...}}; one output line per input line, in order,
 * {@code {"sql": ...}} or {@code {"error": ..., "sqlState": ...}}. A bad line yields an error line and the run goes
 * on, so a caller can zip inputs with outputs by line number. Lines stream: memory stays flat on large files.
 */
final class JsonLinesTranslation {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader READER = MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final SqlTranslator translator;
    private final OnError onError;
    private final PrintWriter out;
    private final PrintWriter err;

    JsonLinesTranslation(SqlTranslator translator, OnError onError, PrintWriter out, PrintWriter err) {
        this.translator = translator;
        this.onError = onError;
        this.out = out;
        this.err = err;
    }

    int run(List<Input> inputs) throws IOException {
        int errors = 0;
        int lines = 0;
        for (Input input : inputs) {
            try (BufferedReader r = input.open()) {
                int lineNumber = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    lineNumber++;
                    lines++;
                    ObjectNode result = translateLine(input.name() + ":" + lineNumber,
                            lineNumber == 1 ? Input.stripBom(line) : line);
                    if (result.has("error")) {
                        errors++;
                    }
                    out.println(MAPPER.writeValueAsString(result));
                }
            }
        }
        out.flush();
        if (errors > 0) {
            err.println("alchemy translate: " + errors + " of " + lines + " line(s) gave an error");
            return ExitCode.TRANSLATION_FAILED;
        }
        return ExitCode.OK;
    }

    private ObjectNode translateLine(String where, String line) {
        ObjectNode result = MAPPER.createObjectNode();
        if (line.isBlank()) {
            return result.put("error", where + ": blank line; expected a JSON object with a string field \"sql\"");
        }
        JsonNode node;
        try {
            node = READER.readTree(line);
        } catch (JsonProcessingException e) {
            return result.put("error", where + ": invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return result.put("error", where + ": expected a JSON object with a string field \"sql\", found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        if (node.has("id")) {
            result.set("id", node.get("id"));
        }
        JsonNode sql = node.get("sql");
        if (sql == null || !sql.isTextual()) {
            return result.put("error", where + ": " + (sql == null ? "no field \"sql\"" : "field \"sql\" is not a string"));
        }
        try {
            return result.put("sql", translator.translate(sql.textValue()));
        } catch (TranslationException e) {
            if (onError == OnError.PASSTHROUGH) {
                err.println("warning: " + where + " copied unchanged: " + e.getMessage());
                return result.put("sql", sql.textValue());
            }
            return result.put("error", e.getMessage()).put("sqlState", e.getSqlState());
        } catch (RuntimeException e) { // a translator bug: this line's error, not the end of the run
            if (onError == OnError.PASSTHROUGH) {
                err.println("warning: " + where + " copied unchanged: internal translator error: " + e);
                return result.put("sql", sql.textValue());
            }
            return result.put("error", "internal translator error: " + e);
        }
    }
}
