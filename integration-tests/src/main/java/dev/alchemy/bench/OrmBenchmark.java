package dev.alchemy.bench;

import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.orm.core.Metadata;
import dev.alchemy.orm.mapping.Column;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.Mapper;
import dev.alchemy.orm.session.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * orm-lite against hand-written JDBC doing the same work on the same database in the same run:
 * insert 100,000 new objects (ids generated and written back into the objects) in one transaction,
 * and load 100,000 rows into objects. Bars: the ORM within 1.5x of JDBC (aim 1.2x).
 * <p>
 * Like with like: both sides use the same engine (pool, driver, database) and the same rows; both write
 * the generated ids back into the objects; both build every object completely, and the hand-written
 * code is as null-correct as the ORM ({@code setNull} for a null field, {@code wasNull} for the nullable
 * {@code quantity} and {@code score} columns, which map to {@code Integer} and {@code Long} fields);
 * each ORM iteration uses a new session, so its identity map starts empty and every row becomes a new
 * object.
 *
 * <pre>
 * mvn -q -DskipTests package -pl integration-tests -am
 * java -jar integration-tests/target/benchmarks.jar OrmBenchmark                          # H2 in memory
 * java -jar integration-tests/target/benchmarks.jar OrmBenchmark -p database=postgresql   # 127.0.0.1:5432/test
 * java -jar integration-tests/target/benchmarks.jar OrmBenchmark -gc true                 # a GC between iterations (steadier)
 * java -jar integration-tests/target/benchmarks.jar OrmBenchmark -f 1 -wi 2 -i 3 -p database=h2   # smoke run
 * java -jar integration-tests/target/benchmarks.jar OrmBenchmark.load -p h2ReuseResults=true    # H2 may reuse a kept result
 * </pre>
 * Each benchmark method runs in its own forked JVM, so the JIT sees only its path: the figures differ
 * from a loop that alternates ORM and JDBC in one JVM (there H2's hand-written load measured 11 ms
 * instead of 5 ms). Operations are single shots (one 100,000-row insert or load each), so the warm-up
 * is ten shots: with two or three the ORM's longer path is still being compiled.
 * <p>
 * On H2 the tables live in the heap, and a read hands back the very strings H2 stores, spread over the old
 * generation: code that touches such a string (a cast reads its class from the object's header) misses the
 * cache once per row, and how much depends on where each fork's heap put them. Hand-written JDBC with one
 * {@code (String) rs.getObject(2)} instead of {@code rs.getString(2)} ({@link #loadJdbcWithCast}) measured
 * 16.4, 16.0, 12.7, 13.0, 16.5 and 14.5 ms in six forks, against 12.0 to 13.0 without the cast. The ORM used to pay this in its generated field writer
 * (17.1 ms, forks 14.6 to 19.5); since it stores the values through typed reads without a cast it measures
 * 14.4 ms (forks 13.3 to 15.8) against JDBC's 12.2. Compare over several forks all the same
 * ({@code -f 6 -gc true}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class OrmBenchmark {
    private static final String INSERT_SQL = "INSERT INTO orm_bench_items (name, quantity, score) VALUES (?, ?, ?)";
    private static final String SELECT_SQL = "SELECT id, name, quantity, score FROM orm_bench_rows";

    /** The object inserted, by the ORM and by hand. */
    @Entity(table = "orm_bench_items")
    public static class Item {
        @Id
        @GeneratedValue
        Long id;
        @Column(length = 50)
        String name;
        Integer quantity;
        Long score;

        protected Item() {
        }

        Item(String name, Integer quantity, Long score) {
            this.name = name;
            this.quantity = quantity;
            this.score = score;
        }
    }

    /** The object loaded, by the ORM and by hand (its own table, filled once per trial). */
    @Entity(table = "orm_bench_rows")
    public static class LoadedRow {
        @Id
        @GeneratedValue
        Long id;
        @Column(length = 50)
        String name;
        Integer quantity;
        Long score;

        protected LoadedRow() {
        }
    }

    private static final Metadata METADATA = new Metadata();

    static {
        Mapper.map(METADATA, Item.class, LoadedRow.class);
    }

    @Param({"h2"})
    public String database;

    @Param({"100000"})
    public int rows;

    /**
     * H2 only: whether H2 may hand back the result it kept from the previous identical query on an unchanged
     * table instead of executing it (its OPTIMIZE_REUSE_RESULTS). Off by default, so that every load executes
     * its query: which paths get that cache depends on connection state, not on the work asked for (an
     * autocommit read gets it, a read in a transaction, as a session's, does not). {@code -p h2ReuseResults=true}
     * shows H2's cache at work.
     */
    @Param({"false"})
    public boolean h2ReuseResults;

    private Engine engine;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        // statement and pool logging would be measured too: keep it to warnings
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        switch (database) {
            case "h2":
                engine = Alchemy.createEngine("jdbc:h2:mem:orm_bench;DB_CLOSE_DELAY=-1"
                        + (h2ReuseResults ? "" : ";OPTIMIZE_REUSE_RESULTS=FALSE"), "sa", "");
                break;
            case "postgresql":
                engine = Alchemy.createEngine(System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test"),
                        System.getProperty("bench.postgres.user", "postgres"), System.getProperty("bench.postgres.password", ""));
                break;
            case "sqlite":
                engine = Alchemy.createEngine("jdbc:sqlite:" + System.getProperty("java.io.tmpdir") + "/orm_bench.db");
                break;
            default:
                throw new IllegalArgumentException("database must be h2, postgresql or sqlite, not " + database);
        }
        try {
            METADATA.dropAll(engine);
        } catch (SQLException leftOversAbsent) {
            // a clean database
        }
        METADATA.createAll(engine);
        try (Session s = engine.session()) {
            for (int i = 0; i < rows; i++) {
                LoadedRow r = new LoadedRow();
                r.name = "row" + i;
                r.quantity = i;
                r.score = i * 7L;
                s.add(r);
            }
            s.commit();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        METADATA.dropAll(engine);
        engine.close();
    }

    /** Each insert benchmark starts from an empty table. */
    @Setup(Level.Invocation)
    public void emptyInsertTable() throws SQLException {
        try (Connection c = engine.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM orm_bench_items");
        }
    }

    private List<Item> newItems() {
        List<Item> items = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            items.add(new Item("item" + i, i, i * 3L));
        }
        return items;
    }

    @Benchmark
    public List<Item> insertOrm() {
        List<Item> items = newItems();
        try (Session s = engine.session()) {
            s.addAll(items);
            s.commit();
        }
        return items;
    }

    @Benchmark
    public List<Item> insertJdbc() throws SQLException {
        List<Item> items = newItems();
        try (Connection c = engine.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT_SQL, new String[] {"id"})) {
                for (int from = 0; from < items.size(); from += 1000) {
                    int to = Math.min(items.size(), from + 1000);
                    for (int i = from; i < to; i++) {
                        Item it = items.get(i);
                        ps.setString(1, it.name);
                        if (it.quantity == null) {
                            ps.setNull(2, Types.INTEGER);
                        } else {
                            ps.setInt(2, it.quantity);
                        }
                        if (it.score == null) {
                            ps.setNull(3, Types.BIGINT);
                        } else {
                            ps.setLong(3, it.score);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        for (int i = from; keys.next() && i < to; i++) {
                            items.get(i).id = keys.getLong(1);
                        }
                    }
                }
            }
            c.commit();
        }
        return items;
    }

    @Benchmark
    public List<LoadedRow> loadOrm() {
        try (Session s = engine.session()) {
            return s.query(LoadedRow.class).all();
        }
    }

    @Benchmark
    public List<LoadedRow> loadJdbc() throws SQLException {
        try (Connection c = engine.connect()) {
            return readRows(c);
        }
    }

    /**
     * {@link #loadJdbc} inside a transaction, as a session reads (autocommit off, rolled back at the end).
     * Reported beside loadJdbc, not instead of it: H2 hands an autocommit connection the result it kept
     * from the previous identical query on an unchanged table (its OPTIMIZE_REUSE_RESULTS), so loadJdbc
     * on H2 reads a cached result while every session query is executed again.
     */
    @Benchmark
    public List<LoadedRow> loadJdbcInTransaction() throws SQLException {
        try (Connection c = engine.connect()) {
            c.setAutoCommit(false);
            try {
                return readRows(c);
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * {@link #loadJdbcInTransaction} through a {@code PreparedStatement}, as the session (and most JDBC code
     * with parameters) runs its queries.
     */
    @Benchmark
    public List<LoadedRow> loadJdbcPrepared() throws SQLException {
        try (Connection c = engine.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(SELECT_SQL); ResultSet rs = ps.executeQuery()) {
                return readRows(rs, false);
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * {@link #loadJdbcPrepared} with the name read as {@code (String) rs.getObject(2)}: the one cast reads the
     * header of each string the driver hands back. On H2, whose strings sit in the old generation, that is a
     * cache miss per row (the class Javadoc's figures); drivers that build a new string per read barely notice.
     */
    @Benchmark
    public List<LoadedRow> loadJdbcWithCast() throws SQLException {
        try (Connection c = engine.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(SELECT_SQL); ResultSet rs = ps.executeQuery()) {
                return readRows(rs, true);
            } finally {
                c.rollback();
            }
        }
    }

    private static List<LoadedRow> readRows(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SELECT_SQL)) {
            return readRows(rs, false);
        }
    }

    /** The hand-written read; {@code castName} reads the name as {@code (String) rs.getObject(2)}. */
    private static List<LoadedRow> readRows(ResultSet rs, boolean castName) throws SQLException {
        List<LoadedRow> out = new ArrayList<>();
        while (rs.next()) {
            LoadedRow r = new LoadedRow();
            r.id = rs.getLong(1);
            r.name = castName ? (String) rs.getObject(2) : rs.getString(2);
            int quantity = rs.getInt(3);
            r.quantity = quantity == 0 && rs.wasNull() ? null : quantity;
            long score = rs.getLong(4);
            r.score = score == 0 && rs.wasNull() ? null : score;
            out.add(r);
        }
        return out;
    }
}
