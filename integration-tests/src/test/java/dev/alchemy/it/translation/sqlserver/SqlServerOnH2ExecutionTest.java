package dev.alchemy.it.translation.sqlserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Executed equivalence for the SQL Server target without a SQL Server: each portable query runs on PostgreSQL
 * (the reference) as written, and on H2 in {@code MODE=MSSQLServer} as translated to T-SQL; the rows must be
 * the same. H2's MSSQLServer mode accepts {@code TOP}, {@code OFFSET .. FETCH}, {@code [x]}, {@code +}
 * concatenation, {@code BIT}, {@code NVARCHAR(MAX)}, {@code DATETIME2}, {@code IDENTITY(1,1)}, {@code DATEADD},
 * {@code DATEDIFF}, {@code LEN}, {@code CHARINDEX}, {@code GETDATE()}, {@code STRING_AGG .. WITHIN GROUP} and
 * {@code MERGE .. USING (VALUES ..)}; what it lacks is skipped per case with the reason. The schema itself is
 * created on H2 from the T-SQL translation of portable DDL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlServerOnH2ExecutionTest {
    static final String H2_URL = "jdbc:h2:mem:tsqlh2_exec;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    private final SqlTranslator toTsql = SqlTranslator.builder()
            .source(Dialect.PORTABLE).target(Dialect.SQLSERVER).onError(OnError.FAIL).cacheSize(0).build();

    private Connection postgres;
    private Connection h2;

    @BeforeAll
    void createSchemaAndData() throws Exception {
        TestDatabase pg = TestDatabases.postgres();
        postgres = DriverManager.getConnection(pg.realUrl(), pg.user(), pg.password());
        h2 = DriverManager.getConnection(H2_URL, "sa", "");
        dropTables();
        for (String ddl : SqlServerExecutionCases.SCHEMA) {
            execute(postgres, ddl);
            execute(h2, tsql(ddl));
        }
        for (Connection c : List.of(postgres, h2)) {
            String insertItem = c == h2 ? tsql(SqlServerExecutionCases.INSERT_ITEM) : SqlServerExecutionCases.INSERT_ITEM;
            for (Object[] row : SqlServerExecutionCases.ITEMS) {
                update(c, insertItem, Arrays.asList(row));
            }
            String insertOrder = c == h2 ? tsql(SqlServerExecutionCases.INSERT_ORDER) : SqlServerExecutionCases.INSERT_ORDER;
            for (Object[] row : SqlServerExecutionCases.ORDERS) {
                update(c, insertOrder, Arrays.asList(row));
            }
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (postgres != null) {
            dropTables();
            postgres.close();
        }
        if (h2 != null) {
            execute(h2, "DROP ALL OBJECTS");
            h2.close();
        }
    }

    Stream<ExecutionCase> queries() {
        return SqlServerExecutionCases.QUERIES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void translatedQueryReturnsWhatPostgresReturns(ExecutionCase c) throws Exception {
        String translated = tsql(c.sql());
        Assumptions.assumeTrue(c.h2Skip() == null, () -> "translated to " + translated + "; not run: " + c.h2Skip());
        List<List<String>> expected = query(postgres, c.sql(), c.params());
        List<List<String>> actual = query(h2, translated, c.params());
        assertFalse(expected.isEmpty(), "a case must return rows to prove anything: " + c.sql());
        switch (c.compare()) {
            case ORDERED -> assertEquals(expected, actual, () -> "T-SQL: " + translated);
            case UNORDERED -> assertEquals(sorted(expected), sorted(actual), () -> "T-SQL: " + translated);
            case ROW_COUNT -> assertEquals(expected.size(), actual.size(), () -> "T-SQL: " + translated);
        }
    }

    /**
     * The wrong order of bound values must not go unnoticed: the same LIMIT/WHERE query with the values swapped
     * returns other rows, so the ordered comparison above really checks the marker order.
     */
    @Test
    void swappedMarkerValuesWouldChangeTheRows() throws Exception {
        String sql = "SELECT name FROM tsqlh2_items WHERE price > ? ORDER BY id LIMIT ?";
        List<List<String>> right = query(postgres, sql, List.of(new BigDecimal("0.5"), 2));
        List<List<String>> swapped = query(postgres, sql, List.of(new BigDecimal("2"), 1));
        assertNotEquals(right, swapped);
        assertEquals(right, query(h2, tsql(sql), List.of(new BigDecimal("0.5"), 2)));
    }

    /**
     * Upserts: the same sequence of portable {@code INSERT .. ON CONFLICT} statements leaves the same table on
     * PostgreSQL and, as T-SQL {@code MERGE}, on H2. H2 has no table hints, so {@code WITH (HOLDLOCK)} (which
     * SQL Server needs to make MERGE an atomic upsert) is the one thing taken out before H2 runs it.
     */
    @Test
    void upsertsLeaveTheSameRows() throws Exception {
        String add = "INSERT INTO tsqlh2_stock (shop, sku, qty) VALUES (?, ?, ?) ON CONFLICT (shop, sku) "
                + "DO UPDATE SET qty = tsqlh2_stock.qty + EXCLUDED.qty";
        String set = "INSERT INTO tsqlh2_stock (shop, sku, qty) VALUES (?, ?, ?) ON CONFLICT (shop, sku) "
                + "DO UPDATE SET qty = EXCLUDED.qty";
        String keep = "INSERT INTO tsqlh2_stock (shop, sku, qty) VALUES (?, ?, ?) ON CONFLICT (shop, sku) DO NOTHING";
        String two = "INSERT INTO tsqlh2_stock (shop, sku, qty) VALUES ('s9', 'a', 1), ('s9', 'b', 2) "
                + "ON CONFLICT (shop, sku) DO UPDATE SET qty = EXCLUDED.qty + 100";
        List<Object[]> steps = List.of(
                new Object[] {add, List.of("s1", "apple", 5)},
                new Object[] {add, List.of("s1", "apple", 3)},
                new Object[] {add, List.of("s2", "apple", 1)},
                new Object[] {set, List.of("s2", "apple", 42)},
                new Object[] {keep, List.of("s1", "apple", 999)},
                new Object[] {keep, List.of("s3", "pear", 7)},
                new Object[] {two, List.of()},
                new Object[] {two, List.of()});
        for (Object[] step : steps) {
            String sql = (String) step[0];
            @SuppressWarnings("unchecked")
            List<Object> params = (List<Object>) step[1];
            String merge = tsql(sql);
            assertTrue(merge.startsWith("MERGE INTO tsqlh2_stock WITH (HOLDLOCK) USING (VALUES"), merge);
            assertTrue(merge.endsWith(";"), "T-SQL requires MERGE to end with a semicolon: " + merge);
            update(postgres, sql, params);
            update(h2, merge.replace(" WITH (HOLDLOCK)", ""), params);
            String table = "SELECT shop, sku, qty FROM tsqlh2_stock ORDER BY shop, sku";
            assertEquals(query(postgres, table, List.of()), query(h2, tsql(table), List.of()), "after " + sql + " " + params);
        }
        assertEquals(List.of(List.of("s1", "apple", "8"), List.of("s2", "apple", "42"), List.of("s3", "pear", "7"),
                        List.of("s9", "a", "101"), List.of("s9", "b", "102")),
                query(h2, "SELECT shop, sku, qty FROM tsqlh2_stock ORDER BY shop, sku", List.of()));
    }

    /**
     * A MERGE written for PostgreSQL (15 and later) leaves the same rows as T-SQL on H2: its WHEN .. AND
     * conditions and a predicate SET value are made T-SQL, and it ends with the semicolon SQL Server requires.
     */
    @Test
    void aMergeLeavesTheSameRows() throws Exception {
        Assumptions.assumeTrue(postgres.getMetaData().getDatabaseMajorVersion() >= 15,
                () -> "PostgreSQL " + uncheckedVersion() + " has no MERGE (15 and later)");
        List<String> tables = List.of("tsqlh2_merge_stock", "tsqlh2_merge_in");
        List<String> setUp = List.of(
                "CREATE TABLE tsqlh2_merge_stock (id INTEGER PRIMARY KEY, qty INTEGER, stale BOOLEAN)",
                "CREATE TABLE tsqlh2_merge_in (id INTEGER PRIMARY KEY, qty INTEGER, active BOOLEAN)",
                "INSERT INTO tsqlh2_merge_stock (id, qty, stale) VALUES (1, 5, FALSE), (2, 7, FALSE), (3, 9, FALSE)",
                "INSERT INTO tsqlh2_merge_in (id, qty, active) VALUES (1, 20, TRUE), (2, 1, FALSE), (4, 3, TRUE), (5, 2, FALSE)");
        String merge = "MERGE INTO tsqlh2_merge_stock AS s USING tsqlh2_merge_in AS i ON s.id = i.id "
                + "WHEN MATCHED AND i.active THEN UPDATE SET qty = s.qty + i.qty, stale = i.qty > 10 "
                + "WHEN MATCHED AND NOT i.active THEN DELETE "
                + "WHEN NOT MATCHED AND i.active THEN INSERT (id, qty) VALUES (i.id, i.qty)";
        String tsqlMerge = tsql(merge);
        assertTrue(tsqlMerge.endsWith(";"), "T-SQL requires MERGE to end with a semicolon: " + tsqlMerge);
        try {
            for (String sql : setUp) {
                execute(postgres, sql);
                execute(h2, tsql(sql));
            }
            execute(postgres, merge);
            execute(h2, tsqlMerge);
            String rows = "SELECT id, qty FROM tsqlh2_merge_stock ORDER BY id";
            String stale = "SELECT id FROM tsqlh2_merge_stock WHERE stale ORDER BY id";
            assertEquals(List.of(List.of("1", "25"), List.of("3", "9"), List.of("4", "3")), query(postgres, rows, List.of()));
            assertEquals(query(postgres, rows, List.of()), query(h2, tsql(rows), List.of()), tsqlMerge);
            assertEquals(List.of(List.of("1")), query(postgres, stale, List.of()));
            assertEquals(query(postgres, stale, List.of()), query(h2, tsql(stale), List.of()), tsqlMerge);
        } finally {
            for (String table : tables) {
                execute(postgres, "DROP TABLE IF EXISTS " + table);
                execute(h2, "DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private String uncheckedVersion() {
        try {
            return postgres.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "(version unknown)";
        }
    }

    /** A view created from portable DDL returns what PostgreSQL's returns (its ORDER BY made legal by OFFSET 0 ROWS). */
    @Test
    void viewsFromPortableDdl() throws Exception {
        String create = "CREATE VIEW tsqlh2_live AS SELECT id, name FROM tsqlh2_items WHERE active AND NOT (price > 3) "
                + "ORDER BY name";
        String tsqlCreate = tsql(create);
        assertTrue(tsqlCreate.endsWith("ORDER BY name OFFSET 0 ROWS"), tsqlCreate);
        execute(postgres, create);
        try {
            execute(h2, tsqlCreate);
            String read = "SELECT id, name FROM tsqlh2_live ORDER BY id";
            assertEquals(query(postgres, read, List.of()), query(h2, tsql(read), List.of()));
        } finally {
            execute(postgres, "DROP VIEW IF EXISTS tsqlh2_live");
            execute(h2, "DROP VIEW IF EXISTS tsqlh2_live");
        }
    }

    /** ALTER TABLE (ADD COLUMN, ALTER COLUMN .. TYPE) and TRUNCATE from portable DDL leave the same table. */
    @Test
    void alterTableAndTruncate() throws Exception {
        List<String> steps = List.of(
                "CREATE TABLE tsqlh2_alter (id INTEGER NOT NULL, note TEXT)",
                "INSERT INTO tsqlh2_alter (id, note) VALUES (1, 'one'), (2, NULL)",
                "ALTER TABLE tsqlh2_alter ADD COLUMN extra INTEGER",
                "ALTER TABLE tsqlh2_alter ALTER COLUMN note TYPE VARCHAR(40)",
                "UPDATE tsqlh2_alter SET extra = id * 10 WHERE note IS NOT NULL");
        try {
            for (String step : steps) {
                execute(postgres, step);
                execute(h2, tsql(step));
            }
            String read = "SELECT id, note, extra FROM tsqlh2_alter ORDER BY id";
            assertEquals(query(postgres, read, List.of()), query(h2, tsql(read), List.of()));
            assertEquals("TRUNCATE TABLE tsqlh2_alter", tsql("TRUNCATE tsqlh2_alter"));
            execute(postgres, "TRUNCATE tsqlh2_alter");
            execute(h2, tsql("TRUNCATE tsqlh2_alter"));
            assertEquals(List.of(List.of("0")), query(h2, "SELECT COUNT(*) FROM tsqlh2_alter", List.of()));
        } finally {
            execute(postgres, "DROP TABLE IF EXISTS tsqlh2_alter");
            execute(h2, "DROP TABLE IF EXISTS tsqlh2_alter");
        }
    }

    /** The identity columns made from SERIAL and GENERATED .. AS IDENTITY number rows like PostgreSQL does. */
    @Test
    void identityColumnsNumberRowsFromOne() throws Exception {
        String ids = "SELECT i.id, o.id FROM tsqlh2_items i JOIN tsqlh2_orders o ON o.item_id = i.id ORDER BY o.id";
        assertEquals(query(postgres, ids, List.of()), query(h2, tsql(ids), List.of()));
    }

    private String tsql(String sql) throws TranslationException {
        return toTsql.translate(sql);
    }

    private void dropTables() throws SQLException {
        for (String table : SqlServerExecutionCases.TABLES) {
            execute(postgres, "DROP TABLE IF EXISTS " + table);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  SQL: " + sql, e.getSQLState(), e);
        }
    }

    private static void update(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  SQL: " + sql, e.getSQLState(), e);
        }
    }

    private static List<List<String>> query(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.add(normalise(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  SQL: " + sql, e.getSQLState(), e);
        }
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** One spelling per value across the two databases: booleans as 1/0 (BIT), numbers without trailing zeros. */
    static String normalise(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof Number n) {
            BigDecimal d = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return Objects.toString(v);
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort((a, b) -> a.toString().compareTo(b.toString()));
        return copy;
    }
}
