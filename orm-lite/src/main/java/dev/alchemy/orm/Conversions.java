package dev.alchemy.orm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Converts a value read from a row to the Java type a caller asks for (record component, getInt, ...). */
final class Conversions {
    private Conversions() {
    }

    /** JDBC-specific objects become plain Java values: Timestamp to LocalDateTime, Clob to String, ... */
    static Object normalize(Object v) throws SQLException {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        if (v instanceof Blob b) {
            return b.getBytes(1, (int) b.length());
        }
        return v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> T convert(Object v, Class<T> target) {
        if (v == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException("NULL cannot be read as primitive " + target.getName() + "; use its wrapper type");
            }
            return null;
        }
        Class<?> boxed = box(target);
        if (boxed.isInstance(v)) {
            return (T) v;
        }
        Object out;
        if (boxed == Integer.class) {
            out = v instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.valueOf(v.toString().trim());
        } else if (boxed == Long.class) {
            out = v instanceof Number n ? n.longValue() : Long.valueOf(v.toString().trim());
        } else if (boxed == Double.class) {
            out = v instanceof Number n ? n.doubleValue() : Double.valueOf(v.toString().trim());
        } else if (boxed == Float.class) {
            out = v instanceof Number n ? n.floatValue() : Float.valueOf(v.toString().trim());
        } else if (boxed == Short.class) {
            out = v instanceof Number n ? n.shortValue() : Short.valueOf(v.toString().trim());
        } else if (boxed == BigDecimal.class) {
            out = v instanceof BigInteger bi ? new BigDecimal(bi) : new BigDecimal(v.toString().trim());
        } else if (boxed == BigInteger.class) {
            out = v instanceof BigDecimal bd ? bd.toBigIntegerExact() : new BigInteger(v.toString().trim());
        } else if (boxed == Boolean.class) {
            out = v instanceof Number n ? n.intValue() != 0 : Boolean.valueOf("true".equalsIgnoreCase(v.toString()) || "1".equals(v.toString()));
        } else if (boxed == String.class) {
            out = v.toString();
        } else if (boxed == LocalDate.class) {
            out = v instanceof LocalDateTime t ? t.toLocalDate() : LocalDate.parse(v.toString().trim().substring(0, 10));
        } else if (boxed == LocalDateTime.class) {
            if (v instanceof LocalDate d) {
                out = d.atStartOfDay();
            } else if (v instanceof Number n) {
                out = LocalDateTime.ofInstant(Instant.ofEpochMilli(n.longValue()), ZoneId.systemDefault());
            } else {
                out = LocalDateTime.parse(v.toString().trim().replace(' ', 'T'));
            }
        } else if (boxed == UUID.class) {
            out = UUID.fromString(v.toString().trim());
        } else if (boxed.isEnum()) {
            out = Enum.valueOf((Class<Enum>) boxed, v.toString());
        } else {
            throw new IllegalArgumentException("cannot convert a " + v.getClass().getName() + " (" + v + ") to " + target.getName());
        }
        return (T) out;
    }

    static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        if (c == int.class) {
            return Integer.class;
        }
        if (c == long.class) {
            return Long.class;
        }
        if (c == boolean.class) {
            return Boolean.class;
        }
        if (c == double.class) {
            return Double.class;
        }
        if (c == float.class) {
            return Float.class;
        }
        if (c == short.class) {
            return Short.class;
        }
        if (c == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
