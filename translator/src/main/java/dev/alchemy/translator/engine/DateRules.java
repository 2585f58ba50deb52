package dev.alchemy.translator.engine;

import dev.alchemy.translator.target.Renderer;
import dev.alchemy.translator.target.TargetDialect;
import net.sf.jsqlparser.expression.BinaryExpression;

/** Recognises date/interval arithmetic and hands it to the target. */
final class DateRules {
    private DateRules() {
    }

    static boolean renderIntervalArithmetic(BinaryExpression e, boolean subtract, TargetDialect target, Renderer r) {
        return false;
    }
}
