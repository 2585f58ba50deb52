package dev.alchemy.orm.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.orm.Alchemy;
import dev.alchemy.orm.Engine;
import dev.alchemy.orm.core.Metadata;
import dev.alchemy.orm.mapping.Entity;
import dev.alchemy.orm.mapping.GeneratedValue;
import dev.alchemy.orm.mapping.Id;
import dev.alchemy.orm.mapping.Mapper;
import dev.alchemy.translator.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loading writes every kind of field (private, package, protected, primitive, null) from the row, and
 * many rows load as distinct objects that the identity map finds again.
 */
class LoadingTest {
    @Entity(table = "load_gauges")
    static class Gauge {
        @Id
        @GeneratedValue
        private Long id;
        private String label;
        String unit;
        protected int reading;
        private boolean active;
        private Double ratio;
        private Integer batch;
        Long serial;
        private java.time.LocalDate calibrated;

        Gauge() {
        }

        Gauge(String label, String unit, int reading, boolean active, Double ratio) {
            this.label = label;
            this.unit = unit;
            this.reading = reading;
            this.active = active;
            this.ratio = ratio;
        }
    }

    /** The id is the last column: the loader reads it before the columns that come first. */
    @Entity(table = "load_readings")
    static class Reading {
        String sensor;
        Integer value;
        @Id
        @GeneratedValue
        Long id;
    }

    private static final Metadata METADATA = new Metadata();

    static {
        Mapper.map(METADATA, Gauge.class, Reading.class);
    }

    private Engine engine;

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:orm_loading;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        engine = Alchemy.createEngine(ds, Dialect.H2);
        METADATA.createAll(engine);
    }

    @AfterEach
    void tearDown() throws Exception {
        METADATA.dropAll(engine);
        engine.close();
    }

    @Test
    void everyKindOfFieldIsLoaded() {
        try (Session s = engine.session()) {
            s.add(new Gauge("boiler", "bar", 7, true, 0.25));
            s.add(new Gauge(null, null, -3, false, null));
            s.commit();
        }
        try (Session s = engine.session()) {
            List<Gauge> all = s.query(Gauge.class).orderBy("id").all();
            assertEquals(2, all.size());
            Gauge a = all.get(0);
            assertEquals("boiler", a.label);
            assertEquals("bar", a.unit);
            assertEquals(7, a.reading);
            assertTrue(a.active);
            assertEquals(0.25, a.ratio);
            Gauge b = all.get(1);
            assertNull(b.label);
            assertNull(b.unit);
            assertEquals(-3, b.reading);
            assertFalse(b.active);
            assertNull(b.ratio);
            assertSame(a, s.get(Gauge.class, a.id));
        }
    }

    @Test
    void integersLongsAndStringsAreReadTypedWithTheirNullsAndALoadedObjectIsUnchanged() {
        try (Session s = engine.session()) {
            Gauge full = new Gauge("mains", "V", 230, true, 1.5);
            full.batch = 0; // zero, not null: the typed read asks wasNull only for a zero
            full.serial = 9_000_000_000L;
            full.calibrated = java.time.LocalDate.of(2026, 11, 21);
            s.add(full);
            s.add(new Gauge(null, null, 0, false, null));
            s.commit();
        }
        dev.alchemy.orm.StatementCounter counter = new dev.alchemy.orm.StatementCounter();
        engine.addListener(counter);
        try (Session s = engine.session()) {
            List<Gauge> all = s.query(Gauge.class).orderBy("id").all();
            Gauge full = all.get(0);
            assertEquals(0, full.batch);
            assertEquals(9_000_000_000L, full.serial);
            assertEquals(java.time.LocalDate.of(2026, 11, 21), full.calibrated);
            assertEquals("mains", full.label);
            Gauge empty = all.get(1);
            assertNull(empty.batch);
            assertNull(empty.serial);
            assertNull(empty.calibrated);
            assertNull(empty.label);
            s.commit();
            assertEquals(1, counter.count(), "the objects are as loaded, so the commit writes nothing: " + counter);
            full.serial = 1L;
            s.commit();
            assertEquals(List.of("UPDATE"), counter.statements().subList(1, 2).stream().map(q -> q.substring(0, 6)).toList(), counter.toString());
        }
    }

    @Test
    void anIdAfterTheOtherColumnsLoadsAndFindsItsObjectAgain() {
        try (Session s = engine.session()) {
            for (int i = 0; i < 3; i++) {
                Reading r = new Reading();
                r.sensor = "s" + i;
                r.value = i == 1 ? null : i * 10;
                s.add(r);
            }
            s.commit();
        }
        try (Session s = engine.session()) {
            List<Reading> all = s.query(Reading.class).orderBy("id").all();
            assertEquals(List.of("s0", "s1", "s2"), all.stream().map(r -> r.sensor).toList());
            assertEquals(java.util.Arrays.asList(0, null, 20), all.stream().map(r -> r.value).toList());
            assertNotNull(all.get(2).id);
            assertSame(all.get(2), s.get(Reading.class, all.get(2).id));
            assertSame(all.get(0), s.query(Reading.class).filterBy("sensor", "s0").one());
        }
    }

    @Test
    void fieldsOfTheClassItselfAreStoredByTheGeneratedWriterAndPrimitivesReflectively() {
        var m = Mapper.mapping(Gauge.class);
        assertNotNull(m.columnWriter(), "the generated column writer was refused; loading fell back to reflection");
        assertTrue(m.written(m.property("label") instanceof dev.alchemy.orm.mapping.ColumnProperty c ? c.index() : -1));
        assertFalse(m.written(m.property("reading") instanceof dev.alchemy.orm.mapping.ColumnProperty c ? c.index() : -1));
        Object made = m.columnWriter().newInstance();
        assertNotNull(made, "the loaded class's constructor is not private: the writer creates instances");
        assertSame(m.newInstance().getClass(), made.getClass());
        assertTrue(made instanceof Gauge);
    }

    @Test
    void manyRowsLoadAsDistinctObjectsTheIdentityMapFindsAgain() {
        List<Gauge> added = new ArrayList<>();
        try (Session s = engine.session()) {
            for (int i = 0; i < 5000; i++) {
                added.add(new Gauge("g" + i, "u", i, i % 2 == 0, null));
            }
            s.addAll(added);
            s.commit();
        }
        try (Session s = engine.session()) {
            List<Gauge> all = s.query(Gauge.class).all();
            assertEquals(5000, all.size());
            for (Gauge g : all) {
                Gauge again = s.get(Gauge.class, g.id);
                assertSame(g, again);
                assertEquals("g" + g.reading, g.label);
            }
            List<Gauge> second = s.query(Gauge.class).all();
            for (int i = 0; i < all.size(); i++) {
                assertSame(all.get(i), second.get(i));
            }
        }
    }

    @Test
    void objectsLoadedInDescendingOrderAreTrackedOneByOne() {
        List<Gauge> added = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            added.add(new Gauge("g" + i, "u", i, true, null));
        }
        try (Session s = engine.session()) {
            s.addAll(added);
            s.commit();
        }
        List<String> statements = new ArrayList<>();
        engine.addListener((sql, batch, nanos) -> statements.add(sql));
        try (Session s = engine.session()) {
            List<Gauge> newestFirst = s.query(Gauge.class).orderBy("-id").all();
            assertEquals(3000, newestFirst.size());
            for (Gauge g : s.query(Gauge.class).orderBy("id").all()) {
                assertSame(g, s.get(Gauge.class, g.id));
            }
            Gauge changed = newestFirst.get(1234);
            changed.unit = "kPa";
            statements.clear();
            s.commit();
            assertEquals(1, statements.size(), "only the changed object is written: " + statements);
            assertTrue(statements.get(0).startsWith("UPDATE") && statements.get(0).contains("unit")
                    && !statements.get(0).contains("label"), "an UPDATE of the changed column only: " + statements.get(0));
            changed.unit = "bar";
            s.flush();
            s.rollback();
            assertEquals("kPa", changed.unit, "rollback restores the committed value");
        }
    }
    /**
     * Gauge has no relationship, so no lazy load ever asks its loaded objects' session for them: every
     * per-object operation must still see them as this session's, and no other session's.
     */
    @Test
    void loadedObjectsWithoutRelationshipsBelongToTheirSessionOnly() {
        try (Session s = engine.session()) {
            for (int i = 0; i < 10; i++) {
                s.add(new Gauge("g" + i, "u", i, true, null));
            }
            s.commit();
        }
        try (Session s1 = engine.session(); Session s2 = engine.session()) {
            List<Gauge> first = s1.query(Gauge.class).orderBy("id").all();
            List<Gauge> more = s1.query(Gauge.class).orderBy("-id").limit(3).all();
            Gauge loaded = first.get(0);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s2.add(loaded));
            assertTrue(e.getMessage().contains("another"), e.getMessage());
            assertTrue(s1.contains(loaded));
            assertTrue(s1.contains(more.get(0)));
            assertFalse(s2.contains(loaded));
            s1.add(first.get(1)); // already this session's: nothing to insert
            s1.delete(first.get(2));
            s1.expunge(first.get(3));
            assertFalse(s1.contains(first.get(3)));
            s1.commit();
            assertEquals(9L, s2.query(Gauge.class).count(), "one DELETE, no INSERT");
            List<Gauge> reloaded = s1.query(Gauge.class).orderBy("id").all();
            assertSame(first.get(1), reloaded.get(1));
            assertTrue(reloaded.get(2) != first.get(3), "an expunged object is not handed out again");
        }
        try (Session s3 = engine.session()) {
            Gauge fromClosed;
            try (Session s4 = engine.session()) {
                fromClosed = s4.query(Gauge.class).first();
            }
            assertThrows(IllegalArgumentException.class, () -> s3.add(fromClosed));
        }
    }
}
