package dev.alchemy.orm;

import java.sql.SQLException;

/**
 * Receives each row of a query streamed by {@link Engine#streamCursor} as a {@link RowCursor} on that row:
 * nothing is read that the handler does not ask for, and no array is made unless it asks for one.
 */
@FunctionalInterface
public interface CursorHandler {
    /** One row; {@code row} is valid only during this call. */
    void row(RowCursor row) throws SQLException;
}
