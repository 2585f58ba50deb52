package dev.alchemy.translator.engine;

import dev.alchemy.translator.target.Renderer;
import dev.alchemy.translator.target.TargetDialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

import java.util.List;

/** Routes canonical functions that have a dedicated {@link TargetDialect} hook to that hook. */
final class FunctionRules {
    private FunctionRules() {
    }

    /** True when a dedicated hook rendered {@code f}. */
    static boolean render(Function f, TargetDialect target, Renderer r) {
        List<Expression> args = f.getParameters() == null ? List.of() : (List<Expression>) f.getParameters();
        switch (f.getName()) {
            case "CHAR_LENGTH":
                if (args.size() == 1) {
                    target.renderCharLength(args.get(0), r);
                    return true;
                }
                return false;
            default:
                return false;
        }
    }
}
