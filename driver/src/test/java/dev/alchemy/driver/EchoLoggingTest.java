package dev.alchemy.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.alchemy.driver.jdbc.SqlHook;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** alchemy.echo and alchemy.slowQueryThresholdMs, captured; the password appears in no log line, message or toString. */
class EchoLoggingTest {
    private static final String PASSWORD = "Tr0ub4dor-alchemy-secret";
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level hikariLevel;

    @BeforeEach
    void capture() {
        appender.start();
        root.addAppender(appender);
        // HikariCP's own lines (its configuration dump included) must be free of the password too
        Logger hikari = (Logger) LoggerFactory.getLogger("com.zaxxer.hikari");
        hikariLevel = hikari.getLevel();
        hikari.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        ((Logger) LoggerFactory.getLogger("com.zaxxer.hikari")).setLevel(hikariLevel);
    }

    /** Logback appends under the appender's lock, from pool threads too: read and clear under it as well. */
    private List<ILoggingEvent> events() {
        synchronized (appender) {
            return new ArrayList<>(appender.list);
        }
    }

    private void clearEvents() {
        synchronized (appender) {
            appender.list.clear();
        }
    }

    private List<String> sqlLines(Level level) {
        return events().stream()
                .filter(e -> e.getLoggerName().equals(SqlHook.LOGGER_NAME) && e.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage)
                .collect(Collectors.toList());
    }

    @Test
    void echoLogsEachStatementAsReceivedAndSentWithItsTime() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:echo_on;DB_CLOSE_DELAY=-1;alchemy.echo=true";
        try (Connection c = DriverManager.getConnection(url, "sa", PASSWORD)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 'echo me' AS x")) {
                rs.next();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS INT) /* prepared */")) {
                ps.setInt(1, 5);
                ps.executeQuery().close();
            }
        }
        List<String> lines = sqlLines(Level.INFO);
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "\\[alchemy-h2-mem-echo_on-sa] executeQuery \\d+\\.\\d{3} ms \\| received: SELECT 'echo me' AS x \\| sent: \\(unchanged\\)")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("prepareStatement | received: SELECT CAST(? AS INT) /* prepared */")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "\\[alchemy-h2-mem-echo_on-sa] executeQuery \\d+\\.\\d{3} ms \\| sent: SELECT CAST\\(\\? AS INT\\) /\\* prepared \\*/")),
                lines.toString());
    }

    @Test
    void withoutEchoNothingIsLogged() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:alchemy:h2:mem:echo_off", "sa", "");
             Statement s = c.createStatement()) {
            s.executeQuery("SELECT 'quiet'").close();
        }
        assertEquals(List.of(), sqlLines(Level.INFO));
    }

    @Test
    void slowStatementsLogAtWarnAndOnlyWhenTheThresholdIsOn() throws SQLException {
        String base = "jdbc:alchemy:h2:mem:echo_slow;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(base + ";alchemy.slowQueryThresholdMs=20", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE ALIAS IF NOT EXISTS echo_sleep FOR 'java.lang.Thread.sleep(long)'");
            s.execute("CALL echo_sleep(100)");
        }
        List<String> warnings = sqlLines(Level.WARN);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("slow statement: execute took"), warnings.get(0));
        assertTrue(warnings.get(0).contains("(alchemy.slowQueryThresholdMs=20) | sent: CALL echo_sleep(100)"), warnings.get(0));

        clearEvents();
        try (Connection c = DriverManager.getConnection(base + ";alchemy.slowQueryThresholdMs=0", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CALL echo_sleep(100)");
        }
        assertEquals(List.of(), sqlLines(Level.WARN), "0 turns slow-statement logging off");
    }

    @Test
    void thePasswordAppearsNowhere() throws SQLException {
        String url = "jdbc:alchemy:h2:mem:echo_secret;DB_CLOSE_DELAY=-1;alchemy.echo=true";
        List<String> texts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", PASSWORD);
             Statement s = c.createStatement()) {
            texts.add(c.toString());
            texts.add(s.toString());
            texts.add(c.getMetaData().getURL());
            s.execute("CREATE USER IF NOT EXISTS echo_bob PASSWORD '" + PASSWORD + "'");
            s.executeQuery("SELECT '" + PASSWORD + "' AS not_a_secret_to_the_db").close();
            s.execute("DROP USER echo_bob");
        }
        // the password in the URL itself, in both syntaxes
        texts.add(assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:alchemy:h2:mem:echo_secret;PASSWORD=" + PASSWORD + ";alchemy.nope=1")).getMessage());
        texts.add(assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:alchemy:sqlite:x.db?password=" + PASSWORD + "&alchemy.pool.maximumPoolSize=-1")).getMessage());
        texts.add(assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:alchemy:postgresql://u:" + PASSWORD + "@db/x")).getMessage());
        texts.add(assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:alchemy:h2:tcp://127.0.0.1:1/x;PASSWORD=" + PASSWORD + ";alchemy.pool=false")).getMessage());
        AlchemyDriver.pools().forEach(p -> texts.add(p.toString()));
        events().forEach(e -> texts.add(e.getFormattedMessage()));

        assertTrue(events().stream().anyMatch(e -> e.getFormattedMessage().contains("CREATE USER IF NOT EXISTS echo_bob PASSWORD '****'")));
        for (String text : texts) {
            assertFalse(text.contains(PASSWORD), text);
        }
        assertTrue(texts.size() > 8);
    }
}
