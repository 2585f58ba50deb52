package dev.alchemy.translator.target;

import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.TimeKeyExpression;

/** Expressions that are a DATE by their form alone, where no schema is at hand to say a column's type. */
public final class DateExpressions {
    private DateExpressions() {
    }

    /** CURRENT_DATE, a DATE literal, a cast to DATE, or SQLite's DATE(..). */
    public static boolean isDate(Expression e) {
        if (e instanceof TimeKeyExpression k) {
            return k.getStringValue().equalsIgnoreCase("CURRENT_DATE");
        }
        if (e instanceof DateValue) {
            return true;
        }
        if (e instanceof DateTimeLiteralExpression literal) {
            return literal.getType() == DateTimeLiteralExpression.DateTime.DATE;
        }
        if (e instanceof Function f) {
            return f.getName() != null && f.getName().equalsIgnoreCase("DATE") && f.getMultipartName().size() == 1;
        }
        return e instanceof CastExpression c && c.getColDataType() != null
                && c.getColDataType().getDataType().equalsIgnoreCase("DATE");
    }
}
