package dev.alchemy.it.translation.sqlserver;

import static dev.alchemy.it.translation.sqlserver.ExecutionCase.ordered;
import static dev.alchemy.it.translation.sqlserver.ExecutionCase.rowCount;
import static dev.alchemy.it.translation.sqlserver.ExecutionCase.unordered;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Portable queries over the sample schema ({@code tsqlh2_items}, {@code tsqlh2_orders}), each run on PostgreSQL
 * as written and on H2's MSSQLServer mode as translated to T-SQL. Markers carry values chosen so that binding
 * them in the wrong order would change the rows.
 */
final class SqlServerExecutionCases {
    static final String NO_DATEPART = "H2 has no DATEPART (SQL Server has had it since 2000)";

    /** Portable DDL: PostgreSQL runs it as is, H2 (MSSQLServer mode) runs its T-SQL translation. */
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE tsqlh2_items (id SERIAL PRIMARY KEY, name VARCHAR(40) NOT NULL, category VARCHAR(20) NOT NULL, "
                    + "price DECIMAL(10,2), active BOOLEAN NOT NULL DEFAULT TRUE, created TIMESTAMP NOT NULL, note TEXT)",
            "CREATE TABLE tsqlh2_orders (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, item_id INTEGER NOT NULL, "
                    + "qty INTEGER NOT NULL, ordered TIMESTAMP NOT NULL)",
            "CREATE TABLE tsqlh2_stock (shop VARCHAR(10) NOT NULL, sku VARCHAR(10) NOT NULL, qty INTEGER NOT NULL, "
                    + "PRIMARY KEY (shop, sku))",
            "CREATE INDEX tsqlh2_items_category ON tsqlh2_items (category)");

    static final List<String> TABLES = List.of("tsqlh2_alter", "tsqlh2_stock", "tsqlh2_orders", "tsqlh2_items");

    static final String INSERT_ITEM =
            "INSERT INTO tsqlh2_items (name, category, price, active, created, note) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_ORDER = "INSERT INTO tsqlh2_orders (item_id, qty, ordered) VALUES (?, ?, ?)";

    /** name, category, price, active, created, note; ids are generated 1..8 in this order. */
    static final List<Object[]> ITEMS = List.of(
            new Object[] {"apple", "fruit", new BigDecimal("1.50"), true, ts("2024-03-15 10:20:30"), "crisp"},
            new Object[] {"Banana", "fruit", new BigDecimal("0.25"), false, ts("2024-01-01 00:00:00"), null},
            new Object[] {"cherry", "fruit", new BigDecimal("4.00"), true, ts("2023-12-31 23:59:59"), "sour"},
            new Object[] {"carrot", "veg", new BigDecimal("0.80"), true, ts("2024-02-29 12:00:00"), "orange"},
            new Object[] {"LEEK", "veg", new BigDecimal("2.10"), false, ts("2024-03-17 08:00:00"), null},
            new Object[] {"dill", "herb", null, true, ts("2024-03-18 09:30:45"), "fresh"},
            new Object[] {"basil", "herb", new BigDecimal("3.30"), true, ts("2022-07-04 16:45:00"), "sweet"},
            new Object[] {"kale", "veg", new BigDecimal("1.10"), true, ts("2024-06-30 23:00:00"), "bitter"});

    /** item_id, qty, ordered. */
    static final List<Object[]> ORDERS = List.of(
            new Object[] {1, 3, ts("2024-04-01 09:00:00")},
            new Object[] {1, 1, ts("2024-04-02 10:00:00")},
            new Object[] {3, 7, ts("2024-04-02 11:00:00")},
            new Object[] {4, 2, ts("2024-04-03 12:00:00")},
            new Object[] {7, 5, ts("2024-04-04 13:00:00")},
            new Object[] {8, 4, ts("2024-04-05 14:00:00")});

    static final List<ExecutionCase> QUERIES = List.of(
            // pagination
            ordered("LIMIT becomes TOP", "SELECT name FROM tsqlh2_items ORDER BY id LIMIT 3"),
            rowCount("LIMIT without ORDER BY", "SELECT name FROM tsqlh2_items LIMIT 3"),
            ordered("LIMIT OFFSET becomes OFFSET FETCH", "SELECT name FROM tsqlh2_items ORDER BY id LIMIT 2 OFFSET 1"),
            rowCount("OFFSET alone gets ORDER BY (SELECT NULL)", "SELECT id FROM tsqlh2_items OFFSET 2"),
            rowCount("LIMIT OFFSET without ORDER BY", "SELECT id FROM tsqlh2_items LIMIT 4 OFFSET 2"),
            ordered("LIMIT marker alone becomes TOP (?)", "SELECT name FROM tsqlh2_items ORDER BY id LIMIT ?", 2),
            ordered("LIMIT marker after a WHERE marker keeps the bound order",
                    "SELECT name FROM tsqlh2_items WHERE price > ? ORDER BY id LIMIT ?", new BigDecimal("0.5"), 2),
            ordered("OFFSET marker after a WHERE marker keeps the bound order",
                    "SELECT name FROM tsqlh2_items WHERE category = ? ORDER BY id LIMIT 2 OFFSET ?", "fruit", 1),
            ordered("ISO OFFSET FETCH markers",
                    "SELECT name FROM tsqlh2_items WHERE price > ? ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    new BigDecimal("0.5"), 1, 3),
            ordered("FETCH FIRST without OFFSET", "SELECT name FROM tsqlh2_items ORDER BY id FETCH FIRST 2 ROWS ONLY"),
            rowCount("LIMIT on a UNION ALL",
                    "SELECT name FROM tsqlh2_items WHERE category = 'fruit' UNION ALL "
                            + "SELECT name FROM tsqlh2_items WHERE category = 'veg' LIMIT 4"),
            ordered("LIMIT OFFSET on an ordered UNION",
                    "SELECT name FROM tsqlh2_items WHERE category = 'fruit' UNION "
                            + "SELECT name FROM tsqlh2_items WHERE category = 'herb' ORDER BY name LIMIT 2 OFFSET 1"),
            ordered("LIMIT inside an IN subquery",
                    "SELECT name FROM tsqlh2_items WHERE id IN "
                            + "(SELECT item_id FROM tsqlh2_orders ORDER BY qty DESC, id LIMIT 2) ORDER BY id"),
            unordered("ORDER BY in a derived table", "SELECT s.name FROM (SELECT id, name FROM tsqlh2_items ORDER BY id) AS s"),
            ordered("CTE with a bare boolean and a LIMIT",
                    "WITH c AS (SELECT id, name FROM tsqlh2_items WHERE active) SELECT name FROM c ORDER BY id LIMIT 3"),
            ordered("ORDER BY RANDOM() LIMIT 1 returns one row", "SELECT COUNT(*) FROM (SELECT id FROM tsqlh2_items "
                    + "ORDER BY RANDOM() LIMIT 1) AS one"),

            // concatenation
            ordered("|| chain", "SELECT name || ' (' || category || ')' FROM tsqlh2_items ORDER BY id"),
            ordered("|| with a cast to TEXT", "SELECT 'item-' || CAST(id AS TEXT) FROM tsqlh2_items ORDER BY id"),
            ordered("|| propagates NULL", "SELECT name || note FROM tsqlh2_items ORDER BY id"),
            ordered("|| with a number literal", "SELECT name || 1 FROM tsqlh2_items ORDER BY id"),
            ordered("|| with markers in order", "SELECT ? || name || ? FROM tsqlh2_items ORDER BY id", "<", ">"),

            // booleans
            ordered("bare boolean column", "SELECT name FROM tsqlh2_items WHERE active ORDER BY id"),
            ordered("NOT boolean column", "SELECT name FROM tsqlh2_items WHERE NOT active ORDER BY id"),
            ordered("= TRUE and a comparison", "SELECT name FROM tsqlh2_items WHERE active = TRUE AND price > 1 ORDER BY id"),
            ordered("OR of a bare boolean", "SELECT name FROM tsqlh2_items WHERE (active OR category = 'veg') "
                    + "AND price < 3 ORDER BY id"),
            ordered("CASE WHEN bare boolean", "SELECT name, CASE WHEN active THEN 'yes' ELSE 'no' END FROM tsqlh2_items ORDER BY id"),
            ordered("boolean column selected", "SELECT name, active FROM tsqlh2_items ORDER BY id"),
            ordered("bare boolean in a join condition", "SELECT i.name, o.qty FROM tsqlh2_items i JOIN tsqlh2_orders o "
                    + "ON o.item_id = i.id AND i.active ORDER BY o.id"),
            ordered("WHERE TRUE", "SELECT id FROM tsqlh2_items WHERE TRUE ORDER BY id"),
            ordered("boolean marker", "SELECT name FROM tsqlh2_items WHERE active = ? ORDER BY id", false),

            // quoting
            ordered("double-quoted identifiers", "SELECT \"name\", \"category\" AS \"Cat\" FROM tsqlh2_items AS \"i\" "
                    + "ORDER BY \"i\".\"id\""),

            // date/time
            ordered("+ INTERVAL '1 day'", "SELECT name, created + INTERVAL '1 day' FROM tsqlh2_items ORDER BY id"),
            ordered("- INTERVAL '3 hours'", "SELECT created - INTERVAL '3 hours' FROM tsqlh2_items ORDER BY id"),
            ordered("+ INTERVAL '2 months' clamps to month end", "SELECT created + INTERVAL '2 months' FROM tsqlh2_items ORDER BY id"),
            ordered("interval in WHERE", "SELECT name FROM tsqlh2_items WHERE created > CAST('2024-03-01' AS TIMESTAMP) "
                    + "- INTERVAL '10 days' ORDER BY id"),
            ordered("DATE_TRUNC month", "SELECT DATE_TRUNC('month', created) FROM tsqlh2_items ORDER BY id"),
            ordered("DATE_TRUNC week starts on Monday", "SELECT DATE_TRUNC('week', created) FROM tsqlh2_items ORDER BY id"),
            ordered("DATE_TRUNC year, day, hour", "SELECT DATE_TRUNC('year', created), DATE_TRUNC('day', created), "
                    + "DATE_TRUNC('hour', created) FROM tsqlh2_items ORDER BY id"),
            ordered("NOW()", "SELECT COUNT(*) FROM tsqlh2_items WHERE created < NOW()"),
            ordered("CURRENT_DATE", "SELECT COUNT(*) FROM tsqlh2_items WHERE created < CURRENT_DATE"),
            ordered("CURRENT_TIMESTAMP", "SELECT COUNT(*) FROM tsqlh2_items WHERE created < CURRENT_TIMESTAMP"),
            ordered("EXTRACT year and month", "SELECT EXTRACT(YEAR FROM created), EXTRACT(MONTH FROM created) "
                    + "FROM tsqlh2_items ORDER BY id").notOnH2(NO_DATEPART),
            ordered("EXTRACT DOW", "SELECT EXTRACT(DOW FROM created) FROM tsqlh2_items ORDER BY id").notOnH2(NO_DATEPART),

            // strings
            ordered("LENGTH and CHAR_LENGTH", "SELECT LENGTH(name), CHAR_LENGTH(category) FROM tsqlh2_items ORDER BY id"),
            ordered("SUBSTRING FROM FOR", "SELECT SUBSTRING(name FROM 2 FOR 3) FROM tsqlh2_items ORDER BY id"),
            ordered("SUBSTRING FROM", "SELECT SUBSTRING(name FROM 3) FROM tsqlh2_items ORDER BY id"),
            ordered("POSITION", "SELECT POSITION('a' IN name) FROM tsqlh2_items ORDER BY id"),
            ordered("ILIKE with a marker", "SELECT name FROM tsqlh2_items WHERE name ILIKE ? ORDER BY id", "%e%K"),
            ordered("NOT ILIKE", "SELECT name FROM tsqlh2_items WHERE name NOT ILIKE 'b%' ORDER BY id"),
            ordered("UPPER, LOWER, TRIM", "SELECT UPPER(name), LOWER(name), TRIM('  ' || name || ' ') FROM tsqlh2_items ORDER BY id"),
            ordered("REPLACE", "SELECT REPLACE(name, 'a', 'o') FROM tsqlh2_items ORDER BY id"),

            // nulls and casts
            ordered("COALESCE", "SELECT COALESCE(note, 'n/a') FROM tsqlh2_items ORDER BY id"),
            ordered("NULLIF", "SELECT NULLIF(category, 'veg') FROM tsqlh2_items ORDER BY id"),
            ordered("CAST to VARCHAR(n)", "SELECT CAST(price AS VARCHAR(10)) FROM tsqlh2_items ORDER BY id"),
            ordered("CAST marker to TIMESTAMP", "SELECT COUNT(*) FROM tsqlh2_items WHERE created < CAST(? AS TIMESTAMP)",
                    "2024-03-01 00:00:00"),
            ordered("CAST to BOOLEAN", "SELECT CAST(1 AS BOOLEAN), CAST(0 AS BOOLEAN)"),

            // aggregates, windows, CTEs, subqueries, joins
            ordered("GROUP BY HAVING", "SELECT category, COUNT(*), SUM(price) FROM tsqlh2_items GROUP BY category "
                    + "HAVING COUNT(*) > 1 ORDER BY category"),
            ordered("STRING_AGG ordered", "SELECT category, STRING_AGG(name, ', ' ORDER BY id) FROM tsqlh2_items "
                    + "GROUP BY category ORDER BY category"),
            ordered("ROW_NUMBER window", "SELECT name, ROW_NUMBER() OVER (PARTITION BY category ORDER BY id DESC) "
                    + "FROM tsqlh2_items ORDER BY id"),
            ordered("running SUM window", "SELECT id, SUM(qty) OVER (ORDER BY id) FROM tsqlh2_orders ORDER BY id"),
            ordered("CTE and join", "WITH totals AS (SELECT item_id, SUM(qty) AS total FROM tsqlh2_orders GROUP BY item_id) "
                    + "SELECT i.name, t.total FROM tsqlh2_items i JOIN totals t ON t.item_id = i.id ORDER BY t.total DESC, i.id"),
            ordered("EXISTS", "SELECT name FROM tsqlh2_items i WHERE EXISTS "
                    + "(SELECT 1 FROM tsqlh2_orders o WHERE o.item_id = i.id AND o.qty > ?) ORDER BY id", 2),
            ordered("scalar subquery", "SELECT name, (SELECT COUNT(*) FROM tsqlh2_orders o WHERE o.item_id = i.id) "
                    + "FROM tsqlh2_items i ORDER BY id"),
            ordered("LEFT JOIN", "SELECT i.name, o.qty FROM tsqlh2_items i LEFT JOIN tsqlh2_orders o ON o.item_id = i.id "
                    + "ORDER BY i.id, o.id"),
            ordered("WITH RECURSIVE", "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) "
                    + "SELECT n FROM r ORDER BY n")
                    .notOnH2("H2 requires the RECURSIVE keyword SQL Server rejects"),
            ordered("CASE and arithmetic", "SELECT id, CASE WHEN price >= 2 THEN 'dear' WHEN price < 1 THEN 'cheap' "
                    + "ELSE 'fair' END, price * 2 FROM tsqlh2_items ORDER BY id"),
            ordered("a predicate selected as a value (NULL stays NULL)", "SELECT name, price > 1 FROM tsqlh2_items ORDER BY id"),
            ordered("IS TRUE and IS NOT FALSE", "SELECT name FROM tsqlh2_items WHERE active IS TRUE AND price IS NOT NULL "
                    + "OR (price > 2) IS TRUE ORDER BY id"),
            ordered("TRIM LEADING / TRAILING", "SELECT TRIM(LEADING FROM '  ' || name), TRIM(TRAILING FROM name || '  ') "
                    + "FROM tsqlh2_items ORDER BY id"),
            ordered("MOD, CEIL, ROUND", "SELECT MOD(id, 3), CEIL(price), ROUND(price) FROM tsqlh2_items WHERE price IS NOT NULL "
                    + "ORDER BY id"),
            ordered("FOR UPDATE becomes lock hints", "SELECT i.name FROM tsqlh2_items i JOIN tsqlh2_orders o ON o.item_id = i.id "
                    + "WHERE o.qty > ? ORDER BY o.id FOR UPDATE", 2),
            ordered("FOR UPDATE SKIP LOCKED with TOP", "SELECT id FROM tsqlh2_items WHERE NOT active ORDER BY id LIMIT 1 "
                    + "FOR UPDATE SKIP LOCKED"),
            ordered("FOR SHARE", "SELECT id FROM tsqlh2_items WHERE id = ? FOR SHARE", 3),
            ordered("WITH inside a derived table", "SELECT s.n FROM (WITH t AS (SELECT COUNT(*) AS n FROM tsqlh2_orders) "
                    + "SELECT n FROM t) AS s"),
            ordered("IN subquery with a bare boolean", "SELECT name FROM tsqlh2_items WHERE id IN "
                    + "(SELECT item_id FROM tsqlh2_orders o WHERE o.qty > 1) AND active ORDER BY id"),
            ordered("NULLS LAST ascending", "SELECT name FROM tsqlh2_items ORDER BY price NULLS LAST, id"),
            ordered("NULLS FIRST descending", "SELECT name FROM tsqlh2_items ORDER BY price DESC NULLS FIRST, id"),
            ordered("NULLS FIRST ascending (SQL Server's own order)", "SELECT name FROM tsqlh2_items "
                    + "ORDER BY price NULLS FIRST, id"),
            ordered("BOOL_AND and BOOL_OR", "SELECT category, BOOL_AND(active), BOOL_OR(price > 2) FROM tsqlh2_items "
                    + "GROUP BY category ORDER BY category"),
            ordered("aggregate FILTER", "SELECT COUNT(*) FILTER (WHERE active), SUM(price) FILTER (WHERE category = ?) "
                    + "FROM tsqlh2_items", "veg"),
            ordered("EXTRACT EPOCH", "SELECT EXTRACT(EPOCH FROM created) FROM tsqlh2_items ORDER BY id")
                    .notOnH2("H2 has no DATEDIFF_BIG (SQL Server 2016+)"),
            ordered("UPDATE RETURNING", "UPDATE tsqlh2_items SET price = price WHERE id = ? RETURNING id, price", 1)
                    .notOnH2("H2 has no OUTPUT clause"),
            ordered("DELETE RETURNING", "DELETE FROM tsqlh2_items WHERE id = ? RETURNING id", -1)
                    .notOnH2("H2 has no OUTPUT clause"));

    private static LocalDateTime ts(String value) {
        return LocalDateTime.parse(value.replace(' ', 'T'));
    }

    private SqlServerExecutionCases() {
    }
}
