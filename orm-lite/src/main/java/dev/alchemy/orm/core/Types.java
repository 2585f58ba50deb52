package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The column types: {@code INTEGER, BIGINT, string(n), TEXT, BOOLEAN, DATE, TIMESTAMP, numeric(p,s), BINARY, UUID}.
 * Each binds and reads its Java type the way every dialect's driver accepts it (SQLite keeps dates and
 * timestamps as sortable ISO text, UUIDs as text where there is no native type).
 */
public final class Types {
    public static final SqlType<Integer> INTEGER = new IntegerType();
    public static final SqlType<Long> BIGINT = new BigIntType();
    public static final SqlType<String> TEXT = new StringType(SqlType.Kind.TEXT, 0);
    public static final SqlType<Boolean> BOOLEAN = new BooleanType();
    public static final SqlType<LocalDate> DATE = new DateType();
    public static final SqlType<LocalDateTime> TIMESTAMP = new TimestampType();
    public static final SqlType<byte[]> BINARY = new BinaryType();
    public static final SqlType<UUID> UUID = new UuidType();
    public static final SqlType<Double> DOUBLE = new DoubleType();

    private Types() {
    }

    /** {@code VARCHAR(length)}. */
    public static SqlType<String> string(int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("string(" + length + "): the length must be positive; use Types.TEXT for unbounded text");
        }
        return new StringType(SqlType.Kind.STRING, length);
    }

    /** {@code DECIMAL(precision, scale)} read as {@link BigDecimal}. */
    public static SqlType<BigDecimal> numeric(int precision, int scale) {
        if (precision <= 0 || scale < 0 || scale > precision) {
            throw new IllegalArgumentException("numeric(" + precision + ", " + scale + "): need 0 <= scale <= precision, precision > 0");
        }
        return new NumericType(precision, scale);
    }

    /** The type orm-lite uses for a value of this Java class when nothing else says (bound parameters). */
    public static SqlType<?> forJavaType(Class<?> c) {
        if (c == Integer.class || c == int.class || c == Short.class || c == short.class || c == Byte.class || c == byte.class) {
            return INTEGER;
        }
        if (c == Long.class || c == long.class) {
            return BIGINT;
        }
        if (c == Boolean.class || c == boolean.class) {
            return BOOLEAN;
        }
        if (c == LocalDate.class) {
            return DATE;
        }
        if (c == LocalDateTime.class) {
            return TIMESTAMP;
        }
        if (c == BigDecimal.class) {
            return new NumericType(38, 10);
        }
        if (c == byte[].class) {
            return BINARY;
        }
        if (c == java.util.UUID.class) {
            return UUID;
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
            return DOUBLE;
        }
        if (c == String.class || CharSequence.class.isAssignableFrom(c) || c.isEnum()) {
            return TEXT;
        }
        return null;
    }

    private abstract static class Base<T> implements SqlType<T> {
        private final Kind kind;
        private final Class<T> javaType;
        private final int jdbcType;

        Base(Kind kind, Class<T> javaType, int jdbcType) {
            this.kind = kind;
            this.javaType = javaType;
            this.jdbcType = jdbcType;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        @Override
        public Class<T> javaType() {
            return javaType;
        }

        @Override
        public int jdbcType() {
            return jdbcType;
        }

        @Override
        public String toString() {
            return kind.name() + (length() > 0 ? "(" + length() + (kind == Kind.NUMERIC ? ", " + scale() : "") + ")" : "");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SqlType<?> t && t.kind() == kind && t.length() == length() && t.scale() == scale();
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + length() * 7 + scale();
        }

        IllegalArgumentException cannot(Object value) {
            // the value itself stays out of the message: it may be a secret
            return new IllegalArgumentException("cannot use a " + value.getClass().getName() + " as " + this
                    + "; pass a " + javaType.getSimpleName());
        }
    }

    /**
     * How a result column of type {@code t} may be read without a call through {@link SqlType} (used per
     * row by the engine): 1 for the built-in INTEGER, 2 for BIGINT, 3 for strings, 0 for everything else
     * (other kinds, dialect-dependent reads, user-defined types). The built-in reads of these kinds are
     * the same on every dialect.
     */
    public static int directRead(SqlType<?> t) {
        if (!(t instanceof Base)) {
            return 0;
        }
        return switch (t.kind()) {
            case INTEGER -> t instanceof IntegerType ? 1 : 0;
            case BIGINT -> t instanceof BigIntType ? 2 : 0;
            case STRING, TEXT -> t instanceof StringType ? 3 : 0;
            default -> 0;
        };
    }

    private static final class IntegerType extends Base<Integer> {
        IntegerType() {
            super(Kind.INTEGER, Integer.class, java.sql.Types.INTEGER);
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            ps.setInt(index, coerce(value));
        }

        @Override
        public Integer read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            int v = rs.getInt(index);
            return rs.wasNull() ? null : v;
        }

        @Override
        public Integer coerce(Object value) {
            if (value instanceof Integer i) {
                return i;
            }
            if (value instanceof Number n) {
                return Math.toIntExact(n.longValue());
            }
            if (value instanceof String s) {
                return Integer.valueOf(s.trim());
            }
            throw cannot(value);
        }
    }

    private static final class BigIntType extends Base<Long> {
        BigIntType() {
            super(Kind.BIGINT, Long.class, java.sql.Types.BIGINT);
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            ps.setLong(index, coerce(value));
        }

        @Override
        public Long read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            long v = rs.getLong(index);
            return rs.wasNull() ? null : v;
        }

        @Override
        public Long coerce(Object value) {
            if (value instanceof Long l) {
                return l;
            }
            if (value instanceof Number n) {
                return n.longValue();
            }
            if (value instanceof String s) {
                return Long.valueOf(s.trim());
            }
            throw cannot(value);
        }
    }

    private static final class DoubleType extends Base<Double> {
        DoubleType() {
            super(Kind.DOUBLE, Double.class, java.sql.Types.DOUBLE);
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            ps.setDouble(index, coerce(value));
        }

        @Override
        public Double read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            double v = rs.getDouble(index);
            return rs.wasNull() ? null : v;
        }

        @Override
        public Double coerce(Object value) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            if (value instanceof String s) {
                return Double.valueOf(s.trim());
            }
            throw cannot(value);
        }
    }

    private static final class StringType extends Base<String> {
        private final int length;

        StringType(Kind kind, int length) {
            super(kind, String.class, java.sql.Types.VARCHAR);
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            ps.setString(index, coerce(value));
        }

        @Override
        public String read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            return rs.getString(index);
        }

        @Override
        public String coerce(Object value) {
            if (value instanceof Enum<?> e) {
                return e.name();
            }
            return value.toString();
        }
    }

    private static final class BooleanType extends Base<Boolean> {
        BooleanType() {
            super(Kind.BOOLEAN, Boolean.class, java.sql.Types.BOOLEAN);
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            ps.setBoolean(index, coerce(value));
        }

        @Override
        public Boolean read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            boolean v = rs.getBoolean(index);
            return rs.wasNull() ? null : v;
        }

        @Override
        public Boolean coerce(Object value) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof Number n) {
                return n.intValue() != 0;
            }
            if (value instanceof String s) {
                return s.equalsIgnoreCase("true") || s.equals("1");
            }
            throw cannot(value);
        }
    }

    private static final class DateType extends Base<LocalDate> {
        DateType() {
            super(Kind.DATE, LocalDate.class, java.sql.Types.DATE);
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            LocalDate d = coerce(value);
            if (dialect == Dialect.SQLITE) {
                ps.setString(index, d.toString()); // ISO text sorts and compares correctly in SQLite
            } else {
                ps.setObject(index, d);
            }
        }

        @Override
        public LocalDate read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            if (dialect == Dialect.SQLITE) {
                Object raw = rs.getObject(index);
                return raw == null ? null : Temporal.toLocalDate(raw);
            }
            return rs.getObject(index, LocalDate.class); // JDBC 4.2: no trip through the JVM time zone
        }

        @Override
        public LocalDate coerce(Object value) {
            return Temporal.toLocalDate(value);
        }
    }

    private static final class TimestampType extends Base<LocalDateTime> {
        TimestampType() {
            super(Kind.TIMESTAMP, LocalDateTime.class, java.sql.Types.TIMESTAMP);
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            LocalDateTime t = coerce(value);
            if (dialect == Dialect.SQLITE) {
                ps.setString(index, Temporal.format(t));
            } else {
                ps.setObject(index, t); // JDBC 4.2: the wall-clock value as is, whatever the JVM time zone
            }
        }

        @Override
        public LocalDateTime read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            if (dialect == Dialect.SQLITE) {
                Object raw = rs.getObject(index);
                return raw == null ? null : Temporal.toLocalDateTime(raw);
            }
            return rs.getObject(index, LocalDateTime.class);
        }

        @Override
        public LocalDateTime coerce(Object value) {
            return Temporal.toLocalDateTime(value);
        }
    }

    private static final class NumericType extends Base<BigDecimal> {
        private final int precision;
        private final int scale;

        NumericType(int precision, int scale) {
            super(Kind.NUMERIC, BigDecimal.class, java.sql.Types.DECIMAL);
            this.precision = precision;
            this.scale = scale;
        }

        @Override
        public int length() {
            return precision;
        }

        @Override
        public int scale() {
            return scale;
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            BigDecimal d = coerce(value);
            if (dialect == Dialect.SQLITE) {
                ps.setString(index, d.toPlainString()); // SQLite has no decimal; text keeps the digits exact
            } else {
                ps.setBigDecimal(index, d);
            }
        }

        @Override
        public BigDecimal read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            if (dialect == Dialect.SQLITE) {
                // SQLite keeps NUMERIC as an integer or REAL: give the value its declared scale back
                String s = rs.getString(index);
                return s == null ? null : new BigDecimal(s).setScale(scale, java.math.RoundingMode.HALF_EVEN);
            }
            return rs.getBigDecimal(index);
        }

        @Override
        public BigDecimal coerce(Object value) {
            if (value instanceof BigDecimal d) {
                return d;
            }
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return BigDecimal.valueOf(((Number) value).longValue());
            }
            if (value instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            if (value instanceof String s) {
                return new BigDecimal(s.trim());
            }
            throw cannot(value);
        }
    }

    private static final class BinaryType extends Base<byte[]> {
        BinaryType() {
            super(Kind.BINARY, byte[].class, java.sql.Types.VARBINARY);
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            ps.setBytes(index, coerce(value));
        }

        @Override
        public byte[] read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            return rs.getBytes(index);
        }

        @Override
        public byte[] coerce(Object value) {
            if (value instanceof byte[] b) {
                return b;
            }
            throw cannot(value);
        }
    }

    private static final class UuidType extends Base<UUID> {
        UuidType() {
            super(Kind.UUID, UUID.class, java.sql.Types.OTHER);
        }

        @Override
        public int jdbcType() {
            return java.sql.Types.OTHER;
        }

        private static boolean nativeUuid(Dialect dialect) {
            return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2;
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value, Dialect dialect) throws SQLException {
            UUID u = coerce(value);
            if (nativeUuid(dialect)) {
                ps.setObject(index, u);
            } else {
                ps.setString(index, u.toString());
            }
        }

        @Override
        public UUID read(ResultSet rs, int index, Dialect dialect) throws SQLException {
            Object raw = rs.getObject(index);
            if (raw == null) {
                return null;
            }
            return raw instanceof UUID u ? u : java.util.UUID.fromString(raw.toString().trim());
        }

        @Override
        public UUID coerce(Object value) {
            if (value instanceof UUID u) {
                return u;
            }
            if (value instanceof String s) {
                return java.util.UUID.fromString(s.trim());
            }
            throw cannot(value);
        }
    }
}
