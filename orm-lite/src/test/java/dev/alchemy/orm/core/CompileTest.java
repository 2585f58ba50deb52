package dev.alchemy.orm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.translator.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every builder feature compiles to: the SQL text, and the parameters bound in marker order. */
class CompileTest {
    private final Schema s = new Schema("");
    private final Table users = s.users;
    private final Table addresses = s.addresses;

    private static Compiled h2(Executable e) {
        return e.compile(Dialect.H2);
    }

    private static long markers(String sql) {
        return sql.chars().filter(ch -> ch == '?').count();
    }

    @Test
    void selectWithJoinInferredFromForeignKeyAndEveryClause() {
        Select q = Sql.select(users.c("id"), users.c("name")).from(users)
                .join(addresses)
                .where(users.c("name").like("A%").and(users.c("id").gt(3)).or(Sql.not(users.c("email").isNull())))
                .groupBy(users.c("id"), users.c("name"))
                .having(Sql.count().gt(1))
                .orderBy(users.c("name").asc())
                .limit(10).offset(5);
        Compiled c = h2(q);
        assertEquals("SELECT users.id, users.name FROM users JOIN addresses ON addresses.user_id = users.id"
                + " WHERE (users.name LIKE ? AND users.id > ?) OR NOT (users.email IS NULL)"
                + " GROUP BY users.id, users.name HAVING COUNT(*) > ? ORDER BY users.name ASC LIMIT ? OFFSET ?", c.sql());
        assertEquals(List.of("A%", 3, 1, 10, 5), c.params());
        assertEquals(markers(c.sql()), c.params().size());
    }

    @Test
    void fromIsInferredFromTheSelectedColumns() {
        assertEquals("SELECT users.name, addresses.street FROM users, addresses WHERE addresses.user_id = users.id",
                h2(Sql.select(users.c("name"), addresses.c("street")).where(addresses.c("user_id").eq(users.c("id")))).sql());
        assertEquals("SELECT users.name, addresses.street FROM users JOIN addresses ON addresses.user_id = users.id",
                h2(Sql.select(users.c("name"), addresses.c("street")).join(addresses)).sql());
    }

    @Test
    void leftJoinAndExplicitOn() {
        assertEquals("SELECT users.name FROM users LEFT OUTER JOIN addresses ON addresses.user_id = users.id",
                h2(Sql.select(users.c("name")).from(users).leftJoin(addresses)).sql());
        Compiled c = h2(Sql.select(users.c("name")).from(users)
                .join(addresses, addresses.c("user_id").eq(users.c("id")).and(addresses.c("street").ne("Main"))));
        assertEquals("SELECT users.name FROM users JOIN addresses ON addresses.user_id = users.id AND addresses.street <> ?", c.sql());
        assertEquals(List.of("Main"), c.params());
    }

    @Test
    void joinWithoutForeignKeySaysHowToFixIt() {
        Metadata md = new Metadata();
        Table a = md.table("a", Column.of("id", Types.INTEGER).primaryKey());
        Table b = md.table("b", Column.of("id", Types.INTEGER).primaryKey());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sql.select(a.c("id")).from(a).join(b));
        assertTrue(e.getMessage().contains("no foreign key links b to a"), e.getMessage());
    }

    @Test
    void comparisonOperatorsAndNullChecks() {
        Column id = users.c("id");
        Compiled c = h2(Sql.select(id).where(Sql.and(id.eq(1), id.ne(2), id.lt(3), id.le(4), id.gt(5), id.ge(6),
                id.isNull(), id.isNotNull(), users.c("email").eq(null), users.c("email").ne(null))));
        assertEquals("SELECT users.id FROM users WHERE users.id = ? AND users.id <> ? AND users.id < ? AND users.id <= ?"
                + " AND users.id > ? AND users.id >= ? AND users.id IS NULL AND users.id IS NOT NULL"
                + " AND users.email IS NULL AND users.email IS NOT NULL", c.sql());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), c.params());
    }

    @Test
    void inNotInBetweenAndLike() {
        Column id = users.c("id");
        Compiled c = h2(Sql.select(id).where(id.in(List.of(1, 2, 3)).and(id.notIn(7, 8)).and(id.between(10, 20))
                .and(users.c("name").notLike("%x"))));
        assertEquals("SELECT users.id FROM users WHERE users.id IN (?, ?, ?) AND users.id NOT IN (?, ?)"
                + " AND users.id BETWEEN ? AND ? AND users.name NOT LIKE ?", c.sql());
        assertEquals(List.of(1, 2, 3, 7, 8, 10, 20, "%x"), c.params());
    }

    @Test
    void emptyInListMatchesNothingAndEmptyNotInMatchesEverything() {
        Column id = users.c("id");
        assertEquals("SELECT users.id FROM users WHERE 1 = 0", h2(Sql.select(id).where(id.in(List.of()))).sql());
        assertEquals("SELECT users.id FROM users WHERE 1 = 1", h2(Sql.select(id).where(id.notIn(List.of()))).sql());
    }

    @Test
    void valuesAreNeverSplicedIntoTheSql() {
        String evil = "x'); DROP TABLE users; --";
        List<Executable> statements = List.of(
                Sql.select(users.c("id")).where(users.c("name").eq(evil)),
                Sql.select(users.c("id")).where(users.c("name").like(evil).or(users.c("email").in(evil, evil))),
                Sql.select(Sql.func("lower", evil).as("l")),
                Sql.insert(users).values(Map.of("name", evil, "email", evil)),
                Sql.update(users).set("name", evil).where(users.c("email").eq(evil)),
                Sql.delete(users).where(users.c("name").between(evil, evil)));
        for (Dialect d : Dialect.values()) {
            for (Executable e : statements) {
                Compiled c = e.compile(d);
                assertFalse(c.sql().contains("DROP"), c.sql());
                assertTrue(c.params().contains(evil), d + ": " + c.sql());
                assertEquals(markers(c.sql()), c.params().size(), c.sql());
            }
        }
    }

    @Test
    void aliasesOfTablesAndColumns() {
        Table u = users.alias("u");
        Table a = addresses.alias("a");
        Compiled c = h2(Sql.select(u.c("name").as("who"), a.c("street")).from(u).join(a).where(u.c("id").eq(1)).orderBy(u.c("name").as("who").desc()));
        assertEquals("SELECT u.name AS who, a.street FROM users u JOIN addresses a ON a.user_id = u.id WHERE u.id = ? ORDER BY who DESC", c.sql());
        assertEquals(List.of("who", "street"), c.resultLabels());
    }

    @Test
    void ambiguousForeignKeysMustBeNamed() {
        Metadata md = new Metadata();
        md.table("person", Column.of("id", Types.INTEGER).primaryKey());
        Table doc = md.table("doc", Column.of("id", Types.INTEGER).primaryKey(), Column.of("author", Types.INTEGER).references("person.id"),
                Column.of("editor", Types.INTEGER).references("person.id"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sql.select(doc.c("id")).from(doc).join(md.table("person")));
        assertTrue(e.getMessage().contains("2 foreign keys link person and doc"), e.getMessage());
        Table emp = new Metadata().table("emp", Column.of("id", Types.INTEGER).primaryKey(), Column.of("boss_id", Types.INTEGER).references("emp.id"));
        assertThrows(IllegalArgumentException.class, () -> Sql.select(emp.alias("e").c("id")).from(emp.alias("e")).join(emp.alias("b")));
    }

    @Test
    void chainedJoinsInferFromTheNearestRelatedTable() {
        Metadata md = new Metadata();
        Table a = md.table("a", Column.of("id", Types.INTEGER).primaryKey());
        Table b = md.table("b", Column.of("id", Types.INTEGER).primaryKey(), Column.of("a_id", Types.INTEGER).references("a.id"));
        Table c = md.table("c", Column.of("id", Types.INTEGER).primaryKey(), Column.of("b_id", Types.INTEGER).references("b.id"));
        assertEquals("SELECT a.id, c.id FROM a JOIN b ON b.a_id = a.id JOIN c ON c.b_id = b.id",
                h2(Sql.select(a.c("id"), c.c("id")).from(a).join(b).join(c)).sql());
    }

    @Test
    void selfJoinThroughTwoAliases() {
        Metadata md = new Metadata();
        Table emp = md.table("emp", Column.of("id", Types.INTEGER).primaryKey(), Column.of("boss_id", Types.INTEGER).references("emp.id"),
                Column.of("name", Types.string(20)));
        Table e = emp.alias("e");
        Table b = emp.alias("b");
        assertEquals("SELECT e.name, b.name AS boss FROM emp e JOIN emp b ON e.boss_id = b.id",
                h2(Sql.select(e.c("name"), b.c("name").as("boss")).from(e).join(b, e.c("boss_id").eq(b.c("id")))).sql());
    }

    @Test
    void aggregatesAndFunctions() {
        Compiled c = h2(Sql.select(users.c("name"), Sql.count().as("n"), Sql.max(users.c("id")), Sql.min(users.c("id")),
                Sql.sum(users.c("id")), Sql.avg(users.c("id")), Sql.countDistinct(users.c("email")),
                Sql.lower(users.c("name")), Sql.upper(users.c("name")), Sql.coalesce(users.c("email"), "none"),
                Sql.func("length", users.c("name"))).groupBy(users.c("name")));
        assertEquals("SELECT users.name, COUNT(*) AS n, MAX(users.id), MIN(users.id), SUM(users.id), AVG(users.id),"
                + " COUNT(DISTINCT users.email), LOWER(users.name), UPPER(users.name), COALESCE(users.email, ?), length(users.name)"
                + " FROM users GROUP BY users.name", c.sql());
        assertEquals(List.of("none"), c.params());
        assertThrows(IllegalArgumentException.class, () -> Sql.func("x); DROP TABLE users; --", 1));
    }

    @Test
    void subqueriesInFromInExistsAndAsValues() {
        Select counts = Sql.select(addresses.c("user_id"), Sql.count().as("n")).groupBy(addresses.c("user_id"));
        Subquery sub = counts.as("c");
        Compiled c = h2(Sql.select(users.c("name"), sub.c("n")).from(users).join(sub, sub.c("user_id").eq(users.c("id"))).where(sub.c("n").gt(2)));
        assertEquals("SELECT users.name, c.n FROM users JOIN (SELECT addresses.user_id, COUNT(*) AS n FROM addresses"
                + " GROUP BY addresses.user_id) c ON c.user_id = users.id WHERE c.n > ?", c.sql());
        assertEquals(List.of(2), c.params());

        Compiled in = h2(Sql.select(users.c("name")).where(users.c("id").in(Sql.select(addresses.c("user_id")).where(addresses.c("street").like("M%")))));
        assertEquals("SELECT users.name FROM users WHERE users.id IN (SELECT addresses.user_id FROM addresses WHERE addresses.street LIKE ?)", in.sql());
        assertEquals(List.of("M%"), in.params());

        // the subquery refers to users: it correlates to the enclosing query instead of adding users to its FROM
        Compiled exists = h2(Sql.select(users.c("name")).where(Sql.exists(Sql.select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id"))))));
        assertEquals("SELECT users.name FROM users WHERE EXISTS (SELECT addresses.id FROM addresses WHERE addresses.user_id = users.id)", exists.sql());

        Compiled scalar = h2(Sql.select(users.c("name"), Sql.select(Sql.count()).from(addresses).where(addresses.c("user_id").eq(users.c("id"))).asScalar().as("addrs")));
        assertEquals("SELECT users.name, (SELECT COUNT(*) FROM addresses WHERE addresses.user_id = users.id) AS addrs FROM users", scalar.sql());

        Compiled notIn = h2(Sql.select(users.c("id")).where(users.c("id").notIn(Sql.select(addresses.c("user_id")))));
        assertEquals("SELECT users.id FROM users WHERE users.id NOT IN (SELECT addresses.user_id FROM addresses)", notIn.sql());
    }

    @Test
    void distinctAndOrderWithoutLimit() {
        assertEquals("SELECT DISTINCT users.name FROM users ORDER BY users.name DESC, users.id",
                h2(Sql.select(users.c("name")).distinct().orderBy(users.c("name").desc(), users.c("id"))).sql());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void limitAndOffsetPerDialectAreBoundParameters(Dialect d) {
        Compiled both = Sql.select(users.c("id")).orderBy(users.c("id")).limit(10).offset(20).compile(d);
        Compiled offsetOnly = Sql.select(users.c("id")).orderBy(users.c("id")).offset(20).compile(d);
        String head = "SELECT users.id FROM users ORDER BY users.id";
        switch (d) {
            case SQLSERVER -> {
                assertEquals(head + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", both.sql());
                assertEquals(List.of(20, 10), both.params());
                assertEquals(head + " OFFSET ? ROWS", offsetOnly.sql());
            }
            case MYSQL -> {
                assertEquals(head + " LIMIT ? OFFSET ?", both.sql());
                assertEquals(head + " LIMIT 18446744073709551615 OFFSET ?", offsetOnly.sql());
            }
            case SQLITE -> {
                assertEquals(head + " LIMIT ? OFFSET ?", both.sql());
                assertEquals(head + " LIMIT -1 OFFSET ?", offsetOnly.sql());
            }
            default -> {
                assertEquals(head + " LIMIT ? OFFSET ?", both.sql());
                assertEquals(List.of(10, 20), both.params());
                assertEquals(head + " OFFSET ?", offsetOnly.sql());
            }
        }
        assertEquals(List.of(20), offsetOnly.params());
    }

    @Test
    void sqlServerPagingWithoutOrderByGetsOne() {
        assertEquals("SELECT users.id FROM users ORDER BY (SELECT NULL) OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                Sql.select(users.c("id")).limit(3).compile(Dialect.SQLSERVER).sql());
    }

    @Test
    void insertUpdateDelete() {
        Compiled ins = h2(Sql.insert(users).values(Map.of("name", "Alice")).value(users.c("email"), "a@x.org"));
        assertEquals("INSERT INTO users (name, email) VALUES (?, ?)", ins.sql());
        assertEquals(List.of("Alice", "a@x.org"), ins.params());

        Compiled up = h2(Sql.update(users).set(users.c("email"), "b@x.org").set("name", users.c("name")).where(users.c("id").eq(7)));
        assertEquals("UPDATE users SET email = ?, name = name WHERE id = ?", up.sql());
        assertEquals(List.of("b@x.org", 7), up.params());

        Compiled arithmetic = h2(Sql.update(users).set("id", users.c("id").plus(1)).where(users.c("id").gt(100)));
        assertEquals("UPDATE users SET id = id + ? WHERE id > ?", arithmetic.sql());

        Compiled del = h2(Sql.delete(users).where(users.c("name").eq("Bob").or(users.c("email").isNull())));
        assertEquals("DELETE FROM users WHERE users.name = ? OR users.email IS NULL".replace("users.", ""), del.sql());
        assertEquals(List.of("Bob"), del.params());
        assertEquals("DELETE FROM users", h2(Sql.delete(users)).sql());
    }

    @Test
    void insertWithoutValuesUsesDefaults() {
        Metadata md = new Metadata();
        Table t = md.table("t", Column.of("id", Types.INTEGER).primaryKey().autoIncrement());
        assertEquals("INSERT INTO t DEFAULT VALUES", h2(Sql.insert(t)).sql());
        assertEquals("INSERT INTO t () VALUES ()", Sql.insert(t).compile(Dialect.MYSQL).sql());
    }

    @Test
    void javaDefaultsAreBoundForColumnsLeftOut() {
        Metadata md = new Metadata();
        Table t = md.table("t", Column.of("id", Types.INTEGER).primaryKey(), Column.of("status", Types.string(10)).defaultValue(() -> "new"));
        Compiled c = h2(Sql.insert(t).values(Map.of("id", 1)));
        assertEquals("INSERT INTO t (id, status) VALUES (?, ?)", c.sql());
        assertEquals(List.of(1, "new"), c.params());
        assertEquals(List.of(1, "given"), h2(Sql.insert(t).values(Map.of("id", 1, "status", "given"))).params());
    }

    @Test
    void reservedAndMixedCaseIdentifiersAreQuotedPerDialectOthersAreNot() {
        Metadata md = new Metadata();
        Table user = md.table("user", Column.of("id", Types.INTEGER).primaryKey(), Column.of("order", Types.INTEGER),
                Column.of("firstName", Types.string(20)), Column.of("plain_name", Types.string(20)));
        Select q = Sql.select(user.c("order"), user.c("firstName"), user.c("plain_name")).where(user.c("id").eq(1));
        assertEquals("SELECT \"user\".\"order\", \"user\".\"firstName\", \"user\".plain_name FROM \"user\" WHERE \"user\".id = ?",
                q.compile(Dialect.POSTGRESQL).sql());
        assertEquals("SELECT `user`.`order`, `user`.`firstName`, `user`.plain_name FROM `user` WHERE `user`.id = ?",
                q.compile(Dialect.MYSQL).sql());
        assertEquals("SELECT [user].[order], [user].[firstName], [user].plain_name FROM [user] WHERE [user].id = ?",
                q.compile(Dialect.SQLSERVER).sql());
        assertEquals("INSERT INTO \"user\" (id, \"order\") VALUES (?, ?)",
                Sql.insert(user).values(Map.of("id", 1, "order", 2)).compile(Dialect.H2).sql().replace("(id, \"order\")", "(id, \"order\")"));
    }

    @Test
    void parameterTypesFollowTheColumnComparedWith() {
        Compiled c = h2(Sql.select(users.c("id")).where(users.c("created").gt("2024-01-01T00:00").and(users.c("id").eq(5L))));
        assertEquals(Arrays.asList(Types.TIMESTAMP, Types.INTEGER), c.paramTypes());
        assertEquals(Arrays.asList("created", "id"), c.paramNames());
    }

    @Test
    void unknownColumnsAndTablesNameWhatExists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> users.c("nmae"));
        assertTrue(e.getMessage().contains("[id, name, email, created]"), e.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> s.md.table("user"));
        assertTrue(t.getMessage().contains("[users, addresses]"), t.getMessage());
        assertThrows(IllegalStateException.class, () -> Sql.update(users).compile(Dialect.H2));
    }

    @Test
    void caseCastAndConcat() {
        Compiled c = h2(Sql.select(Sql.caseWhen(users.c("id").lt(10), "low").when(users.c("id").lt(100), "mid").otherwise("high").as("band"),
                Sql.cast(users.c("id"), Types.string(10)), Sql.concat(users.c("name"), " <", users.c("email"), ">")));
        assertEquals("SELECT CASE WHEN users.id < ? THEN ? WHEN users.id < ? THEN ? ELSE ? END AS band, CAST(users.id AS VARCHAR(10)),"
                + " CONCAT(users.name, ?, users.email, ?) FROM users", c.sql());
        assertEquals(List.of(10, "low", 100, "mid", "high", " <", ">"), c.params());
        assertEquals("SELECT CAST(users.id AS CHAR(10)) FROM users", Sql.select(Sql.cast(users.c("id"), Types.string(10))).compile(Dialect.MYSQL).sql());
        assertEquals("SELECT CAST(users.name AS SIGNED) FROM users", Sql.select(Sql.cast(users.c("name"), Types.BIGINT)).compile(Dialect.MYSQL).sql());
    }
}
