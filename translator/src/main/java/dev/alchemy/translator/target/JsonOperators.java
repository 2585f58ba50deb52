package dev.alchemy.translator.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * PostgreSQL's JSON member operators, {@code x -> 'a'} (JSON) and {@code x ->> 'a'} (text), chained with literal
 * keys and array indexes, read into the base expression and one JSON path ({@code $."a"[0]."b"}) for targets that
 * take a path: MySQL's {@code JSON_EXTRACT}, SQL Server's {@code JSON_VALUE}/{@code JSON_QUERY}.
 */
final class JsonOperators {
    /** {@code base}'s member at {@code path}; {@code text} when the last step is {@code ->>}. */
    record Chain(Expression base, String path, boolean text) {
    }

    private JsonOperators() {
    }

    /** {@code FUNCTION(base, 'path')}, the path spelled as the target spells string literals. */
    static void call(String function, Chain c, Renderer r) {
        r.append(function).append("(").expression(c.base()).append(", ");
        r.target().renderString(c.path(), r);
        r.append(")");
    }

    /** The chain of {@code json}; refused when a key is not a literal or {@code ->} follows {@code ->>}. */
    static Chain read(JsonExpression json, Renderer r) {
        List<Map.Entry<Expression, String>> steps = new ArrayList<>();
        flatten(json.getIdentList(), steps);
        StringBuilder path = new StringBuilder("$");
        boolean text = false;
        for (Map.Entry<Expression, String> step : steps) {
            if (text || !(step.getValue().equals("->") || step.getValue().equals("->>"))) {
                throw r.unsupported("the JSON operator " + step.getValue() + " here (only -> and ->> chains, ->> last)");
            }
            text = step.getValue().equals("->>");
            Expression key = step.getKey();
            if (key instanceof StringValue s) {
                path.append(".\"").append(s.getValue().replace("''", "'").replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            } else if (key instanceof LongValue n && n.getValue() >= 0) {
                path.append('[').append(n.getValue()).append(']');
            } else {
                throw r.unsupported("a JSON operator whose key is not a literal member name or array index");
            }
        }
        return new Chain(json.getExpression(), path.toString(), text);
    }

    /** JSqlParser reads {@code x -> 'a' ->> 'b'} as {@code x -> ('a' ->> 'b')}: the steps in written order. */
    private static void flatten(List<Map.Entry<Expression, String>> idents, List<Map.Entry<Expression, String>> out) {
        for (Map.Entry<Expression, String> ident : idents) {
            if (ident.getKey() instanceof JsonExpression nested) {
                out.add(Map.entry(nested.getExpression(), ident.getValue()));
                flatten(nested.getIdentList(), out);
            } else {
                out.add(ident);
            }
        }
    }
}
