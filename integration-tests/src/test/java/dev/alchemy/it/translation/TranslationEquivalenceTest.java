package dev.alchemy.it.translation;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Executed equivalence: every case of {@link EquivalenceCases}, written once in portable SQL, is run through
 * {@code jdbc:alchemy:} URLs (so Alchemy's driver translates it) on PostgreSQL (the reference) and on SQLite, H2 and
 * MariaDB, and must return the same rows (in order when
 * the case has a total ORDER BY, as multisets otherwise), compared after {@link ResultNormalizer}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationEquivalenceTest {
    private Engine reference;
    private final List<Engine> targets = new ArrayList<>();
    private final Map<EquivalenceCases.Case, Object> referenceResults = new LinkedHashMap<>();

    /**
     * One database reached through Alchemy's driver ({@code jdbc:alchemy:} URL) with portable SQL as the source
     * dialect and {@code onError=fail}, so an untranslatable statement fails the case instead of passing through.
     */
    private static final class Engine implements AutoCloseable {
        final String name;
        final Connection connection;

        Engine(String name, TestDatabase db, Properties driverProperties) throws SQLException {
            this.name = name;
            Properties props = new Properties();
            props.putAll(driverProperties);
            props.setProperty("user", db.user());
            props.setProperty("password", db.password());
            this.connection = DriverManager.getConnection(
                    db.alchemyUrl("alchemy.sourceDialect=portable&alchemy.translate.onError=fail"), props);
        }

        /** The SQL Alchemy sends for {@code sql} (JDBC's nativeSQL), for failure messages. */
        String translate(String sql) {
            try {
                return connection.nativeSQL(sql);
            } catch (SQLException e) {
                return "(not translatable: " + e.getSQLState() + " " + e.getMessage() + ")";
            }
        }

        void execute(String sql) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.execute();
            } catch (SQLException e) {
                throw new AssertionError(name + ": [" + sql + "] sent as [" + translate(sql) + "] failed: " + e.getMessage(), e);
            }
        }

        void executeQuietly(String sql) {
            try {
                execute(sql);
            } catch (AssertionError ignored) {
                // best-effort cleanup
            }
        }

        List<List<String>> query(String sql, List<Object> params) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                boolean hasResults = ps.execute();
                if (!hasResults) {
                    throw new AssertionError(name + ": [" + translate(sql) + "] returned no result set");
                }
                try (ResultSet rs = ps.getResultSet()) {
                    return ResultNormalizer.rows(rs);
                }
            } catch (SQLException e) {
                throw new AssertionError(name + ": [" + sql + "] sent as [" + translate(sql) + "] failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    @BeforeAll
    void createSchemas(@TempDir Path sqliteDir) throws SQLException {
        reference = new Engine("postgresql", TestDatabases.postgres(), new Properties());
        // SQLite has no timestamp type: translated DDL and literals keep timestamps as ISO text, so bound
        // java.sql.Timestamp values must be written as the same text (sqlite-jdbc's default is epoch milliseconds).
        Properties sqliteText = new Properties();
        sqliteText.setProperty("date_class", "TEXT");
        sqliteText.setProperty("date_string_format", "yyyy-MM-dd HH:mm:ss");
        targets.add(new Engine("sqlite", TestDatabases.sqlite(sqliteDir, "teq"), sqliteText));
        targets.add(new Engine("h2", TestDatabases.h2("teq"), new Properties()));
        targets.add(new Engine("mariadb", TestDatabases.mariadb(), new Properties()));
        for (Engine e : all()) {
            dropTables(e);
            EquivalenceSchema.CREATE.forEach(e::execute);
            EquivalenceSchema.DATA.forEach(e::execute);
        }
    }

    @AfterAll
    void dropSchemas() throws SQLException {
        for (Engine e : all()) {
            dropTables(e);
            e.close();
        }
    }

    private List<Engine> all() {
        List<Engine> all = new ArrayList<>();
        if (reference != null) {
            all.add(reference);
        }
        all.addAll(targets);
        return all;
    }

    private static void dropTables(Engine e) {
        for (String table : EquivalenceSchema.TABLES) {
            e.executeQuietly("DROP TABLE IF EXISTS " + table);
        }
    }

    @TestFactory
    Stream<DynamicContainer> portableSqlGivesTheSameRowsEverywhere() {
        assertFalse(EquivalenceCases.all().size() < 80, "the suite must keep at least 80 cases");
        return targets.stream().map(target -> DynamicContainer.dynamicContainer(target.name,
                EquivalenceCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(target, c)))));
    }

    private void check(Engine target, EquivalenceCases.Case c) {
        List<List<String>> expected = referenceRows(c);
        List<List<String>> actual = run(target, c);
        if (!c.ordered()) {
            expected = sorted(expected);
            actual = sorted(actual);
        }
        assertEquals(expected, actual, () -> target.name + " differs from postgresql for [" + c.sql() + "] translated as ["
                + target.translate(c.sql()) + "]");
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> referenceRows(EquivalenceCases.Case c) {
        Object cached = referenceResults.computeIfAbsent(c, k -> {
            try {
                return run(reference, k);
            } catch (AssertionError e) {
                return e;
            }
        });
        if (cached instanceof AssertionError e) {
            throw new AssertionError("the reference (postgresql) failed: " + e.getMessage(), e);
        }
        List<List<String>> rows = (List<List<String>>) cached;
        assertFalse(rows.isEmpty(), "reference result of [" + c.sql() + "] is empty: the case proves nothing");
        return rows;
    }

    private static List<List<String>> run(Engine e, EquivalenceCases.Case c) {
        try {
            c.setup().forEach(e::execute);
            return e.query(c.sql(), c.params());
        } finally {
            c.cleanup().forEach(e::executeQuietly);
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }
}
