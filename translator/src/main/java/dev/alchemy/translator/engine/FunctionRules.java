package dev.alchemy.translator.engine;

import dev.alchemy.translator.target.Renderer;
import dev.alchemy.translator.target.TargetDialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.statement.select.OrderByElement;

import java.util.List;

/** Routes canonical functions that have a dedicated {@link TargetDialect} hook to that hook. */
final class FunctionRules {
    private static final java.util.Set<String> TIMESTAMPDIFF_UNITS =
            java.util.Set.of("SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR");

    private FunctionRules() {
    }

    /** True when a dedicated hook rendered {@code f}. */
    static boolean render(Function f, TargetDialect target, Renderer r) {
        if (f.getNamedParameters() != null) {
            return false;
        }
        List<Expression> args = FunctionReading.args(f);
        int n = args.size();
        switch (f.getName()) {
            case "CHAR_LENGTH":
                if (n == 1) {
                    target.renderCharLength(args.get(0), r);
                    return true;
                }
                return false;
            case "POSITION":
                if (n == 2) {
                    target.renderPosition(args.get(0), args.get(1), r);
                    return true;
                }
                return false;
            case "SUBSTRING":
                if (n == 2 || n == 3) {
                    target.renderSubstring(args.get(0), args.get(1), n == 3 ? args.get(2) : null, r);
                    return true;
                }
                return false;
            case "STRING_AGG":
                if (n == 2 && f.getKeep() == null) {
                    List<OrderByElement> order = f.getOrderByElements() == null ? List.of() : f.getOrderByElements();
                    target.renderStringAgg(f.isDistinct(), args.get(0), args.get(1), order, r);
                    return true;
                }
                return false;
            case "DATE_TRUNC":
                if (n == 2 && args.get(0) instanceof StringValue unit) {
                    String u = DateUnits.truncUnit(unit.getValue());
                    // units outside the common set (decade, millennium ..) are the target's to accept or refuse
                    target.renderDateTrunc(u != null ? u : unit.getValue().toLowerCase(java.util.Locale.ROOT), args.get(1), r);
                    return true;
                }
                return false;
            case "TIMESTAMPDIFF":
                if (n == 3) {
                    // JDBC {fn TIMESTAMPDIFF(SQL_TSI_DAY, a, b)} and MySQL TIMESTAMPDIFF(DAY, a, b)
                    String unit = FunctionReading.unitName(args.get(0));
                    unit = unit == null ? null : unit.replace("SQL_TSI_", "");
                    if (unit != null && TIMESTAMPDIFF_UNITS.contains(unit)) {
                        target.renderTimestampDiff(unit, args.get(1), args.get(2), r);
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }
}
