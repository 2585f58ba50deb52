package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A plain {@code DriverManager.getConnection} gets pooling: close() returns the physical connection. */
class PhysicalReuseTest {

    @AfterAll
    static void closePools() {
        AlchemyDriver.closePools();
    }

    @Test
    void hundredBorrowReturnCyclesUseOneBackend() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_reuse");
        String settings = "ApplicationName=" + app + "&alchemy.pool.maximumPoolSize=1";
        Set<Integer> pids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            try (Connection c = DriverTests.alchemy(pg, settings)) {
                pids.add(DriverTests.backendPid(c));
            }
        }
        assertEquals(1, pids.size(), "100 borrow/return cycles on a pool of one must reuse one backend, saw " + pids);
        assertEquals(1, serverConnections(pg, app), "the returned connection stays open in the pool");

        AlchemyDriver.closePools();
        awaitNoServerConnections(pg, app, "closePools() must close the pool's physical connections");
    }

    private static int serverConnections(TestDatabase pg, String app) throws SQLException {
        try (Connection admin = DriverTests.direct(pg);
             PreparedStatement ps = admin.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, app);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The same measurement tells pooling apart from its absence: unpooled connects get fresh backends. */
    @Test
    void withoutThePoolEveryConnectIsANewBackend() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_reuse");
        String settings = "ApplicationName=" + app + "&alchemy.pool=false";
        Set<Integer> pids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            try (Connection c = DriverTests.alchemy(pg, settings)) {
                pids.add(DriverTests.backendPid(c));
            }
        }
        assertEquals(3, pids.size(), "alchemy.pool=false must open a new physical connection per connect, saw " + pids);
        awaitNoServerConnections(pg, app, "alchemy.pool=false: close() must end the physical connection");
    }

    private static void awaitNoServerConnections(TestDatabase pg, String app, String message) throws Exception {
        // the server notices a closed socket asynchronously: wait for it, within a bound
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (serverConnections(pg, app) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, serverConnections(pg, app), message);
    }
}
