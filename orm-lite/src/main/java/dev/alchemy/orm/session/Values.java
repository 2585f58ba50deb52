package dev.alchemy.orm.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** Small value conversions between what rows hold and what fields declare. */
final class Values {
    private Values() {
    }

    /** {@code v} as an instance of {@code type} where a lossless numeric or boolean conversion exists. */
    static Object coerce(Object v, Class<?> type) {
        if (v == null || type.isInstance(v)) {
            return v;
        }
        if (v instanceof Number) {
            Number n = (Number) v;
            if (type == Long.class || type == long.class) {
                return n.longValue();
            } else if (type == Integer.class || type == int.class) {
                return Math.toIntExact(n.longValue());
            } else if (type == Short.class || type == short.class) {
                return (short) n.intValue();
            } else if (type == Double.class || type == double.class) {
                return n.doubleValue();
            } else if (type == BigDecimal.class) {
                return n instanceof BigInteger ? new BigDecimal((BigInteger) n) : new BigDecimal(n.toString());
            } else if (type == Boolean.class || type == boolean.class) {
                return n.intValue() != 0;
            }
        }
        return v;
    }

    /** Equality as the database sees it: arrays by content, decimals by value. */
    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof BigDecimal && b instanceof BigDecimal) {
            return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
        }
        if (a instanceof byte[] && b instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        if (a instanceof Number && b instanceof Number && a.getClass() != b.getClass()) {
            return ((Number) a).longValue() == ((Number) b).longValue()
                    && ((Number) a).doubleValue() == ((Number) b).doubleValue();
        }
        return Objects.equals(a, b);
    }
}
