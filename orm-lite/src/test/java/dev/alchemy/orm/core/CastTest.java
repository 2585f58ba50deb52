package dev.alchemy.orm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alchemy.orm.Engine;
import dev.alchemy.orm.Row;
import dev.alchemy.translator.Dialect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CAST names the type the way the dialect's CAST reads it. SQLite's CAST goes by affinity: AS TIMESTAMP or
 * AS DATE made '2024-02-29 ..' the number 2024 (read back as an instant in 1970), AS UUID a float.
 */
class CastTest {
    static java.util.stream.Stream<Dialect> dialects() {
        return EmbeddedDatabases.dialects();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void castValuesReadBackAsTheirType(Dialect d) throws Exception {
        Metadata md = new Metadata();
        Table t = md.table("cast_src", Column.of("id", Types.INTEGER).primaryKey(), Column.of("at", Types.TIMESTAMP),
                Column.of("day", Types.DATE), Column.of("uid", Types.UUID), Column.of("amount", Types.numeric(8, 2)),
                Column.of("n", Types.BIGINT));
        LocalDateTime at = LocalDateTime.of(2024, 2, 29, 13, 45, 7);
        UUID uid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        try (Engine e = EmbeddedDatabases.engine(d)) {
            md.createAll(e);
            e.execute(Sql.insert(t).values(Map.of("id", 1, "at", at, "day", LocalDate.of(2024, 2, 29), "uid", uid,
                    "amount", new BigDecimal("12.50"), "n", 42L)));
            Row r = e.execute(Sql.select(Sql.cast(t.c("at"), Types.TIMESTAMP).as("at"), Sql.cast(t.c("day"), Types.DATE).as("day"),
                    Sql.cast(t.c("uid"), Types.UUID).as("uid"), Sql.cast(t.c("amount"), Types.numeric(8, 2)).as("amount"),
                    Sql.cast(t.c("n"), Types.string(5)).as("n_text"), Sql.cast(t.c("amount"), Types.DOUBLE).as("x"))).one();
            assertEquals(at, r.get("at"));
            assertEquals(LocalDate.of(2024, 2, 29), r.get("day"));
            assertEquals(uid, r.get("uid"));
            assertEquals(0, new BigDecimal("12.50").compareTo(r.getBigDecimal("amount")), String.valueOf(r.get("amount")));
            assertEquals("42", r.get("n_text"));
            assertEquals(12.5, r.get("x"));
        }
    }
}
