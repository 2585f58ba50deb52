package dev.alchemy.orm;

import java.sql.SQLException;

/**
 * Receives the rows of a query streamed by {@link Engine#stream} one at a time, while the result set is
 * open: no {@link Row} or list of rows is built. Each call gets a fresh array the handler may keep.
 */
@FunctionalInterface
public interface RowHandler {
    /**
     * One row: its values in select-list order, read with each selected column's type, exactly as
     * {@link Row#get(int)} would return them.
     */
    void row(Object[] values) throws SQLException;
}
