package dev.alchemy.orm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.orm.Engine;
import dev.alchemy.orm.StatementCounter;
import dev.alchemy.translator.Dialect;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** createAll / dropAll order and idempotence, and reflection back into Metadata, on H2 and SQLite. */
class SchemaTest {
    static java.util.stream.Stream<Dialect> dialects() {
        return EmbeddedDatabases.dialects();
    }

    /** A schema declared children first, so only a sort gets the order right. */
    static Metadata shop() {
        Metadata md = new Metadata();
        md.table("line",
                Column.of("order_id", Types.BIGINT).primaryKey().references("purchase.id", "CASCADE"),
                Column.of("no", Types.INTEGER).primaryKey(),
                Column.of("product_id", Types.INTEGER).notNull().references("product.id"),
                Column.of("qty", Types.INTEGER).notNull().defaultValue(1));
        md.table("purchase",
                Column.of("id", Types.BIGINT).primaryKey().autoIncrement(),
                Column.of("customer_id", Types.INTEGER).references("customer.id"),
                Column.of("placed", Types.TIMESTAMP).notNull(),
                Column.of("total", Types.numeric(10, 2)));
        Table product = md.table("product",
                Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("sku", Types.string(32)).notNull().unique(),
                Column.of("title", Types.TEXT),
                Column.of("active", Types.BOOLEAN).notNull(),
                Column.of("photo", Types.BINARY),
                Column.of("ref", Types.UUID),
                Column.of("since", Types.DATE),
                Column.of("created", Types.TIMESTAMP).defaultValue(Sql.currentTimestamp()),
                Column.of("kind", Types.string(10)).defaultValue("it's"),
                Column.of("price", Types.numeric(8, 2)).defaultValue(new java.math.BigDecimal("9.99")),
                Column.of("listed", Types.BOOLEAN).defaultValue(false));
        product.index("ix_product_title_since", "since", "sku");
        md.table("customer",
                Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("user", Types.string(40)).notNull());
        return md;
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void createAllCreatesParentsFirstOnceAndDropAllDropsChildrenFirst(Dialect d) throws Exception {
        Metadata md = shop();
        try (Engine e = EmbeddedDatabases.engine(d)) {
            StatementCounter counter = new StatementCounter();
            e.addListener(counter);
            md.createAll(e);
            List<String> created = counter.statements().stream().map(SchemaTest::target).toList();
            assertEquals(5, created.size(), created.toString());
            assertBefore(created, "CREATE TABLE customer", "CREATE TABLE purchase");
            assertBefore(created, "CREATE TABLE purchase", "CREATE TABLE line");
            assertBefore(created, "CREATE TABLE product", "CREATE TABLE line");
            assertEquals(created.indexOf("CREATE TABLE product") + 1, created.indexOf("CREATE INDEX ix_product_title_since"));
            List<String> tablesInCreationOrder = created.stream().filter(x -> x.startsWith("CREATE TABLE"))
                    .map(x -> x.replace("CREATE", "DROP")).toList();

            counter.reset();
            md.createAll(e); // everything exists: nothing to do
            assertEquals(0, counter.count(), counter.toString());

            Table customer = md.table("customer");
            Object id = e.execute(Sql.insert(customer).values(Map.of("user", "reserved-word column"))).generatedKey();
            assertEquals("reserved-word column", e.execute(Sql.select(customer.c("user")).where(customer.c("id").eq(id))).scalar());

            counter.reset();
            md.dropAll(e);
            List<String> dropped = new java.util.ArrayList<>(counter.statements().stream().map(SchemaTest::target).toList());
            java.util.Collections.reverse(dropped);
            assertEquals(tablesInCreationOrder, dropped, "dropAll drops in the reverse of the creation order");
            assertTrue(Metadata.reflect(e).tables().isEmpty());
            counter.reset();
            md.dropAll(e);
            assertEquals(0, counter.count());
        }
    }

    private static void assertBefore(List<String> statements, String first, String then) {
        assertTrue(statements.indexOf(first) >= 0 && statements.indexOf(first) < statements.indexOf(then),
                first + " must come before " + then + " in " + statements);
    }

    /** "CREATE TABLE x (...)" -> "CREATE TABLE x". */
    private static String target(String sql) {
        String[] w = sql.split("[ (]");
        return w[0] + " " + w[1] + " " + w[2];
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void reflectionReadsBackWhatCreateAllMade(Dialect d) throws Exception {
        Metadata md = shop();
        try (Engine e = EmbeddedDatabases.engine(d)) {
            md.createAll(e);
            Metadata back = Metadata.reflect(e);
            assertEquals(List.of("customer", "line", "product", "purchase"), back.tables().stream().map(Table::name).sorted().toList());
            for (Table original : md.tables()) {
                Table t = back.table(original.name());
                assertEquals(original.columns().size(), t.columns().size(), original.name());
                for (Column oc : original.columns()) {
                    Column rc = t.c(oc.name());
                    assertEquals(oc.name(), rc.name());
                    String where = original.name() + "." + oc.name();
                    // SQLite auto-increments only an INTEGER PRIMARY KEY (64-bit), so a BIGINT key reads back as INTEGER
                    SqlType<?> expected = d == Dialect.SQLITE && oc.isAutoIncrement() ? Types.INTEGER : oc.type();
                    assertEquals(expected, rc.type(), where);
                    assertEquals(oc.isNullable(), rc.isNullable(), where);
                    assertEquals(oc.isPrimaryKey(), rc.isPrimaryKey(), where);
                    assertEquals(oc.isAutoIncrement(), rc.isAutoIncrement(), where);
                    assertEquals(oc.isUnique(), rc.isUnique(), where);
                    assertEquals(oc.foreignKey() == null ? null : oc.foreignKey().targetTable() + "." + oc.foreignKey().targetColumn(),
                            rc.foreignKey() == null ? null : rc.foreignKey().targetTable() + "." + rc.foreignKey().targetColumn(), where);
                    assertEquals(oc.serverDefault(), rc.serverDefault(), where);
                    assertEquals(oc.foreignKey() == null ? null : oc.foreignKey().onDelete(),
                            rc.foreignKey() == null ? null : rc.foreignKey().onDelete(), where);
                }
                // the strongest check: the reflected table writes the same DDL
                assertEquals(Sql.createTable(original).compile(d).sql(), Sql.createTable(t).compile(d).sql());
            }
            assertEquals(List.of("since", "sku"),
                    back.table("product").indexes().stream().filter(i -> i.name().equals("ix_product_title_since"))
                            .findFirst().orElseThrow().columns().stream().map(Column::name).toList());
            // a reflected table is usable in queries right away
            Table product = back.table("product");
            e.execute(Sql.insert(product).values(Map.of("sku", "A-1", "active", true)));
            assertEquals("A-1", e.execute(Sql.select(product.c("sku")).where(product.c("active").eq(true))).scalar());
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void reflectNamedTablesOnlyAndSayWhenOneIsMissing(Dialect d) throws Exception {
        Metadata md = shop();
        try (Engine e = EmbeddedDatabases.engine(d)) {
            md.createAll(e);
            Metadata some = Metadata.reflect(e, "customer", "PRODUCT");
            assertEquals(List.of("customer", "product"), some.tables().stream().map(Table::name).toList());
            assertFalse(some.has("line"));
            SQLException missing = assertThrows(SQLException.class, () -> Metadata.reflect(e, "nope"));
            assertEquals("42S02", missing.getSQLState());
            assertTrue(missing.getMessage().contains("'nope'"), missing.getMessage());
        }
    }
}
