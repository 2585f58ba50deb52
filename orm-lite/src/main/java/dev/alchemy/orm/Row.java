package dev.alchemy.orm;

import dev.alchemy.orm.core.Expression;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One result row. Read by label ({@code row.get("name")}, case-insensitive), by the column or labelled
 * expression that was selected ({@code row.get(users.c("name"))}), or by zero-based position; or map the
 * whole row to a record with {@link #as(Class)}.
 */
public final class Row {
    private final RowShape shape;
    private final Object[] values;

    Row(RowShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    public Object get(String label) {
        return values[shape.indexOf(label)];
    }

    public Object get(Expression column) {
        return values[shape.indexOf(column)];
    }

    /** By zero-based position in the select list. */
    public Object get(int index) {
        return values[index];
    }

    public <T> T get(String label, Class<T> type) {
        return Conversions.convert(get(label), type);
    }

    public <T> T get(Expression column, Class<T> type) {
        return Conversions.convert(get(column), type);
    }

    public Integer getInt(String label) {
        return get(label, Integer.class);
    }

    public Integer getInt(Expression column) {
        return get(column, Integer.class);
    }

    public Integer getInt(int index) {
        return Conversions.convert(values[index], Integer.class);
    }

    public Long getLong(String label) {
        return get(label, Long.class);
    }

    public Long getLong(Expression column) {
        return get(column, Long.class);
    }

    public Long getLong(int index) {
        return Conversions.convert(values[index], Long.class);
    }

    public String getString(String label) {
        return get(label, String.class);
    }

    public String getString(Expression column) {
        return get(column, String.class);
    }

    public String getString(int index) {
        return Conversions.convert(values[index], String.class);
    }

    public Boolean getBoolean(String label) {
        return get(label, Boolean.class);
    }

    public Boolean getBoolean(Expression column) {
        return get(column, Boolean.class);
    }

    public Double getDouble(String label) {
        return get(label, Double.class);
    }

    public BigDecimal getBigDecimal(String label) {
        return get(label, BigDecimal.class);
    }

    public BigDecimal getBigDecimal(Expression column) {
        return get(column, BigDecimal.class);
    }

    public LocalDate getLocalDate(String label) {
        return get(label, LocalDate.class);
    }

    public LocalDateTime getLocalDateTime(String label) {
        return get(label, LocalDateTime.class);
    }

    public UUID getUuid(String label) {
        return get(label, UUID.class);
    }

    public byte[] getBytes(String label) {
        return (byte[]) get(label);
    }

    /** The row as a record whose component names match the labels (exactly, in any case, or as snake_case). */
    public <R> R as(Class<R> recordType) {
        return recordType.cast(shape.mapper(recordType).map(values));
    }

    public int size() {
        return values.length;
    }

    public List<String> labels() {
        return List.of(shape.labels);
    }

    /** Label to value, in select-list order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.putIfAbsent(shape.labels[i], values[i]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && Arrays.equals(values, r.values) && Arrays.equals(shape.labels, r.shape.labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
