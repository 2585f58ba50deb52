package dev.alchemy.orm.core;

/** The users/addresses schema the Core tests share; {@code prefix} keeps tables of different tests apart. */
final class Schema {
    final Metadata md = new Metadata();
    final Table users;
    final Table addresses;

    Schema(String prefix) {
        users = md.table(prefix + "users",
                Column.of("id", Types.INTEGER).primaryKey().autoIncrement(),
                Column.of("name", Types.string(50)).notNull(),
                Column.of("email", Types.string(120)).unique().nullable(true),
                Column.of("created", Types.TIMESTAMP).defaultValue(Sql.currentTimestamp()));
        addresses = md.table(prefix + "addresses",
                Column.of("id", Types.BIGINT).primaryKey().autoIncrement(),
                Column.of("user_id", Types.INTEGER).references(prefix + "users.id"),
                Column.of("street", Types.string(100)));
    }
}
