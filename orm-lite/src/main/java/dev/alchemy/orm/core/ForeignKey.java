package dev.alchemy.orm.core;

/** A column's reference to another table's column: {@code FOREIGN KEY (col) REFERENCES table (column)}. */
public final class ForeignKey {
    private final Column column;
    private final String targetTable;
    private final String targetColumn;
    private final String onDelete;

    ForeignKey(Column column, String targetTable, String targetColumn, String onDelete) {
        if (onDelete != null && !onDelete.matches("(?i)CASCADE|SET NULL|SET DEFAULT|RESTRICT|NO ACTION")) {
            throw new IllegalArgumentException("ON DELETE '" + onDelete + "': use CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION");
        }
        this.column = column;
        this.targetTable = targetTable;
        this.targetColumn = targetColumn;
        this.onDelete = onDelete == null ? null : onDelete.toUpperCase(java.util.Locale.ROOT);
    }

    ForeignKey copyFor(Column c) {
        return new ForeignKey(c, targetTable, targetColumn, onDelete);
    }

    /** The referencing column. */
    public Column column() {
        return column;
    }

    public String targetTable() {
        return targetTable;
    }

    public String targetColumn() {
        return targetColumn;
    }

    /** The referenced column, resolved in the referencing table's metadata. */
    public Column target() {
        Table t = column.table();
        if (t == null || t.metadata() == null) {
            throw new IllegalStateException("foreign key " + this + " is not part of a Metadata");
        }
        return t.metadata().table(targetTable).c(targetColumn);
    }

    /** {@code CASCADE}, {@code SET NULL}, ... or null for the database's default. */
    public String onDelete() {
        return onDelete;
    }

    /** The constraint name used in DDL: {@code fk_<table>_<column>}, unique per database. */
    public String name() {
        Table t = column.table();
        return "fk_" + (t == null ? "" : t.original().name() + "_") + column.name();
    }

    @Override
    public String toString() {
        return column + " -> " + targetTable + "." + targetColumn;
    }
}
