package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every backend of the pool is terminated on the server while threads keep working. The threads may see
 * their statements in flight fail, then each succeeds again on a new backend without any restart.
 * Only this test's own backends are killed: they carry a unique ApplicationName.
 */
class BackendKillRecoveryTest {
    private static final int THREADS = 8;
    private static final int POOL_SIZE = 4;
    /** A bound so a broken pool fails the test instead of hanging it; recovery normally takes milliseconds. */
    private static final long RECOVERY_BOUND_SECONDS = 60;

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    @Test
    void everyThreadSucceedsAgainAfterAllBackendsAreKilled() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_kill");
        String url = pg.alchemyUrl("ApplicationName=" + app + "&alchemy.pool.maximumPoolSize=" + POOL_SIZE);

        Set<Integer> seenBeforeKill = ConcurrentHashMap.newKeySet();
        Set<Integer> usedBeforeKill = new HashSet<>();
        Set<Integer> killed = ConcurrentHashMap.newKeySet();
        List<SQLException> errors = new CopyOnWriteArrayList<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        CountDownLatch warmedUp = new CountDownLatch(THREADS);
        CountDownLatch recovered = new CountDownLatch(THREADS);
        boolean[] stop = {false};
        Object stopLock = new Object();
        boolean[] afterKill = {false};

        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread worker = new Thread(() -> {
                int warm = 0;
                boolean thisRecovered = false;
                while (true) {
                    boolean killDone;
                    synchronized (stopLock) {
                        if (stop[0]) {
                            return;
                        }
                        killDone = afterKill[0];
                    }
                    try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
                         PreparedStatement ps = c.prepareStatement("SELECT pg_backend_pid()");
                         ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        int pid = rs.getInt(1);
                        if (!killDone) {
                            seenBeforeKill.add(pid);
                            if (++warm == 3) {
                                warmedUp.countDown();
                            }
                        } else if (!thisRecovered && !killed.contains(pid)) {
                            thisRecovered = true;
                            recovered.countDown();
                        }
                    } catch (SQLException e) {
                        errors.add(e);
                    } catch (Throwable e) {
                        unexpected.add(e);
                        return;
                    }
                }
            }, app + "-worker-" + t);
            workers.add(worker);
            worker.start();
        }

        try {
            assertTrue(warmedUp.await(RECOVERY_BOUND_SECONDS, TimeUnit.SECONDS), "threads never got going: " + errors);
            assertTrue(errors.isEmpty(), "errors before any backend was killed: " + errors);

            try (Connection admin = DriverTests.direct(pg);
                 // pg_terminate_backend in the select list runs only for rows the WHERE kept (in the WHERE clause
                 // the planner may call it before the application_name filter, on anyone's backend)
                 PreparedStatement ps = admin.prepareStatement("SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity"
                         + " WHERE application_name = ? AND pid <> pg_backend_pid()")) {
                ps.setString(1, app);
                synchronized (stopLock) {
                    usedBeforeKill.addAll(seenBeforeKill);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            assertTrue(rs.getBoolean(2), "pg_terminate_backend refused pid " + rs.getInt(1));
                            killed.add(rs.getInt(1));
                        }
                    }
                    afterKill[0] = true;
                }
            }
            assertFalse(killed.isEmpty(), "no backend of the pool found to kill");
            assertTrue(killed.containsAll(usedBeforeKill),
                    "killed " + killed + " but the threads had used " + usedBeforeKill);

            boolean allRecovered = recovered.await(RECOVERY_BOUND_SECONDS, TimeUnit.SECONDS);
            assertTrue(unexpected.isEmpty(), "non-SQL failures: " + unexpected);
            assertTrue(allRecovered, (THREADS - recovered.getCount()) + " of " + THREADS
                    + " threads succeeded again within " + RECOVERY_BOUND_SECONDS + "s; errors: " + describe(errors));
        } finally {
            synchronized (stopLock) {
                stop[0] = true;
            }
            for (Thread w : workers) {
                w.join(TimeUnit.SECONDS.toMillis(RECOVERY_BOUND_SECONDS));
            }
        }

        assertTrue(unexpected.isEmpty(), "non-SQL failures: " + unexpected);
        // Each dead physical connection may fail the one statement that finds it dead; then the pool must
        // evict it. More failures than killed backends means dead connections were handed out again.
        assertTrue(errors.size() <= killed.size(), errors.size() + " failures for " + killed.size()
                + " killed backends: " + describe(errors));
        for (SQLException e : errors) {
            String state = String.valueOf(e.getSQLState());
            assertTrue(state.startsWith("08") || state.startsWith("57P0"),
                    "a dead connection must surface as a connection error (08xxx/57P0x), got " + describe(List.of(e)));
        }
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
            int pid = DriverTests.backendPid(c);
            assertFalse(killed.contains(pid));
            assertEquals("1", DriverTests.queryString(c, "SELECT 1"));
        }
    }

    private static String describe(List<SQLException> errors) {
        StringBuilder b = new StringBuilder();
        for (SQLException e : errors) {
            b.append("\n  ").append(e.getSQLState()).append(' ').append(e);
        }
        return b.toString();
    }
}
