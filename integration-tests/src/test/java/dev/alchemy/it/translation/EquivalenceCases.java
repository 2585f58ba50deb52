package dev.alchemy.it.translation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The portable-SQL cases of the executed-equivalence suite. A case is a query (with optional {@code ?} values),
 * optionally preceded by setup statements and followed by cleanup statements, all in portable SQL.
 * {@code ordered} cases compare rows in order (they have a total ORDER BY); the others compare as multisets.
 *
 * <p>Deliberately not exercised, because the databases differ in meaning and no translation can know the column
 * types: integer division ({@code 7 / 2} is 3.5 on MariaDB), case-insensitive string equality (MariaDB's default
 * collation), the default position of NULLs in ORDER BY without NULLS FIRST/LAST, and the time zone of
 * CURRENT_TIMESTAMP (SQLite's is UTC).
 */
final class EquivalenceCases {
    record Case(String name, List<String> setup, String sql, List<Object> params, boolean ordered, List<String> cleanup) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void q(String name, String sql, Object... params) {
        CASES.add(new Case(name, List.of(), sql, Arrays.asList(params), false, List.of()));
    }

    private static void ordered(String name, String sql, Object... params) {
        CASES.add(new Case(name, List.of(), sql, Arrays.asList(params), true, List.of()));
    }

    private static void script(String name, List<String> setup, String sql, boolean ordered, List<String> cleanup) {
        CASES.add(new Case(name, setup, sql, List.of(), ordered, cleanup));
    }

    static List<Case> all() {
        return List.copyOf(CASES);
    }

    static {
        // ---------------------------------------------------------------- basics, booleans, null handling
        q("select all customers", "SELECT id, name, email, city, active, created_at FROM teq_customers");
        q("boolean literal comparison", "SELECT name FROM teq_customers WHERE active = TRUE");
        q("bare boolean predicate", "SELECT name FROM teq_customers WHERE active");
        q("negated boolean", "SELECT name FROM teq_customers WHERE NOT active");
        q("boolean false literal", "SELECT id FROM teq_customers WHERE active = FALSE");
        q("select boolean literals", "SELECT TRUE, FALSE FROM teq_products WHERE id = 1");
        q("is null", "SELECT name FROM teq_customers WHERE email IS NULL");
        q("is not null", "SELECT name FROM teq_customers WHERE city IS NOT NULL");
        q("coalesce", "SELECT id, COALESCE(email, 'none') FROM teq_customers");
        q("nullif", "SELECT id, NULLIF(stock, 0) FROM teq_products");
        q("case when", "SELECT name, CASE WHEN price < 10 THEN 'cheap' WHEN price < 30 THEN 'mid' ELSE 'dear' END FROM teq_products");
        q("simple case", "SELECT id, CASE status WHEN 'shipped' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END FROM teq_orders");
        q("in list", "SELECT name FROM teq_products WHERE category IN ('tools', 'home')");
        q("between", "SELECT name FROM teq_products WHERE price BETWEEN 10 AND 25");
        q("like", "SELECT name FROM teq_products WHERE name LIKE '%et%'");
        q("not like", "SELECT name FROM teq_products WHERE name NOT LIKE 'S%'");
        q("ilike", "SELECT name FROM teq_products WHERE name ILIKE 'g%'");
        q("not ilike", "SELECT name FROM teq_customers WHERE name NOT ILIKE '%A%'");
        q("distinct", "SELECT DISTINCT city FROM teq_customers WHERE city IS NOT NULL");
        q("quoted alias", "SELECT COUNT(*) AS \"Total\" FROM teq_orders");
        q("arithmetic", "SELECT id, price * 2, price + 1, price - 0.5, stock * 3 FROM teq_products");
        q("parameter in where", "SELECT name FROM teq_products WHERE category = ? AND price > ?", "kitchen", 5);
        q("parameters in select and where", "SELECT ? || name FROM teq_customers WHERE id IN (?, ?)", "Dear ", 1, 2);

        // ---------------------------------------------------------------- strings
        q("concat operator", "SELECT name || ' <' || email || '>' FROM teq_customers");
        q("concat operator with null", "SELECT id, city || '!' FROM teq_customers");
        q("concat function ignores nulls", "SELECT id, CONCAT(name, '-', city) FROM teq_customers");
        q("upper lower", "SELECT UPPER(name), LOWER(name) FROM teq_products");
        q("char_length", "SELECT name, CHAR_LENGTH(name) FROM teq_products");
        q("length", "SELECT name, LENGTH(name) FROM teq_customers");
        q("substring from for", "SELECT SUBSTRING(name FROM 2 FOR 3) FROM teq_products");
        q("substring with commas", "SELECT SUBSTRING(name, 1, 2) FROM teq_products");
        q("substring from only", "SELECT SUBSTRING(email FROM 3) FROM teq_customers WHERE email IS NOT NULL");
        q("position", "SELECT email, POSITION('@' IN email) FROM teq_customers WHERE email IS NOT NULL");
        q("position not found", "SELECT name, POSITION('z' IN name) FROM teq_products");
        q("trim", "SELECT TRIM('  pad  '), TRIM(BOTH 'x' FROM 'xxhixx'), TRIM(LEADING ' ' FROM '  a'), TRIM(TRAILING ' ' FROM 'b  ') FROM teq_products WHERE id = 1");
        q("replace", "SELECT REPLACE(email, 'example', 'ex') FROM teq_customers WHERE email IS NOT NULL");
        q("string comparison", "SELECT name FROM teq_products WHERE name > 'K'");
        q("left and right", "SELECT LEFT(name, 2), RIGHT(name, 3) FROM teq_products");
        q("random is a fraction", "SELECT COUNT(*) FROM teq_products WHERE RANDOM() >= 0 AND RANDOM() < 1");
        q("jdbc escape timestampadd and dayofweek", "SELECT id, {fn TIMESTAMPADD(SQL_TSI_HOUR, 5, happened_at)}, {fn DAYOFWEEK(happened_at)} FROM teq_events");
        q("jdbc escape function", "SELECT {fn UCASE(name)} FROM teq_products WHERE id < 4");
        q("full outer join (emulated where missing)", "SELECT c.name, o.id FROM teq_customers c FULL OUTER JOIN teq_orders o"
                + " ON o.customer_id = c.id AND o.status = 'shipped'");
        q("full outer join with a filter", "SELECT c.id, o.id FROM teq_customers c FULL JOIN teq_orders o"
                + " ON o.customer_id = c.id AND o.status <> 'shipped' WHERE c.id IS NULL OR c.id > 3");
        q("jdbc escape timestampdiff in days, hours and minutes", "SELECT o.id, e.id, {fn TIMESTAMPDIFF(SQL_TSI_DAY, o.ordered_at, e.happened_at)},"
                + " {fn TIMESTAMPDIFF(SQL_TSI_HOUR, e.happened_at, o.ordered_at)}, {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, o.ordered_at, e.happened_at)}"
                + " FROM teq_orders o, teq_events e WHERE o.id < 4 AND e.id < 4");
        q("postgres escape string", "SELECT id FROM teq_products WHERE name <> E'caf\\u00e9\\tx' ORDER BY id");
        q("string parameter like", "SELECT name FROM teq_customers WHERE email LIKE ?", "%example.com");

        // ---------------------------------------------------------------- casts
        q("cast to integer", "SELECT CAST(price AS INTEGER) FROM teq_products WHERE price > 10");
        q("cast to varchar", "SELECT CAST(id AS VARCHAR(10)) || '#' FROM teq_products");
        q("cast text to integer", "SELECT CAST('42' AS INTEGER) + 1 FROM teq_products WHERE id = 1");
        q("cast to decimal", "SELECT CAST(stock AS DECIMAL(10,2)) FROM teq_products WHERE stock IS NOT NULL");
        q("cast timestamp to date", "SELECT id, CAST(ordered_at AS DATE) FROM teq_orders");
        q("postgres double colon cast", "SELECT id::VARCHAR(10) || '!' FROM teq_orders WHERE id < 4");

        // ---------------------------------------------------------------- dates and times
        q("timestamp literal comparison", "SELECT id FROM teq_orders WHERE ordered_at >= TIMESTAMP '2024-03-01 00:00:00'");
        q("date literal comparison", "SELECT id FROM teq_orders WHERE CAST(ordered_at AS DATE) = DATE '2024-02-29'");
        q("extract year month day", "SELECT id, EXTRACT(YEAR FROM ordered_at), EXTRACT(MONTH FROM ordered_at), EXTRACT(DAY FROM ordered_at) FROM teq_orders");
        q("extract hour minute second", "SELECT id, EXTRACT(HOUR FROM happened_at), EXTRACT(MINUTE FROM happened_at), EXTRACT(SECOND FROM happened_at) FROM teq_events");
        q("extract in group by", "SELECT EXTRACT(MONTH FROM ordered_at) AS m, COUNT(*) FROM teq_orders GROUP BY EXTRACT(MONTH FROM ordered_at)");
        q("extract quarter", "SELECT id, EXTRACT(QUARTER FROM ordered_at) FROM teq_orders");
        q("extract day of week", "SELECT id, EXTRACT(DOW FROM happened_at) FROM teq_events");
        q("date_trunc month", "SELECT DATE_TRUNC('month', ordered_at), COUNT(*) FROM teq_orders GROUP BY DATE_TRUNC('month', ordered_at)");
        q("date_trunc day and hour", "SELECT id, DATE_TRUNC('day', happened_at), DATE_TRUNC('hour', happened_at) FROM teq_events");
        q("date_trunc week", "SELECT id, DATE_TRUNC('week', happened_at) FROM teq_events");
        q("date_trunc quarter", "SELECT id, DATE_TRUNC('quarter', ordered_at) FROM teq_orders");
        q("is distinct from", "SELECT id FROM teq_customers WHERE city IS DISTINCT FROM 'Paris'");
        q("is not distinct from", "SELECT id FROM teq_customers WHERE email IS NOT DISTINCT FROM NULL");
        q("greatest least literal free", "SELECT id, CASE WHEN price > 20 THEN price ELSE 20 END FROM teq_products");
        q("interval week and quarter", "SELECT id, ordered_at + INTERVAL '1 week', ordered_at - INTERVAL '1' MONTH FROM teq_orders WHERE id < 4");
        q("date_trunc year", "SELECT DISTINCT DATE_TRUNC('year', created_at) FROM teq_customers");
        q("interval addition", "SELECT id, ordered_at + INTERVAL '1 day' FROM teq_orders");
        q("interval subtraction", "SELECT id, happened_at - INTERVAL '2 hours' FROM teq_events");
        q("interval iso form", "SELECT id, ordered_at + INTERVAL '3' MONTH FROM teq_orders WHERE id < 5");
        q("interval in predicate", "SELECT id FROM teq_events WHERE happened_at > TIMESTAMP '2024-03-01 00:00:00' + INTERVAL '7 days'");
        q("interval minutes", "SELECT id, happened_at + INTERVAL '90 minutes' FROM teq_events");
        q("jdbc escape timestamp", "SELECT id FROM teq_orders WHERE ordered_at < {ts '2024-02-01 00:00:00'}");
        q("jdbc escape date", "SELECT id FROM teq_orders WHERE CAST(ordered_at AS DATE) > {d '2024-04-01'}");
        q("current timestamp is after data", "SELECT COUNT(*) FROM teq_orders WHERE ordered_at < CURRENT_TIMESTAMP");
        q("timestamp parameter", "SELECT id FROM teq_events WHERE happened_at >= ?", java.sql.Timestamp.valueOf("2024-03-09 00:00:00"));

        // ---------------------------------------------------------------- joins
        q("inner join", "SELECT o.id, c.name FROM teq_orders o JOIN teq_customers c ON c.id = o.customer_id");
        q("left join with nulls", "SELECT c.name, o.id FROM teq_customers c LEFT JOIN teq_orders o ON o.customer_id = c.id");
        q("three way join", "SELECT o.id, p.name, i.quantity FROM teq_orders o JOIN teq_order_items i ON i.order_id = o.id JOIN teq_products p ON p.id = i.product_id");
        q("self join", "SELECT e.name, m.name FROM teq_employees e JOIN teq_employees m ON m.id = e.manager_id");
        q("cross join filtered", "SELECT a.id, b.id FROM teq_products a CROSS JOIN teq_products b WHERE a.id < 3 AND b.id < 3");
        q("jdbc outer join escape", "SELECT c.name, o.id FROM {oj teq_customers c LEFT OUTER JOIN teq_orders o ON o.customer_id = c.id} WHERE c.id > 5");
        q("join using", "SELECT order_id, quantity FROM teq_order_items JOIN teq_orders ON teq_orders.id = teq_order_items.order_id WHERE teq_orders.status = 'pending'");

        // ---------------------------------------------------------------- aggregates
        q("count sum avg min max", "SELECT COUNT(*), SUM(price), AVG(price), MIN(price), MAX(price) FROM teq_products");
        q("group by having", "SELECT category, COUNT(*), SUM(stock) FROM teq_products GROUP BY category HAVING COUNT(*) > 1");
        q("count distinct", "SELECT COUNT(DISTINCT customer_id) FROM teq_orders");
        q("count nullable column", "SELECT COUNT(email), COUNT(city) FROM teq_customers");
        q("order totals", "SELECT order_id, SUM(quantity * unit_price) FROM teq_order_items GROUP BY order_id");
        q("avg of integers", "SELECT category, AVG(stock) FROM teq_products GROUP BY category");
        q("string_agg ordered", "SELECT category, STRING_AGG(name, ', ' ORDER BY name) FROM teq_products GROUP BY category");
        q("string_agg in join", "SELECT c.name, STRING_AGG(o.status, '/' ORDER BY o.id) FROM teq_customers c JOIN teq_orders o ON o.customer_id = c.id GROUP BY c.name");
        q("aggregate with case", "SELECT SUM(CASE WHEN status = 'shipped' THEN 1 ELSE 0 END), SUM(CASE WHEN status <> 'shipped' THEN 1 ELSE 0 END) FROM teq_orders");

        // ---------------------------------------------------------------- subqueries
        q("scalar subquery", "SELECT name, (SELECT COUNT(*) FROM teq_orders o WHERE o.customer_id = c.id) FROM teq_customers c");
        q("in subquery", "SELECT name FROM teq_products WHERE id IN (SELECT product_id FROM teq_order_items WHERE quantity > 2)");
        q("not in subquery", "SELECT name FROM teq_products WHERE id NOT IN (SELECT product_id FROM teq_order_items)");
        q("exists", "SELECT name FROM teq_customers c WHERE EXISTS (SELECT 1 FROM teq_orders o WHERE o.customer_id = c.id AND o.status = 'cancelled')");
        q("not exists", "SELECT name FROM teq_customers c WHERE NOT EXISTS (SELECT 1 FROM teq_orders o WHERE o.customer_id = c.id)");
        q("derived table", "SELECT t.category, t.n FROM (SELECT category, COUNT(*) AS n FROM teq_products GROUP BY category) t WHERE t.n >= 2");
        q("comparison with aggregate subquery", "SELECT name FROM teq_products WHERE price > (SELECT AVG(price) FROM teq_products)");

        // ---------------------------------------------------------------- set operations
        q("union", "SELECT city FROM teq_customers WHERE city IS NOT NULL UNION SELECT 'Oslo' FROM teq_products WHERE id = 1");
        q("union all", "SELECT category FROM teq_products UNION ALL SELECT status FROM teq_orders");
        q("intersect", "SELECT customer_id FROM teq_orders WHERE status = 'shipped' INTERSECT SELECT customer_id FROM teq_orders WHERE status = 'pending'");
        q("except", "SELECT id FROM teq_customers EXCEPT SELECT customer_id FROM teq_orders");

        // ---------------------------------------------------------------- window functions
        ordered("row_number", "SELECT id, ROW_NUMBER() OVER (ORDER BY price DESC, id) FROM teq_products ORDER BY id");
        q("rank partitioned", "SELECT name, category, RANK() OVER (PARTITION BY category ORDER BY price DESC) FROM teq_products");
        q("running total", "SELECT id, SUM(quantity) OVER (ORDER BY order_id, product_id) FROM teq_order_items JOIN teq_orders ON teq_orders.id = teq_order_items.order_id");
        q("lag lead", "SELECT id, LAG(id) OVER (ORDER BY happened_at), LEAD(kind) OVER (ORDER BY happened_at) FROM teq_events");
        q("partition aggregate", "SELECT id, dept, salary, SUM(salary) OVER (PARTITION BY dept), AVG(salary) OVER (PARTITION BY dept) FROM teq_employees");
        q("dense_rank and count over", "SELECT id, DENSE_RANK() OVER (ORDER BY status), COUNT(*) OVER () FROM teq_orders");
        q("frame clause", "SELECT id, SUM(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM teq_employees");
        // QUALIFY: H2 has it; PostgreSQL, SQLite and MariaDB filter a derived table that selects the window value
        q("qualify top earner per dept", "SELECT id, dept, salary FROM teq_employees"
                + " QUALIFY ROW_NUMBER() OVER (PARTITION BY dept ORDER BY salary DESC, id) = 1");
        ordered("qualify before distinct, order by and limit", "SELECT DISTINCT dept, salary AS s FROM teq_employees"
                + " WHERE salary > ? QUALIFY RANK() OVER (PARTITION BY dept ORDER BY salary DESC) <= 2 AND s > ?"
                + " ORDER BY dept, s DESC LIMIT 4", 3950, 4000);

        // ---------------------------------------------------------------- CTEs
        q("simple cte", "WITH big AS (SELECT * FROM teq_products WHERE price > 20) SELECT name FROM big");
        q("two ctes", "WITH o AS (SELECT customer_id, COUNT(*) AS n FROM teq_orders GROUP BY customer_id), c AS (SELECT id, name FROM teq_customers) SELECT c.name, o.n FROM c JOIN o ON o.customer_id = c.id");
        q("recursive cte", "WITH RECURSIVE chain (id, name, depth) AS (SELECT id, name, 0 FROM teq_employees WHERE manager_id IS NULL UNION ALL SELECT e.id, e.name, chain.depth + 1 FROM teq_employees e JOIN chain ON e.manager_id = chain.id) SELECT id, name, depth FROM chain");
        q("recursive counter", "WITH RECURSIVE n (i) AS (SELECT 1 FROM teq_products WHERE id = 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT SUM(i) FROM n");

        // ---------------------------------------------------------------- pagination and ordering
        ordered("limit", "SELECT id, name FROM teq_products ORDER BY price DESC, id LIMIT 3");
        ordered("limit offset", "SELECT id FROM teq_products ORDER BY id LIMIT 4 OFFSET 2");
        ordered("offset only", "SELECT id FROM teq_products ORDER BY id OFFSET 7");
        ordered("offset fetch", "SELECT id FROM teq_products ORDER BY id OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY");
        ordered("fetch first", "SELECT id FROM teq_products ORDER BY name FETCH FIRST 3 ROWS ONLY");
        ordered("limit offset parameters", "SELECT id FROM teq_products WHERE price > ? ORDER BY id LIMIT ? OFFSET ?", 2, 3, 1);
        ordered("offset fetch parameters", "SELECT id FROM teq_products ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", 5, 2);
        ordered("order by nulls first", "SELECT id, stock FROM teq_products ORDER BY stock NULLS FIRST, id");
        ordered("order by nulls last desc", "SELECT id, email FROM teq_customers ORDER BY email DESC NULLS LAST, id");
        ordered("limit in subquery", "SELECT name FROM teq_products WHERE id IN (SELECT product_id FROM teq_order_items WHERE order_id < 6) ORDER BY name LIMIT 3");
        ordered("order by alias and expression", "SELECT id, price * 2 AS doubled FROM teq_products ORDER BY doubled DESC, id");
        q("aggregate FILTER, BOOL_AND and BOOL_OR", "SELECT city, COUNT(*) FILTER (WHERE active) AS n_active,"
                + " BOOL_AND(active) AS all_active, BOOL_OR(active) AS any_active FROM teq_customers GROUP BY city");
        ordered("to_char of a timestamp", "SELECT id, TO_CHAR(ordered_at, 'YYYY-MM-DD HH24:MI:SS') AS stamp,"
                + " TO_CHAR(ordered_at, 'DD/MM/YYYY \"day\"') AS dmy FROM teq_orders WHERE id < 4 ORDER BY id");
        ordered("date minus date is days, TRUNC", "SELECT id, CAST(ordered_at AS DATE) - DATE '2024-01-01' AS days,"
                + " TRUNC(id * 1.75) AS t FROM teq_orders WHERE id < 5 ORDER BY id");
        ordered("a date plus days stays a date", "SELECT id, DATE '2024-02-28' + 2 AS leap, CAST(ordered_at AS DATE) + 1 AS next_day,"
                + " CAST(ordered_at AS DATE) - 31 AS month_before FROM teq_orders WHERE id < 4 ORDER BY id");

        // ---------------------------------------------------------------- upserts, returning, DDL
        List<String> upsertTable = List.of(
                "DROP TABLE IF EXISTS teq_kv",
                "CREATE TABLE teq_kv (k VARCHAR(20) PRIMARY KEY, v INTEGER NOT NULL, touched BOOLEAN NOT NULL)",
                "INSERT INTO teq_kv (k, v, touched) VALUES ('a', 1, FALSE), ('b', 2, FALSE)");
        List<String> dropKv = List.of("DROP TABLE IF EXISTS teq_kv");
        script("upsert do update", concat(upsertTable,
                "INSERT INTO teq_kv (k, v, touched) VALUES ('a', 10, TRUE) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, touched = EXCLUDED.touched",
                "INSERT INTO teq_kv (k, v, touched) VALUES ('c', 3, TRUE) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v"),
                "SELECT k, v, touched FROM teq_kv ORDER BY k", true, dropKv);
        script("upsert do nothing", concat(upsertTable,
                "INSERT INTO teq_kv (k, v, touched) VALUES ('a', 99, TRUE) ON CONFLICT (k) DO NOTHING",
                "INSERT INTO teq_kv (k, v, touched) VALUES ('d', 4, TRUE) ON CONFLICT (k) DO NOTHING"),
                "SELECT k, v, touched FROM teq_kv ORDER BY k", true, dropKv);
        script("upsert with expression on existing row", concat(upsertTable,
                "INSERT INTO teq_kv (k, v, touched) VALUES ('b', 5, TRUE) ON CONFLICT (k) DO UPDATE SET v = teq_kv.v + EXCLUDED.v"),
                "SELECT k, v, touched FROM teq_kv ORDER BY k", true, dropKv);
        script("insert returning", concat(upsertTable),
                "INSERT INTO teq_kv (k, v, touched) VALUES ('r', 7, TRUE) RETURNING k, v", true, dropKv);
        script("create table like, then fill it", List.of(
                "DROP TABLE IF EXISTS teq_kv_copy",
                "CREATE TABLE teq_kv_copy LIKE teq_products",
                "INSERT INTO teq_kv_copy SELECT * FROM teq_products WHERE id < 3"),
                "SELECT id, name, price FROM teq_kv_copy ORDER BY id", true, List.of("DROP TABLE IF EXISTS teq_kv_copy"));
        script("update and delete", concat(upsertTable,
                "UPDATE teq_kv SET v = v * 10, touched = TRUE WHERE k = 'a'",
                "DELETE FROM teq_kv WHERE k = 'b'"),
                "SELECT k, v, touched FROM teq_kv", false, dropKv);
        // PostgreSQL's UPDATE .. FROM, DELETE .. USING and aliases of the written table: MySQL/MariaDB take
        // multi-table forms, SQLite an AS and EXISTS, H2 a MERGE and EXISTS
        List<String> kvAndLevels = concat(upsertTable,
                "DROP TABLE IF EXISTS teq_levels",
                "CREATE TABLE teq_levels (k VARCHAR(20) PRIMARY KEY, bonus INTEGER NOT NULL, active BOOLEAN NOT NULL)",
                "INSERT INTO teq_levels (k, bonus, active) VALUES ('a', 100, TRUE), ('b', 200, FALSE), ('z', 300, TRUE)");
        List<String> dropKvAndLevels = List.of("DROP TABLE IF EXISTS teq_kv", "DROP TABLE IF EXISTS teq_levels");
        script("update from another table", concat(kvAndLevels,
                "UPDATE teq_kv SET v = v + l.bonus, touched = TRUE FROM teq_levels l WHERE l.k = teq_kv.k AND l.active"),
                "SELECT k, v, touched FROM teq_kv ORDER BY k", true, dropKvAndLevels);
        script("update from with an alias", concat(kvAndLevels,
                "UPDATE teq_kv t SET v = l.bonus - t.v FROM teq_levels l WHERE l.k = t.k"),
                "SELECT k, v, touched FROM teq_kv ORDER BY k", true, dropKvAndLevels);
        script("delete using another table", concat(kvAndLevels,
                "DELETE FROM teq_kv t USING teq_levels l WHERE l.k = t.k AND NOT l.active"),
                "SELECT k, v FROM teq_kv ORDER BY k", true, dropKvAndLevels);
        script("truncate, then fill again", concat(upsertTable,
                "TRUNCATE teq_kv",
                "INSERT INTO teq_kv (k, v, touched) VALUES ('t', 9, TRUE)"),
                "SELECT k, v FROM teq_kv", true, dropKv);
        script("update and delete through an alias", concat(upsertTable,
                "INSERT INTO teq_kv (k, v, touched) VALUES ('c', 3, FALSE)",
                "UPDATE teq_kv t SET v = t.v * 2 WHERE t.k <> 'a'",
                "DELETE FROM teq_kv t WHERE t.v > 5"),
                "SELECT k, v FROM teq_kv ORDER BY k", true, dropKv);
        script("identity column", List.of(
                "DROP TABLE IF EXISTS teq_auto",
                "CREATE TABLE teq_auto (id SERIAL PRIMARY KEY, label TEXT NOT NULL, flag BOOLEAN DEFAULT FALSE, amount DECIMAL(8,3), at TIMESTAMP, data BYTEA)",
                "INSERT INTO teq_auto (label, amount, at) VALUES ('one', 1.5, TIMESTAMP '2024-01-01 00:00:00')",
                "INSERT INTO teq_auto (label, flag, amount) VALUES ('two', TRUE, 2.25)",
                "INSERT INTO teq_auto (label) VALUES ('three')"),
                "SELECT id, label, flag, amount, at, data FROM teq_auto ORDER BY id", true, List.of("DROP TABLE IF EXISTS teq_auto"));
        script("identity generated by default", List.of(
                "DROP TABLE IF EXISTS teq_gen",
                "CREATE TABLE teq_gen (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, label VARCHAR(10))",
                "CREATE UNIQUE INDEX teq_gen_label ON teq_gen (label)",
                "INSERT INTO teq_gen (label) VALUES ('x'), ('y')"),
                "SELECT id, label FROM teq_gen ORDER BY id", true, List.of("DROP TABLE IF EXISTS teq_gen"));
        script("column defaults", List.of(
                "DROP TABLE IF EXISTS teq_def",
                "CREATE TABLE teq_def (id INTEGER PRIMARY KEY, at TIMESTAMP NOT NULL DEFAULT now(), flag BOOLEAN DEFAULT TRUE, n INTEGER DEFAULT 7)",
                "INSERT INTO teq_def (id) VALUES (1)"),
                "SELECT id, flag, n, at IS NOT NULL, at > TIMESTAMP '2020-01-01 00:00:00' FROM teq_def", true,
                List.of("DROP TABLE IF EXISTS teq_def"));
        script("create table as select", List.of(
                "DROP TABLE IF EXISTS teq_copy",
                "CREATE TABLE teq_copy (name VARCHAR(50), total DECIMAL(12,2))",
                "INSERT INTO teq_copy (name, total) SELECT c.name, SUM(i.quantity * i.unit_price) FROM teq_customers c JOIN teq_orders o ON o.customer_id = c.id JOIN teq_order_items i ON i.order_id = o.id GROUP BY c.name"),
                "SELECT name, total FROM teq_copy", false, List.of("DROP TABLE IF EXISTS teq_copy"));
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
