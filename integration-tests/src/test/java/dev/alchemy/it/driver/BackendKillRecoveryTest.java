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
 * Every server connection of the pool is killed on the server while threads keep working. The threads may see
 * their statements fail on a dead connection, then each succeeds again on a new one without any restart.
 * Only this test's own connections are killed: on PostgreSQL they carry a unique ApplicationName; on MariaDB
 * only the connection ids the pool itself reported are killed.
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

    /** Kills server connections and returns the ids it killed. */
    private interface Killer {
        Set<Integer> kill(Set<Integer> usedByThePool) throws SQLException;
    }

    @Test
    void postgresqlEveryThreadSucceedsAgainAfterAllBackendsAreKilled() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_kill");
        String url = pg.alchemyUrl("ApplicationName=" + app + "&alchemy.pool.maximumPoolSize=" + POOL_SIZE);
        scenario(pg, url, "SELECT pg_backend_pid()", used -> {
            Set<Integer> killed = new HashSet<>();
            try (Connection admin = DriverTests.direct(pg);
                 // pg_terminate_backend in the select list runs only for rows the WHERE kept (in the WHERE clause
                 // the planner may call it before the application_name filter, on anyone's backend)
                 PreparedStatement ps = admin.prepareStatement("SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity"
                         + " WHERE application_name = ? AND pid <> pg_backend_pid()")) {
                ps.setString(1, app);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        assertTrue(rs.getBoolean(2), "pg_terminate_backend refused pid " + rs.getInt(1));
                        killed.add(rs.getInt(1));
                    }
                }
            }
            assertTrue(killed.containsAll(used), "killed " + killed + " but the pool had used " + used);
            return killed;
        }, "08", "57P0");
    }

    @Test
    void mariadbEveryThreadSucceedsAgainAfterAllConnectionsAreKilled() throws Exception {
        TestDatabase maria = TestDatabases.mariadb();
        String url = maria.alchemyUrl("alchemy.pool.poolName=" + DriverTests.unique("drv_kill")
                + "&alchemy.pool.maximumPoolSize=" + POOL_SIZE);
        scenario(maria, url, "SELECT CONNECTION_ID()", used -> {
            try (Connection admin = DriverTests.direct(maria)) {
                for (int id : used) {
                    DriverTests.execute(admin, "KILL CONNECTION " + id);
                }
            }
            return new HashSet<>(used);
        }, "08", "70100");
    }

    /**
     * Threads borrow, ask the server for their connection's id, and return, until each has done so a few times;
     * then {@code killer} kills the pool's connections; then each thread must get an answer from a connection
     * that was not killed. Failures are allowed only for statements that met a dead connection.
     */
    private static void scenario(TestDatabase db, String url, String idQuery, Killer killer, String... deadStates)
            throws Exception {
        Set<Integer> seenBeforeKill = ConcurrentHashMap.newKeySet();
        Set<Integer> killed = ConcurrentHashMap.newKeySet();
        List<SQLException> errors = new CopyOnWriteArrayList<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        CountDownLatch warmedUp = new CountDownLatch(THREADS);
        CountDownLatch recovered = new CountDownLatch(THREADS);
        Object phaseLock = new Object();
        boolean[] stop = {false};
        boolean[] afterKill = {false};

        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread worker = new Thread(() -> {
                int warm = 0;
                boolean thisRecovered = false;
                while (true) {
                    boolean killDone;
                    synchronized (phaseLock) {
                        if (stop[0]) {
                            return;
                        }
                        killDone = afterKill[0];
                    }
                    try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
                         PreparedStatement ps = c.prepareStatement(idQuery);
                         ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        int id = rs.getInt(1);
                        if (!killDone) {
                            seenBeforeKill.add(id);
                            if (++warm == 3) {
                                warmedUp.countDown();
                            }
                        } else if (!thisRecovered && !killed.contains(id)) {
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
            }, "drv-kill-worker-" + t);
            workers.add(worker);
            worker.start();
        }

        try {
            assertTrue(warmedUp.await(RECOVERY_BOUND_SECONDS, TimeUnit.SECONDS), "threads never got going: " + errors);
            assertTrue(errors.isEmpty(), "errors before any connection was killed: " + describe(errors));
            synchronized (phaseLock) {
                // threads already past the phase check may still finish on old connections: they count as before
                killed.addAll(killer.kill(new HashSet<>(seenBeforeKill)));
                afterKill[0] = true;
            }
            assertFalse(killed.isEmpty(), "no connection of the pool found to kill");

            boolean allRecovered = recovered.await(RECOVERY_BOUND_SECONDS, TimeUnit.SECONDS);
            assertTrue(unexpected.isEmpty(), "non-SQL failures: " + unexpected);
            assertTrue(allRecovered, (THREADS - recovered.getCount()) + " of " + THREADS
                    + " threads succeeded again within " + RECOVERY_BOUND_SECONDS + "s; errors: " + describe(errors));
        } finally {
            synchronized (phaseLock) {
                stop[0] = true;
            }
            for (Thread w : workers) {
                w.join(TimeUnit.SECONDS.toMillis(RECOVERY_BOUND_SECONDS));
            }
        }

        assertTrue(unexpected.isEmpty(), "non-SQL failures: " + unexpected);
        // Each dead connection may fail the one statement that finds it dead; then the pool must evict it.
        // More failures than killed connections means dead connections were handed out again.
        assertTrue(errors.size() <= killed.size(), errors.size() + " failures for " + killed.size()
                + " killed connections: " + describe(errors));
        for (SQLException e : errors) {
            String state = String.valueOf(e.getSQLState());
            boolean connectionError = false;
            for (String prefix : deadStates) {
                connectionError |= state.startsWith(prefix);
            }
            assertTrue(connectionError, "a dead connection must surface as a connection error, got " + describe(List.of(e)));
        }
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
            int id = Integer.parseInt(DriverTests.queryString(c, idQuery));
            assertFalse(killed.contains(id), "a killed connection is still in the pool");
            assertEquals("1", DriverTests.queryString(c, "SELECT 1"));
        }
    }

    private static String describe(List<SQLException> errors) {
        StringBuilder b = new StringBuilder();
        for (SQLException e : errors) {
            b.append("\n  ").append(e.getSQLState()).append('/').append(e.getErrorCode()).append(' ').append(e);
        }
        return b.toString();
    }
}
