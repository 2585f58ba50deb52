package dev.alchemy.it.driver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.alchemy.driver.AlchemyDataSource;
import dev.alchemy.driver.AlchemyDriver;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With everything logged (echo on, every logger at TRACE), the password never shows: not in a log line,
 * not in an exception message or stack trace, not in a toString, also when it is written into the URL.
 */
class PasswordNeverShownTest {
    private static final String SECRET = TestDatabases.TEST_PASSWORD;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level rootLevel;
    private final List<Logger> raised = new ArrayList<>();
    private final List<Level> raisedFrom = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    @BeforeEach
    void captureEverything() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        for (String name : new String[] {"dev.alchemy", "com.zaxxer.hikari", "org.postgresql"}) {
            Logger l = (Logger) LoggerFactory.getLogger(name);
            raised.add(l);
            raisedFrom.add(l.getLevel());
            l.setLevel(Level.TRACE);
        }
        captured.setContext(root.getLoggerContext());
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        AlchemyDriver.closePools();
        root.detachAppender(captured);
        captured.stop();
        root.setLevel(rootLevel);
        for (int i = 0; i < raised.size(); i++) {
            raised.get(i).setLevel(raisedFrom.get(i));
        }
    }

    @Test
    void passwordInUrlAndInPropertiesNeverAppears() throws SQLException {
        TestDatabase pg = TestDatabases.postgres();
        String app = DriverTests.unique("drv_secret");
        String urlWithPassword = pg.alchemyUrl("ApplicationName=" + app + "&password=" + SECRET
                + "&alchemy.echo=true&alchemy.slowQueryThresholdMs=0&alchemy.pool.maximumPoolSize=2");

        // password in the URL
        try (Connection c = DriverManager.getConnection(urlWithPassword, new Properties())) {
            useIt(c);
            texts.add(c.toString());
            texts.add(AlchemyDriver.pools().toString());
            // frameworks log this at start-up (Hibernate's "Database JDBC URL"); pgjdbc itself returns it unmasked
            texts.add(c.getMetaData().getURL());
        }
        // password in Properties, pooled and unpooled
        for (String pooling : new String[] {"alchemy.pool.maximumPoolSize=2", "alchemy.pool=false"}) {
            Properties p = DriverTests.credentials(pg);
            try (Connection c = DriverManager.getConnection(
                    pg.alchemyUrl("ApplicationName=" + app + "&alchemy.echo=true&" + pooling), p)) {
                useIt(c);
                texts.add(c.toString());
            }
        }
        // the same through the DataSource
        try (AlchemyDataSource ds = new AlchemyDataSource()) {
            ds.setUrl(pg.alchemyUrl("ApplicationName=" + app + "&alchemy.echo=true"));
            ds.setUser(pg.user());
            ds.setPassword(SECRET);
            texts.add(ds.toString());
            try (Connection c = ds.getConnection()) {
                useIt(c);
            }
            texts.add(ds.toString());
        }
        assertTrue(events().stream().anyMatch(e -> e.getFormattedMessage().contains("SELECT")),
                "alchemy.echo=true logged no statement, so this test would prove nothing: " + events().size() + " events");
        assertNoSecret();
    }

    @Test
    void passwordInUrlNeverAppearsInErrors() {
        String tail = "password=" + SECRET;
        String[] failing = {
            "jdbc:alchemy:postgresql://127.0.0.1:1/test?connectTimeout=2&alchemy.pool.connectionTimeout=1000&" + tail,
            "jdbc:alchemy:postgresql://127.0.0.1:1/test?connectTimeout=2&alchemy.pool=false&" + tail,
            "jdbc:alchemy:postgresql://127.0.0.1:5432/test?alchemy.pool.maximumPoolSiz=3&" + tail,
            "jdbc:alchemy:postgresql://127.0.0.1:5432/test?alchemy.pool=maybe&" + tail,
            "jdbc:alchemy:nosuchdb://127.0.0.1:5432/test?" + tail,
            "jdbc:alchemy:h2:mem:drv_secret_x;alchemy.echo=maybe;PASSWORD=" + SECRET,
        };
        for (String url : failing) {
            SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, new Properties()).close(), url);
            texts.add(stackTrace(e));
        }
        assertNoSecret();
    }

    @Test
    void statementErrorsAndEchoNeverCarryIt() throws SQLException {
        TestDatabase pg = TestDatabases.postgres();
        String url = pg.alchemyUrl("ApplicationName=" + DriverTests.unique("drv_secret") + "&password=" + SECRET
                + "&alchemy.echo=true");
        try (Connection c = DriverManager.getConnection(url, new Properties())) {
            SQLException e = assertThrows(SQLException.class, () -> DriverTests.execute(c, "SELECT * FROM drv_secret_no_such_table"));
            texts.add(stackTrace(e));
        }
        assertNoSecret();
    }

    private static void useIt(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ?::int + 1")) {
            ps.setInt(1, 41);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
        DriverTests.execute(c, "SELECT 1");
    }

    /** A copy: pool housekeeping threads may still be logging (AppenderBase appends under its own lock). */
    private List<ILoggingEvent> events() {
        synchronized (captured) {
            return new ArrayList<>(captured.list);
        }
    }

    private void assertNoSecret() {
        for (ILoggingEvent e : events()) {
            assertFalse(e.getFormattedMessage().contains(SECRET), () -> "log line shows the password: " + e);
            if (e.getArgumentArray() != null) {
                for (Object a : e.getArgumentArray()) {
                    assertFalse(String.valueOf(a).contains(SECRET), () -> "log argument shows the password: " + a);
                }
            }
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                String m = String.valueOf(t.getMessage());
                assertFalse(m.contains(SECRET), () -> "logged exception shows the password: " + m);
            }
        }
        for (String t : texts) {
            assertFalse(t.contains(SECRET), () -> "shows the password: " + t);
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
