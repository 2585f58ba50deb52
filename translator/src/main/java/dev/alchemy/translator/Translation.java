package dev.alchemy.translator;

import java.util.Arrays;
import java.util.Objects;

/**
 * One statement's translation: the SQL to send and, when the target's form takes the {@code ?} markers in another
 * order than the input (SQL Server's {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY} for {@code LIMIT ? OFFSET ?}),
 * which input parameter each output marker takes. A caller that binds parameters itself (the JDBC driver) maps the
 * application's parameter index through {@link #outputPosition(int)}. Immutable.
 */
public final class Translation {
    private final String sql;
    /** {@code order[k]} = the 1-based input index bound to output marker k+1; null when the order is unchanged. */
    private final int[] order;
    /** The inverse of {@link #order}: {@code positions[i-1]} = the output position of input parameter i. */
    private final int[] positions;
    /** The construct whose target form moved the markers; null when the order is unchanged. */
    private final String reorderedFor;

    private Translation(String sql, int[] order, String reorderedFor) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.order = order;
        this.positions = order == null ? null : invert(order);
        this.reorderedFor = order == null ? null : reorderedFor;
    }

    /** A translation whose markers keep the input's order. */
    public static Translation inOrder(String sql) {
        return new Translation(sql, null, null);
    }

    /**
     * A translation whose k-th output marker takes input parameter {@code parameterOrder[k]} (1-based).
     *
     * @throws IllegalArgumentException unless {@code parameterOrder} is a permutation of 1..n
     */
    public static Translation permuted(String sql, int[] parameterOrder) {
        return permuted(sql, parameterOrder, null);
    }

    /** {@link #permuted(String, int[])} naming the construct whose target form moved the markers. */
    public static Translation permuted(String sql, int[] parameterOrder, String reorderedFor) {
        int[] copy = parameterOrder.clone();
        boolean identity = true;
        for (int k = 0; k < copy.length; k++) {
            identity &= copy[k] == k + 1;
        }
        return new Translation(sql, identity ? null : copy, reorderedFor);
    }

    /** Why the markers come out in another order (the construct and the target's form of it), or null. */
    public String reorderedFor() {
        return reorderedFor;
    }

    private static int[] invert(int[] order) {
        int[] positions = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            int input = order[k];
            if (input < 1 || input > order.length || positions[input - 1] != 0) {
                throw new IllegalArgumentException("not a permutation of 1.." + order.length + ": " + Arrays.toString(order));
            }
            positions[input - 1] = k + 1;
        }
        return positions;
    }

    /** The SQL to send. */
    public String sql() {
        return sql;
    }

    /** Whether the output binds its markers in another order than the input. */
    public boolean reordersParameters() {
        return order != null;
    }

    /**
     * {@code parameterOrder()[k]} is the 1-based index the application binds for the output's (k+1)-th marker; null
     * when the order is unchanged.
     */
    public int[] parameterOrder() {
        return order == null ? null : order.clone();
    }

    /**
     * The 1-based output position of the application's parameter {@code inputIndex}: {@code inputIndex} itself when
     * the order is unchanged or the index is outside the statement's markers (the real driver then reports it).
     */
    public int outputPosition(int inputIndex) {
        if (positions == null || inputIndex < 1 || inputIndex > positions.length) {
            return inputIndex;
        }
        return positions[inputIndex - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Translation t && sql.equals(t.sql) && Arrays.equals(order, t.order);
    }

    @Override
    public int hashCode() {
        return 31 * sql.hashCode() + Arrays.hashCode(order);
    }

    @Override
    public String toString() {
        return order == null ? "Translation[" + sql + "]" : "Translation[" + sql + ", parameterOrder=" + Arrays.toString(order) + "]";
    }
}
