package dev.alchemy.translator.target;

/** Where a database sorts NULL in ascending order when ORDER BY does not say. */
public enum NullSorting {
    /** NULL sorts before every value (SQL Server, MySQL, SQLite, H2). */
    FIRST,
    /** NULL sorts after every value (PostgreSQL). */
    LAST,
    /** Not declared: the renderer leaves ORDER BY items as written. */
    UNSPECIFIED
}
