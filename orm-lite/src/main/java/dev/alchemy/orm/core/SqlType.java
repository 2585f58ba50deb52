package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A column type: its Java type, and how a value of it is bound to and read from JDBC on each dialect.
 * {@link DdlCompiler} gives each {@link #kind()} one portable spelling, which the translator spells per dialect.
 *
 * @param <T> the Java type values of this column have
 */
public interface SqlType<T> {

    /** The families of types orm-lite knows. */
    enum Kind { INTEGER, BIGINT, STRING, TEXT, BOOLEAN, DATE, TIMESTAMP, NUMERIC, BINARY, UUID, DOUBLE }

    Kind kind();

    Class<T> javaType();

    /** VARCHAR length, or NUMERIC precision; 0 when it does not apply. */
    default int length() {
        return 0;
    }

    /** NUMERIC scale; 0 when it does not apply. */
    default int scale() {
        return 0;
    }

    /** Binds {@code value} (never null; nulls go through {@link #jdbcType()}) at {@code index}. */
    void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException;

    /** Reads the value at {@code index}, null for SQL NULL. */
    T read(ResultSet rs, int index, Dialect dialect) throws SQLException;

    /** The {@link java.sql.Types} code used to bind a null. */
    int jdbcType();

    /** Converts a loosely typed value (e.g. an Integer for a BIGINT column) to this type's Java type. */
    T coerce(Object value);
}
