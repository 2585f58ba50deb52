package dev.alchemy.orm.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lazy loading through the generated subclass, selectin loading without N+1, many-to-many links. */
class RelationshipTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> dbs() {
        return Stream.of(Arguments.of("h2", (Supplier<Db>) Db::h2), Arguments.of("sqlite", (Supplier<Db>) () -> Db.sqlite(dir)));
    }

    private static final int USERS = 4;

    private static void seed(Db db) {
        try (Session s = db.engine.session()) {
            Tag t = new Tag("t");
            for (int i = 0; i < USERS; i++) {
                User u = new User("user" + i, "user" + i + "@example.org");
                u.getAddresses().add(new Address("a" + i));
                u.getAddresses().add(new Address("b" + i));
                u.getTags().add(t);
                s.add(u);
            }
            s.commit();
        }
        db.take();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void lazyCollectionLoadsOnFirstAccessOneQueryPerOwner(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                List<User> users = s.query(User.class).orderBy("id").all();
                assertEquals(1, db.count());
                assertNotSame(User.class, users.get(0).getClass(), "loaded objects are the lazy subclass");
                assertTrue(users.get(0) instanceof User);
                for (User u : users) {
                    assertEquals(2, u.getAddresses().size());
                }
                assertEquals(USERS, db.count(), "one query per user: the N+1 that selectin avoids");
                users.get(0).getAddresses();
                assertEquals(0, db.count(), "loaded once");
                Address a = users.get(0).getAddresses().get(0);
                assertSame(users.get(0), a.getUser(), "the back reference is the owner, no SQL");
                assertEquals(0, db.count());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void lazyManyToOneLoadsOnFirstAccess(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                Address a = s.query(Address.class).filterBy("city", "a1").one();
                assertEquals(1, db.count());
                User u = a.getUser();
                assertEquals("user1", u.getName());
                assertEquals(1, db.count(), "one SELECT for the reference");
                assertSame(u, s.query(Address.class).filterBy("city", "b1").one().getUser(), "identity map: same owner");
                assertEquals(1, db.count(), "the second address finds its user in the identity map");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void selectinPerQueryLoadsTheCollectionForAllOwnersInOneQuery(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                List<User> users = s.query(User.class).options(Load.selectin("addresses")).all();
                assertEquals(2, db.count(), "users + one query for all their addresses");
                int total = 0;
                for (User u : users) {
                    total += u.getAddresses().size();
                    for (Address a : u.getAddresses()) {
                        assertSame(u, a.getUser());
                    }
                }
                assertEquals(2 * USERS, total);
                assertEquals(0, db.count(), "no further SQL on access");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void selectinManyToOneLoadsEveryReferencedObjectInOneQuery(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                List<Address> addresses = s.query(Address.class).options(Load.selectin("user")).all();
                assertEquals(2 * USERS, addresses.size());
                assertEquals(2, db.count(), "addresses + one query for their users");
                assertEquals(USERS, addresses.stream().map(Address::getUser).distinct().count());
                assertEquals(0, db.count(), "no SQL on access");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void selectinPerRelationshipIsTheDefaultForThatRelationship(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                Tag t = s.query(Tag.class).one();                 // Tag.users is fetch = SELECTIN
                assertEquals(2, db.count());
                assertEquals(USERS, t.getUsers().size());
                assertEquals(0, db.count());
                Tag again = s.query(Tag.class).options(Load.lazy("users")).one();
                assertSame(t, again);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void manyToManyWritesOnlyTheChangedJoinRows(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            Long id;
            try (Session s = db.engine.session()) {
                User u = s.query(User.class).filterBy("name", "user0").one();
                id = u.getId();
                Tag extra = new Tag("extra");
                u.getTags().add(extra);
                db.take();
                s.commit();
                List<String> sql = db.take();
                // the lazy load of tags happened before; now: INSERT tag, INSERT join row
                assertEquals(2, sql.size(), sql.toString());
                assertTrue(sql.get(1).contains("ut_user_tags"), sql.toString());
            }
            try (Session s = db.engine.session()) {
                User u = s.get(User.class, id);
                assertEquals(Set.of("t", "extra"), u.getTags().stream().map(Tag::getLabel).collect(Collectors.toSet()));
                u.getTags().removeIf(t -> t.getLabel().equals("t"));
                db.take();
                s.commit();
                List<String> sql = db.take();
                assertEquals(1, sql.size(), sql.toString());
                assertTrue(sql.get(0).toUpperCase().startsWith("DELETE") && sql.get(0).contains("ut_user_tags"), sql.toString());
            }
            try (Session s = db.engine.session()) {
                assertEquals(List.of("extra"), s.get(User.class, id).getTags().stream().map(Tag::getLabel).collect(Collectors.toList()));
                Tag t = s.query(Tag.class).filterBy("label", "t").one();
                assertEquals(USERS - 1, t.getUsers().size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void aNewTreeIsInsertedParentsFirst(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            Long rootId;
            try (Session s = db.engine.session()) {
                Node root = new Node("root");
                Node a = new Node("a");
                Node a1 = new Node("a1");
                a.getChildren().add(a1);
                root.getChildren().add(a);
                root.getChildren().add(new Node("b"));
                s.add(a1);                       // the deepest first: the session orders by reference
                s.add(root);
                s.commit();
                List<String> sql = db.take();
                assertEquals(3, sql.size(), "one INSERT per tree level: " + sql);
                rootId = root.getId();
                assertSame(a, a1.getParent());
            }
            try (Session s = db.engine.session()) {
                Node root = s.get(Node.class, rootId);
                assertEquals(List.of("a", "b"), root.getChildren().stream().map(Node::getLabel).sorted().collect(Collectors.toList()));
                Node a = root.getChildren().stream().filter(n -> n.getLabel().equals("a")).findFirst().orElseThrow();
                assertEquals("a1", a.getChildren().get(0).getLabel());
                assertSame(root, a.getParent());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void unloadedRelationshipOfADetachedObjectFailsWithAClearMessage(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            User u;
            try (Session s = db.engine.session()) {
                u = s.query(User.class).first();
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, u::getAddresses);
            assertTrue(e.getMessage().contains("addresses") && e.getMessage().contains("selectin"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void removingAChildFromAOneToManyCollectionNullsItsForeignKeyOnFlush(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                User u = s.query(User.class).filterBy("name", "user0").one();
                Address removed = u.getAddresses().stream().filter(a -> a.getCity().equals("a0")).findFirst().orElseThrow();
                db.take();
                u.getAddresses().remove(removed);
                assertEquals(1, s.query(User.class).filterBy("name", "user0").one().getAddresses().size());
                List<String> sql = db.take();
                assertEquals(2, sql.size(), "autoflush: one UPDATE of the released child, then the query: " + sql);
                assertTrue(sql.get(0).startsWith("UPDATE ut_addresses SET user_id = ?"), sql.get(0));
                assertNull(removed.getUser(), "the released child no longer refers to its owner");
                s.commit();
                db.take();
                s.commit();
                assertEquals(0, db.count(), "released once; nothing left to write");
            }
            try (Session s = db.engine.session()) {
                Address a0 = s.query(Address.class).filterBy("city", "a0").one();
                assertNull(a0.getUser(), "the foreign key is NULL in the database");
                assertEquals(List.of("b0"), s.query(User.class).filterBy("name", "user0").one().getAddresses().stream()
                        .map(Address::getCity).toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void aChildMovedToAnotherOwnersCollectionIsNotReleased(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                User u0 = s.query(User.class).filterBy("name", "user0").one();
                User u1 = s.query(User.class).filterBy("name", "user1").one();
                Address moved = u0.getAddresses().get(0);
                u1.getAddresses().size(); // loaded
                u0.getAddresses().remove(moved);
                u1.getAddresses().add(moved);
                s.commit();
                assertSame(u1, moved.getUser());
            }
            try (Session s = db.engine.session()) {
                assertEquals(1, s.query(User.class).filterBy("name", "user0").one().getAddresses().size());
                assertEquals(3, s.query(User.class).filterBy("name", "user1").one().getAddresses().size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void aRolledBackRemovalKeepsTheChildWithItsOwner(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                User u = s.query(User.class).filterBy("name", "user2").one();
                Address a = u.getAddresses().get(0);
                u.getAddresses().remove(a);
                s.flush();
                s.rollback();
            }
            try (Session s = db.engine.session()) {
                assertEquals(2, s.query(User.class).filterBy("name", "user2").one().getAddresses().size());
            }
        }
    }
}
