package dev.alchemy.orm.mapping;

/** How a relationship is loaded when its owner is loaded by a query. */
public enum Fetch {
    /** On first call of the relationship's getter, one query for this owner. */
    LAZY,
    /** With the query that loads the owners: one extra query for all of them (no N+1). */
    SELECTIN
}
