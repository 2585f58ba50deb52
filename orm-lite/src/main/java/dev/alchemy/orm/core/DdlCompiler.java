package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes one dialect's DDL directly (types, identity columns, constraints), so that
 * {@link Metadata#createAll} works through any DataSource, translated or not. One subclass per dialect.
 */
public abstract class DdlCompiler {
    private static final DdlCompiler PORTABLE = new Portable();
    private static final DdlCompiler POSTGRESQL = new PostgreSql();
    private static final DdlCompiler SQLSERVER = new SqlServer();
    private static final DdlCompiler MYSQL = new MySql();
    private static final DdlCompiler SQLITE = new Sqlite();
    private static final DdlCompiler H2 = new H2();

    final Dialect dialect;

    DdlCompiler(Dialect dialect) {
        this.dialect = dialect;
    }

    public static DdlCompiler forDialect(Dialect dialect) {
        return switch (dialect) {
            case PORTABLE -> PORTABLE;
            case POSTGRESQL -> POSTGRESQL;
            case SQLSERVER -> SQLSERVER;
            case MYSQL -> MYSQL;
            case SQLITE -> SQLITE;
            case H2 -> H2;
        };
    }

    /** The type as written in this dialect's DDL. */
    public abstract String typeName(SqlType<?> type);

    /** The type as written in {@code CAST(x AS type)}; MySQL accepts fewer names there than in DDL. */
    public String castTypeName(SqlType<?> type) {
        return typeName(type);
    }

    /** The column's type plus its identity clause, for an auto-increment column. */
    abstract String identityColumn(Column c);

    String id(String name) {
        return Identifiers.quote(name, dialect);
    }

    public String createTable(Table table) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("CREATE TABLE ").append(id(table.name())).append(" (");
        List<Column> cols = table.columns();
        List<Column> pk = table.primaryKey();
        boolean pkInline = false;
        boolean identityNotNull = false;
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(id(c.name())).append(' ');
            if (c.isAutoIncrement()) {
                String identity = identityColumn(c);
                sb.append(identity);
                pkInline |= identity.contains("PRIMARY KEY");
                identityNotNull = identity.contains("NOT NULL") || identity.contains("PRIMARY KEY");
            } else {
                sb.append(typeName(c.type()));
            }
            if (!c.isNullable() && !(c.isAutoIncrement() && identityNotNull)) {
                sb.append(" NOT NULL");
            }
            if (c.serverDefault() != null) {
                sb.append(" DEFAULT ").append(defaultLiteral(c));
            }
            if (c.isUnique() && !(c.isPrimaryKey() && pk.size() == 1)) {
                sb.append(" UNIQUE");
            }
        }
        if (!pk.isEmpty() && !pkInline) {
            sb.append(", PRIMARY KEY (");
            names(sb, pk);
            sb.append(')');
        }
        for (ForeignKey fk : table.foreignKeys()) {
            sb.append(", CONSTRAINT ").append(id(fk.name())).append(" FOREIGN KEY (").append(id(fk.column().name()))
                    .append(") REFERENCES ").append(id(fk.targetTable())).append(" (").append(id(fk.targetColumn())).append(')');
            if (fk.onDelete() != null) {
                sb.append(" ON DELETE ").append(fk.onDelete());
            }
        }
        sb.append(')');
        return sb.toString();
    }

    public String dropTable(Table table) {
        return "DROP TABLE " + id(table.name());
    }

    public String createIndex(Index index) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (index.isUnique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ").append(id(index.name())).append(" ON ").append(id(index.table().name())).append(" (");
        names(sb, index.columns());
        return sb.append(')').toString();
    }

    private void names(StringBuilder sb, List<Column> cols) {
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(id(cols.get(i).name()));
        }
    }

    /**
     * A DEFAULT value as a literal. DDL has no bound parameters; the value comes from the schema's
     * author, and strings are escaped by doubling quotes.
     */
    String defaultLiteral(Column c) {
        Object v = c.serverDefault();
        if (v instanceof Expressions.Keyword k) {
            return currentTimestamp(k);
        }
        if (v instanceof Boolean b) {
            return booleanLiteral(b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof BigDecimal
                || v instanceof Double || v instanceof Float) {
            return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        }
        if (v instanceof LocalDateTime t) {
            return "'" + Temporal.format(t) + "'";
        }
        if (v instanceof LocalDate || v instanceof CharSequence || v instanceof Enum<?> || v instanceof java.util.UUID) {
            String s = v instanceof Enum<?> e ? e.name() : v.toString();
            return "'" + s.replace("'", "''") + "'";
        }
        throw new IllegalArgumentException("column " + c + ": cannot write a default of type " + v.getClass().getName()
                + " in DDL; use a number, string, boolean, date, or Sql.currentTimestamp()");
    }

    String booleanLiteral(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    String currentTimestamp(Expressions.Keyword k) {
        return k.text();
    }

    /** ISO SQL, for reading; the portable source dialect the driver translates from. */
    static class Portable extends DdlCompiler {
        Portable() {
            this(Dialect.PORTABLE);
        }

        Portable(Dialect d) {
            super(d);
        }

        @Override
        public String typeName(SqlType<?> t) {
            return switch (t.kind()) {
                case INTEGER -> "INTEGER";
                case BIGINT -> "BIGINT";
                case STRING -> "VARCHAR(" + t.length() + ")";
                case TEXT -> "TEXT";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> "TIMESTAMP";
                case NUMERIC -> "DECIMAL(" + t.length() + ", " + t.scale() + ")";
                case BINARY -> "BLOB";
                case UUID -> "UUID";
                case DOUBLE -> "DOUBLE PRECISION";
            };
        }

        @Override
        String identityColumn(Column c) {
            return typeName(c.type()) + " GENERATED BY DEFAULT AS IDENTITY";
        }
    }

    static final class PostgreSql extends Portable {
        PostgreSql() {
            super(Dialect.POSTGRESQL);
        }

        @Override
        public String typeName(SqlType<?> t) {
            return switch (t.kind()) {
                case NUMERIC -> "NUMERIC(" + t.length() + ", " + t.scale() + ")";
                case BINARY -> "BYTEA";
                default -> super.typeName(t);
            };
        }
    }

    static final class H2 extends Portable {
        H2() {
            super(Dialect.H2);
        }

        @Override
        public String typeName(SqlType<?> t) {
            return switch (t.kind()) {
                case TEXT -> "VARCHAR"; // unbounded in H2 2.x; unlike CLOB it compares and indexes
                case BINARY -> "VARBINARY";
                default -> super.typeName(t);
            };
        }
    }

    static final class SqlServer extends DdlCompiler {
        SqlServer() {
            super(Dialect.SQLSERVER);
        }

        @Override
        public String typeName(SqlType<?> t) {
            return switch (t.kind()) {
                case INTEGER -> "INT";
                case BIGINT -> "BIGINT";
                case STRING -> "NVARCHAR(" + t.length() + ")";
                case TEXT -> "NVARCHAR(MAX)";
                case BOOLEAN -> "BIT";
                case DATE -> "DATE";
                case TIMESTAMP -> "DATETIME2";
                case NUMERIC -> "DECIMAL(" + t.length() + ", " + t.scale() + ")";
                case BINARY -> "VARBINARY(MAX)";
                case UUID -> "UNIQUEIDENTIFIER";
                case DOUBLE -> "FLOAT";
            };
        }

        @Override
        String identityColumn(Column c) {
            return typeName(c.type()) + " IDENTITY(1,1)";
        }

        @Override
        String booleanLiteral(boolean b) {
            return b ? "1" : "0";
        }
    }

    static final class MySql extends DdlCompiler {
        MySql() {
            super(Dialect.MYSQL);
        }

        @Override
        public String typeName(SqlType<?> t) {
            return switch (t.kind()) {
                case INTEGER -> "INT";
                case BIGINT -> "BIGINT";
                case STRING -> "VARCHAR(" + t.length() + ")";
                case TEXT -> "LONGTEXT";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> "DATETIME(6)";
                case NUMERIC -> "DECIMAL(" + t.length() + ", " + t.scale() + ")";
                case BINARY -> "LONGBLOB";
                case UUID -> "CHAR(36)";
                case DOUBLE -> "DOUBLE";
            };
        }

        @Override
        String identityColumn(Column c) {
            return typeName(c.type()) + " NOT NULL AUTO_INCREMENT";
        }

        @Override
        public String castTypeName(SqlType<?> t) {
            return switch (t.kind()) {
                case INTEGER, BIGINT -> "SIGNED";
                case STRING -> "CHAR(" + t.length() + ")";
                case TEXT, UUID -> "CHAR";
                case BOOLEAN -> "UNSIGNED";
                case TIMESTAMP -> "DATETIME(6)";
                case BINARY -> "BINARY";
                case DOUBLE -> "DOUBLE";
                default -> typeName(t);
            };
        }

        @Override
        String currentTimestamp(Expressions.Keyword k) {
            return "CURRENT_TIMESTAMP(6)"; // must match DATETIME(6)'s precision
        }
    }

    static final class Sqlite extends DdlCompiler {
        Sqlite() {
            super(Dialect.SQLITE);
        }

        @Override
        public String typeName(SqlType<?> t) {
            return switch (t.kind()) {
                case INTEGER -> "INTEGER";
                case BIGINT -> "BIGINT";
                case STRING -> "VARCHAR(" + t.length() + ")";
                case TEXT -> "TEXT";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> "TIMESTAMP";
                case NUMERIC -> "DECIMAL(" + t.length() + ", " + t.scale() + ")";
                case BINARY -> "BLOB";
                case UUID -> "UUID";
                case DOUBLE -> "REAL";
            };
        }

        /** Only {@code INTEGER PRIMARY KEY} aliases the rowid; AUTOINCREMENT keeps ids of deleted rows unused. */
        @Override
        String identityColumn(Column c) {
            if (!c.isPrimaryKey() || c.table().primaryKey().size() != 1) {
                throw new IllegalArgumentException("SQLite can only auto-increment a single-column primary key; " + c + " is not one");
            }
            return "INTEGER PRIMARY KEY AUTOINCREMENT";
        }
    }
}
