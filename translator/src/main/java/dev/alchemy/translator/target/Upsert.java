package dev.alchemy.translator.target;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.update.UpdateSet;

import java.util.List;

/**
 * An upsert in canonical form, read from PostgreSQL/SQLite {@code ON CONFLICT (cols) DO NOTHING | DO UPDATE SET ..
 * [WHERE ..]} or MySQL {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} (which names no columns; its
 * {@code VALUES(c)} is read as {@code EXCLUDED.c}). In {@link #sets()} and {@link #where()}, {@code EXCLUDED.c}
 * is the value proposed for insertion and {@code t.c} / {@code c} the existing row.
 *
 * @param conflictColumns the unique key columns as written (quotes kept); empty when the source named none
 * @param doNothing       {@code DO NOTHING}
 * @param sets            the {@code DO UPDATE SET} assignments (empty for DO NOTHING)
 * @param where           the {@code DO UPDATE .. WHERE} condition or null
 */
public record Upsert(List<String> conflictColumns, boolean doNothing, List<UpdateSet> sets, Expression where) {
}
