package dev.alchemy.orm.core;

/** A value sent as a bound parameter: always written as {@code ?}. */
public final class BindParam extends Expression {
    private final Object value;
    private final SqlType<?> type;
    private final String name;

    BindParam(Object value, SqlType<?> type, String name) {
        this.value = value;
        this.type = type != null || value == null ? type : Types.forJavaType(value.getClass());
        this.name = name;
    }

    public Object value() {
        return value;
    }

    @Override
    public SqlType<?> type() {
        return type;
    }

    @Override
    public void compileTo(SqlWriter w) {
        w.param(value, type, name);
    }
}
