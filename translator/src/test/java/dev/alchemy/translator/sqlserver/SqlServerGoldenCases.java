package dev.alchemy.translator.sqlserver;

import static dev.alchemy.translator.Dialect.MYSQL;
import static dev.alchemy.translator.Dialect.PORTABLE;
import static dev.alchemy.translator.Dialect.POSTGRESQL;
import static dev.alchemy.translator.Dialect.SQLITE;

import dev.alchemy.translator.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * (input, expected T-SQL) pairs for the SQL Server target, grouped by rule, and the constructs it refuses with
 * 0A000. The integration tests ({@code dev.alchemy.it.translation.sqlserver}) run the same rules on H2's
 * MSSQLServer mode against PostgreSQL's results.
 */
public final class SqlServerGoldenCases {

    /** One case: for {@link #REFUSED} cases {@code expected} is a word the 0A000 message must contain. */
    public record Case(String name, Dialect source, String input, String expected) {
    }

    public static final List<Case> TRANSLATED = new ArrayList<>();
    public static final List<Case> REFUSED = new ArrayList<>();

    private static void ok(String name, Dialect source, String input, String expected) {
        TRANSLATED.add(new Case(name, source, input, expected));
    }

    private static void refused(String name, Dialect source, String input, String messageWord) {
        REFUSED.add(new Case(name, source, input, messageWord));
    }

    static {
        // ---------------------------------------------------------------------------------------- pagination
        ok("a ? inside a quoted identifier is not a marker", PORTABLE,
                "SELECT \"a?b\" FROM t WHERE x = ?",
                "SELECT [a?b] FROM t WHERE x = ?");
        ok("CAST keeps the VARCHAR length (as NVARCHAR: n characters of any script)", PORTABLE,
                "SELECT CAST(x AS VARCHAR(20)), CAST(y AS DECIMAL(10, 2)) FROM t",
                "SELECT CAST(x AS NVARCHAR(20)), CAST(y AS DECIMAL(10, 2)) FROM t");
        ok("E'' escapes are read", POSTGRESQL,
                "SELECT E'caf\\u00e9\\n' FROM t",
                "SELECT N'caf\u00e9\n' FROM t");
        ok("{call} is left to the driver, its arguments translated", PORTABLE,
                "{? = call proc(?, TRUE)}",
                "{? = call proc(?, 1)}");
        ok("JDBC TIMESTAMPDIFF in days from elapsed milliseconds", PORTABLE,
                "SELECT {fn TIMESTAMPDIFF(SQL_TSI_DAY, a, b)} FROM t",
                "SELECT (DATEDIFF_BIG(millisecond, a, b) / 1000 / 86400) FROM t");
        ok("limit becomes TOP", PORTABLE,
                "SELECT id, name FROM items LIMIT 10",
                "SELECT TOP 10 id, name FROM items");
        ok("limit with order by becomes TOP", PORTABLE,
                "SELECT id FROM items ORDER BY name LIMIT 5",
                "SELECT TOP 5 id FROM items ORDER BY name");
        ok("distinct comes before TOP", PORTABLE,
                "SELECT DISTINCT name FROM items LIMIT 3",
                "SELECT DISTINCT TOP 3 name FROM items");
        ok("limit offset with order by becomes OFFSET FETCH", PORTABLE,
                "SELECT id FROM items ORDER BY id LIMIT 10 OFFSET 20",
                "SELECT id FROM items ORDER BY id OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY");
        ok("limit offset without order by gets ORDER BY (SELECT NULL)", PORTABLE,
                "SELECT id FROM items LIMIT 10 OFFSET 20",
                "SELECT id FROM items ORDER BY (SELECT NULL) OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY");
        ok("offset alone", POSTGRESQL,
                "SELECT * FROM t OFFSET 2",
                "SELECT * FROM t ORDER BY (SELECT NULL) OFFSET 2 ROWS");
        ok("limit marker alone becomes TOP (?)", PORTABLE,
                "SELECT id FROM items LIMIT ?",
                "SELECT TOP (?) id FROM items");
        ok("limit marker after a where marker stays last: OFFSET 0 FETCH", PORTABLE,
                "SELECT id FROM items WHERE price > ? ORDER BY id LIMIT ?",
                "SELECT id FROM items WHERE price > ? ORDER BY id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY");
        ok("limit literal offset marker keeps marker order", PORTABLE,
                "SELECT id FROM items WHERE price > ? ORDER BY id LIMIT 10 OFFSET ?",
                "SELECT id FROM items WHERE price > ? ORDER BY id OFFSET ? ROWS FETCH NEXT 10 ROWS ONLY");
        ok("ISO offset fetch with markers is already T-SQL", PORTABLE,
                "SELECT id FROM items WHERE price > ? ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                "SELECT id FROM items WHERE price > ? ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        ok("MySQL LIMIT offset, count keeps marker order", MYSQL,
                "SELECT id FROM items ORDER BY id LIMIT ?, ?",
                "SELECT id FROM items ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        ok("LIMIT 0 OFFSET n is TOP 0 (FETCH NEXT 0 ROWS is an error)", PORTABLE,
                "SELECT id FROM items ORDER BY id LIMIT 0 OFFSET 5",
                "SELECT TOP 0 id FROM items ORDER BY id");
        ok("fetch first without offset becomes TOP", PORTABLE,
                "SELECT id FROM items ORDER BY id FETCH FIRST 3 ROWS ONLY",
                "SELECT TOP 3 id FROM items ORDER BY id");
        ok("limit on a union without order by takes TOP n of the union as a derived table", PORTABLE,
                "SELECT x FROM t1 UNION ALL SELECT x FROM t2 LIMIT 1",
                "SELECT TOP 1 * FROM (SELECT x FROM t1 UNION ALL SELECT x FROM t2) AS _l_0");
        ok("a WITH stays in front of the union taken as a derived table; a lone marker row count is TOP (?)", PORTABLE,
                "WITH c AS (SELECT 1 AS x) SELECT x FROM c UNION SELECT x FROM t LIMIT ?",
                "WITH c AS (SELECT 1 AS x) SELECT TOP (?) * FROM (SELECT x FROM c UNION SELECT x FROM t) AS _l_0");
        ok("a union whose columns a derived table could not name is ordered by its first column instead", PORTABLE,
                "SELECT 1 UNION ALL SELECT 2 LIMIT 1",
                "SELECT 1 UNION ALL SELECT 2 ORDER BY 1 OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY");
        ok("a marker row count after the union's markers stays behind them", PORTABLE,
                "SELECT x FROM t1 WHERE a = ? UNION SELECT x FROM t2 LIMIT ?",
                "SELECT x FROM t1 WHERE a = ? UNION SELECT x FROM t2 ORDER BY 1 OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY");
        ok("offset on a union without order by", PORTABLE,
                "SELECT x FROM t1 UNION SELECT y FROM t2 OFFSET 3",
                "SELECT x FROM t1 UNION SELECT y FROM t2 ORDER BY 1 OFFSET 3 ROWS");
        ok("limit offset on an ordered union", PORTABLE,
                "SELECT x FROM t1 UNION SELECT x FROM t2 ORDER BY x LIMIT 5 OFFSET 10",
                "SELECT x FROM t1 UNION SELECT x FROM t2 ORDER BY x OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY");
        ok("limit in a subquery", PORTABLE,
                "SELECT * FROM items WHERE id IN (SELECT item_id FROM orders ORDER BY created DESC LIMIT 3)",
                "SELECT * FROM items WHERE id IN (SELECT TOP 3 item_id FROM orders ORDER BY created DESC)");
        ok("order by in a derived table needs OFFSET 0 ROWS", PORTABLE,
                "SELECT * FROM (SELECT id FROM items ORDER BY id) AS s",
                "SELECT * FROM (SELECT id FROM items ORDER BY id OFFSET 0 ROWS) AS s");
        ok("cte with limit", PORTABLE,
                "WITH c AS (SELECT id FROM items WHERE active) SELECT * FROM c LIMIT 5",
                "WITH c AS (SELECT id FROM items WHERE active = 1) SELECT TOP 5 * FROM c");

        // ------------------------------------------------------------------------------------- concatenation
        ok("|| becomes + with operands of unknown type cast to text", PORTABLE,
                "SELECT first_name || ' ' || last_name FROM people",
                "SELECT CAST(first_name AS NVARCHAR(MAX)) + ' ' + CAST(last_name AS NVARCHAR(MAX)) FROM people");
        ok("|| of text functions needs no cast", PORTABLE,
                "SELECT UPPER(a) || '-' || LOWER(b) FROM people",
                "SELECT UPPER(a) + '-' + LOWER(b) FROM people");
        ok("|| with a cast to text", POSTGRESQL,
                "SELECT 'id-' || id::text FROM items",
                "SELECT 'id-' + CAST(id AS NVARCHAR(MAX)) FROM items");
        ok("|| with a number literal concatenates its digits", PORTABLE,
                "SELECT name || 1 FROM items",
                "SELECT CAST(name AS NVARCHAR(MAX)) + '1' FROM items");
        ok("|| with markers keeps their order", PORTABLE,
                "SELECT ? || name || ? FROM items",
                "SELECT CAST(? AS NVARCHAR(MAX)) + CAST(name AS NVARCHAR(MAX)) + CAST(? AS NVARCHAR(MAX)) FROM items");

        // -------------------------------------------------------------------------------------------- booleans
        ok("bare boolean column in WHERE", PORTABLE,
                "SELECT * FROM items WHERE active",
                "SELECT * FROM items WHERE active = 1");
        ok("NOT boolean column", PORTABLE,
                "SELECT * FROM items WHERE NOT active",
                "SELECT * FROM items WHERE active = 0");
        ok("TRUE and FALSE literals in comparisons", PORTABLE,
                "SELECT * FROM items WHERE active = TRUE AND deleted = FALSE",
                "SELECT * FROM items WHERE active = 1 AND deleted = 0");
        ok("bare boolean inside AND", PORTABLE,
                "SELECT * FROM items WHERE active AND price > 10",
                "SELECT * FROM items WHERE active = 1 AND price > 10");
        ok("bare booleans inside OR in parentheses", PORTABLE,
                "SELECT * FROM items WHERE (active OR featured) AND price < 5",
                "SELECT * FROM items WHERE (active = 1 OR featured = 1) AND price < 5");
        ok("bare boolean in a join condition", PORTABLE,
                "SELECT a.id FROM a JOIN b ON a.id = b.a_id AND b.enabled",
                "SELECT a.id FROM a JOIN b ON a.id = b.a_id AND b.enabled = 1");
        ok("bare boolean in CASE WHEN", PORTABLE,
                "SELECT CASE WHEN active THEN 'y' ELSE 'n' END FROM items",
                "SELECT CASE WHEN active = 1 THEN 'y' ELSE 'n' END FROM items");
        ok("TRUE in VALUES", PORTABLE,
                "INSERT INTO items (name, active) VALUES ('x', TRUE)",
                "INSERT INTO items (name, active) VALUES ('x', 1)");
        ok("FALSE in UPDATE SET", PORTABLE,
                "UPDATE items SET active = FALSE WHERE id = ?",
                "UPDATE items SET active = 0 WHERE id = ?");
        ok("IS TRUE / IS NOT FALSE on a boolean column", PORTABLE,
                "SELECT id FROM items WHERE active IS TRUE OR featured IS NOT FALSE",
                "SELECT id FROM items WHERE active = 1 OR (featured = 1 OR featured IS NULL)");
        ok("IS FALSE on a predicate", PORTABLE,
                "SELECT id FROM items WHERE (price > 10) IS FALSE",
                "SELECT id FROM items WHERE NOT ((price > 10))");
        ok("a predicate selected as a value becomes a BIT-valued CASE", PORTABLE,
                "SELECT id, price > 10 AS dear FROM items",
                "SELECT id, CASE WHEN price > 10 THEN 1 WHEN NOT (price > 10) THEN 0 END AS dear FROM items");
        ok("NOT of a parenthesised boolean column", PORTABLE,
                "SELECT id FROM items WHERE NOT (active) AND price IS NOT NULL",
                "SELECT id FROM items WHERE active = 0 AND price IS NOT NULL");
        ok("bare booleans in EXISTS subquery and UPDATE", PORTABLE,
                "UPDATE items SET price = 0 WHERE NOT active AND EXISTS (SELECT 1 FROM flags f WHERE f.on_ AND f.id = items.id)",
                "UPDATE items SET price = 0 WHERE active = 0 AND EXISTS (SELECT 1 FROM flags f WHERE f.on_ = 1 AND f.id = items.id)");
        ok("WHERE TRUE", PORTABLE,
                "SELECT id FROM items WHERE TRUE",
                "SELECT id FROM items WHERE 1 = 1");
        ok("bare boolean in HAVING with an aggregate", PORTABLE,
                "SELECT category FROM items GROUP BY category HAVING COUNT(*) > 1 AND MAX(price) > 2",
                "SELECT category FROM items GROUP BY category HAVING COUNT(*) > 1 AND MAX(price) > 2");

        // -------------------------------------------------------------------------------------------- quoting
        ok("double-quoted identifiers become brackets", PORTABLE,
                "SELECT \"Name\", \"order\" FROM \"Items\" AS \"i\"",
                "SELECT [Name], [order] FROM [Items] AS [i]");
        ok("backticks become brackets", MYSQL,
                "SELECT `key` FROM `t`",
                "SELECT [key] FROM [t]");
        ok("closing bracket inside a name is doubled", PORTABLE,
                "SELECT \"a]b\" FROM t",
                "SELECT [a]]b] FROM t");
        ok("qualified quoted names", PORTABLE,
                "SELECT t.\"col\" FROM \"sales\".\"t\"",
                "SELECT t.[col] FROM [sales].[t]");

        // ------------------------------------------------------------------------------------------ date/time
        ok("NOW() becomes CURRENT_TIMESTAMP (T-SQL's ANSI spelling of GETDATE())", POSTGRESQL,
                "SELECT NOW()",
                "SELECT CURRENT_TIMESTAMP");
        ok("CURRENT_TIME becomes a cast of GETDATE()", PORTABLE,
                "SELECT CURRENT_TIME",
                "SELECT CAST(GETDATE() AS TIME)");
        ok("CURRENT_TIMESTAMP stays", PORTABLE,
                "SELECT CURRENT_TIMESTAMP",
                "SELECT CURRENT_TIMESTAMP");
        ok("CURRENT_DATE becomes a cast of GETDATE()", PORTABLE,
                "SELECT CURRENT_DATE",
                "SELECT CAST(GETDATE() AS DATE)");
        ok("EXTRACT year becomes DATEPART", PORTABLE,
                "SELECT EXTRACT(YEAR FROM created) FROM items",
                "SELECT DATEPART(year, created) FROM items");
        ok("EXTRACT month in WHERE with a marker", PORTABLE,
                "SELECT id FROM items WHERE EXTRACT(MONTH FROM created) = ?",
                "SELECT id FROM items WHERE DATEPART(month, created) = ?");
        ok("EXTRACT dow is independent of DATEFIRST", POSTGRESQL,
                "SELECT EXTRACT(DOW FROM created) FROM items",
                "SELECT (DATEPART(weekday, created) + @@DATEFIRST - 1) % 7 FROM items");
        ok("EXTRACT epoch", POSTGRESQL,
                "SELECT EXTRACT(EPOCH FROM created) FROM items",
                "SELECT DATEDIFF_BIG(second, '1970-01-01', created) FROM items");
        ok("DATE_PART becomes DATEPART", POSTGRESQL,
                "SELECT DATE_PART('month', created) FROM items",
                "SELECT DATEPART(month, created) FROM items");
        ok("+ INTERVAL '1 day' becomes DATEADD", POSTGRESQL,
                "SELECT created + INTERVAL '1 day' FROM items",
                "SELECT DATEADD(day, 1, created) FROM items");
        ok("- INTERVAL '3 hours' becomes a negative DATEADD", POSTGRESQL,
                "SELECT created - INTERVAL '3 hours' FROM items",
                "SELECT DATEADD(hour, -3, created) FROM items");
        ok("MySQL INTERVAL n MONTH", MYSQL,
                "SELECT created + INTERVAL 2 MONTH FROM items",
                "SELECT DATEADD(month, 2, created) FROM items");
        ok("now minus interval in WHERE", POSTGRESQL,
                "SELECT id FROM items WHERE created > NOW() - INTERVAL '7 days'",
                "SELECT id FROM items WHERE created > DATEADD(day, -7, CURRENT_TIMESTAMP)");
        ok("DATE_TRUNC month works on every SQL Server version", POSTGRESQL,
                "SELECT DATE_TRUNC('month', created) FROM items",
                "SELECT DATEADD(month, DATEDIFF(month, '19000101', created), '19000101') FROM items");
        ok("DATE_TRUNC week starts on Monday like PostgreSQL", POSTGRESQL,
                "SELECT DATE_TRUNC('week', created) FROM items",
                "SELECT DATEADD(day, DATEDIFF(day, '19000101', created) / 7 * 7, '19000101') FROM items");

        // ---------------------------------------------------------------------------------------------- strings
        ok("LENGTH and CHAR_LENGTH become LEN", PORTABLE,
                "SELECT LENGTH(name), CHAR_LENGTH(name) FROM items",
                "SELECT LEN(name), LEN(name) FROM items");
        ok("SUBSTRING FROM FOR", PORTABLE,
                "SELECT SUBSTRING(name FROM 2 FOR 3) FROM items",
                "SELECT SUBSTRING(name, 2, 3) FROM items");
        ok("SUBSTRING FROM without FOR takes the rest", PORTABLE,
                "SELECT SUBSTRING(name FROM 2) FROM items",
                "SELECT SUBSTRING(name, 2, 1073741823) FROM items");
        ok("SQLite SUBSTR", SQLITE,
                "SELECT SUBSTR(name, 2, 3) FROM items",
                "SELECT SUBSTRING(name, 2, 3) FROM items");
        ok("POSITION becomes CHARINDEX", PORTABLE,
                "SELECT POSITION('an' IN name) FROM items",
                "SELECT CHARINDEX('an', name) FROM items");
        ok("STRPOS becomes CHARINDEX with swapped arguments", POSTGRESQL,
                "SELECT STRPOS(name, 'an') FROM items",
                "SELECT CHARINDEX('an', name) FROM items");
        ok("INSTR becomes CHARINDEX with swapped arguments", SQLITE,
                "SELECT INSTR(name, 'an') FROM items",
                "SELECT CHARINDEX('an', name) FROM items");
        ok("POSITION with two markers keeps their order", PORTABLE,
                "SELECT id FROM items WHERE POSITION(? IN ?) > 0",
                "SELECT id FROM items WHERE CHARINDEX(?, ?) > 0");
        ok("TRIM stays (SQL Server 2017+)", PORTABLE,
                "SELECT TRIM(name) FROM items",
                "SELECT TRIM(name) FROM items");
        ok("TRIM LEADING becomes LTRIM", POSTGRESQL,
                "SELECT TRIM(LEADING FROM name), TRIM(TRAILING FROM name), TRIM(BOTH 'x' FROM name) FROM items",
                "SELECT LTRIM(name), RTRIM(name), TRIM('x' FROM name) FROM items");
        ok("ILIKE becomes LOWER LIKE LOWER", POSTGRESQL,
                "SELECT id FROM items WHERE name ILIKE ?",
                "SELECT id FROM items WHERE LOWER(name) LIKE LOWER(?)");
        ok("NOT ILIKE", POSTGRESQL,
                "SELECT id FROM items WHERE name NOT ILIKE 'a%'",
                "SELECT id FROM items WHERE LOWER(name) NOT LIKE LOWER('a%')");
        ok("non-ASCII string literal gets the N prefix", PORTABLE,
                "SELECT id FROM items WHERE name = 'café'",
                "SELECT id FROM items WHERE name = N'café'");

        // ------------------------------------------------------------------------------------------------ nulls
        ok("IFNULL becomes COALESCE", MYSQL,
                "SELECT IFNULL(price, 0) FROM items",
                "SELECT COALESCE(price, 0) FROM items");
        ok("NVL becomes COALESCE", PORTABLE,
                "SELECT NVL(price, 0) FROM items",
                "SELECT COALESCE(price, 0) FROM items");
        ok("NULLIF stays", PORTABLE,
                "SELECT NULLIF(price, 0) FROM items",
                "SELECT NULLIF(price, 0) FROM items");

        // ------------------------------------------------------------------------------------------------ casts
        ok(":: becomes CAST", POSTGRESQL,
                "SELECT price::int FROM items",
                "SELECT CAST(price AS INT) FROM items");
        ok("cast to BOOLEAN becomes BIT", PORTABLE,
                "SELECT CAST(flag AS BOOLEAN) FROM items",
                "SELECT CAST(flag AS BIT) FROM items");
        ok("cast to TEXT becomes NVARCHAR(MAX)", PORTABLE,
                "SELECT CAST(id AS TEXT) FROM items",
                "SELECT CAST(id AS NVARCHAR(MAX)) FROM items");
        ok("cast to TIMESTAMP becomes DATETIME2", PORTABLE,
                "SELECT CAST(? AS TIMESTAMP)",
                "SELECT CAST(? AS DATETIME2)");
        ok("double precision becomes FLOAT", POSTGRESQL,
                "SELECT price::double precision FROM items",
                "SELECT CAST(price AS FLOAT) FROM items");
        ok("VARCHAR(n) is NVARCHAR(n), CHAR(n) NCHAR(n): T-SQL's VARCHAR holds bytes of one code page", PORTABLE,
                "SELECT CAST(id AS VARCHAR(20)), CAST(id AS CHAR(3)), CAST(id AS VARCHAR(4001)) FROM items",
                "SELECT CAST(id AS NVARCHAR(20)), CAST(id AS NCHAR(3)), CAST(id AS NVARCHAR(MAX)) FROM items");
        ok("UUID becomes UNIQUEIDENTIFIER", POSTGRESQL,
                "SELECT CAST(? AS UUID)",
                "SELECT CAST(? AS UNIQUEIDENTIFIER)");

        // -------------------------------------------------------------------------------------------------- DDL
        ok("portable table with every mapped type", POSTGRESQL,
                "CREATE TABLE items (id SERIAL PRIMARY KEY, name TEXT NOT NULL, active BOOLEAN DEFAULT TRUE, "
                        + "created TIMESTAMP, data BYTEA, token UUID, score DOUBLE PRECISION, code VARCHAR(20))",
                "CREATE TABLE items (id INT IDENTITY(1,1) PRIMARY KEY, name NVARCHAR(MAX) NOT NULL, active BIT DEFAULT 1, "
                        + "created DATETIME2, data VARBINARY(MAX), token UNIQUEIDENTIFIER, score FLOAT, code NVARCHAR(20))");
        ok("BIGSERIAL", POSTGRESQL,
                "CREATE TABLE events (id BIGSERIAL PRIMARY KEY, at TIMESTAMP NOT NULL)",
                "CREATE TABLE events (id BIGINT IDENTITY(1,1) PRIMARY KEY, at DATETIME2 NOT NULL)");
        ok("GENERATED ALWAYS AS IDENTITY", PORTABLE,
                "CREATE TABLE t (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v INT)",
                "CREATE TABLE t (id INT IDENTITY(1,1) PRIMARY KEY, v INT)");
        ok("GENERATED BY DEFAULT AS IDENTITY", POSTGRESQL,
                "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v DECIMAL)",
                "CREATE TABLE t (id BIGINT IDENTITY(1,1) PRIMARY KEY, v DECIMAL(38, 10))");
        ok("T-SQL IDENTITY(seed, increment) is kept", Dialect.SQLSERVER,
                "CREATE TABLE t (id INT IDENTITY(10,5) PRIMARY KEY, v NVARCHAR(MAX))",
                "CREATE TABLE t (id INT IDENTITY(10,5) PRIMARY KEY, v NVARCHAR(MAX))");
        ok("CREATE TABLE IF NOT EXISTS becomes an IF OBJECT_ID guard", PORTABLE,
                "CREATE TABLE IF NOT EXISTS \"Audit\" (at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, flag BOOLEAN DEFAULT FALSE)",
                "IF OBJECT_ID(N'[Audit]', N'U') IS NULL CREATE TABLE [Audit] (at DATETIME2 DEFAULT CURRENT_TIMESTAMP, flag BIT DEFAULT 0)");
        ok("long VARCHAR becomes VARCHAR(MAX)", POSTGRESQL,
                "CREATE TABLE t (body VARCHAR(20000), raw BYTEA, j JSONB, at TIMESTAMPTZ)",
                "CREATE TABLE t (body NVARCHAR(MAX), raw VARBINARY(MAX), j NVARCHAR(MAX), at DATETIMEOFFSET)");
        ok("MySQL AUTO_INCREMENT", MYSQL,
                "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, body BLOB)",
                "CREATE TABLE t (id INT IDENTITY(1,1) PRIMARY KEY, body VARBINARY(MAX))");
        ok("SQLite INTEGER PRIMARY KEY AUTOINCREMENT", SQLITE,
                "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
                "CREATE TABLE t (id INT IDENTITY(1,1) PRIMARY KEY, v NVARCHAR(MAX))");
        ok("DROP TABLE IF EXISTS stays (SQL Server 2016+)", PORTABLE,
                "DROP TABLE IF EXISTS items",
                "DROP TABLE IF EXISTS items");
        ok("CREATE INDEX stays", PORTABLE,
                "CREATE INDEX ix_items_code ON items (code)",
                "CREATE INDEX ix_items_code ON items (code)");

        ok("ALTER TABLE ADD COLUMN: no COLUMN keyword, T-SQL types, existing rows get the default", POSTGRESQL,
                "ALTER TABLE items ADD COLUMN featured BOOLEAN DEFAULT FALSE",
                "ALTER TABLE items ADD featured BIT DEFAULT 0 WITH VALUES");
        ok("ALTER TABLE adding two columns is one ADD", POSTGRESQL,
                "ALTER TABLE items ADD COLUMN notes TEXT, ADD COLUMN seq BIGSERIAL",
                "ALTER TABLE items ADD notes NVARCHAR(MAX), seq BIGINT IDENTITY(1,1)");
        ok("ALTER COLUMN TYPE", POSTGRESQL,
                "ALTER TABLE items ALTER COLUMN code TYPE VARCHAR(40)",
                "ALTER TABLE items ALTER COLUMN code NVARCHAR(40)");
        ok("MySQL MODIFY", MYSQL,
                "ALTER TABLE items MODIFY note TEXT",
                "ALTER TABLE items ALTER COLUMN note NVARCHAR(MAX)");
        ok("RENAME COLUMN goes through sp_rename", POSTGRESQL,
                "ALTER TABLE items RENAME COLUMN note TO remark",
                "EXEC sp_rename N'[items].[note]', N'remark', N'COLUMN'");
        ok("ADD CONSTRAINT is already T-SQL", POSTGRESQL,
                "ALTER TABLE orders ADD CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id)",
                "ALTER TABLE orders ADD CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id)");
        ok("TRUNCATE needs TABLE", POSTGRESQL,
                "TRUNCATE items",
                "TRUNCATE TABLE items");

        // ------------------------------------------------------------------------------------------ aggregates
        ok("GROUP_CONCAT with SEPARATOR", MYSQL,
                "SELECT GROUP_CONCAT(name SEPARATOR ', ') FROM items",
                "SELECT STRING_AGG(name, ', ') FROM items");
        ok("GROUP_CONCAT default separator is a comma", MYSQL,
                "SELECT category, GROUP_CONCAT(name) FROM items GROUP BY category",
                "SELECT category, STRING_AGG(name, ',') FROM items GROUP BY category");
        ok("GROUP_CONCAT with ORDER BY", MYSQL,
                "SELECT GROUP_CONCAT(name ORDER BY name SEPARATOR ';') FROM items",
                "SELECT STRING_AGG(name, ';') WITHIN GROUP (ORDER BY name) FROM items");
        ok("PostgreSQL STRING_AGG with ORDER BY", POSTGRESQL,
                "SELECT STRING_AGG(name, ',' ORDER BY name DESC) FROM items",
                "SELECT STRING_AGG(name, ',') WITHIN GROUP (ORDER BY name DESC) FROM items");
        ok("BOOL_AND and BOOL_OR", POSTGRESQL,
                "SELECT category, BOOL_AND(active), BOOL_OR(price > 2) FROM items GROUP BY category",
                "SELECT category, CAST(MIN(CASE WHEN active = 1 THEN 1 WHEN NOT (active = 1) THEN 0 END) AS BIT), "
                        + "CAST(MAX(CASE WHEN price > 2 THEN 1 WHEN NOT (price > 2) THEN 0 END) AS BIT) "
                        + "FROM items GROUP BY category");
        ok("window function passes", PORTABLE,
                "SELECT id, SUM(price) OVER (PARTITION BY category ORDER BY id) AS running FROM items",
                "SELECT id, SUM(price) OVER (PARTITION BY category ORDER BY id) AS running FROM items");

        // ---------------------------------------------------------------------------------------- RETURNING
        ok("INSERT RETURNING id becomes OUTPUT INSERTED", PORTABLE,
                "INSERT INTO items (name, price) VALUES (?, ?) RETURNING id",
                "INSERT INTO items (name, price) OUTPUT INSERTED.id VALUES (?, ?)");
        ok("INSERT RETURNING two columns", PORTABLE,
                "INSERT INTO items (name) VALUES (?) RETURNING id, name",
                "INSERT INTO items (name) OUTPUT INSERTED.id, INSERTED.name VALUES (?)");
        ok("UPDATE RETURNING becomes OUTPUT INSERTED between SET and WHERE", PORTABLE,
                "UPDATE items SET price = ? WHERE id = ? RETURNING id, price",
                "UPDATE items SET price = ? OUTPUT INSERTED.id, INSERTED.price WHERE id = ?");
        ok("DELETE RETURNING becomes OUTPUT DELETED", PORTABLE,
                "DELETE FROM items WHERE id = ? RETURNING id, name",
                "DELETE FROM items OUTPUT DELETED.id, DELETED.name WHERE id = ?");
        ok("INSERT .. SELECT RETURNING", PORTABLE,
                "INSERT INTO archive (id, name) SELECT id, name FROM items WHERE NOT active RETURNING id",
                "INSERT INTO archive (id, name) OUTPUT INSERTED.id SELECT id, name FROM items WHERE active = 0");
        ok("INSERT RETURNING *", PORTABLE,
                "INSERT INTO items (name) VALUES ('a') RETURNING *",
                "INSERT INTO items (name) OUTPUT INSERTED.* VALUES ('a')");

        // ------------------------------------------------------------------------------------------- upserts
        ok("ON CONFLICT DO UPDATE becomes MERGE", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
                "MERGE INTO items WITH (HOLDLOCK) USING (VALUES (?, ?)) AS excluded (id, name) "
                        + "ON items.id = excluded.id WHEN MATCHED THEN UPDATE SET name = excluded.name "
                        + "WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
        ok("ON CONFLICT DO NOTHING becomes MERGE without WHEN MATCHED", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                "MERGE INTO items WITH (HOLDLOCK) USING (VALUES (?, ?)) AS excluded (id, name) "
                        + "ON items.id = excluded.id "
                        + "WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
        ok("ON CONFLICT on two columns with an expression on the target", POSTGRESQL,
                "INSERT INTO stock (shop, sku, qty) VALUES (?, ?, ?) ON CONFLICT (shop, sku) "
                        + "DO UPDATE SET qty = stock.qty + EXCLUDED.qty",
                "MERGE INTO stock WITH (HOLDLOCK) USING (VALUES (?, ?, ?)) AS excluded (shop, sku, qty) "
                        + "ON stock.shop = excluded.shop AND stock.sku = excluded.sku "
                        + "WHEN MATCHED THEN UPDATE SET qty = stock.qty + excluded.qty "
                        + "WHEN NOT MATCHED THEN INSERT (shop, sku, qty) VALUES (excluded.shop, excluded.sku, excluded.qty);");
        ok("MySQL ON DUPLICATE KEY UPDATE keys on the columns it does not update", MYSQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)",
                "MERGE INTO items WITH (HOLDLOCK) USING (VALUES (?, ?)) AS excluded (id, name) "
                        + "ON items.id = excluded.id WHEN MATCHED THEN UPDATE SET name = excluded.name "
                        + "WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
        ok("upsert of two rows", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
                "MERGE INTO items WITH (HOLDLOCK) USING (VALUES (1, 'a'), (2, 'b')) AS excluded (id, name) "
                        + "ON items.id = excluded.id WHEN MATCHED THEN UPDATE SET name = excluded.name "
                        + "WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
        ok("upsert with RETURNING", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name RETURNING id",
                "MERGE INTO items WITH (HOLDLOCK) USING (VALUES (?, ?)) AS excluded (id, name) "
                        + "ON items.id = excluded.id WHEN MATCHED THEN UPDATE SET name = excluded.name "
                        + "WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name) OUTPUT INSERTED.id;");
        ok("ON CONFLICT DO UPDATE WHERE becomes WHEN MATCHED AND", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name "
                        + "WHERE items.name <> EXCLUDED.name",
                "MERGE INTO items WITH (HOLDLOCK) USING (VALUES (?, ?)) AS excluded (id, name) "
                        + "ON items.id = excluded.id WHEN MATCHED AND items.name <> excluded.name "
                        + "THEN UPDATE SET name = excluded.name "
                        + "WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
        ok("upsert from a SELECT with a target alias", POSTGRESQL,
                "INSERT INTO items AS i (id, name) SELECT id, name FROM staging ON CONFLICT (id) "
                        + "DO UPDATE SET name = i.name || EXCLUDED.name",
                "MERGE INTO items WITH (HOLDLOCK) AS i USING (SELECT id, name FROM staging) AS excluded (id, name) "
                        + "ON i.id = excluded.id WHEN MATCHED THEN UPDATE SET name = "
                        + "CAST(i.name AS NVARCHAR(MAX)) + CAST(excluded.name AS NVARCHAR(MAX)) "
                        + "WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name);");
        ok("upsert with a boolean value", POSTGRESQL,
                "INSERT INTO flags (k, on_) VALUES (?, TRUE) ON CONFLICT (k) DO UPDATE SET on_ = EXCLUDED.on_",
                "MERGE INTO flags WITH (HOLDLOCK) USING (VALUES (?, 1)) AS excluded (k, on_) "
                        + "ON flags.k = excluded.k WHEN MATCHED THEN UPDATE SET on_ = excluded.on_ "
                        + "WHEN NOT MATCHED THEN INSERT (k, on_) VALUES (excluded.k, excluded.on_);");

        ok("ADD COLUMN IF NOT EXISTS is guarded by COL_LENGTH", POSTGRESQL,
                "ALTER TABLE app.items ADD COLUMN IF NOT EXISTS note VARCHAR(20)",
                "IF COL_LENGTH(N'[app].[items]', N'note') IS NULL ALTER TABLE app.items ADD note NVARCHAR(20)");
        ok("CREATE INDEX IF NOT EXISTS is guarded by sys.indexes, USING btree is the default", POSTGRESQL,
                "CREATE UNIQUE INDEX IF NOT EXISTS users_email ON app.users USING btree (email) WHERE email IS NOT NULL",
                "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'users_email' AND object_id = OBJECT_ID(N'[app].[users]'))"
                        + " CREATE UNIQUE INDEX users_email ON app.users (email) WHERE email IS NOT NULL");
        refused("an index method SQL Server lacks", POSTGRESQL, "CREATE INDEX docs_gin ON docs USING gin (data)", "gin");
        refused("ADD COLUMN IF NOT EXISTS of two columns", POSTGRESQL,
                "ALTER TABLE items ADD COLUMN IF NOT EXISTS a INT, ADD COLUMN IF NOT EXISTS b INT", "one column");

        // ---------------------------------------------------------- UPDATE .. FROM, DELETE .. USING, aliases
        ok("DELETE .. USING names the table it deletes from", POSTGRESQL,
                "DELETE FROM items USING orders WHERE orders.item_id = items.id AND orders.void",
                "DELETE items FROM items, orders WHERE orders.item_id = items.id AND orders.void = 1");
        ok("DELETE .. USING through an alias, also of the same table", POSTGRESQL,
                "DELETE FROM items a USING items b WHERE a.id > b.id AND a.name = b.name",
                "DELETE a FROM items AS a, items b WHERE a.id > b.id AND a.name = b.name");
        ok("an aliased DELETE names its alias", POSTGRESQL,
                "DELETE FROM items i WHERE i.id = ?",
                "DELETE i FROM items AS i WHERE i.id = ?");
        ok("an aliased DELETE .. RETURNING lists its table in FROM", POSTGRESQL,
                "DELETE FROM items i WHERE i.id = ? RETURNING i.id",
                "DELETE i OUTPUT DELETED.id FROM items AS i WHERE i.id = ?");
        ok("an aliased UPDATE names its alias", POSTGRESQL,
                "UPDATE items i SET name = ? WHERE i.id = ?",
                "UPDATE i SET name = ? FROM items AS i WHERE i.id = ?");
        ok("UPDATE .. FROM through an alias", POSTGRESQL,
                "UPDATE items i SET price = o.price FROM offers o WHERE o.item_id = i.id AND o.active",
                "UPDATE i SET price = o.price FROM items AS i, offers o WHERE o.item_id = i.id AND o.active = 1");
        ok("UPDATE .. FROM without an alias is T-SQL already", POSTGRESQL,
                "UPDATE items SET price = o.price FROM offers o WHERE o.item_id = items.id",
                "UPDATE items SET price = o.price FROM offers o WHERE o.item_id = items.id");
        ok("a MERGE written for PostgreSQL: T-SQL conditions and the ; it requires", POSTGRESQL,
                "MERGE INTO stock AS s USING incoming AS i ON s.id = i.id "
                        + "WHEN MATCHED AND i.active THEN UPDATE SET qty = s.qty + i.qty, stale = i.qty > 10 "
                        + "WHEN MATCHED AND NOT i.active THEN DELETE "
                        + "WHEN NOT MATCHED AND i.active THEN INSERT (id, qty) VALUES (i.id, i.qty)",
                "MERGE INTO stock AS s USING incoming AS i ON s.id = i.id "
                        + "WHEN MATCHED AND i.active = 1 THEN UPDATE SET qty = s.qty + i.qty, "
                        + "stale = CASE WHEN i.qty > 10 THEN 1 WHEN NOT (i.qty > 10) THEN 0 END "
                        + "WHEN MATCHED AND i.active = 0 THEN DELETE "
                        + "WHEN NOT MATCHED AND i.active = 1 THEN INSERT (id, qty) VALUES (i.id, i.qty);");
        ok("a MERGE's source query gets T-SQL paging and conditions", POSTGRESQL,
                "MERGE INTO stock s USING (SELECT id, qty FROM incoming WHERE active ORDER BY id LIMIT 10) i "
                        + "ON s.id = i.id WHEN MATCHED THEN DELETE",
                "MERGE INTO stock s USING (SELECT TOP 10 id, qty FROM incoming WHERE active = 1 ORDER BY id) i "
                        + "ON s.id = i.id WHEN MATCHED THEN DELETE;");
        refused("Oracle's MERGE .. UPDATE .. WHERE has no T-SQL form", PORTABLE,
                "MERGE INTO stock s USING incoming i ON (s.id = i.id) WHEN MATCHED THEN UPDATE SET qty = i.qty WHERE i.qty > 0",
                "WHEN MATCHED AND");
        ok("WITH inside a MERGE's source moves before MERGE", POSTGRESQL,
                "MERGE INTO x AS z USING (WITH t (c) AS (SELECT 1) SELECT c FROM t) AS y ON z.a = y.c "
                        + "WHEN MATCHED THEN UPDATE SET a = y.c",
                "WITH t (c) AS (SELECT 1) MERGE INTO x AS z USING (SELECT c FROM t) AS y ON z.a = y.c "
                        + "WHEN MATCHED THEN UPDATE SET a = y.c;");

        // ------------------------------------------------------------------------------------------ functions
        ok("ORDER BY RANDOM() becomes NEWID()", POSTGRESQL,
                "SELECT id FROM items ORDER BY RANDOM() LIMIT 1",
                "SELECT TOP 1 id FROM items ORDER BY NEWID()");
        ok("RANDOM() as a value is per row", POSTGRESQL,
                "SELECT id, RANDOM() FROM items",
                "SELECT id, RAND(CHECKSUM(NEWID())) FROM items");
        ok("MOD becomes %", POSTGRESQL,
                "SELECT MOD(id, 3) FROM items",
                "SELECT (id % 3) FROM items");
        ok("PostgreSQL LOG is base 10", POSTGRESQL,
                "SELECT LOG(price), LN(price) FROM items",
                "SELECT LOG10(price), LOG(price) FROM items");
        ok("CEIL becomes CEILING", POSTGRESQL,
                "SELECT CEIL(price) FROM items",
                "SELECT CEILING(price) FROM items");
        ok("one-argument ROUND gets a 0 precision", POSTGRESQL,
                "SELECT ROUND(price) FROM items",
                "SELECT ROUND(price, 0) FROM items");
        ok("gen_random_uuid becomes NEWID", POSTGRESQL,
                "SELECT gen_random_uuid()",
                "SELECT NEWID()");
        ok("REPEAT becomes REPLICATE", POSTGRESQL,
                "SELECT REPEAT(name, 2) FROM items",
                "SELECT REPLICATE(name, 2) FROM items");
        ok("JDBC fn escape", PORTABLE,
                "SELECT {fn UCASE(name)} FROM items",
                "SELECT UPPER(name) FROM items");
        ok("WITH RECURSIVE drops RECURSIVE", POSTGRESQL,
                "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r",
                "WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r");

        ok("LIMIT inside a CTE and ORDER BY in a CTE", PORTABLE,
                "WITH top3 AS (SELECT id FROM items ORDER BY price DESC LIMIT 3), byname AS (SELECT id FROM items ORDER BY name) "
                        + "SELECT * FROM top3 JOIN byname ON byname.id = top3.id",
                "WITH top3 AS (SELECT TOP 3 id FROM items ORDER BY price DESC), byname AS (SELECT id FROM items ORDER BY name "
                        + "OFFSET 0 ROWS) SELECT * FROM top3 JOIN byname ON byname.id = top3.id");
        ok("interval of a marker amount", PORTABLE,
                "SELECT id FROM items WHERE created > CURRENT_TIMESTAMP - ? * INTERVAL '1' DAY",
                "SELECT id FROM items WHERE created > DATEADD(day, -?, CURRENT_TIMESTAMP)");
        ok("fractional interval becomes a smaller unit", POSTGRESQL,
                "SELECT created + INTERVAL '1.5 hours' FROM items",
                "SELECT DATEADD(minute, 90, created) FROM items");
        ok("EXTRACT week is the ISO week", POSTGRESQL,
                "SELECT EXTRACT(WEEK FROM created) FROM items",
                "SELECT DATEPART(iso_week, created) FROM items");
        ok("SQL Server source comes back unchanged", Dialect.SQLSERVER,
                "SELECT TOP 3 name + '!' FROM items WHERE active = 1 AND DATEADD(day, 1, created) > GETDATE()",
                "SELECT TOP 3 name + '!' FROM items WHERE active = 1 AND DATEADD(day, 1, created) > GETDATE()");

        ok("FOR UPDATE becomes UPDLOCK, ROWLOCK hints on every table read", POSTGRESQL,
                "SELECT i.id FROM items i JOIN stock s ON s.item_id = i.id WHERE i.id = ? FOR UPDATE",
                "SELECT i.id FROM items i WITH (UPDLOCK, ROWLOCK) JOIN stock s WITH (UPDLOCK, ROWLOCK) ON s.item_id = i.id "
                        + "WHERE i.id = ?");
        ok("FOR UPDATE SKIP LOCKED reads past locked rows", POSTGRESQL,
                "SELECT id FROM jobs WHERE NOT done ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
                "SELECT TOP 1 id FROM jobs WITH (UPDLOCK, ROWLOCK, READPAST) WHERE done = 0 ORDER BY id");
        ok("FOR SHARE holds shared locks", POSTGRESQL,
                "SELECT id FROM items WHERE id = ? FOR SHARE",
                "SELECT id FROM items WITH (HOLDLOCK, ROWLOCK) WHERE id = ?");
        ok("WITH inside a derived table moves to the top", PORTABLE,
                "SELECT * FROM (WITH t AS (SELECT 1 AS c) SELECT c FROM t) AS subq",
                "WITH t AS (SELECT 1 AS c) SELECT * FROM (SELECT c FROM t) AS subq");
        ok("CREATE TABLE AS SELECT becomes SELECT INTO", PORTABLE,
                "CREATE TABLE cheap AS SELECT id, name FROM items WHERE price < 1 AND active",
                "SELECT * INTO cheap FROM (SELECT id, name FROM items WHERE price < 1 AND active = 1) AS temp");
        ok("CREATE OR REPLACE VIEW becomes CREATE OR ALTER VIEW, its ORDER BY gets OFFSET 0 ROWS", PORTABLE,
                "CREATE OR REPLACE VIEW live_items AS SELECT id, name FROM items WHERE active ORDER BY name",
                "CREATE OR ALTER VIEW live_items AS SELECT id, name FROM items WHERE active = 1 ORDER BY name OFFSET 0 ROWS");
        ok("CREATE VIEW gets the boolean rules", PORTABLE,
                "CREATE VIEW dead_items AS SELECT id FROM items WHERE NOT active",
                "CREATE VIEW dead_items AS SELECT id FROM items WHERE active = 0");
        ok("CREATE TABLE IF NOT EXISTS .. AS WITH runs through EXEC", PORTABLE,
                "CREATE TABLE IF NOT EXISTS s.t AS WITH c AS (SELECT 'x' AS a) SELECT a FROM c",
                "IF OBJECT_ID(N'[s].[t]', N'U') IS NULL EXEC(N'WITH c AS (SELECT ''x'' AS a) SELECT * INTO s.t FROM (SELECT a FROM c) AS temp')");
        refused("markers cannot run through EXEC", PORTABLE,
                "CREATE TABLE IF NOT EXISTS t AS WITH c AS (SELECT ? AS a) SELECT a FROM c", "EXEC");
        ok("CREATE SCHEMA IF NOT EXISTS runs through EXEC", PORTABLE,
                "CREATE SCHEMA IF NOT EXISTS sales",
                "IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'sales') EXEC('CREATE SCHEMA sales')");
        ok("CREATE SCHEMA IF NOT EXISTS keeps a quoted name bracketed inside EXEC", PORTABLE,
                "CREATE SCHEMA IF NOT EXISTS \"Sales Team\" AUTHORIZATION dbo",
                "IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'Sales Team') EXEC('CREATE SCHEMA [Sales Team] AUTHORIZATION dbo')");
        ok("MAKE_DATE and MAKE_TIME", POSTGRESQL,
                "SELECT MAKE_DATE(2024, 1, 2), MAKE_TIME(23, 59, 59)",
                "SELECT DATEFROMPARTS(2024, 1, 2), TIMEFROMPARTS(23, 59, 59, 0, 0)");
        ok("MySQL division is exact and NULL on a zero divisor", MYSQL,
                "SELECT qty / n FROM t",
                "SELECT CAST(qty AS FLOAT) / NULLIF(n, 0) FROM t");

        ok("aggregate FILTER becomes CASE inside the aggregate", POSTGRESQL,
                "SELECT COUNT(*) FILTER (WHERE active), SUM(price) FILTER (WHERE category = ?) FROM items",
                "SELECT COUNT(CASE WHEN active = 1 THEN 1 END), SUM(CASE WHEN category = ? THEN price END) FROM items");
        ok("a predicate assigned in UPDATE SET", PORTABLE,
                "UPDATE items SET active = NOT active, dear = price > 10 WHERE id = ?",
                "UPDATE items SET active = CASE WHEN active = 0 THEN 1 WHEN NOT (active = 0) THEN 0 END, "
                        + "dear = CASE WHEN price > 10 THEN 1 WHEN NOT (price > 10) THEN 0 END WHERE id = ?");
        ok("JDBC date, timestamp and outer join escapes", PORTABLE,
                "SELECT a.id FROM {oj a LEFT OUTER JOIN b ON a.id = b.id} WHERE a.d > {d '2024-01-01'} "
                        + "AND a.ts < {ts '2024-01-01 10:00:00'}",
                "SELECT a.id FROM a LEFT OUTER JOIN b ON a.id = b.id WHERE a.d > CAST('2024-01-01' AS DATE) "
                        + "AND a.ts < CAST('2024-01-01 10:00:00' AS DATETIME2)");

        ok("column defaults: now(), gen_random_uuid(), CURRENT_DATE, false", POSTGRESQL,
                "CREATE TABLE t (a TIMESTAMP NOT NULL DEFAULT now(), b UUID DEFAULT gen_random_uuid(), "
                        + "c DATE DEFAULT CURRENT_DATE, d BOOLEAN DEFAULT false)",
                "CREATE TABLE t (a DATETIME2 NOT NULL DEFAULT CURRENT_TIMESTAMP, b UNIQUEIDENTIFIER DEFAULT NEWID(), "
                        + "c DATE DEFAULT CAST(GETDATE() AS DATE), d BIT DEFAULT 0)");
        ok("EXISTS selected as a value keeps its marker once", POSTGRESQL,
                "SELECT EXISTS (SELECT 1 FROM users WHERE id = ?)",
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM users WHERE id = ?) THEN 1 ELSE 0 END");
        ok("Hibernate's offset/fetch first with markers", POSTGRESQL,
                "select u1_0.id from users u1_0 where u1_0.name=? order by u1_0.id offset ? rows fetch first ? rows only",
                "SELECT u1_0.id FROM users u1_0 WHERE u1_0.name = ? ORDER BY u1_0.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");

        ok("NULLS LAST ascending becomes a leading IS NULL key; DESC NULLS LAST is already SQL Server's order", POSTGRESQL,
                "SELECT id FROM items ORDER BY price NULLS LAST, created DESC NULLS LAST, name DESC NULLS FIRST",
                "SELECT id FROM items ORDER BY CASE WHEN price IS NULL THEN 1 ELSE 0 END, price, created DESC, "
                        + "CASE WHEN name IS NULL THEN 0 ELSE 1 END, name DESC");
        ok("NULLS LAST on an alias and an ordinal sorts on the selected expression", POSTGRESQL,
                "SELECT name, price * 2 AS dear FROM items ORDER BY dear NULLS LAST, 1 DESC NULLS FIRST",
                "SELECT name, price * 2 AS dear FROM items ORDER BY CASE WHEN price * 2 IS NULL THEN 1 ELSE 0 END, dear, "
                        + "CASE WHEN name IS NULL THEN 0 ELSE 1 END, 1 DESC");
        ok("NULLS LAST in a window and in STRING_AGG", POSTGRESQL,
                "SELECT ROW_NUMBER() OVER (ORDER BY price NULLS LAST), STRING_AGG(name, ',' ORDER BY note DESC NULLS FIRST) "
                        + "FROM items",
                "SELECT ROW_NUMBER() OVER (ORDER BY CASE WHEN price IS NULL THEN 1 ELSE 0 END, price), STRING_AGG(name, ',') "
                        + "WITHIN GROUP (ORDER BY CASE WHEN note IS NULL THEN 0 ELSE 1 END, note DESC) FROM items");
        ok("PostgreSQL's implicit NULL placement is not emulated (it would force a sort)", POSTGRESQL,
                "SELECT id FROM items ORDER BY id LIMIT 10",
                "SELECT TOP 10 id FROM items ORDER BY id");
        ok("CHR becomes NCHAR", POSTGRESQL,
                "SELECT CHR(65)",
                "SELECT NCHAR(65)");

        // -------------------------------------------------------------------------------------------- refused
        refused("LIMIT ? OFFSET ? would bind the values in the wrong order", PORTABLE,
                "SELECT id FROM items ORDER BY id LIMIT ? OFFSET ?", "OFFSET");
        refused("STRPOS with two markers would swap them in CHARINDEX", POSTGRESQL,
                "SELECT id FROM items WHERE STRPOS(?, ?) > 0", "marker");
        refused("interval added to a marker by a marker would swap them in DATEADD", PORTABLE,
                "SELECT CAST(? AS TIMESTAMP) + ? * INTERVAL '1' DAY", "marker");
        refused("RETURNING a marker would move it before VALUES", PORTABLE,
                "INSERT INTO items (name) VALUES (?) RETURNING id, ? AS tag", "marker");
        refused("ON CONFLICT DO UPDATE WHERE with markers on both sides", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = ? WHERE items.name <> ?",
                "marker");
        refused("ON CONFLICT DO NOTHING without conflict columns", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING", "ON CONFLICT");
        refused("ON DUPLICATE KEY UPDATE that updates every column has no key to match on", MYSQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = VALUES(id), name = VALUES(name)",
                "DUPLICATE KEY");
        refused("GROUP_CONCAT(DISTINCT ..)", MYSQL,
                "SELECT GROUP_CONCAT(DISTINCT name) FROM items", "DISTINCT");
        refused("DISTINCT ON", POSTGRESQL,
                "SELECT DISTINCT ON (category) category, name FROM items ORDER BY category, price", "DISTINCT ON");
        refused("DELETE .. USING .. RETURNING", POSTGRESQL,
                "DELETE FROM items USING orders WHERE orders.item_id = items.id RETURNING items.id", "USING");
        refused("NULLS LAST with SELECT DISTINCT", POSTGRESQL,
                "SELECT DISTINCT name FROM items ORDER BY name NULLS LAST", "DISTINCT");
        refused("NULLS LAST in a union's ORDER BY", POSTGRESQL,
                "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1 NULLS LAST", "NULLS");
        refused("LATERAL is CROSS APPLY in T-SQL", POSTGRESQL,
                "SELECT i.id, o.n FROM items i, LATERAL (SELECT COUNT(*) AS n FROM orders o WHERE o.item_id = i.id) o",
                "LATERAL");
        refused("a predicate with a marker selected as a value", PORTABLE,
                "SELECT id, price > ? AS dear FROM items", "select list");
        refused("DELETE RETURNING a marker", PORTABLE,
                "DELETE FROM items WHERE id = ? RETURNING id, ? AS tag", "marker");
        refused("ON CONFLICT ON CONSTRAINT names no columns", POSTGRESQL,
                "INSERT INTO items (id, name) VALUES (?, ?) ON CONFLICT ON CONSTRAINT items_pkey DO UPDATE SET name = EXCLUDED.name",
                "ON CONFLICT");
        refused("MySQL INSERT IGNORE", MYSQL,
                "INSERT IGNORE INTO items (id, name) VALUES (?, ?)", "INSERT IGNORE");
        refused("PostgreSQL array ANY", POSTGRESQL,
                "SELECT * FROM t WHERE a = ANY(?)", "array");
        refused("regular expression match", POSTGRESQL,
                "SELECT * FROM t WHERE name ~ '^a'", "regular expression");
        refused("DATE_TRUNC second overflows DATEDIFF", POSTGRESQL,
                "SELECT DATE_TRUNC('second', created) FROM items", "DATE_TRUNC");
    }

    /** Positions of the {@code ?} markers outside string literals, quoted identifiers and comments. */
    public static List<Integer> markerPositions(String sql) {
        List<Integer> found = new ArrayList<>();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                i++;
                while (i < n) {
                    if (sql.charAt(i) == close) {
                        if (i + 1 < n && sql.charAt(i + 1) == close) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '?') {
                found.add(i);
            }
        }
        return found;
    }

    private SqlServerGoldenCases() {
    }
}
