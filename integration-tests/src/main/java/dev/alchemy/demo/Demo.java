package dev.alchemy.demo;

import static dev.alchemy.orm.session.Prop.prop;

import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.orm.session.Load;
import dev.alchemy.orm.session.Session;
import dev.alchemy.orm.session.SessionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's demo: SQLAlchemy's ORM walkthrough with orm-lite, printing every statement it issues.
 * Runs on an embedded SQLite database in a temporary file unless a JDBC URL is given:
 * {@code mvn -q -DskipTests -Pdemo package} or {@code java ... dev.alchemy.demo.Demo [jdbc-url [user [password]]]}.
 */
public final class Demo {
    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        // the demo prints its own SQL; pool and driver chatter would bury it
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path file = null;
        String url;
        if (args.length > 0) {
            url = args[0];
        } else {
            file = Files.createTempFile("alchemy-demo", ".db");
            url = "jdbc:alchemy:sqlite:" + file;
        }
        try (Engine engine = Alchemy.createEngine(url, args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null)) {
            engine.addListener((sql, batchSize, nanos) ->
                    System.out.println("    SQL> " + sql + (batchSize > 1 ? "    -- batch of " + batchSize + " rows" : "")));
            run(engine);
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    static void say(String what) {
        System.out.println();
        System.out.println("== " + what);
    }

    static void run(Engine engine) throws Exception {
        System.out.println("Alchemy orm-lite walkthrough on " + engine.dialect());
        say("createAll: the mapped classes' tables, in foreign-key order");
        DemoModel.METADATA.createAll(engine);
        try {
            walkthrough(engine);
        } finally {
            say("dropAll");
            DemoModel.METADATA.dropAll(engine);
        }
    }

    private static void walkthrough(Engine engine) {
        Long aliceId;
        try (Session s = engine.session()) {
            say("add Alice and Bob, commit: one batched INSERT, ids written back");
            User alice = new User("Alice", "alice@example.org");
            User bob = new User("Bob", "bob@example.org");
            s.addAll(List.of(alice, bob));
            s.commit();
            System.out.println("    -> " + alice + ", " + bob);
            aliceId = alice.getId();

            say("query all");
            System.out.println("    -> " + s.query(User.class).orderBy("id").all());
            say("filterBy email");
            System.out.println("    -> " + s.query(User.class).filterBy("email", "bob@example.org").first());
            say("filter name like 'A%'");
            System.out.println("    -> " + s.query(User.class).filter(prop("name").like("A%")).all());

            say("identity map: get() of a loaded row is the same object, without SQL");
            System.out.println("    -> same object: " + (s.get(User.class, aliceId) == alice));

            say("change Alice's email, commit: one UPDATE of that one column");
            alice.setEmail("alice@wonderland.example.org");
            s.commit();
            say("commit with nothing changed: no SQL");
            s.commit();

            say("addresses (one-to-many) and tags (many-to-many), saved by cascade");
            alice.getAddresses().add(new Address("alice@home.example.org"));
            alice.getAddresses().add(new Address("alice@work.example.org"));
            bob.getAddresses().add(new Address("bob@home.example.org"));
            Tag admin = new Tag("admin");
            Tag staff = new Tag("staff");
            alice.getTags().addAll(List.of(admin, staff));
            bob.getTags().add(staff);
            s.commit();
        }

        try (Session s = engine.session()) {
            say("lazy loading: the users, then one query per user on first access (N+1)");
            for (User u : s.query(User.class).orderBy("id").all()) {
                System.out.println("    -> " + u.getName() + ": " + u.getAddresses());
            }
        }
        try (Session s = engine.session()) {
            say("selectin loading: the users and ONE query for all their addresses");
            for (User u : s.query(User.class).options(Load.selectin("addresses")).orderBy("id").all()) {
                System.out.println("    -> " + u.getName() + ": " + u.getAddresses());
            }
            say("many-to-many: Tag.users is selectin by default");
            Tag staff = s.query(Tag.class).filterBy("name", "staff").one();
            System.out.println("    -> " + staff + " users: " + staff.getUsers());
            say("join along a relationship");
            System.out.println("    -> " + s.query(User.class).join("tags").filter(prop("tags.name").eq("admin")).all());
        }

        try (Session s = engine.session()) {
            say("a unique-constraint violation rolls the whole unit of work back");
            s.add(new User("Carol", "carol@example.org"));
            s.add(new User("Impostor", "bob@example.org"));
            try {
                s.commit();
            } catch (SessionException e) {
                System.out.println("    -> SessionException, SQLState " + e.getSQLState() + ", statement: " + e.getStatement());
            } catch (RuntimeException e) {
                // not the expected exception: show it, the session has rolled back either way
                System.out.println("    -> UNEXPECTED " + e);
            }
            System.out.println("    -> users now: " + s.query(User.class).count() + " (Carol was not kept)");

            say("delete Bob (his addresses cascade, his tag links go), commit");
            s.delete(s.query(User.class).filterBy("name", "Bob").one());
            s.commit();
            System.out.println("    -> users: " + s.query(User.class).all());
        }
    }
}
