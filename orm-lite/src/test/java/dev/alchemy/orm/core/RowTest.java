package dev.alchemy.orm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alchemy.orm.Engine;
import dev.alchemy.orm.Result;
import dev.alchemy.orm.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading rows: by label, column, label expression, position; conversions; records by component name. */
class RowTest {
    enum Status { NEW, DONE }

    record Task(long taskId, String title, Status status, boolean urgent, BigDecimal cost) {
    }

    record Missing(String nope) {
    }

    private final Metadata md = new Metadata();
    private final Table tasks = md.table("tasks", Column.of("task_id", Types.INTEGER).primaryKey().autoIncrement(),
            Column.of("title", Types.string(40)), Column.of("status", Types.string(10)), Column.of("urgent", Types.BOOLEAN),
            Column.of("cost", Types.numeric(8, 2)));
    private Engine engine;

    @BeforeEach
    void setUp() throws Exception {
        engine = EmbeddedDatabases.h2();
        md.createAll(engine);
        engine.execute(Sql.insert(tasks).values(Map.of("title", "write", "status", Status.NEW, "urgent", true, "cost", new BigDecimal("1.50"))));
        engine.execute(Sql.insert(tasks).values(Map.of("title", "test", "status", "DONE", "urgent", false)));
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    void recordsMapBySnakeCaseNamesAndConvertTypes() throws Exception {
        Result r = engine.execute(tasks.select().orderBy(tasks.c("task_id")));
        assertEquals(List.of(new Task(1, "write", Status.NEW, true, new BigDecimal("1.50")), new Task(2, "test", Status.DONE, false, null)),
                r.as(Task.class));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.get(0).as(Missing.class));
        assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains(".as(\"nope\")"), e.getMessage());
    }

    @Test
    void readByLabelColumnLabelledExpressionAndPosition() throws Exception {
        Expression n = Sql.count().as("n");
        Row row = engine.execute(Sql.select(tasks.c("urgent"), n).groupBy(tasks.c("urgent")).orderBy(tasks.c("urgent").desc())).get(0);
        assertEquals(Boolean.TRUE, row.get(tasks.c("urgent")));
        assertEquals(1L, row.get(n));
        assertEquals(1L, row.get("N"));
        assertEquals(1, row.getInt("n"));
        assertEquals("1", row.getString(1));
        assertEquals(List.of("urgent", "n"), row.labels());
        assertEquals(Map.of("urgent", true, "n", 1L), row.toMap());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.get("title"));
        assertTrue(e.getMessage().contains("[urgent, n]"), e.getMessage());
    }

    @Test
    void resultHelpers() throws Exception {
        Result none = engine.execute(tasks.select().where(tasks.c("title").eq("nothing")));
        assertTrue(none.isEmpty());
        assertNull(none.first());
        assertNull(none.scalar());
        assertThrows(IllegalStateException.class, none::one);
        Result two = engine.execute(tasks.select());
        assertThrows(IllegalStateException.class, two::one);
        assertEquals(2, two.rowCount());
        assertEquals(List.of("task_id", "title", "status", "urgent", "cost"), two.labels());
    }
}
