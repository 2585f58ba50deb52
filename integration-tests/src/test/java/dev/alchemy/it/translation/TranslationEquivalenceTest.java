package dev.alchemy.it.translation;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Executed equivalence: every case of {@link EquivalenceCases}, written once in portable SQL, is translated for and
 * run on PostgreSQL (the reference) and on SQLite, H2 and MariaDB, and must return the same rows (in order when
 * the case has a total ORDER BY, as multisets otherwise), compared after {@link ResultNormalizer}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationEquivalenceTest {
    private Engine reference;
    private final List<Engine> targets = new ArrayList<>();
    private final Map<EquivalenceCases.Case, Object> referenceResults = new LinkedHashMap<>();

    /** One database reached through translation from portable SQL. */
    private static final class Engine implements AutoCloseable {
        final String name;
        final Connection connection;
        final SqlTranslator translator;

        Engine(String name, TestDatabase db, Dialect dialect) throws SQLException {
            this.name = name;
            this.connection = DriverManager.getConnection(db.realUrl(), db.user(), db.password());
            this.translator = SqlTranslator.builder().source(Dialect.PORTABLE).target(dialect).onError(OnError.FAIL).build();
        }

        String translate(String sql) {
            try {
                return translator.translate(sql);
            } catch (TranslationException e) {
                throw new AssertionError(name + ": cannot translate [" + sql + "]: " + e.getMessage(), e);
            }
        }

        void execute(String sql) {
            String translated = translate(sql);
            try (PreparedStatement ps = connection.prepareStatement(translated)) {
                ps.execute();
            } catch (SQLException e) {
                throw new AssertionError(name + ": [" + translated + "] failed: " + e.getMessage(), e);
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
            String translated = translate(sql);
            try (PreparedStatement ps = connection.prepareStatement(translated)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                boolean hasResults = ps.execute();
                if (!hasResults) {
                    throw new AssertionError(name + ": [" + translated + "] returned no result set");
                }
                try (ResultSet rs = ps.getResultSet()) {
                    return ResultNormalizer.rows(rs);
                }
            } catch (SQLException e) {
                throw new AssertionError(name + ": [" + translated + "] failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    @BeforeAll
    void createSchemas(@TempDir Path sqliteDir) throws SQLException {
        reference = new Engine("postgresql", TestDatabases.postgres(), Dialect.POSTGRESQL);
        TestDatabase sqlite = TestDatabases.sqlite(sqliteDir, "teq");
        // SQLite has no timestamp type: translated DDL and literals keep timestamps as ISO text, so bound
        // java.sql.Timestamp values must be written as the same text (sqlite-jdbc's default is epoch milliseconds).
        sqlite = new TestDatabase(sqlite.name(), sqlite.realUrl() + "?date_class=TEXT&date_string_format=yyyy-MM-dd HH:mm:ss",
                sqlite.user(), sqlite.password());
        targets.add(new Engine("sqlite", sqlite, Dialect.SQLITE));
        targets.add(new Engine("h2", TestDatabases.h2("teq"), Dialect.H2));
        targets.add(new Engine("mariadb", TestDatabases.mariadb(), Dialect.MYSQL));
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
