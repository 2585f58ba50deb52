package dev.alchemy.orm.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Session: unit of work, identity map, dirty checking, transactions — on H2 and SQLite. */
class SessionTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> dbs() {
        return Stream.of(Arguments.of("h2", (Supplier<Db>) Db::h2), Arguments.of("sqlite", (Supplier<Db>) () -> Db.sqlite(dir)));
    }

    private static long countUsers(Db db) {
        try (Session s = db.engine.session()) {
            return s.query(User.class).count();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void commitInsertsNewObjectsInOneBatchAndWritesGeneratedIdsBack(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            List<User> users = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                users.add(new User("u" + i, "u" + i + "@example.org"));
            }
            s.addAll(users);
            s.commit();
            List<String> sql = db.statements;
            assertEquals(1, sql.size(), "one batched INSERT: " + sql);
            assertTrue(sql.get(0).toUpperCase().startsWith("INSERT"), sql.get(0));
            assertEquals(5, db.batchSizes.get(0));
            assertEquals(5, users.stream().map(User::getId).distinct().filter(java.util.Objects::nonNull).count());
            db.take();
            assertSame(users.get(3), s.get(User.class, users.get(3).getId()), "identity map answers get()");
            assertEquals(0, db.count(), "get() of a known row issues no SQL");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void identityMapGivesOneObjectPerRow(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            Long id;
            try (Session s = db.engine.session()) {
                User u = new User("Alice", "alice@example.org");
                s.add(u);
                s.commit();
                id = u.getId();
            }
            try (Session s = db.engine.session()) {
                db.take();
                User a = s.get(User.class, id);
                User b = s.get(User.class, id.intValue());
                User c = s.query(User.class).filterBy("email", "alice@example.org").one();
                assertSame(a, b);
                assertSame(a, c);
                assertEquals(2, db.count(), "one SELECT for get, one for the query");
                assertNull(s.get(User.class, id + 1000));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void updateSetsOnlyChangedColumnsAndUnchangedObjectsIssueNoSql(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            try (Session s = db.engine.session()) {
                s.add(new User("Alice", "alice@example.org"));
                s.add(new User("Bob", "bob@example.org"));
                s.commit();
            }
            try (Session s = db.engine.session()) {
                List<User> all = s.query(User.class).orderBy("name").all();
                db.take();
                s.flush();
                s.commit();
                assertEquals(List.of(), db.take(), "nothing changed, nothing written");
                all.get(0).setEmail("alice@new.example.org");
                all.get(1).setName("Bob");  // same value: not a change
                s.commit();
                List<String> sql = db.take();
                assertEquals(1, sql.size(), sql.toString());
                String update = sql.get(0).toLowerCase();
                assertTrue(update.startsWith("update"), update);
                assertTrue(update.contains("email"), update);
                assertFalse(update.contains("name"), "only the changed column is set: " + update);
            }
            try (Session s = db.engine.session()) {
                assertEquals("Alice", s.query(User.class).filterBy("email", "alice@new.example.org").one().getName());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void insertsParentsBeforeChildrenAndDeletesChildrenFirst(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            Long userId;
            try (Session s = db.engine.session()) {
                User u = new User("Carol", "carol@example.org");
                Address home = new Address("Oslo", u);
                Address work = new Address("Bergen");
                u.getAddresses().add(work);           // back reference filled in at flush
                s.add(home);                          // only the child is added; the parent cascades
                s.add(work);
                s.commit();
                List<String> sql = db.take();
                assertEquals(2, sql.size(), sql.toString());
                assertTrue(sql.get(0).contains("ut_users"), "parent first: " + sql);
                assertTrue(sql.get(1).contains("ut_addresses"), sql.toString());
                assertSame(u, work.getUser());
                userId = u.getId();
                assertNotNull(userId);
            }
            try (Session s = db.engine.session()) {
                List<Address> addresses = s.query(Address.class).filter(Prop.prop("user").eq(s.get(User.class, userId))).all();
                assertEquals(2, addresses.size());
                User u = s.get(User.class, userId);
                db.take();
                s.delete(u);
                for (Address a : addresses) {
                    s.delete(a);
                }
                s.commit();
                List<String> sql = db.take();
                // addresses, the user's join-table rows (tags), then the user
                assertEquals(3, sql.size(), sql.toString());
                assertTrue(sql.get(0).contains("ut_addresses"), "children first: " + sql);
                assertTrue(sql.get(1).contains("ut_user_tags"), sql.toString());
                assertTrue(sql.get(2).contains("ut_users"), sql.toString());
                assertTrue(sql.stream().allMatch(q -> q.toUpperCase().startsWith("DELETE")), sql.toString());
                assertFalse(s.contains(u));
            }
            assertEquals(0, countUsers(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void uniqueViolationRollsEverythingBackAndLeavesTheSessionUsable(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            User alice = new User("Alice", "alice@example.org");
            s.add(alice);
            s.commit();
            alice.setName("Alicia");
            User carl = new User("Carl", "carl@example.org");
            User dup = new User("Other", "alice@example.org");
            s.add(carl);
            s.add(dup);
            SessionException e = assertThrows(SessionException.class, s::commit);
            assertNotNull(e.getSQLState());
            assertTrue(e.isConstraintViolation(), "SQLState class 23: " + e.getSQLState());
            assertTrue(e.getStatement().toUpperCase().startsWith("INSERT") && e.getStatement().contains("?"), e.getStatement());
            assertFalse(e.getStatement().contains("alice@example.org"), "no values in the statement: " + e.getStatement());
            assertTrue(e.getCause() instanceof java.sql.SQLException);
            // rolled back: nothing of the failed unit of work is in the database or the session
            assertNull(carl.getId(), "generated id reset");
            assertFalse(s.contains(carl));
            assertFalse(s.contains(dup));
            assertEquals("Alice", alice.getName(), "loaded objects get the database values back");
            assertEquals(1, s.query(User.class).count());
            // and the session goes on working
            s.add(new User("Dave", "dave@example.org"));
            s.commit();
            assertEquals(2, countUsers(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void aFailedUpdateRollsBackEarlierStatementsOfTheSameFlush(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            User a = new User("Ann", "ann@example.org");
            User b = new User("Ben", "ben@example.org");
            s.addAll(List.of(a, b));
            s.commit();
            a.setName("Annie");                  // a good change...
            b.setEmail("ann@example.org");       // ...and one that violates the unique email
            User c = new User("Cid", "cid@example.org");
            s.add(c);                            // inserted first, then rolled back
            SessionException e = assertThrows(SessionException.class, s::flush);
            assertTrue(e.isConstraintViolation(), String.valueOf(e.getSQLState()));
            assertTrue(e.getStatement().toUpperCase().startsWith("UPDATE"), e.getStatement());
            assertEquals("Ann", a.getName());
            assertEquals("ben@example.org", b.getEmail());
            assertNull(c.getId());
            try (Session other = db.engine.session()) {
                assertEquals(List.of("Ann", "Ben"), other.query(User.class).orderBy("name").all().stream()
                        .map(User::getName).collect(java.util.stream.Collectors.toList()));
            }
            a.setName("Annie");
            s.commit();
            try (Session other = db.engine.session()) {
                assertEquals("Annie", other.get(User.class, a.getId()).getName(), "the session works after the failure");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void anObjectOfAnotherSessionCannotBeAdded(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            try (Session s = db.engine.session()) {
                s.add(new User("Ida", "ida@example.org"));
                s.commit();
            }
            try (Session s1 = db.engine.session(); Session s2 = db.engine.session()) {
                User loaded = s1.query(User.class).one();
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s2.add(loaded));
                assertTrue(e.getMessage().contains("another"), e.getMessage());
                assertTrue(s1.contains(loaded));
                assertFalse(s2.contains(loaded));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void rollbackDiscardsFlushedAndUnflushedWork(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            User alice = new User("Alice", "alice@example.org");
            s.add(alice);
            s.commit();
            User bob = new User("Bob", "bob@example.org");
            s.add(bob);
            s.flush();
            assertNotNull(bob.getId());
            alice.setEmail("changed@example.org");
            s.flush();
            s.delete(alice);
            s.rollback();
            assertNull(bob.getId());
            assertFalse(s.contains(bob));
            assertTrue(s.contains(alice));
            assertEquals("alice@example.org", alice.getEmail());
            assertEquals(1, countUsers(db));
            db.take();
            s.commit();
            assertEquals(List.of(), db.take(), "after rollback nothing is left to write");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void closingWithUncommittedWorkRollsBack(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            try (Session s = db.engine.session()) {
                s.add(new User("Eve", "eve@example.org"));
                s.flush();
                assertEquals(1, s.query(User.class).count(), "the session sees its own flushed work");
            }
            assertEquals(0, countUsers(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void refreshReloadsAndExpungeForgets(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            User u = new User("Frank", "frank@example.org");
            s.add(u);
            s.commit();
            try (Session other = db.engine.session()) {
                other.get(User.class, u.getId()).setName("Francis");
                other.commit();
            }
            assertEquals("Frank", s.get(User.class, u.getId()).getName(), "identity map keeps the loaded state");
            u.setEmail("unsaved@example.org");
            s.refresh(u);
            assertEquals("Francis", u.getName());
            assertEquals("frank@example.org", u.getEmail(), "refresh discards unflushed changes");

            s.expunge(u);
            assertFalse(s.contains(u));
            u.setName("Ignored");
            db.take();
            s.commit();
            assertEquals(List.of(), db.take(), "an expunged object is not written");
            User again = s.get(User.class, u.getId());
            assertNotSame(u, again);
            assertEquals("Francis", again.getName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void deletingANewObjectJustForgetsIt(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            User u = new User("Gina", "gina@example.org");
            s.add(u);
            s.delete(u);
            s.commit();
            assertEquals(List.of(), db.take());
            assertThrows(IllegalArgumentException.class, () -> s.delete(new User("x", "y")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void queriesAutoflushPendingObjects(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            User u = new User("Hal", "hal@example.org");
            s.add(u);
            assertSame(u, s.query(User.class).filterBy("name", "Hal").one());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void coreStatementsRunInTheSessionTransaction(String name, Supplier<Db> make) {
        try (Db db = make.get(); Session s = db.engine.session()) {
            s.add(new User("Ivy", "ivy@example.org"));
            var users = dev.alchemy.orm.mapping.Mapper.mapping(User.class).table();
            // sees the pending object (autoflush), in the same transaction
            assertEquals(1L, ((Number) s.execute(dev.alchemy.orm.core.Sql.select(dev.alchemy.orm.core.Sql.count().as("n"))
                    .from(users)).get(0).get("n")).longValue());
            s.execute(dev.alchemy.orm.core.Sql.update(users).set(users.c("name"), "Ivy2"));
            s.rollback();
            assertEquals(0, countUsers(db), "rolled back together");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void aClosedSessionRefusesWork(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            Session s = db.engine.session();
            s.close();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.add(new User("a", "b")));
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
        }
    }
}
