package dev.alchemy.orm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.orm.StatementException;
import dev.alchemy.translator.Dialect;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/** Engine creation, echo logging (never a password), and statement listeners. */
class EngineTest {
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger sqlLogger = (Logger) LoggerFactory.getLogger(Engine.SQL_LOGGER);

    @BeforeEach
    void capture() {
        log.start();
        sqlLogger.addAppender(log);
    }

    @AfterEach
    void release() {
        sqlLogger.detachAppender(log);
    }

    private List<String> logged() {
        synchronized (log) { // logback appends under the appender's lock, pool threads included
            return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    @Test
    void echoLogsStatementsWithParametersButMasksSecrets() throws Exception {
        Metadata md = new Metadata();
        Table accounts = md.table("accounts", Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("login", Types.string(20)), Column.of("password", Types.string(60)));
        try (Engine e = EmbeddedDatabases.h2()) {
            md.createAll(e);
            e.execute(Sql.insert(accounts).values(Map.of("login", "quiet", "password", "hidden-anyway")));
            assertTrue(logged().isEmpty(), "echo is off by default: " + logged());

            e.echo(true);
            e.execute(Sql.insert(accounts).values(Map.of("login", "bob", "password", "Tr0ub4dor-secret")));
            e.execute(Sql.select(accounts.c("id")).where(accounts.c("password").eq("Tr0ub4dor-secret").and(accounts.c("login").eq("bob"))));
            List<String> lines = logged();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("INSERT INTO accounts (login, password) VALUES (?, ?) | params ['bob', ****]"), lines.get(0));
            assertTrue(lines.get(1).contains("WHERE accounts.password = ? AND accounts.login = ? | params [****, 'bob']"), lines.get(1));
            assertTrue(lines.get(1).endsWith(" ms"), lines.get(1));
            for (String l : lines) {
                assertFalse(l.contains("Tr0ub4dor"), l);
            }
        }
    }

    @Test
    void listenersSeeEveryStatementIncludingFailures() throws Exception {
        Schema s = new Schema("");
        try (Engine e = EmbeddedDatabases.sqlite()) {
            List<String> seen = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            e.addListener((sql, batch, nanos) -> {
                seen.add(batch + ":" + sql);
                times.add(nanos);
            });
            s.md.createAll(e);
            e.execute(Sql.insert(s.users).values(Map.of("name", "a", "email", "x")));
            assertThrows(StatementException.class, () -> e.execute(Sql.insert(s.users).values(Map.of("name", "b", "email", "x"))));
            assertEquals(4, seen.size(), seen.toString());
            assertTrue(seen.get(0).startsWith("1:CREATE TABLE users"), seen.get(0));
            assertTrue(seen.get(1).startsWith("1:CREATE TABLE addresses"), seen.get(1));
            // what was sent: SQLite reads the generated key through RETURNING
            assertEquals("1:INSERT INTO users (name, email) VALUES (?, ?) RETURNING id", seen.get(2));
            assertEquals(seen.get(2), seen.get(3));
            assertTrue(times.stream().allMatch(t -> t > 0));
        }
    }

    @Test
    void enginesFromUrlsKnowTheirDialect(@TempDir Path dir) throws Exception {
        try (Engine h2 = Alchemy.createEngine("jdbc:h2:mem:engine_url;DB_CLOSE_DELAY=-1", "sa", "")) {
            assertEquals(Dialect.H2, h2.dialect());
            assertEquals(1, h2.execute(Sql.select(Sql.value(1).as("one"))).one().getInt("one"));
        }
        try (Engine sqlite = Alchemy.createEngine("jdbc:sqlite:" + dir.resolve("u.db"))) {
            assertEquals(Dialect.SQLITE, sqlite.dialect());
            Schema s = new Schema("");
            s.md.createAll(sqlite);
            assertEquals(1, sqlite.execute(Sql.insert(s.users).values(Map.of("name", "n"))).generatedKey());
            // an engine from a SQLite URL enforces the foreign keys createAll declared
            StatementException fk = assertThrows(StatementException.class,
                    () -> sqlite.execute(Sql.insert(s.addresses).values(Map.of("user_id", 42))));
            assertEquals("23503", fk.getSQLState());
        }
    }

    @Test
    void enginesFromAlchemyUrlsPoolAndTranslate(@TempDir Path dir) throws Exception {
        for (String url : List.of("jdbc:alchemy:h2:mem:engine_alchemy;DB_CLOSE_DELAY=-1", "jdbc:alchemy:sqlite:" + dir.resolve("a.db"))) {
            try (Engine e = Alchemy.createEngine(url)) {
                assertEquals(url.contains("h2") ? Dialect.H2 : Dialect.SQLITE, e.dialect());
                assertTrue(e.dataSource() instanceof dev.alchemy.driver.AlchemyDataSource, e.dataSource().toString());
                Schema s = new Schema("");
                s.md.createAll(e);
                assertEquals(1, e.execute(Sql.insert(s.users).values(Map.of("name", "n", "email", "e"))).generatedKey());
                assertEquals("n", e.execute(Sql.select(s.users.c("name")).where(s.users.c("email").eq("e")).limit(1)).scalar());
                s.md.dropAll(e);
            }
        }
    }

    @Test
    void unknownAlchemySettingsAre08001() {
        SQLException e = assertThrows(SQLException.class, () -> Alchemy.createEngine("jdbc:alchemy:h2:mem:x",
                new java.util.Properties() {{ setProperty("alchemy.ecko", "true"); }}));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("alchemy.echo"), e.getMessage());
    }

    @Test
    void enginesFromDataSourcesReadTheDialectFromTheDatabase(@TempDir Path dir) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:engine_ds");
        assertEquals(Dialect.H2, Alchemy.createEngine(h2).dialect());
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("d.db"));
        assertEquals(Dialect.SQLITE, Alchemy.createEngine(sqlite).dialect());
    }

    @Test
    void badUrlsAre08001AndNeverShowThePassword() {
        SQLException unknown = assertThrows(SQLException.class, () -> Alchemy.createEngine("jdbc:alchemy:oracle:thin:@h:1521/x?password=hunter2"));
        assertEquals("08001", unknown.getSQLState());
        assertTrue(unknown.getMessage().contains("'oracle'"), unknown.getMessage());
        assertFalse(unknown.getMessage().contains("hunter2"), unknown.getMessage());
        SQLException notJdbc = assertThrows(SQLException.class, () -> Alchemy.createEngine("postgres://h/db"));
        assertEquals("08001", notJdbc.getSQLState());
    }

    @Test
    void anEngineNeedsARealDialect() {
        assertThrows(IllegalArgumentException.class, () -> Alchemy.createEngine(new JdbcDataSource(), Dialect.PORTABLE));
    }

    @Test
    void streamHandsEachRowAsItIsReadWithTheSameValuesExecuteReturns() throws Exception {
        Metadata md = new Metadata();
        Table items = md.table("eng_stream_items", Column.of("id", Types.BIGINT).primaryKey().autoIncrement(),
                Column.of("name", Types.string(20)), Column.of("qty", Types.INTEGER));
        try (Engine e = EmbeddedDatabases.h2()) {
            md.createAll(e);
            e.execute(Sql.insert(items).values(Map.of("name", "a", "qty", 1)));
            e.execute(Sql.insert(items).values(Map.of("name", "b")));
            List<String> seen = new ArrayList<>();
            e.addListener((sql, batch, nanos) -> seen.add(sql));
            Select q = Sql.select(items.c("id"), items.c("name"), items.c("qty")).from(items).orderBy(items.c("id").asc());
            List<Object[]> streamed = new ArrayList<>();
            long n;
            try (java.sql.Connection c = e.connect()) {
                n = e.stream(c, q, streamed::add);
            }
            assertEquals(2, n);
            assertEquals(1, seen.size(), "one statement, reported once: " + seen);
            var rows = e.execute(q);
            for (int i = 0; i < 2; i++) {
                assertEquals(List.of(rows.get(i).get(0), rows.get(i).get(1), String.valueOf(rows.get(i).get(2))),
                        List.of(streamed.get(i)[0], streamed.get(i)[1], String.valueOf(streamed.get(i)[2])));
            }
            assertEquals(Long.class, streamed.get(0)[0].getClass());
            assertEquals(Integer.class, streamed.get(0)[2].getClass());
            assertEquals(null, streamed.get(1)[2]);
            try (java.sql.Connection c = e.connect()) {
                assertThrows(IllegalArgumentException.class, () -> e.stream(c, Sql.delete(items), v -> { }));
                SQLException bad = assertThrows(SQLException.class,
                        () -> e.stream(c, Sql.select(md.table("eng_stream_missing", Column.of("x", Types.INTEGER)).c("x")), v -> { }));
                assertTrue(bad.getMessage().toLowerCase().contains("eng_stream_missing"), bad.getMessage());
            }
        }
    }
}
