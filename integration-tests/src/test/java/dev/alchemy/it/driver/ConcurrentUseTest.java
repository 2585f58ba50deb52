package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Many threads share one small pool through plain DriverManager calls, with no error and no crossed answers. */
class ConcurrentUseTest {
    private static final int THREADS = 32;
    private static final int STATEMENTS_PER_THREAD = 500;
    private static final int POOL_SIZE = 8;

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    @Test
    void thirtyTwoThreadsTimesFiveHundredStatementsOnAPoolOfEight() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_conc");
        String url = pg.alchemyUrl("ApplicationName=" + app + "&alchemy.pool.maximumPoolSize=" + POOL_SIZE);
        Set<Integer> backends = ConcurrentHashMap.newKeySet();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < STATEMENTS_PER_THREAD; i++) {
                        long token = thread * 1_000_000L + i;
                        try (Connection c = java.sql.DriverManager.getConnection(url, pg.user(), pg.password());
                             PreparedStatement ps = c.prepareStatement("SELECT ?::bigint, pg_backend_pid()")) {
                            ps.setLong(1, token);
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                assertEquals(token, rs.getLong(1), "a borrower got someone else's answer");
                                backends.add(rs.getInt(2));
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(); // rethrows the first error of any thread
            }
            assertEquals(THREADS * STATEMENTS_PER_THREAD, total);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(backends.size() <= POOL_SIZE,
                "the pool of " + POOL_SIZE + " opened " + backends.size() + " backends: " + backends);
        try (Connection admin = DriverTests.direct(pg);
             PreparedStatement ps = admin.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, app);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertTrue(rs.getInt(1) <= POOL_SIZE, "server sees " + rs.getInt(1) + " connections of a pool of " + POOL_SIZE);
            }
        }
    }
}
