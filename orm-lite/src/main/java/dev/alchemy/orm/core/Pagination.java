package dev.alchemy.orm.core;

/** LIMIT/OFFSET as each dialect accepts it, with the row counts as bound parameters. */
final class Pagination {
    /** MySQL has no OFFSET without LIMIT; its manual says to use the largest BIGINT UNSIGNED. */
    private static final String MYSQL_NO_LIMIT = "18446744073709551615";

    private Pagination() {
    }

    static void write(SqlWriter w, Integer limit, Integer offset, boolean ordered) {
        if (limit == null && offset == null) {
            return;
        }
        switch (w.dialect()) {
            case SQLSERVER -> {
                if (!ordered) {
                    w.sql(" ORDER BY (SELECT NULL)"); // OFFSET/FETCH requires ORDER BY
                }
                w.sql(" OFFSET ");
                w.param(offset == null ? 0 : offset, Types.INTEGER, null);
                w.sql(" ROWS");
                if (limit != null) {
                    w.sql(" FETCH NEXT ");
                    w.param(limit, Types.INTEGER, null);
                    w.sql(" ROWS ONLY");
                }
            }
            case MYSQL, SQLITE -> {
                w.sql(" LIMIT ");
                if (limit != null) {
                    w.param(limit, Types.INTEGER, null);
                } else {
                    w.sql(w.dialect() == dev.alchemy.translator.Dialect.MYSQL ? MYSQL_NO_LIMIT : "-1");
                }
                if (offset != null) {
                    w.sql(" OFFSET ");
                    w.param(offset, Types.INTEGER, null);
                }
            }
            default -> {
                if (limit != null) {
                    w.sql(" LIMIT ");
                    w.param(limit, Types.INTEGER, null);
                }
                if (offset != null) {
                    w.sql(" OFFSET ");
                    w.param(offset, Types.INTEGER, null);
                }
            }
        }
    }
}
