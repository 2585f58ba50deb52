package dev.alchemy.orm.session;

import static dev.alchemy.orm.session.Prop.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.orm.mapping.Mapper;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> dbs() {
        return Stream.of(Arguments.of("h2", (Supplier<Db>) Db::h2), Arguments.of("sqlite", (Supplier<Db>) () -> Db.sqlite(dir)));
    }

    private static void seed(Db db) {
        try (Session s = db.engine.session()) {
            Tag admin = new Tag("admin");
            Tag staff = new Tag("staff");
            String[] names = {"Alice", "Bob", "Anna", "Carl", "Dora"};
            for (String n : names) {
                User u = new User(n, n.toLowerCase() + "@example.org");
                u.getAddresses().add(new Address(n.startsWith("A") ? "Oslo" : "Rome"));
                if (n.length() == 4) {
                    u.getTags().add(staff);
                }
                if (n.equals("Alice")) {
                    u.getTags().add(admin);
                    u.getAddresses().add(new Address("Oslo"));
                }
                s.add(u);
            }
            s.commit();
        }
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(User::getName).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void filtersOrdersAndPages(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                assertEquals("Bob", s.query(User.class).filterBy("email", "bob@example.org").first().getName());
                assertNull(s.query(User.class).filterBy("email", "nobody@example.org").first());
                assertEquals(List.of("Alice", "Anna"), names(s.query(User.class).filter(prop("name").like("A%")).orderBy("name").all()));
                assertEquals(List.of("Dora", "Carl", "Bob"), names(s.query(User.class).orderBy(prop("name").desc()).limit(3).all()));
                assertEquals(List.of("Bob", "Carl"), names(s.query(User.class).orderBy("name").offset(2).limit(2).all()));
                assertEquals(List.of("Anna", "Bob"), names(s.query(User.class)
                        .filter(prop("name").in("Bob", "Anna", "Zed")).orderBy("name").all()));
                assertEquals(List.of("Bob", "Carl"), names(s.query(User.class)
                        .filter(prop("name").between("B", "Cz").and(prop("email").isNotNull())).orderBy("name").all()));
                assertEquals(List.of("Alice", "Carl"), names(s.query(User.class)
                        .filter(prop("name").eq("Alice").or(prop("name").eq("Carl"))).orderBy("name").all()));
                assertEquals(3, s.query(User.class).filter(prop("name").like("A%").not()).count());
                assertEquals(5, s.query(User.class).count());
                // a Core expression works too
                assertEquals(2, s.query(User.class).filter(Mapper.mapping(User.class).table().c("name").like("A%")).count());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void oneInsistsOnExactlyOneRow(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                assertEquals("Anna", s.query(User.class).filterBy("name", "Anna").one().getName());
                assertThrows(NoResultException.class, () -> s.query(User.class).filterBy("name", "Zed").one());
                assertThrows(NonUniqueResultException.class, () -> s.query(User.class).filter(prop("name").like("A%")).one());
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> s.query(User.class).filterBy("nmae", "x").all());
                assertTrue(e.getMessage().contains("nmae") && e.getMessage().contains("email"), e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dbs")
    void joinsAlongRelationships(String name, Supplier<Db> make) {
        try (Db db = make.get()) {
            seed(db);
            try (Session s = db.engine.session()) {
                // Alice has two Oslo addresses: still returned once
                assertEquals(List.of("Alice", "Anna"), names(s.query(User.class).join("addresses")
                        .filter(prop("addresses.city").eq("Oslo")).orderBy("name").all()));
                assertEquals(2, s.query(User.class).join("addresses").filter(prop("addresses.city").eq("Oslo")).count());
                assertEquals(List.of("Anna", "Carl", "Dora"), names(s.query(User.class).join("tags")
                        .filter(prop("tags.label").eq("staff")).orderBy("name").all()));
                List<Address> rome = s.query(Address.class).join("user").filter(prop("user.name").like("%o%"))
                        .orderBy("city").all();
                assertEquals(List.of("Bob", "Dora"), rome.stream().map(a -> a.getUser().getName()).sorted().collect(Collectors.toList()));
                assertThrows(IllegalArgumentException.class, () -> s.query(User.class).filter(prop("addresses.city").eq("Oslo")).all());
            }
        }
    }
}
