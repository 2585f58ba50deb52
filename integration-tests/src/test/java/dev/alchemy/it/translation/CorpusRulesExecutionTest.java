package dev.alchemy.it.translation;

import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Executed checks of translation rules whose source is not portable SQL (so {@link TranslationEquivalenceTest}
 * cannot run them) or whose target is PostgreSQL itself: the source runs natively where an engine for it exists
 * (PostgreSQL, MariaDB, H2 in {@code MODE=MSSQLServer}), the translation on the target, and the values must agree;
 * where the source engine is missing (T-SQL), the values are the ones its documentation gives.
 */
class CorpusRulesExecutionTest {
    private static final String H2_TSQL_URL = "jdbc:h2:mem:corpus_rules_tsql;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    private static String translate(Dialect source, Dialect target, String sql) throws TranslationException {
        return SqlTranslator.builder().source(source).target(target).onError(OnError.FAIL).cacheSize(0).build()
                .translate(sql);
    }

    private static Connection connect(TestDatabase db) throws SQLException {
        return DriverManager.getConnection(db.realUrl(), db.user(), db.password());
    }

    /** The rows of {@code sql}, each column read with {@code getString}. */
    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int k = 1; k <= n; k++) {
                    row.add(rs.getString(k));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The timestamps of the single row of {@code sql}, to the second (MariaDB's DATETIME(6) prints micros). */
    private static List<String> timestamps(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            rs.next();
            for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                values.add(rs.getTimestamp(k).toLocalDateTime().toString());
            }
            return values;
        }
    }

    @Test
    void eomonthFromTsqlIsTheLastDayOfTheMonthOnPostgres() throws Exception {
        String tsql = "SELECT EOMONTH(CAST('2024-02-10' AS DATE)), EOMONTH(CAST('2024-03-15' AS DATE), -1),"
                + " EOMONTH(CAST('2023-12-31' AS DATE), 2), EOMONTH(CAST('2023-01-31' AS DATE), 1)";
        try (Connection pg = connect(TestDatabases.postgres())) {
            assertEquals(List.of(List.of("2024-02-29", "2024-02-29", "2024-02-29", "2023-02-28")),
                    rows(pg, translate(Dialect.SQLSERVER, Dialect.POSTGRESQL, tsql)));
        }
    }

    @Test
    void postgresIntervalsLandOnMariaDbWherePostgresLands() throws Exception {
        // Feb 29 and month ends are where adding 1 year then 2 months, or days before months, would differ
        for (String at : List.of("2024-02-29 10:00:00", "2024-01-29 23:30:00", "2023-12-31 00:00:00")) {
            String ts = "TIMESTAMP '" + at + "'";
            String sql = "SELECT " + ts + " + MAKE_INTERVAL(years => 1, months => 2, days => 3), "
                    + ts + " - MAKE_INTERVAL(years => 1, months => 1, hours => 5), "
                    + ts + " + MAKE_INTERVAL(0, 1, 1, 1, 1, 1, 1), "
                    + ts + " + INTERVAL '3 days 1 month', " + ts + " - INTERVAL '1 year 2 mons 4 hours', "
                    + ts + " + INTERVAL '5 m'";
            try (Connection pg = connect(TestDatabases.postgres()); Connection maria = connect(TestDatabases.mariadb())) {
                assertEquals(timestamps(pg, sql), timestamps(maria, translate(Dialect.POSTGRESQL, Dialect.MYSQL, sql)),
                        sql);
            }
        }
    }

    @Test
    void fullJoinUsingOnMariaDbGivesPostgresRows() throws Exception {
        List<String> setup = List.of("DROP TABLE IF EXISTS corpus_fj1", "DROP TABLE IF EXISTS corpus_fj2",
                "CREATE TABLE corpus_fj1 (x INT, y INT, a VARCHAR(5))", "CREATE TABLE corpus_fj2 (x INT, y INT, b VARCHAR(5))",
                "INSERT INTO corpus_fj1 VALUES (1, 1, 'a1'), (2, 2, 'a2'), (NULL, 3, 'an'), (4, 4, 'a4')",
                "INSERT INTO corpus_fj2 VALUES (2, 2, 'b2'), (3, 3, 'b3'), (NULL, 3, 'bn'), (4, 5, 'b4')");
        List<String> queries = List.of(
                "SELECT x, a, b FROM corpus_fj1 FULL OUTER JOIN corpus_fj2 USING (x)",
                "SELECT x, y, p.a, q.b FROM corpus_fj1 AS p FULL JOIN corpus_fj2 q USING (x, y) WHERE x IS NULL OR x > 1",
                "SELECT corpus_fj1.*, corpus_fj2.b FROM corpus_fj1 FULL JOIN corpus_fj2 USING (x)");
        try (Connection pg = connect(TestDatabases.postgres()); Connection maria = connect(TestDatabases.mariadb())) {
            try {
                for (Connection c : List.of(pg, maria)) {
                    try (Statement s = c.createStatement()) {
                        for (String sql : setup) {
                            s.execute(sql);
                        }
                    }
                }
                for (String sql : queries) {
                    List<List<String>> expected = sorted(rows(pg, sql));
                    assertEquals(expected, sorted(rows(maria, translate(Dialect.POSTGRESQL, Dialect.MYSQL, sql))), sql);
                }
            } finally {
                for (Connection c : List.of(pg, maria)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP TABLE IF EXISTS corpus_fj1");
                        s.execute("DROP TABLE IF EXISTS corpus_fj2");
                    }
                }
            }
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(java.util.Comparator.comparing(Object::toString));
        return copy;
    }

    @Test
    void jsonExtractOfMembersOnPostgresGivesMariaDbsValues() throws Exception {
        String doc = "'{\"a b\": {\"c\": 1}, \"k\": \"v\", \"n\": 5, \"it''s\": [1, 2]}'";
        String sql = "SELECT JSON_EXTRACT(" + doc + ", '$.\"a b\"'), JSON_EXTRACT(" + doc + ", '$.\"a b\".c'),"
                + " JSON_EXTRACT(" + doc + ", '$.k'), JSON_EXTRACT(" + doc + ", '$.n'),"
                + " JSON_EXTRACT(" + doc + ", '$.\"it''s\"'), JSON_EXTRACT(" + doc + ", '$.missing')";
        try (Connection pg = connect(TestDatabases.postgres()); Connection maria = connect(TestDatabases.mariadb())) {
            List<List<String>> expected = rows(maria, translate(Dialect.MYSQL, Dialect.MYSQL, sql));
            assertEquals(expected, rows(pg, translate(Dialect.MYSQL, Dialect.POSTGRESQL, sql)));
            assertEquals(expected, rows(pg, translate(Dialect.PORTABLE, Dialect.POSTGRESQL, sql)));
            // JSONPath's bracket form, which MySQL does not read, from portable SQL
            assertEquals(List.of(List.of("1")), rows(pg, translate(Dialect.PORTABLE, Dialect.POSTGRESQL,
                    "SELECT JSON_EXTRACT(" + doc + ", '$[\"a b\"][''c'']')")));
        }
    }

    @Test
    void standaloneIntervalsAndArrayPrependMeanOnPostgresWhatTheyMeanInPortableSql() throws Exception {
        // untranslated, PostgreSQL reads INTERVAL '1' WEEK as one second
        String sql = "SELECT INTERVAL '1' WEEK = INTERVAL '7 days', JUSTIFY_HOURS(INTERVAL '27' HOUR) = INTERVAL '1 day 3 hours',"
                + " INTERVAL '-2' DAY = INTERVAL '-48 hours', INTERVAL '1.5' SECOND = INTERVAL '1500 milliseconds',"
                + " CAST(ARRAY_PREPEND(ARRAY[1, 2], 0) AS TEXT)";
        try (Connection pg = connect(TestDatabases.postgres())) {
            assertEquals(List.of(List.of("t", "t", "t", "t", "{0,1,2}")),
                    rows(pg, translate(Dialect.PORTABLE, Dialect.POSTGRESQL, sql)));
        }
    }

    @Test
    void identityKeepsItsStartAfterNotNullOnPostgresSqlServerAndMariaDb() throws Exception {
        String tsql = "CREATE TABLE corpus_ident (id INTEGER NOT NULL IDENTITY(10, 1) PRIMARY KEY, v INT)";
        String pgsql = "CREATE TABLE corpus_ident (id INT NOT NULL GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY, v INT)";
        try (Connection pg = connect(TestDatabases.postgres()); Connection h2 = DriverManager.getConnection(H2_TSQL_URL, "sa", "");
             Connection maria = connect(TestDatabases.mariadb())) {
            // MariaDB numbers from the table's AUTO_INCREMENT option, not the column
            for (var target : List.of(new Object[] {pg, translate(Dialect.SQLSERVER, Dialect.POSTGRESQL, tsql)},
                    new Object[] {h2, translate(Dialect.POSTGRESQL, Dialect.SQLSERVER, pgsql)},
                    new Object[] {maria, translate(Dialect.SQLSERVER, Dialect.MYSQL, tsql)},
                    new Object[] {maria, translate(Dialect.POSTGRESQL, Dialect.MYSQL, pgsql)})) {
                Connection c = (Connection) target[0];
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS corpus_ident");
                    s.execute((String) target[1]);
                    s.execute("INSERT INTO corpus_ident (v) VALUES (1)");
                    s.execute("INSERT INTO corpus_ident (v) VALUES (2)");
                }
                try {
                    assertEquals(List.of(List.of("10", "1"), List.of("11", "2")),
                            rows(c, "SELECT id, v FROM corpus_ident ORDER BY id"), (String) target[1]);
                } finally {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP TABLE corpus_ident");
                    }
                }
            }
        }
    }
}
