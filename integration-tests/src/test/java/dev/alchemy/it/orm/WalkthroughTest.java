package dev.alchemy.it.orm;

import static dev.alchemy.orm.session.Prop.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.demo.Address;
import dev.alchemy.demo.DemoModel;
import dev.alchemy.demo.Tag;
import dev.alchemy.demo.User;
import dev.alchemy.it.support.TestDatabase;
import dev.alchemy.it.support.TestDatabases;
import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.orm.StatementCounter;
import dev.alchemy.orm.session.Load;
import dev.alchemy.orm.session.Session;
import dev.alchemy.orm.session.SessionException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQLAlchemy's ORM walkthrough, unchanged, on PostgreSQL, MariaDB, SQLite and H2 (the demo's mapped
 * classes, tables {@code orm_*}). Statement counts come from the engine's {@link StatementCounter}.
 */
class WalkthroughTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("postgresql", (Supplier<TestDatabase>) TestDatabases::postgres),
                Arguments.of("mariadb", (Supplier<TestDatabase>) TestDatabases::mariadb),
                Arguments.of("sqlite", (Supplier<TestDatabase>) () -> TestDatabases.sqlite(dir, "orm_walkthrough")),
                Arguments.of("h2", (Supplier<TestDatabase>) () -> TestDatabases.h2("orm_walkthrough")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void walkthrough(String name, Supplier<TestDatabase> which) throws Exception {
        TestDatabase db = which.get();
        try (Engine engine = Alchemy.createEngine(db.alchemyUrl(), db.user(), db.password())) {
            StatementCounter sql = new StatementCounter();
            engine.addListener(sql);
            dropQuietly(engine);
            DemoModel.METADATA.createAll(engine);
            try {
                run(engine, sql);
            } finally {
                DemoModel.METADATA.dropAll(engine);
            }
        }
    }

    private static void dropQuietly(Engine engine) {
        try {
            DemoModel.METADATA.dropAll(engine);
        } catch (SQLException | RuntimeException leftOverTablesAbsent) {
            // nothing left from an earlier run
        }
    }

    private static void run(Engine engine, StatementCounter sql) throws SQLException {
        Long aliceId;
        Long bobId;
        try (Session s = engine.session()) {
            // add Alice and Bob and commit: ids assigned, one batched INSERT
            User alice = new User("Alice", "alice@example.org");
            User bob = new User("Bob", "bob@example.org");
            sql.reset();
            s.addAll(List.of(alice, bob));
            s.commit();
            assertEquals(1, sql.count(), sql.toString());
            assertEquals(1, sql.count("INSERT"), sql.toString());
            assertNotNull(alice.getId());
            assertNotNull(bob.getId());
            assertNotEquals(alice.getId(), bob.getId());
            aliceId = alice.getId();
            bobId = bob.getId();

            // query all
            List<User> all = s.query(User.class).orderBy("id").all();
            assertEquals(List.of(alice, bob), all, "identity map: the query returns the objects added");

            // filterBy email
            assertSame(bob, s.query(User.class).filterBy("email", "bob@example.org").first());
            assertNull(s.query(User.class).filterBy("email", "nobody@example.org").first());

            // filter name like A%
            assertEquals(List.of(alice), s.query(User.class).filter(prop("name").like("A%")).all());

            // update an email and commit: one UPDATE of one column
            alice.setEmail("alice@wonderland.example.org");
            sql.reset();
            s.commit();
            assertEquals(1, sql.count(), sql.toString());
            String update = sql.statements().get(0).toLowerCase();
            assertTrue(update.startsWith("update"), update);
            assertTrue(update.contains("email") && !update.contains("name"), "only the email column: " + update);
            sql.reset();
            s.commit();
            assertEquals(0, sql.count(), "an unchanged object issues no SQL: " + sql);

            // relationships: addresses (many-to-one to User) and tags (many-to-many)
            alice.getAddresses().add(new Address("alice@home.example.org"));
            alice.getAddresses().add(new Address("alice@work.example.org"));
            bob.getAddresses().add(new Address("bob@home.example.org"));
            Tag admin = new Tag("admin");
            Tag staff = new Tag("staff");
            alice.getTags().addAll(List.of(admin, staff));
            bob.getTags().add(staff);
            s.commit();
            assertEquals(3, count(engine, "orm_addresses"));
            assertEquals(3, count(engine, "orm_user_tags"));
        }

        // lazy loading: 1 query for the users + 1 per user on first access
        try (Session s = engine.session()) {
            sql.reset();
            List<User> users = s.query(User.class).orderBy("id").all();
            assertEquals(1, sql.count());
            Map<String, Integer> sizes = new TreeMap<>();
            for (User u : users) {
                sizes.put(u.getName(), u.getAddresses().size());
            }
            assertEquals(Map.of("Alice", 2, "Bob", 1), sizes);
            assertEquals(1 + users.size(), sql.count(), "lazy: one query per user: " + sql);
            // a lazy many-to-one: the owner is already in the identity map, so no SQL
            sql.reset();
            assertSame(users.get(0), users.get(0).getAddresses().get(0).getUser());
            assertEquals(0, sql.count());
        }
        try (Session s = engine.session()) {
            sql.reset();
            Address home = s.query(Address.class).filterBy("emailAddress", "bob@home.example.org").one();
            assertEquals("Bob", home.getUser().getName());
            assertEquals(2, sql.count(), "the address, then its user on first access: " + sql);
        }

        // selectin loading: the users and ONE query for all their addresses (no N+1)
        try (Session s = engine.session()) {
            sql.reset();
            List<User> users = s.query(User.class).options(Load.selectin("addresses")).orderBy("id").all();
            assertEquals(2, sql.count(), sql.toString());
            assertEquals(List.of("alice@home.example.org", "alice@work.example.org"),
                    users.get(0).getAddresses().stream().map(Address::getEmailAddress).sorted().collect(Collectors.toList()));
            assertEquals(1, users.get(1).getAddresses().size());
            assertEquals(2, sql.count(), "no SQL on access after selectin: " + sql);

            // many-to-many, and selectin chosen per relationship (Tag.users)
            sql.reset();
            Tag staff = s.query(Tag.class).filterBy("name", "staff").one();
            assertEquals(2, sql.count(), "the tag and one query for its users: " + sql);
            assertEquals(List.of("Alice", "Bob"), staff.getUsers().stream().map(User::getName).sorted().collect(Collectors.toList()));
            assertSame(users.get(0), staff.getUsers().stream().filter(u -> u.getName().equals("Alice")).findFirst().orElseThrow(),
                    "identity map across relationships");
            // join along the relationship
            assertEquals(List.of("Alice"), s.query(User.class).join("tags").filter(prop("tags.name").eq("admin")).all()
                    .stream().map(User::getName).collect(Collectors.toList()));

            // identity map: same object for the same row, get() answers without SQL
            sql.reset();
            assertSame(users.get(0), s.get(User.class, aliceId));
            assertEquals(0, sql.count());
            assertSame(users.get(0), s.query(User.class).filterBy("email", "alice@wonderland.example.org").one());
        }

        // rollback on a unique-constraint violation leaves the database unchanged and the session usable
        try (Session s = engine.session()) {
            Map<String, Long> before = snapshot(engine);
            User alice = s.get(User.class, aliceId);
            alice.setName("Alicia");
            User carol = new User("Carol", "carol@example.org");
            s.add(carol);
            s.add(new User("Impostor", "bob@example.org"));
            SessionException e = assertThrows(SessionException.class, s::commit);
            assertTrue(e.isConstraintViolation(), "SQLState class 23, was " + e.getSQLState());
            assertTrue(e.getStatement().toUpperCase().startsWith("INSERT") && e.getStatement().contains("?"), e.getStatement());
            assertFalse(e.getStatement().contains("bob@example.org"), "the statement carries no values: " + e.getStatement());
            assertEquals(before, snapshot(engine), "database unchanged");
            assertNull(carol.getId());
            assertFalse(s.contains(carol));
            assertEquals("Alice", alice.getName(), "loaded objects are back to the database's values");
            assertEquals(2, s.query(User.class).count(), "the session is usable");
        }

        // delete and commit (Bob's addresses cascade; his tag links go with him)
        try (Session s = engine.session()) {
            User bob = s.get(User.class, bobId);
            s.delete(bob);
            s.commit();
            assertNull(s.get(User.class, bobId));
            assertEquals(List.of("Alice"), s.query(User.class).all().stream().map(User::getName).collect(Collectors.toList()));
            assertEquals(2, count(engine, "orm_addresses"));
            assertEquals(2, count(engine, "orm_user_tags"));
        }
        try (Session s = engine.session()) {
            assertNull(s.get(User.class, bobId), "the delete was committed");
        }
    }

    private static Map<String, Long> snapshot(Engine engine) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : List.of("orm_users", "orm_addresses", "orm_tags", "orm_user_tags")) {
            counts.put(t, count(engine, t));
        }
        try (Connection c = engine.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM orm_users ORDER BY id")) {
            StringBuilder names = new StringBuilder();
            while (rs.next()) {
                names.append(rs.getString(1)).append(',');
            }
            counts.put("names:" + names, 0L);
        }
        return counts;
    }

    private static long count(Engine engine, String table) throws SQLException {
        try (Connection c = engine.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
