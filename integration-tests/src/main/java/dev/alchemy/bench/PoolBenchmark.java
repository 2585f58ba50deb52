package dev.alchemy.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.alchemy.driver.AlchemyDataSource;
import dev.alchemy.driver.AlchemyDriver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Borrow a connection, run {@code SELECT 1}, read it, give the connection back: 8 threads, a pool of 8.
 * The same work through (a) {@code jdbc:alchemy:postgresql} and DriverManager, (b) AlchemyDataSource,
 * (c) HikariCP used directly over PostgreSQL JDBC, (d) PostgreSQL JDBC without a pool.
 * Bars: (a) and (b) at least 0.95x (c), and at least 10x (d).
 * (e) calls {@code AlchemyDriver.connect} directly: the difference between (a) and (e) is DriverManager's own
 * cost (it offers the URL to every registered driver, each of which must decline it), not Alchemy's.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar integration-tests/target/benchmarks.jar Pool              # full figures
 * java -jar integration-tests/target/benchmarks.jar Pool -f 1 -wi 1 -i 2 -r 1s   # smoke
 * </pre>
 * Database: {@code -Dalchemy.bench.url=jdbc:postgresql://127.0.0.1:5432/test -Dalchemy.bench.user=postgres
 * -Dalchemy.bench.password=...} (these are the defaults; pass them with {@code -jvmArgsAppend}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(PoolBenchmark.THREADS)
public class PoolBenchmark {
    static final int THREADS = 8;
    static final int POOL_SIZE = 8;

    static final String REAL_URL = System.getProperty("alchemy.bench.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("alchemy.bench.user", "postgres");
    static final String PASSWORD = System.getProperty("alchemy.bench.password", "bench");

    static String alchemyUrl(String poolName) {
        String url = "jdbc:alchemy:" + REAL_URL.substring("jdbc:".length());
        return url + (url.contains("?") ? "&" : "?") + "alchemy.pool.maximumPoolSize=" + POOL_SIZE
                + "&alchemy.pool.poolName=" + poolName;
    }

    /** The measured unit of work, identical for every variant. */
    static int selectOne(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Fills the pool before measuring so no variant pays for opening connections in its first iteration. */
    static void warm(ConnectionSource source) throws SQLException {
        Connection[] held = new Connection[POOL_SIZE];
        for (int i = 0; i < POOL_SIZE; i++) {
            held[i] = source.get();
        }
        for (Connection c : held) {
            c.close();
        }
    }

    interface ConnectionSource {
        Connection get() throws SQLException;
    }

    @State(Scope.Benchmark)
    public static class AlchemyDriverManager {
        String url;
        Properties credentials;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            url = alchemyUrl("bench-alchemy-drivermanager");
            credentials = new Properties();
            credentials.setProperty("user", USER);
            credentials.setProperty("password", PASSWORD);
            warm(() -> DriverManager.getConnection(url, credentials));
        }

        @TearDown(Level.Trial)
        public void close() {
            AlchemyDriver.closePools();
        }
    }

    @State(Scope.Benchmark)
    public static class AlchemyDriverDirect {
        java.sql.Driver driver;
        String url;
        Properties credentials;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            url = alchemyUrl("bench-alchemy-driver");
            credentials = new Properties();
            credentials.setProperty("user", USER);
            credentials.setProperty("password", PASSWORD);
            driver = DriverManager.getDriver(url);
            warm(() -> driver.connect(url, credentials));
        }

        @TearDown(Level.Trial)
        public void close() {
            AlchemyDriver.closePools();
        }
    }

    @State(Scope.Benchmark)
    public static class AlchemyDataSourceState {
        AlchemyDataSource dataSource;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            dataSource = new AlchemyDataSource();
            dataSource.setUrl(alchemyUrl("bench-alchemy-datasource"));
            dataSource.setUser(USER);
            dataSource.setPassword(PASSWORD);
            warm(dataSource::getConnection);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            dataSource.close();
        }
    }

    @State(Scope.Benchmark)
    public static class HikariDirect {
        HikariDataSource dataSource;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(REAL_URL);
            config.setUsername(USER);
            config.setPassword(PASSWORD);
            config.setMaximumPoolSize(POOL_SIZE);
            config.setPoolName("bench-hikari-direct");
            dataSource = new HikariDataSource(config);
            warm(dataSource::getConnection);
        }

        @TearDown(Level.Trial)
        public void close() {
            dataSource.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Unpooled {
        Properties credentials;

        @Setup(Level.Trial)
        public void open() {
            credentials = new Properties();
            credentials.setProperty("user", USER);
            credentials.setProperty("password", PASSWORD);
        }
    }

    @Benchmark
    public int alchemyDriverManager(AlchemyDriverManager state) throws SQLException {
        try (Connection c = DriverManager.getConnection(state.url, state.credentials)) {
            return selectOne(c);
        }
    }

    @Benchmark
    public int alchemyDriverConnect(AlchemyDriverDirect state) throws SQLException {
        try (Connection c = state.driver.connect(state.url, state.credentials)) {
            return selectOne(c);
        }
    }

    @Benchmark
    public int alchemyDataSource(AlchemyDataSourceState state) throws SQLException {
        try (Connection c = state.dataSource.getConnection()) {
            return selectOne(c);
        }
    }

    @Benchmark
    public int hikariDirect(HikariDirect state) throws SQLException {
        try (Connection c = state.dataSource.getConnection()) {
            return selectOne(c);
        }
    }

    @Benchmark
    public int unpooledPostgres(Unpooled state) throws SQLException {
        try (Connection c = DriverManager.getConnection(REAL_URL, state.credentials)) {
            return selectOne(c);
        }
    }
}
