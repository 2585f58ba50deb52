package dev.alchemy.it.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.orm.Result;
import dev.alchemy.orm.Row;
import dev.alchemy.orm.StatementCounter;
import dev.alchemy.orm.StatementException;
import dev.alchemy.orm.core.Column;
import dev.alchemy.orm.core.Metadata;
import dev.alchemy.orm.core.Sql;
import dev.alchemy.orm.core.SqlType;
import dev.alchemy.orm.core.Subquery;
import dev.alchemy.orm.core.Table;
import dev.alchemy.orm.core.Types;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Core on real servers, PostgreSQL and MariaDB (and embedded H2 and SQLite alongside): DDL per dialect, reflection round trip, keys,
 * every type, queries, batches with generated keys, SQLState of constraint violations. Tables are
 * prefixed {@code core_srv_} and dropped by each test.
 */
class CoreOnServersTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path sqliteDir;
    private static final String P = "core_srv_";

    record NameCount(String name, long n) {
    }

    private static TestDatabase database(String name) throws java.io.IOException {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "mariadb" -> TestDatabases.mariadb();
            case "h2" -> TestDatabases.h2("core_srv");
            default -> TestDatabases.sqlite(sqliteDir, "core_srv");
        };
    }

    /** {@code "postgresql"}: the real driver's URL; {@code "postgresql via alchemy"}: the same through {@code jdbc:alchemy:}. */
    private static Engine engine(String name) throws Exception {
        boolean viaAlchemy = name.endsWith(" via alchemy");
        TestDatabase db = database(name.replace(" via alchemy", ""));
        return Alchemy.createEngine(viaAlchemy ? db.alchemyUrl() : db.realUrl(), db.user(), db.password());
    }

    private static Metadata schema() {
        Metadata md = new Metadata();
        md.table(P + "line",
                Column.of("order_id", Types.BIGINT).primaryKey().references(P + "purchase.id", "CASCADE"),
                Column.of("no", Types.INTEGER).primaryKey(),
                Column.of("product_id", Types.INTEGER).notNull().references(P + "product.id"),
                Column.of("qty", Types.INTEGER).notNull().defaultValue(1));
        md.table(P + "purchase",
                Column.of("id", Types.BIGINT).primaryKey().autoIncrement(),
                Column.of("customer_id", Types.INTEGER).references(P + "customer.id"),
                Column.of("placed", Types.TIMESTAMP).notNull(),
                Column.of("total", Types.numeric(10, 2)));
        Table product = md.table(P + "product",
                Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("sku", Types.string(32)).notNull().unique(),
                Column.of("title", Types.TEXT),
                Column.of("active", Types.BOOLEAN).notNull(),
                Column.of("photo", Types.BINARY),
                Column.of("ref", Types.UUID),
                Column.of("since", Types.DATE),
                Column.of("created", Types.TIMESTAMP).defaultValue(Sql.currentTimestamp()),
                Column.of("kind", Types.string(10)).defaultValue("it's"),
                Column.of("price", Types.numeric(8, 2)).defaultValue(new BigDecimal("9.99")),
                Column.of("listed", Types.BOOLEAN).defaultValue(false));
        product.index(P + "ix_product_since", "since", "sku");
        md.table(P + "customer",
                Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("user", Types.string(40)).notNull(),
                Column.of("email", Types.string(80)).unique());
        return md;
    }

    /** Runs {@code body} with the schema created, and drops it afterwards whatever happens. */
    private interface Body {
        void run(Engine e, Metadata md) throws Exception;
    }

    private static void withSchema(String db, Body body) throws Exception {
        try (Engine e = engine(db)) {
            Metadata md = schema();
            md.dropAll(e); // leftovers of an interrupted run
            md.createAll(e);
            try {
                body.run(e, md);
            } finally {
                md.dropAll(e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite", "postgresql via alchemy", "mariadb via alchemy", "h2 via alchemy", "sqlite via alchemy"})
    void createAllIsIdempotentAndReflectionReadsItBack(String db) throws Exception {
        withSchema(db, (e, md) -> {
            StatementCounter counter = new StatementCounter();
            e.addListener(counter);
            md.createAll(e);
            assertEquals(0, counter.count(), "tables exist: createAll issues nothing " + counter);

            List<String> names = md.tables().stream().map(Table::name).toList();
            Metadata back = Metadata.reflect(e, names.toArray(new String[0]));
            for (Table original : md.tables()) {
                Table t = back.table(original.name());
                assertEquals(original.columns().size(), t.columns().size(), original.name());
                for (Column oc : original.columns()) {
                    Column rc = t.c(oc.name());
                    String where = db + " " + original.name() + "." + oc.name();
                    SqlType<?> expected = oc.type();
                    if (e.dialect() == Dialect.MYSQL && oc.type() == Types.UUID) {
                        expected = Types.string(36); // MySQL has no UUID type; orm-lite stores CHAR(36)
                    }
                    if (e.dialect() == Dialect.SQLITE && oc.isAutoIncrement()) {
                        expected = Types.INTEGER; // only an INTEGER PRIMARY KEY (64-bit) auto-increments in SQLite
                    }
                    assertEquals(expected, rc.type(), where);
                    assertEquals(oc.isNullable(), rc.isNullable(), where);
                    assertEquals(oc.isPrimaryKey(), rc.isPrimaryKey(), where);
                    assertEquals(oc.isAutoIncrement(), rc.isAutoIncrement(), where);
                    assertEquals(oc.isUnique(), rc.isUnique(), where);
                    String fk = oc.foreignKey() == null ? null : oc.foreignKey().targetTable() + "." + oc.foreignKey().targetColumn()
                            + " " + oc.foreignKey().onDelete();
                    String rfk = rc.foreignKey() == null ? null : rc.foreignKey().targetTable() + "." + rc.foreignKey().targetColumn()
                            + " " + rc.foreignKey().onDelete();
                    assertEquals(fk, rfk, where);
                    assertEquals(oc.serverDefault(), rc.serverDefault(), where);
                }
            }
            assertEquals(List.of("since", "sku"), back.table(P + "product").indexes().stream()
                    .filter(i -> i.name().equals(P + "ix_product_since")).findFirst().orElseThrow()
                    .columns().stream().map(Column::name).toList());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite", "postgresql via alchemy", "mariadb via alchemy", "h2 via alchemy", "sqlite via alchemy"})
    void keysTypesAndQueries(String db) throws Exception {
        withSchema(db, (e, md) -> {
            Table customer = md.table(P + "customer");
            Table product = md.table(P + "product");
            Table purchase = md.table(P + "purchase");
            Table line = md.table(P + "line");

            List<Object> ids = new ArrayList<>();
            for (String n : List.of("Ann", "Ben", "Cid")) {
                ids.add(e.execute(Sql.insert(customer).values(Map.of("user", n, "email", n.toLowerCase() + "@x"))).generatedKey());
            }
            assertEquals(3, ids.stream().distinct().count());
            assertTrue(ids.get(0) instanceof Integer, "INTEGER keys come back as Integer: " + ids.get(0).getClass());

            UUID ref = UUID.randomUUID();
            LocalDateTime placed = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("sku", "SKU-1");
            p.put("title", "t".repeat(70_000));
            p.put("active", true);
            p.put("photo", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
            p.put("ref", ref);
            p.put("since", LocalDate.of(1999, 12, 31));
            Object productId = e.execute(Sql.insert(product).values(p)).generatedKey();
            e.execute(Sql.insert(product).values(Map.of("sku", "SKU-2", "active", false)));

            Row r = e.execute(product.select().where(product.c("id").eq(productId))).one();
            assertEquals(70_000, r.getString("title").length());
            assertEquals(Boolean.TRUE, r.get("active"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}, r.getBytes("photo"));
            assertEquals(ref, r.get("ref"));
            assertEquals(LocalDate.of(1999, 12, 31), r.get("since"));
            assertTrue(r.get("created") instanceof LocalDateTime, "server default filled: " + r.get("created"));
            assertEquals("it's", r.get("kind"));
            assertEquals(new BigDecimal("9.99"), r.get("price"));
            assertEquals(Boolean.FALSE, r.get("listed"));
            assertEquals(1, e.execute(product.select().where(product.c("ref").eq(ref).and(product.c("active").eq(true)))).size());

            Object purchaseId = e.execute(Sql.insert(purchase).values(Map.of("customer_id", ids.get(0), "placed", placed,
                    "total", new BigDecimal("12345678.90")))).generatedKey();
            assertTrue(purchaseId instanceof Long, "BIGINT keys come back as Long: " + purchaseId.getClass());
            Row pr = e.execute(purchase.select().where(purchase.c("placed").ge(placed))).one();
            assertEquals(placed, pr.get("placed"));
            assertEquals(new BigDecimal("12345678.90"), pr.get("total"));
            e.execute(Sql.insert(purchase).values(Map.of("customer_id", ids.get(2), "placed", placed.minusDays(1))));
            e.execute(Sql.insert(purchase).values(Map.of("customer_id", ids.get(2), "placed", placed.minusDays(2))));

            for (int no = 1; no <= 3; no++) {
                e.execute(Sql.insert(line).values(Map.of("order_id", purchaseId, "no", no, "product_id", productId, "qty", no * 10)));
            }

            Result perCustomer = e.execute(Sql.select(customer.c("user").as("name"), Sql.count(purchase.c("id")).as("n"))
                    .from(customer).leftJoin(purchase).groupBy(customer.c("user")).orderBy(Sql.count(purchase.c("id")).desc(), customer.c("user")));
            assertEquals(List.of(new NameCount("Cid", 2), new NameCount("Ann", 1), new NameCount("Ben", 0)), perCustomer.as(NameCount.class));

            Result qty = e.execute(Sql.select(Sql.sum(line.c("qty")).as("total_qty")).from(line).join(purchase).where(purchase.c("customer_id").eq(ids.get(0))));
            assertEquals(60L, qty.one().getLong("total_qty"));

            Subquery busy = Sql.select(purchase.c("customer_id"), Sql.count().as("n")).groupBy(purchase.c("customer_id")).as("busy");
            assertEquals("Cid", e.execute(Sql.select(customer.c("user")).from(customer).join(busy, busy.c("customer_id").eq(customer.c("id")))
                    .where(busy.c("n").gt(1))).scalar());
            assertEquals("Ben", e.execute(Sql.select(customer.c("user"))
                    .where(Sql.not(Sql.exists(Sql.select(purchase.c("id")).where(purchase.c("customer_id").eq(customer.c("id"))))))).scalar());
            assertEquals(List.of("Ben"), names(e.execute(Sql.select(customer.c("user")).orderBy(customer.c("user")).limit(1).offset(1))));
            assertEquals(List.of("Cid"), names(e.execute(Sql.select(customer.c("user")).orderBy(customer.c("user")).offset(2))));
            assertEquals(List.of("Ann", "Cid"), names(e.execute(Sql.select(customer.c("user"))
                    .where(customer.c("email").in("ann@x", "cid@x").or(customer.c("user").like("Z%"))).orderBy(customer.c("user")))));

            assertEquals(3, e.execute(Sql.update(line).set(line.c("qty"), line.c("qty").plus(1)).where(line.c("order_id").eq(purchaseId))).rowCount());
            assertEquals(63L, e.execute(Sql.select(Sql.sum(line.c("qty")))).one().getLong(0));
            // ON DELETE CASCADE removes the lines with their purchase
            assertEquals(1, e.execute(Sql.delete(purchase).where(purchase.c("id").eq(purchaseId))).rowCount());
            assertEquals(0L, e.execute(Sql.select(Sql.count()).from(line)).one().getLong(0));
        });
    }

    private static List<String> names(Result r) {
        List<String> out = new ArrayList<>();
        for (Row row : r) {
            out.add(row.getString(0));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite", "postgresql via alchemy", "mariadb via alchemy", "h2 via alchemy", "sqlite via alchemy"})
    void batchInsertReturnsEveryKeyInOrder(String db) throws Exception {
        withSchema(db, (e, md) -> {
            Table customer = md.table(P + "customer");
            e.execute(Sql.insert(customer).values(Map.of("user", "first")));
            e.batchSize(40);
            StatementCounter counter = new StatementCounter();
            e.addListener(counter);
            List<Map<Column, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Map<Column, Object> row = new HashMap<>();
                row.put(customer.c("user"), "u" + i);
                rows.add(row);
            }
            Object[] keys = new Object[rows.size()];
            try (Connection c = e.connect()) {
                c.setAutoCommit(false);
                e.executeBatch(c, Sql.insert(customer), rows, (i, key) -> keys[i] = key);
                c.commit();
            }
            assertEquals(3, counter.count(), "100 rows in batches of 40: " + counter);
            for (int i = 0; i < keys.length; i++) {
                assertEquals("u" + i, e.execute(Sql.select(customer.c("user")).where(customer.c("id").eq(keys[i]))).scalar(), "row " + i);
            }
            assertEquals(100, java.util.Arrays.stream(keys).distinct().count());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite", "postgresql via alchemy", "mariadb via alchemy", "h2 via alchemy", "sqlite via alchemy"})
    void constraintViolationsCarrySqlStateAndStatementAndRollBack(String db) throws Exception {
        withSchema(db, (e, md) -> {
            Table customer = md.table(P + "customer");
            e.execute(Sql.insert(customer).values(Map.of("user", "a", "email", "dup@x")));
            try (Connection c = e.connect()) {
                c.setAutoCommit(false);
                e.execute(c, Sql.insert(customer).values(Map.of("user", "b", "email", "other@x")));
                StatementException ex = assertThrows(StatementException.class,
                        () -> e.execute(c, Sql.insert(customer).values(Map.of("user", "Secret-Name", "email", "dup@x"))));
                c.rollback();
                assertEquals(e.dialect() == Dialect.MYSQL ? "23000" : "23505", ex.getSQLState());
                assertTrue(ex.isConstraintViolation());
                assertEquals("INSERT INTO " + P + "customer (" + (e.dialect() == Dialect.MYSQL ? "`user`" : "\"user\"") + ", email) VALUES (?, ?)"
                        + (e.dialect() == Dialect.SQLITE ? " RETURNING id" : ""), ex.sql());
                assertFalse(ex.getMessage().contains("Secret-Name"), ex.getMessage());
            }
            assertEquals(1L, e.execute(Sql.select(Sql.count()).from(customer)).one().getLong(0));
            assertNull(e.execute(Sql.select(customer.c("id")).where(customer.c("user").eq("b"))).first());
        });
    }
}
