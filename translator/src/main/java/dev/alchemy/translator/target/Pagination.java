package dev.alchemy.translator.target;

import net.sf.jsqlparser.expression.Expression;

/**
 * A row window read from any source form ({@code LIMIT n OFFSET m}, MySQL's {@code LIMIT m, n},
 * {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY}, SQL Server's {@code TOP n}). Either part may be null
 * (no limit / no offset). Expressions may be literals or {@code ?} markers.
 *
 * @param offsetFirst the source wrote the offset before the row count ({@code OFFSET .. FETCH}, {@code LIMIT m, n}).
 *                    When both are {@code ?} markers the target must keep that order (or use a form that does),
 *                    otherwise the bound values would swap; the renderer verifies marker order and fails the
 *                    translation if a hook reorders them, unless the hook declared the reordering
 *                    ({@link Renderer#reorderMarkersFor}), whose permutation then goes to callers that rebind.
 */
public record Pagination(Expression offset, Expression rowCount, boolean offsetFirst) {
    public boolean hasOffset() { return offset != null; }
    public boolean hasRowCount() { return rowCount != null; }
}
