package dev.alchemy.translator.target;

import net.sf.jsqlparser.expression.Expression;

/**
 * An interval read from any source form ({@code INTERVAL '1 day'}, {@code INTERVAL '1' DAY},
 * {@code INTERVAL 1 DAY}, {@code DATEADD(day, 1, x)}): an amount expression and a singular upper-case unit
 * ({@code YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND}). The amount is a number literal, a {@code ?} marker or
 * any numeric expression; it may be negative.
 */
public record IntervalValue(Expression amount, String unit) {
}
