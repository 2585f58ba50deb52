package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

import java.util.Locale;

/** Reads source spellings of functions into canonical names (see TargetDialect#renderFunction). */
final class FunctionReading {
    private FunctionReading() {
    }

    static Expression read(Function f, Dialect source) {
        String name = f.getName();
        if (name == null) {
            return f;
        }
        String canonical = canonicalName(name.toUpperCase(Locale.ROOT), f, source);
        if (canonical != null && !canonical.equals(name)) {
            f.setName(canonical);
        }
        return f;
    }

    private static String canonicalName(String upper, Function f, Dialect source) {
        switch (upper) {
            case "LEN":
            case "CHARACTER_LENGTH":
                return "CHAR_LENGTH";
            case "LENGTH":
                return source == Dialect.MYSQL ? "OCTET_LENGTH" : "CHAR_LENGTH";
            case "IFNULL":
            case "NVL":
                return "COALESCE";
            case "UCASE":
                return "UPPER";
            case "LCASE":
                return "LOWER";
            default:
                return upper;
        }
    }
}
