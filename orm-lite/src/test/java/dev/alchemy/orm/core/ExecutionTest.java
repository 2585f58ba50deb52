package dev.alchemy.orm.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.orm.Engine;
import dev.alchemy.orm.Result;
import dev.alchemy.orm.Row;
import dev.alchemy.orm.StatementCounter;
import dev.alchemy.orm.StatementException;
import dev.alchemy.translator.Dialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Statements run for real on H2 and SQLite: results, keys, types, batches, errors, listeners. */
class ExecutionTest {
    record UserRecord(int id, String name, String email) {
    }

    record NameCount(String name, long addressCount) {
    }

    static java.util.stream.Stream<Dialect> dialects() {
        return EmbeddedDatabases.dialects();
    }

    private static Engine ready(Dialect d, Schema s) throws Exception {
        Engine e = EmbeddedDatabases.engine(d);
        s.md.createAll(e);
        return e;
    }

    private static Object addUser(Engine e, Schema s, String name, String email) throws Exception {
        Map<String, Object> v = new HashMap<>();
        v.put("name", name);
        v.put("email", email);
        return e.execute(Sql.insert(s.users).values(v)).generatedKey();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void insertReturnsGeneratedKeysAndRowsReadByNameColumnIndexAndRecord(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            assertEquals(1, addUser(e, s, "Alice", "alice@x.org"));
            assertEquals(2, addUser(e, s, "Bob", null));
            Result r = e.execute(Sql.select(s.users.c("id"), s.users.c("name"), s.users.c("email")).orderBy(s.users.c("id")));
            assertEquals(2, r.size());
            Row alice = r.get(0);
            assertEquals("Alice", alice.get("name"));
            assertEquals("Alice", alice.get("NAME"));
            assertEquals("alice@x.org", alice.get(s.users.c("email")));
            assertEquals(1, alice.get(0));
            assertEquals(List.of(new UserRecord(1, "Alice", "alice@x.org"), new UserRecord(2, "Bob", null)), r.as(UserRecord.class));
            assertNull(r.get(1).get("email"));
            // the database default filled created
            assertNotNull(e.execute(Sql.select(s.users.c("created")).where(s.users.c("id").eq(1))).one().getLocalDateTime("created"));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void updateAndDeleteReportRowCounts(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            addUser(e, s, "Alice", "a@x");
            addUser(e, s, "Anna", "b@x");
            addUser(e, s, "Bob", "c@x");
            assertEquals(2, e.execute(Sql.update(s.users).set("email", null).where(s.users.c("name").like("A%"))).rowCount());
            assertEquals(2, e.execute(Sql.select(s.users.c("id")).where(s.users.c("email").isNull())).size());
            assertEquals(1, e.execute(Sql.delete(s.users).where(s.users.c("name").eq("Bob"))).rowCount());
            assertEquals(List.of("Alice", "Anna"), names(e.execute(Sql.select(s.users.c("name")).orderBy(s.users.c("name")))));
        }
    }

    private static List<String> names(Result r) {
        List<String> out = new ArrayList<>();
        for (Row row : r) {
            out.add(row.getString(0));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void joinsGroupingSubqueriesAndPaging(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            for (String n : List.of("Ann", "Ben", "Cid", "Dee", "Eve")) {
                addUser(e, s, n, n.toLowerCase() + "@x");
            }
            int[] perUser = {2, 0, 3, 1, 0};
            for (int u = 0; u < perUser.length; u++) {
                for (int k = 0; k < perUser[u]; k++) {
                    e.execute(Sql.insert(s.addresses).values(Map.of("user_id", u + 1, "street", "S" + u + k)));
                }
            }
            Table u = s.users;
            Table a = s.addresses;
            Result counts = e.execute(Sql.select(u.c("name"), Sql.count(a.c("id")).as("address_count")).from(u).leftJoin(a)
                    .groupBy(u.c("name")).having(Sql.count(a.c("id")).ge(1)).orderBy(Sql.count(a.c("id")).desc(), u.c("name")));
            assertEquals(List.of(new NameCount("Cid", 3), new NameCount("Ann", 2), new NameCount("Dee", 1)), counts.as(NameCount.class));

            Result inner = e.execute(Sql.select(u.c("name"), a.c("street")).from(u).join(a).where(u.c("name").eq("Dee")));
            assertEquals("S30", inner.one().get(a.c("street")));

            Result withAddresses = e.execute(Sql.select(u.c("name")).where(Sql.exists(Sql.select(a.c("id")).where(a.c("user_id").eq(u.c("id")))))
                    .orderBy(u.c("name")));
            assertEquals(List.of("Ann", "Cid", "Dee"), names(withAddresses));
            Result without = e.execute(Sql.select(u.c("name")).where(u.c("id").notIn(Sql.select(a.c("user_id")))).orderBy(u.c("name")));
            assertEquals(List.of("Ben", "Eve"), names(without));

            Subquery c = Sql.select(a.c("user_id"), Sql.count().as("n")).groupBy(a.c("user_id")).as("c");
            Result big = e.execute(Sql.select(u.c("name"), c.c("n")).from(u).join(c, c.c("user_id").eq(u.c("id"))).where(c.c("n").gt(1)).orderBy(u.c("name")));
            assertEquals(List.of("Ann", "Cid"), names(big));
            assertEquals(3L, big.get(1).getLong("n"));

            assertEquals(List.of("Cid", "Dee"), names(e.execute(Sql.select(u.c("name")).orderBy(u.c("name")).limit(2).offset(2))));
            assertEquals(List.of("Dee", "Eve"), names(e.execute(Sql.select(u.c("name")).orderBy(u.c("name")).offset(3))));
            assertEquals(List.of("Ben", "Cid", "Dee"), names(e.execute(Sql.select(u.c("name")).where(u.c("id").between(2, 4)).orderBy(u.c("name")))));
            assertEquals(List.of("Ann", "Eve"), names(e.execute(Sql.select(u.c("name")).where(u.c("id").in(1, 5).or(u.c("name").like("Z%"))).orderBy(u.c("name")))));
            assertEquals(5L, e.execute(Sql.select(Sql.count()).from(u)).one().getLong(0));
            assertEquals("ann", e.execute(Sql.select(Sql.lower(u.c("name")).as("l")).where(u.c("id").eq(1))).scalar());
            Table x = u.alias("x");
            assertEquals(List.of("Ann"), names(e.execute(Sql.select(x.c("name")).from(x).where(x.c("email").eq("ann@x")))));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void everyTypeRoundTripsAndComparesInSql(Dialect d) throws Exception {
        Metadata md = new Metadata();
        Table t = md.table("typed",
                Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("big", Types.BIGINT), Column.of("s", Types.string(20)), Column.of("txt", Types.TEXT),
                Column.of("flag", Types.BOOLEAN), Column.of("day", Types.DATE), Column.of("at", Types.TIMESTAMP),
                Column.of("amount", Types.numeric(12, 2)), Column.of("bin", Types.BINARY), Column.of("uid", Types.UUID));
        try (Engine e = EmbeddedDatabases.engine(d)) {
            md.createAll(e);
            UUID uuid = UUID.randomUUID();
            LocalDateTime at = LocalDateTime.of(2024, 2, 29, 13, 45, 7, 123_456_000);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("big", 9_000_000_000L);
            v.put("s", "héllo");
            v.put("txt", "x".repeat(5000));
            v.put("flag", true);
            v.put("day", LocalDate.of(2024, 2, 29));
            v.put("at", at);
            v.put("amount", new BigDecimal("1234567890.50"));
            v.put("bin", new byte[] {0, 1, (byte) 0xff});
            v.put("uid", uuid);
            e.execute(Sql.insert(t).values(v));
            Map<String, Object> nulls = new LinkedHashMap<>();
            for (String k : v.keySet()) {
                nulls.put(k, null);
            }
            e.execute(Sql.insert(t).values(nulls));

            Row r = e.execute(t.select().where(t.c("id").eq(1))).one();
            assertEquals(9_000_000_000L, r.get("big"));
            assertEquals("héllo", r.get("s"));
            assertEquals(5000, r.getString("txt").length());
            assertEquals(Boolean.TRUE, r.get("flag"));
            assertEquals(LocalDate.of(2024, 2, 29), r.get("day"));
            assertEquals(at, r.get("at"));
            assertEquals(0, new BigDecimal("1234567890.50").compareTo(r.getBigDecimal("amount")), String.valueOf(r.get("amount")));
            assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, r.getBytes("bin"));
            assertEquals(uuid, r.get("uid"));

            Row n = e.execute(t.select().where(t.c("id").eq(2))).one();
            for (String k : v.keySet()) {
                assertNull(n.get(k), k);
            }
            // comparisons bind with the column's type, so they hold on SQLite's text dates too
            assertEquals(1, e.execute(t.select().where(t.c("at").gt(at.minusNanos(1000)).and(t.c("day").le(LocalDate.of(2024, 3, 1))))).size());
            assertEquals(0, e.execute(t.select().where(t.c("at").gt(at))).size());
            assertEquals(1, e.execute(t.select().where(t.c("uid").eq(uuid).and(t.c("flag").eq(true)))).size());
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void streamedRowsReadTheSameValuesAsAResultWithTypedReadsAndTheirNulls(Dialect d) throws Exception {
        Metadata md = new Metadata();
        Table t = md.table("streamed",
                Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("big", Types.BIGINT), Column.of("s", Types.string(20)), Column.of("day", Types.DATE));
        try (Engine e = EmbeddedDatabases.engine(d)) {
            md.createAll(e);
            e.execute(Sql.insert(t).values(Map.of("big", 0L, "s", "zero", "day", LocalDate.of(2026, 11, 21))));
            Map<String, Object> nulls = new HashMap<>();
            nulls.put("big", null);
            nulls.put("s", null);
            nulls.put("day", null);
            e.execute(Sql.insert(t).values(nulls));
            Select all = t.select().orderBy(t.c("id"));
            List<Row> expected = e.execute(all);
            StatementCounter counter = new StatementCounter();
            e.addListener(counter);
            List<Object[]> arrays = new ArrayList<>();
            List<List<Object>> typed = new ArrayList<>();
            try (Connection c = e.connect()) {
                assertEquals(2, e.stream(c, all, arrays::add));
                assertEquals(2, e.streamCursor(c, all, row -> {
                    assertEquals(4, row.width());
                    List<Object> v = new ArrayList<>();
                    v.add(row.getInteger(0));
                    v.add(row.getLong(1));
                    v.add(row.getString(2));
                    v.add(row.get(3));
                    typed.add(v);
                }));
            }
            assertEquals(2, counter.count(), "each stream is one statement: " + counter);
            for (int i = 0; i < expected.size(); i++) {
                List<Object> values = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    values.add(expected.get(i).get(k));
                }
                assertEquals(values, java.util.Arrays.asList(arrays.get(i)));
                assertEquals(values, typed.get(i));
            }
            assertEquals(List.of(1, 0L, "zero", LocalDate.of(2026, 11, 21)), typed.get(0));
            assertEquals(java.util.Arrays.asList(2, null, null, null), typed.get(1));
            // a cursor read of the wrong type fails loudly instead of converting
            try (Connection c = e.connect()) {
                assertThrows(ClassCastException.class, () -> e.streamCursor(c, all, row -> row.getLong(2)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void batchInsertHandsBackEveryGeneratedKeyInOrderAsOneStatement(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            addUser(e, s, "first", null);
            StatementCounter counter = new StatementCounter();
            e.addListener(counter);
            List<Map<Column, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                Map<Column, Object> row = new HashMap<>();
                row.put(s.users.c("name"), "u" + i);
                rows.add(row);
            }
            Object[] keys = new Object[rows.size()];
            try (Connection c = e.connect()) {
                c.setAutoCommit(false);
                int[] counts = e.executeBatch(c, Sql.insert(s.users), rows, (i, key) -> keys[i] = key);
                c.commit();
                assertEquals(25, counts.length);
            }
            assertEquals(1, counter.count(), counter.toString());
            for (int i = 0; i < keys.length; i++) {
                assertEquals(i + 2, keys[i], "key of row " + i);
                assertEquals("u" + i, e.execute(Sql.select(s.users.c("name")).where(s.users.c("id").eq(keys[i]))).scalar());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void batchRowsSettingDifferentColumnsAndSmallChunks(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            e.batchSize(2);
            StatementCounter counter = new StatementCounter();
            e.addListener(counter);
            List<Map<Column, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Map<Column, Object> row = new HashMap<>();
                row.put(s.users.c("name"), "n" + i);
                if (i % 2 == 0) {
                    row.put(s.users.c("email"), "e" + i);
                }
                rows.add(row);
            }
            Map<Integer, Object> keys = new HashMap<>();
            try (Connection c = e.connect()) {
                e.executeBatch(c, Sql.insert(s.users), rows, keys::put);
            }
            // 3 rows with email in chunks of 2 (2 batches) + 2 rows without (1 batch)
            assertEquals(3, counter.count(), counter.toString());
            for (int i = 0; i < 5; i++) {
                Row r = e.execute(Sql.select(s.users.c("name"), s.users.c("email")).where(s.users.c("id").eq(keys.get(i)))).one();
                assertEquals("n" + i, r.get("name"));
                assertEquals(i % 2 == 0 ? "e" + i : null, r.get("email"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void constraintViolationsCarrySqlStateAndTheStatementWithoutValues(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            addUser(e, s, "Alice", "dup@x.org");
            StatementException ex = assertThrows(StatementException.class, () -> addUser(e, s, "Alicia", "dup@x.org"));
            assertEquals("23505", ex.getSQLState());
            assertTrue(ex.isConstraintViolation());
            String sent = "INSERT INTO users (name, email) VALUES (?, ?)" + (d == Dialect.SQLITE ? " RETURNING id" : "");
            assertEquals(sent, ex.sql());
            assertTrue(ex.getMessage().endsWith(sent), ex.getMessage());
            assertFalse(ex.getMessage().contains("Alicia"), ex.getMessage());

            StatementException fk = assertThrows(StatementException.class,
                    () -> e.execute(Sql.insert(s.addresses).values(Map.of("user_id", 999, "street", "Nowhere"))));
            // PostgreSQL and SQLite say 23503, H2 its own 23506 (parent missing): the class is what is portable
            assertTrue(fk.isConstraintViolation(), fk.getSQLState());

            StatementException notNull = assertThrows(StatementException.class, () -> addUser(e, s, null, "n@x"));
            assertEquals("23502", notNull.getSQLState());
            assertEquals(1, e.execute(Sql.select(Sql.count()).from(s.users)).one().getLong(0));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void theCallersConnectionKeepsItsTransaction(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            try (Connection c = e.connect()) {
                c.setAutoCommit(false);
                e.execute(c, Sql.insert(s.users).values(Map.of("name", "ghost")));
                assertEquals(1, e.execute(c, Sql.select(Sql.count()).from(s.users)).one().getLong(0));
                c.rollback();
            }
            assertEquals(0L, e.execute(Sql.select(Sql.count()).from(s.users)).one().getLong(0));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void compiledStatementsRunManyTimes(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            Compiled ins = Sql.insert(s.users).values(Map.of("name", "same")).compile(e.dialect());
            try (Connection c = e.connect()) {
                assertEquals(1, e.execute(c, ins).generatedKey());
                assertEquals(2, e.execute(c, ins).generatedKey());
            }
            assertEquals(2, e.execute(Sql.select(s.users.c("id")).where(s.users.c("name").eq("same"))).size());
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void handWrittenSqlBindsItsParameters(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            assertEquals(1, e.execute(Sql.text("INSERT INTO users (name, email) VALUES (?, ?)", "O'Hara", null)).rowCount());
            Result r = e.execute(Sql.text("SELECT name, email FROM users WHERE name = ?", "O'Hara"));
            assertEquals("O'Hara", r.one().get("name"));
            assertNull(r.one().get("email"));
            assertThrows(IllegalArgumentException.class, () -> Sql.text("SELECT ?", 1, 2));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void valuesAColumnCannotTakeAreDataExceptionsThatHideTheValue(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            StatementException range = assertThrows(StatementException.class,
                    () -> e.execute(Sql.select(s.users.c("name")).where(s.users.c("id").eq(10_000_000_000L))));
            assertEquals("22003", range.getSQLState());
            assertTrue(range.getMessage().contains("parameter 1 (column id)"), range.getMessage());
            StatementException bad = assertThrows(StatementException.class,
                    () -> e.execute(Sql.select(s.users.c("name")).where(s.users.c("created").gt("yesterday-secret"))));
            assertEquals("22018", bad.getSQLState());
            assertTrue(bad.getMessage().contains("(column created)"), bad.getMessage());
            assertFalse(bad.getMessage().contains("yesterday-secret"), bad.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void caseCastAndConcatRun(Dialect d) throws Exception {
        Schema s = new Schema("");
        try (Engine e = ready(d, s)) {
            addUser(e, s, "Ann", "ann@x");
            Row r = e.execute(Sql.select(Sql.caseWhen(s.users.c("id").lt(10), "low").otherwise("high").as("band"),
                    Sql.cast(s.users.c("id"), Types.string(10)).as("id_text"),
                    Sql.concat(s.users.c("name"), " <", s.users.c("email"), ">").as("who"))).one();
            assertEquals("low", r.get("band"));
            assertEquals("1", r.get("id_text"));
            assertEquals("Ann <ann@x>", r.get("who"));
        }
    }
}
