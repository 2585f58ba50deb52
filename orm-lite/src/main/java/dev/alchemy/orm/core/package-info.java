/**
 * orm-lite Core: schema ({@link dev.alchemy.orm.core.Metadata}, {@link dev.alchemy.orm.core.Table},
 * {@link dev.alchemy.orm.core.Column}, {@link dev.alchemy.orm.core.Types}), the expression language
 * ({@link dev.alchemy.orm.core.Sql}), DDL per dialect and reflection.
 *
 * <pre>{@code
 * Metadata md = new Metadata();
 * Table users = md.table("users",
 *     Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
 *     Column.of("name", Types.string(50)).notNull(),
 *     Column.of("email", Types.string(120)).unique());
 * md.createAll(engine);
 * Object id = engine.execute(Sql.insert(users).values(Map.of("name", "Alice"))).generatedKey();
 * for (Row r : engine.execute(Sql.select(users.c("id"), users.c("name")).where(users.c("name").like("A%")))) {
 *     System.out.println(r.get("name"));
 * }
 * }</pre>
 *
 * <p>Statements compile to SQL for the engine's dialect with {@code ?} markers; every value is a bound
 * parameter. The SQL uses only forms the dialect runs natively (quoting, pagination), so it runs through a
 * plain DataSource as well as through the Alchemy driver.
 */
package dev.alchemy.orm.core;
