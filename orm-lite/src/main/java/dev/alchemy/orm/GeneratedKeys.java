package dev.alchemy.orm;

/** Receives the key the database generated for each inserted row of a batch, by the row's index in the list given. */
@FunctionalInterface
public interface GeneratedKeys {
    /** {@code key} is converted to the auto-increment column's Java type (Integer for INTEGER, Long for BIGINT). */
    void accept(int rowIndex, Object key);
}
