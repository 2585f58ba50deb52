package dev.alchemy.orm;

import dev.alchemy.orm.core.SqlType;
import dev.alchemy.translator.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The current row of a query streamed by {@link Engine#streamCursor}, read one column at a time in the
 * selected columns' types: {@link #get(int)} returns what {@link Row#get(int)} would. Valid only inside
 * the handler's call for that row.
 * <p>
 * The typed reads ({@link #getInteger}, {@link #getLong}, {@link #getString}) exist so that code storing
 * a value into a field of that type needs no cast. A cast reads the value's class from the object's header,
 * and a driver that keeps its rows in memory (H2) hands back the very strings it stores, spread over the old
 * generation: one cache miss per row and column cast, which took a 100,000-row H2 load from 13.9 to 17.1 ms
 * ({@code OrmBenchmark}).
 */
public final class RowCursor {
    /** {@link dev.alchemy.orm.core.Types#directRead} codes. */
    private static final int INTEGER = 1;
    private static final int BIGINT = 2;
    private static final int STRING = 3;

    private final ResultSet rs;
    private final SqlType<?>[] types;
    private final int[] direct;
    private final Dialect dialect;

    RowCursor(ResultSet rs, SqlType<?>[] types, Dialect dialect) {
        this.rs = rs;
        this.types = types;
        this.dialect = dialect;
        this.direct = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            direct[i] = types[i] == null ? 0 : dev.alchemy.orm.core.Types.directRead(types[i]);
        }
    }

    /** The number of columns. */
    public int width() {
        return types.length;
    }

    /** Column {@code i} (from 0) in its selected type; the driver's object, made a plain Java value, when it has none. */
    public Object get(int i) throws SQLException {
        int col = i + 1;
        switch (direct[i]) {
            case INTEGER: {
                int v = rs.getInt(col);
                return v == 0 && rs.wasNull() ? null : v;
            }
            case BIGINT: {
                long v = rs.getLong(col);
                return v == 0 && rs.wasNull() ? null : v;
            }
            case STRING:
                return rs.getString(col);
            default:
                SqlType<?> t = types[i];
                return t != null ? t.read(rs, col, dialect) : Conversions.normalize(rs.getObject(col));
        }
    }

    /** {@link #get(int)} of an integer column. */
    public Integer getInteger(int i) throws SQLException {
        if (direct[i] != INTEGER) {
            return (Integer) get(i);
        }
        int v = rs.getInt(i + 1);
        return v == 0 && rs.wasNull() ? null : v;
    }

    /** {@link #get(int)} of a big integer column. */
    public Long getLong(int i) throws SQLException {
        if (direct[i] != BIGINT) {
            return (Long) get(i);
        }
        long v = rs.getLong(i + 1);
        return v == 0 && rs.wasNull() ? null : v;
    }

    /** {@link #get(int)} of a string or text column. */
    public String getString(int i) throws SQLException {
        return direct[i] == STRING ? rs.getString(i + 1) : (String) get(i);
    }

    /** Every column, in a new array the caller may keep. */
    public Object[] values() throws SQLException {
        Object[] values = new Object[types.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = get(i);
        }
        return values;
    }
}
