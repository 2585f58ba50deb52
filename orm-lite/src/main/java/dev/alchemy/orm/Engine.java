package dev.alchemy.orm;

import dev.alchemy.orm.core.Column;
import dev.alchemy.orm.core.Compiled;
import dev.alchemy.orm.core.Executable;
import dev.alchemy.orm.core.Expression;
import dev.alchemy.orm.core.Insert;
import dev.alchemy.orm.core.SqlType;
import dev.alchemy.orm.core.Table;
import dev.alchemy.orm.session.Session;
import dev.alchemy.translator.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DataSource} plus its dialect: opens connections and sessions, and is the one path every
 * statement orm-lite issues goes through (so echo and statement listeners see all of them).
 * Create one with {@link Alchemy#createEngine}; share it; close it when the application stops.
 */
public final class Engine implements AutoCloseable {
    /** The logger echo writes to. */
    public static final String SQL_LOGGER = "dev.alchemy.orm.sql";
    private static final Logger SQL_LOG = LoggerFactory.getLogger(SQL_LOGGER);
    /** Parameters bound to columns with these names are masked in logs. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|pwd|secret|token|api_?key).*");
    private static final int DEFAULT_BATCH_CHUNK = 1000;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final AutoCloseable owned;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean echo;
    private volatile int batchChunk = DEFAULT_BATCH_CHUNK;

    Engine(DataSource dataSource, Dialect dialect) {
        this(dataSource, dialect, null);
    }

    Engine(DataSource dataSource, Dialect dialect, AutoCloseable owned) {
        if (dialect == null || dialect == Dialect.PORTABLE) {
            throw new IllegalArgumentException("an engine needs the dialect of a real database, not " + dialect);
        }
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.owned = owned;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A connection from the engine's data source; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** A new session; use it in try-with-resources. */
    public Session session() {
        return new Session(this);
    }

    /** Log every statement (SQL, parameters, time) at INFO on logger {@value #SQL_LOGGER}. */
    public Engine echo(boolean on) {
        this.echo = on;
        return this;
    }

    public boolean echo() {
        return echo;
    }

    public Engine addListener(StatementListener listener) {
        listeners.add(listener);
        return this;
    }

    public Engine removeListener(StatementListener listener) {
        listeners.remove(listener);
        return this;
    }

    /** Rows per JDBC batch round trip in {@link #executeBatch} (default 1000). */
    public Engine batchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("batchSize(" + rows + ") must be >= 1");
        }
        this.batchChunk = rows;
        return this;
    }

    /** Runs {@code stmt} on a connection of its own, in autocommit mode. */
    public Result execute(Executable stmt) throws SQLException {
        try (Connection c = connect()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return execute(c, stmt);
        }
    }

    /** Runs {@code stmt} on the caller's connection (in the caller's transaction). */
    public Result execute(Connection c, Executable stmt) throws SQLException {
        return execute(c, stmt.compile(dialect));
    }

    /** Runs an already compiled statement (compile once, run many times). */
    public Result execute(Connection c, Compiled compiled) throws SQLException {
        Column key = compiled.kind() == Compiled.Kind.INSERT && compiled.table() != null ? compiled.table().autoIncrementColumn() : null;
        KeyStrategy strategy = key == null ? null : KeyStrategy.of(dialect);
        String sql = strategy == null ? compiled.sql() : strategy.sql(compiled.sql(), key);
        long start = System.nanoTime();
        boolean ok = false;
        try {
            Result r = switch (compiled.kind()) {
                case QUERY -> query(c, compiled);
                case INSERT -> strategy == null ? update(c, compiled) : insert(c, compiled, sql, strategy, key);
                case DDL -> ddl(c, sql);
                default -> update(c, compiled);
            };
            ok = true;
            return r;
        } catch (SQLException e) {
            throw StatementException.of(e, sql, dialect);
        } finally {
            issued(sql, 1, System.nanoTime() - start, compiled.params(), compiled.paramNames(), ok);
        }
    }

    /**
     * Runs the query {@code stmt} on the caller's connection and hands each row to {@code handler} as it
     * is read, without building a {@link Result}: for large results that become objects. Column types
     * are resolved once per query. Listeners and echo see the statement once, with the time including
     * the handler's. Returns the number of rows.
     */
    public long stream(Connection c, Executable stmt, RowHandler handler) throws SQLException {
        return stream(c, stmt.compile(dialect), handler);
    }

    /** {@link #stream(Connection, Executable, RowHandler)} for an already compiled query. */
    public long stream(Connection c, Compiled compiled, RowHandler handler) throws SQLException {
        return streamCursor(c, compiled, row -> handler.row(row.values()));
    }

    /**
     * {@link #stream(Connection, Executable, RowHandler)} with the handler reading each row's columns from a
     * {@link RowCursor} itself: no array per row unless it asks for one, and typed reads that need no cast.
     */
    public long streamCursor(Connection c, Executable stmt, CursorHandler handler) throws SQLException {
        return streamCursor(c, stmt.compile(dialect), handler);
    }

    /** {@link #streamCursor(Connection, Executable, CursorHandler)} for an already compiled query. */
    public long streamCursor(Connection c, Compiled compiled, CursorHandler handler) throws SQLException {
        if (compiled.kind() != Compiled.Kind.QUERY) {
            throw new IllegalArgumentException("stream runs queries; " + compiled.kind() + " statements go to execute");
        }
        String sql = compiled.sql();
        long start = System.nanoTime();
        boolean ok = false;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, compiled);
            try (ResultSet rs = ps.executeQuery()) {
                RowCursor row = new RowCursor(valuesOf(rs), resultTypes(compiled, rs.getMetaData().getColumnCount()), dialect);
                long n = 0;
                while (rs.next()) {
                    handler.row(row);
                    n++;
                }
                ok = true;
                return n;
            }
        } catch (StatementException e) {
            throw e;
        } catch (SQLException e) {
            throw StatementException.of(e, sql, dialect);
        } finally {
            issued(sql, 1, System.nanoTime() - start, compiled.params(), compiled.paramNames(), ok);
        }
    }

    /** Where a large result's values are read: below Alchemy's and the pool's wrappers when it is Alchemy's. */
    private static ResultSet valuesOf(ResultSet rs) throws SQLException {
        return rs instanceof dev.alchemy.driver.jdbc.AlchemyResultSet a ? a.vendorResultSet() : rs;
    }

    /** The type each result column is read with: the selected expression's, or none (the driver's object). */
    private static SqlType<?>[] resultTypes(Compiled compiled, int n) {
        List<Expression> exprs = compiled.resultColumns();
        SqlType<?>[] types = new SqlType<?>[n];
        for (int i = 0; i < n && i < exprs.size(); i++) {
            types[i] = exprs.get(i).type();
        }
        return types;
    }

    private Result query(Connection c, Compiled compiled) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(compiled.sql())) {
            bind(ps, compiled);
            try (ResultSet rs = ps.executeQuery()) {
                return readAll(rs, compiled);
            }
        }
    }

    private Result update(Connection c, Compiled compiled) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(compiled.sql())) {
            bind(ps, compiled);
            return Result.ofCount(ps.executeLargeUpdate(), List.of());
        }
    }

    private Result ddl(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return Result.ofCount(0, List.of());
        }
    }

    private Result insert(Connection c, Compiled compiled, String sql, KeyStrategy strategy, Column key) throws SQLException {
        try (PreparedStatement ps = strategy.prepare(c, sql, key)) {
            bind(ps, compiled);
            List<Object> keys = new ArrayList<>(1);
            long count = strategy.executeOne(ps, key, dialect, keys);
            return Result.ofCount(count, keys);
        }
    }

    /**
     * Inserts {@code rows} (each a map of column to value) with JDBC batches of {@link #batchSize} rows,
     * on the caller's connection. Returns the update count per row, in the order given.
     */
    public int[] executeBatch(Connection c, Insert stmt, List<Map<Column, Object>> rows) throws SQLException {
        return executeBatch(c, stmt, rows, null);
    }

    /**
     * Like {@link #executeBatch(Connection, Insert, List)}, and hands {@code keys} the generated key of
     * every row whose auto-increment column was not given, on every dialect: PostgreSQL, H2 and
     * MySQL/MariaDB read them from the batch; SQLite and SQL Server, whose drivers return only the
     * last key of a batch, run the rows one by one on the same prepared statement (still reported to
     * listeners as one batch).
     */
    public int[] executeBatch(Connection c, Insert stmt, List<Map<Column, Object>> rows, GeneratedKeys keys) throws SQLException {
        int[] counts = new int[rows.size()];
        if (rows.isEmpty()) {
            return counts;
        }
        Table table = stmt.table();
        Column autoKey = table.autoIncrementColumn();
        // rows that set different columns need different SQL: group them, keeping each row's index
        Map<List<Column>, List<Integer>> groups = new LinkedHashMap<>();
        List<Map<Column, Object>> normalized = new ArrayList<>(rows.size());
        List<Column> lastColumns = null;
        List<Integer> lastGroup = null;
        for (int i = 0; i < rows.size(); i++) {
            Map<Column, Object> row = normalize(table, rows.get(i));
            normalized.add(row);
            // rows usually all set the same columns: check against the previous row's without allocating
            if (lastColumns == null || !setsExactly(table, row, lastColumns)) {
                lastColumns = stmt.columnsFor(row);
                lastGroup = groups.computeIfAbsent(lastColumns, k -> new ArrayList<>());
            }
            lastGroup.add(i);
        }
        for (Map.Entry<List<Column>, List<Integer>> g : groups.entrySet()) {
            List<Column> cols = g.getKey();
            boolean wantKeys = keys != null && autoKey != null && !cols.contains(autoKey);
            KeyStrategy strategy = wantKeys ? KeyStrategy.of(dialect) : null;
            String sql = strategy == null ? stmt.sqlFor(dialect, cols) : strategy.sql(stmt.sqlFor(dialect, cols), autoKey);
            List<Integer> indexes = g.getValue();
            for (int from = 0; from < indexes.size(); from += batchChunk) {
                List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + batchChunk));
                runChunk(c, sql, cols, normalized, chunk, strategy, autoKey, keys, counts);
            }
        }
        return counts;
    }

    private void runChunk(Connection c, String sql, List<Column> cols, List<Map<Column, Object>> rows, List<Integer> chunk,
                          KeyStrategy strategy, Column autoKey, GeneratedKeys keys, int[] counts) throws SQLException {
        long start = System.nanoTime();
        boolean ok = false;
        List<Object> firstParams = null;
        try (PreparedStatement ps = strategy == null ? c.prepareStatement(sql) : strategy.prepare(c, sql, autoKey)) {
            if (strategy != null && !strategy.batchReturnsAllKeys()) {
                List<Object> out = new ArrayList<>(1);
                for (int idx : chunk) {
                    List<Object> params = bindRow(ps, cols, rows.get(idx));
                    if (firstParams == null) {
                        firstParams = params;
                    }
                    out.clear();
                    counts[idx] = (int) strategy.executeOne(ps, autoKey, dialect, out);
                    if (out.size() != 1) {
                        throw new SQLException("the " + dialect + " driver returned no generated key for a row inserted into "
                                + autoKey.table().name(), "HY000");
                    }
                    keys.accept(idx, out.get(0));
                }
            } else {
                for (int idx : chunk) {
                    List<Object> params = bindRow(ps, cols, rows.get(idx));
                    if (firstParams == null) {
                        firstParams = params;
                    }
                    ps.addBatch();
                }
                int[] result = ps.executeBatch();
                for (int i = 0; i < chunk.size(); i++) {
                    counts[chunk.get(i)] = i < result.length ? result[i] : Statement.SUCCESS_NO_INFO;
                }
                if (strategy != null) {
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        int keyColumn = findColumn(rs, autoKey.name()); // once per chunk, not per row
                        int i = 0;
                        while (rs.next()) {
                            if (i >= chunk.size()) {
                                break;
                            }
                            keys.accept(chunk.get(i++), readKey(rs, keyColumn, autoKey));
                        }
                        if (i != chunk.size()) {
                            throw new SQLException("the " + dialect + " driver returned " + i + " generated keys for a batch of "
                                    + chunk.size() + " rows inserted into " + autoKey.table().name(), "HY000");
                        }
                    }
                }
            }
            ok = true;
        } catch (SQLException e) {
            throw StatementException.of(e, sql, dialect);
        } finally {
            issued(sql, chunk.size(), System.nanoTime() - start, firstParams, names(cols), ok);
        }
    }

    /** Whether {@link Insert#columnsFor} of {@code row} would be {@code columns} (same columns, same order). */
    private static boolean setsExactly(Table table, Map<Column, Object> row, List<Column> columns) {
        int j = 0;
        for (Column c : table.columns()) {
            if (row.containsKey(c) || c.clientDefault() != null) {
                if (j >= columns.size() || columns.get(j) != c) {
                    return false;
                }
                j++;
            }
        }
        return j == columns.size();
    }

    private static List<String> names(List<Column> cols) {
        List<String> n = new ArrayList<>(cols.size());
        for (Column c : cols) {
            n.add(c.name());
        }
        return n;
    }

    /** Keys of other tables' or aliases' columns are matched to this table's columns by name. */
    private static Map<Column, Object> normalize(Table table, Map<Column, Object> row) {
        for (Column k : row.keySet()) {
            if (k.table() != table) {
                Map<Column, Object> fixed = new LinkedHashMap<>();
                for (Map.Entry<Column, Object> e : row.entrySet()) {
                    fixed.put(table.c(e.getKey().name()), e.getValue());
                }
                return fixed;
            }
        }
        return row;
    }

    private List<Object> bindRow(PreparedStatement ps, List<Column> cols, Map<Column, Object> row) throws SQLException {
        List<Object> params = echo ? new ArrayList<>(cols.size()) : null;
        for (int i = 0; i < cols.size(); i++) {
            Column col = cols.get(i);
            Object v = row.containsKey(col) ? row.get(col) : col.clientDefault().get();
            bindOne(ps, i + 1, v, col.type(), col.name());
            if (params != null) {
                params.add(v);
            }
        }
        return params;
    }

    private void bind(PreparedStatement ps, Compiled compiled) throws SQLException {
        List<Object> params = compiled.params();
        List<SqlType<?>> types = compiled.paramTypes();
        List<String> names = compiled.paramNames();
        for (int i = 0; i < params.size(); i++) {
            bindOne(ps, i + 1, params.get(i), types.get(i), names.get(i));
        }
    }

    /**
     * Binds one value; a value its column's type cannot take is a {@code 22xxx} SQLException naming the
     * parameter and column, never showing the value.
     */
    private void bindOne(PreparedStatement ps, int index, Object v, SqlType<?> type, String name) throws SQLException {
        try {
            bindOne(ps, index, v, type);
        } catch (ArithmeticException e) {
            throw new SQLException("cannot bind parameter " + index + describe(name) + ": the " + v.getClass().getSimpleName()
                    + " is out of range for " + type, "22003", e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            String why = e.getClass() == IllegalArgumentException.class ? e.getMessage()
                    : "a " + v.getClass().getSimpleName() + " that is not a valid " + type;
            throw new SQLException("cannot bind parameter " + index + describe(name) + ": " + why, "22018", e);
        }
    }

    private static String describe(String name) {
        return name == null ? "" : " (column " + name + ")";
    }

    private void bindOne(PreparedStatement ps, int index, Object v, SqlType<?> type) throws SQLException {
        if (v == null) {
            ps.setNull(index, type == null ? java.sql.Types.NULL : type.jdbcType());
        } else if (type != null) {
            type.bind(ps, index, v, dialect);
        } else {
            SqlType<?> byValue = dev.alchemy.orm.core.Types.forJavaType(v.getClass());
            if (byValue != null) {
                byValue.bind(ps, index, v, dialect);
            } else {
                ps.setObject(index, v);
            }
        }
    }

    private Result readAll(ResultSet rs, Compiled compiled) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> declared = compiled.resultLabels();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            String label = i < declared.size() ? declared.get(i) : null;
            labels[i] = label != null ? label : md.getColumnLabel(i + 1);
        }
        RowCursor row = new RowCursor(rs, resultTypes(compiled, n), dialect);
        RowShape shape = new RowShape(labels, compiled.resultColumns());
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new Row(shape, row.values()));
        }
        return Result.ofRows(rows, List.of(labels));
    }

    static Object readKey(ResultSet rs, Column key) throws SQLException {
        return readKey(rs, findColumn(rs, key.name()), key);
    }

    private static Object readKey(ResultSet rs, int column, Column key) throws SQLException {
        Object raw = rs.getObject(column);
        return raw == null ? null : key.type().coerce(raw);
    }

    /** The key column by name when the driver labels it so (PostgreSQL, H2), else the first column (MySQL's GENERATED_KEY). */
    private static int findColumn(ResultSet rs, String name) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            if (name.equalsIgnoreCase(md.getColumnLabel(i))) {
                return i;
            }
        }
        return 1;
    }

    private void issued(String sql, int batchSize, long nanos, List<Object> params, List<String> names, boolean ok) {
        for (StatementListener l : listeners) {
            l.onStatement(sql, batchSize, nanos);
        }
        if (echo && SQL_LOG.isInfoEnabled()) {
            String time = String.format("%.3f ms", nanos / 1e6);
            String shown = params == null || params.isEmpty() ? "" : " | params " + masked(params, names);
            String batch = batchSize > 1 ? " | batch of " + batchSize : "";
            if (ok) {
                SQL_LOG.info("{}{}{} | {}", sql, shown, batch, time);
            } else {
                SQL_LOG.info("FAILED {}{}{} | {}", sql, shown, batch, time);
            }
        }
    }

    private static String masked(List<Object> params, List<String> names) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String name = names != null && i < names.size() ? names.get(i) : null;
            Object v = params.get(i);
            if (name != null && SECRET.matcher(name).matches()) {
                sb.append("****");
            } else if (v instanceof CharSequence) {
                sb.append('\'').append(v).append('\'');
            } else if (v instanceof byte[] b) {
                sb.append("<").append(b.length).append(" bytes>");
            } else {
                sb.append(v);
            }
        }
        return sb.append(']').toString();
    }

    /** Closes the pool when this engine created it ({@link Alchemy#createEngine(String)}); a borrowed DataSource stays open. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Engine.class).warn("closing the engine's pool failed: {}", e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "Engine[" + dialect + ", " + dataSource.getClass().getSimpleName() + "]";
    }

    /** How each dialect hands back generated keys. */
    enum KeyStrategy {
        /** pgjdbc appends RETURNING for the named columns, also in batches. */
        NAMED_COLUMNS(true),
        /** JDBC RETURN_GENERATED_KEYS; the driver returns a key for every row of a batch (H2, MariaDB/MySQL). */
        GENERATED_KEYS(true),
        /** Drivers that return only the last key of a batch: run rows one by one (SQL Server). */
        ONE_BY_ONE(false),
        /** SQLite: {@code INSERT ... RETURNING key}, one row at a time (the driver's batch keys are unreliable). */
        RETURNING(false);

        private final boolean batchReturnsAllKeys;

        KeyStrategy(boolean batchReturnsAllKeys) {
            this.batchReturnsAllKeys = batchReturnsAllKeys;
        }

        static KeyStrategy of(Dialect d) {
            return switch (d) {
                case POSTGRESQL -> NAMED_COLUMNS;
                case H2, MYSQL -> GENERATED_KEYS;
                case SQLITE -> RETURNING;
                default -> ONE_BY_ONE;
            };
        }

        boolean batchReturnsAllKeys() {
            return batchReturnsAllKeys;
        }

        /** The SQL sent for an insert: with {@code RETURNING key} where the strategy writes it. */
        String sql(String insert, Column key) {
            return this == RETURNING ? insert + " RETURNING " + dev.alchemy.orm.core.Identifiers.quote(key.name(), Dialect.SQLITE) : insert;
        }

        /** Prepares {@code sql} (from {@link #sql}) so that the generated key can be read back. */
        PreparedStatement prepare(Connection c, String sql, Column key) throws SQLException {
            return switch (this) {
                case NAMED_COLUMNS -> c.prepareStatement(sql, new String[] {key.name()});
                case RETURNING -> c.prepareStatement(sql);
                default -> c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            };
        }

        /** Executes one row's insert and adds its generated key to {@code keys}; returns the update count. */
        long executeOne(PreparedStatement ps, Column key, Dialect dialect, List<Object> keys) throws SQLException {
            if (this == RETURNING) {
                long n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        Object raw = rs.getObject(1);
                        keys.add(raw == null ? null : key.type().coerce(raw));
                    }
                }
                return n;
            }
            long n = ps.executeLargeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                while (rs.next()) {
                    keys.add(readKey(rs, key));
                }
            }
            return n;
        }
    }

}
