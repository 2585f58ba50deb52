package dev.alchemy.it.translation.sqlserver;

import java.util.List;

/**
 * A portable query run on PostgreSQL as written and on H2's MSSQLServer mode as translated to T-SQL.
 *
 * @param name      what the case shows
 * @param sql       portable SQL (PostgreSQL runs it as is)
 * @param params    values bound to the {@code ?} markers, in order
 * @param compare   how the two results are compared
 * @param h2Skip    why H2's MSSQLServer mode cannot run the translation (the translation is still checked to
 *                  succeed), or null
 */
record ExecutionCase(String name, String sql, List<Object> params, Compare compare, String h2Skip) {

    enum Compare {
        /** Same rows in the same order (the query has a total ORDER BY). */
        ORDERED,
        /** Same rows in any order. */
        UNORDERED,
        /** Same number of rows (which rows is left to the database, e.g. LIMIT without ORDER BY). */
        ROW_COUNT
    }

    static ExecutionCase ordered(String name, String sql, Object... params) {
        return new ExecutionCase(name, sql, List.of(params), Compare.ORDERED, null);
    }

    static ExecutionCase unordered(String name, String sql, Object... params) {
        return new ExecutionCase(name, sql, List.of(params), Compare.UNORDERED, null);
    }

    static ExecutionCase rowCount(String name, String sql, Object... params) {
        return new ExecutionCase(name, sql, List.of(params), Compare.ROW_COUNT, null);
    }

    /** The same case, which H2 cannot run for {@code reason} (T-SQL that SQL Server accepts but H2 lacks). */
    ExecutionCase notOnH2(String reason) {
        return new ExecutionCase(name, sql, params, compare, reason);
    }

    @Override
    public String toString() {
        return name;
    }
}
