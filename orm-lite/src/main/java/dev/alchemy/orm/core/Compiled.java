package dev.alchemy.orm.core;

import java.util.Collections;
import java.util.List;

/**
 * A compiled statement: SQL text with {@code ?} markers, its parameters in order, the type each is bound
 * with, and for a query the expressions of its result columns (so rows read each value with its column's
 * type). Immutable; safe to cache and execute many times.
 */
public final class Compiled {
    /** What a statement does, which decides how an engine runs it. */
    public enum Kind { QUERY, INSERT, UPDATE, DELETE, DDL }

    private final String sql;
    private final List<Object> params;
    private final List<SqlType<?>> paramTypes;
    private final List<String> paramNames;
    private final List<Expression> resultColumns;
    private final List<String> resultLabels;
    private final Kind kind;
    private final Table table;

    Compiled(String sql, List<Object> params, List<SqlType<?>> paramTypes, List<String> paramNames,
             List<Expression> resultColumns, List<String> resultLabels, Kind kind, Table table) {
        this.sql = sql;
        this.params = Collections.unmodifiableList(params);
        this.paramTypes = Collections.unmodifiableList(paramTypes);
        this.paramNames = Collections.unmodifiableList(paramNames);
        this.resultColumns = resultColumns == null ? List.of() : Collections.unmodifiableList(resultColumns);
        this.resultLabels = resultLabels == null ? List.of() : Collections.unmodifiableList(resultLabels);
        this.kind = kind;
        this.table = table;
    }

    public String sql() {
        return sql;
    }

    /** The bound values, in marker order (nulls included). */
    public List<Object> params() {
        return params;
    }

    /** The type each parameter is bound with; null where the value's own Java type decides. */
    public List<SqlType<?>> paramTypes() {
        return paramTypes;
    }

    /** The column each parameter is compared with or assigned to, or null (used to mask secrets in logs). */
    public List<String> paramNames() {
        return paramNames;
    }

    /** For a query: the select-list expressions, in order. */
    public List<Expression> resultColumns() {
        return resultColumns;
    }

    /** For a query: the label each result column has in the SQL (its alias or column name). */
    public List<String> resultLabels() {
        return resultLabels;
    }

    public Kind kind() {
        return kind;
    }

    /** The table an INSERT/UPDATE/DELETE/DDL statement acts on; null for a query. */
    public Table table() {
        return table;
    }

    @Override
    public String toString() {
        return sql;
    }
}
