package dev.alchemy.bench;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What translation costs a real application: borrow a pooled connection from {@code jdbc:alchemy:}, prepare a
 * statement, execute it, read the rows, close both, with {@code alchemy.translate=true} and {@code false}.
 * Bar: on within 5% of off in steady state (the translation is then one cache lookup).
 *
 * <pre>java -jar integration-tests/target/benchmarks.jar TranslatingDriverBenchmark
 *     [-p url=jdbc:alchemy:postgresql://host:5432/db -p user=... -p password=...]</pre>
 * The table {@code tproof_bench_items} is created for the run and dropped after it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class TranslatingDriverBenchmark {
    private static final String TABLE = "tproof_bench_items";
    /** Portable SQL whose translation for PostgreSQL is itself: the on/off difference is Alchemy's overhead alone. */
    private static final String QUERY = "SELECT id, name, price FROM " + TABLE
            + " WHERE category_id = ? AND active = TRUE ORDER BY name LIMIT 10";

    @Param({"jdbc:alchemy:postgresql://127.0.0.1:5432/test"})
    public String url;

    @Param({"postgres"})
    public String user;

    @Param({""})
    public String password;

    @Param({"true", "false"})
    public String translate;

    private String fullUrl;
    private Properties props;
    private Driver driver;
    private int category;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        // logback's default is DEBUG to the console: pool housekeeping would interleave with JMH's output
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        fullUrl = url + (url.contains("?") ? "&" : "?") + "alchemy.translate=" + translate
                + "&ApplicationName=tproof_bench";
        props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        driver = DriverManager.getDriver(fullUrl); // straight to Alchemy: DriverManager's scan is not what we measure
        try (Connection c = setupConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL, "
                    + "name VARCHAR(50) NOT NULL, price DECIMAL(10, 2) NOT NULL, active BOOLEAN NOT NULL)");
            s.execute("INSERT INTO " + TABLE + " SELECT g, g % 10, 'item ' || g, g * 1.5, g % 3 <> 0 "
                    + "FROM generate_series(1, 1000) AS g");
            s.execute("CREATE INDEX " + TABLE + "_cat ON " + TABLE + " (category_id, name)");
            // statistics now, not from autovacuum in the middle of whichever trial runs first
            s.execute("VACUUM ANALYZE " + TABLE);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        try (Connection c = setupConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    /** Set-up SQL is PostgreSQL's own: sent untranslated whatever the trial measures. */
    private Connection setupConnection() throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "alchemy.translate=false", props);
    }

    @Benchmark
    public int borrowPrepareExecuteClose() throws SQLException {
        category = (category + 1) % 10;
        int rows = 0;
        try (Connection c = driver.connect(fullUrl, props);
             PreparedStatement ps = c.prepareStatement(QUERY)) {
            ps.setInt(1, category);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows += rs.getInt(1);
                }
            }
        }
        return rows;
    }
}
