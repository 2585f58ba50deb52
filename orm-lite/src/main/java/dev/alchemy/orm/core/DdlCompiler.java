package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.TypeNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one dialect's DDL directly (types, identity columns, constraints), so that
 * {@link Metadata#createAll} works through any DataSource, translated or not. Each type kind has one portable
 * spelling ({@link #portableType}); the translator's {@link TypeNames} spells it for the dialect, so a column
 * orm-lite creates and the same column in translated DDL get the same type.
 */
public final class DdlCompiler {
    private static final Map<Dialect, DdlCompiler> COMPILERS = new EnumMap<>(Dialect.class);

    static {
        for (Dialect d : Dialect.values()) {
            COMPILERS.put(d, new DdlCompiler(d));
        }
    }

    final Dialect dialect;

    private DdlCompiler(Dialect dialect) {
        this.dialect = dialect;
    }

    public static DdlCompiler forDialect(Dialect dialect) {
        return COMPILERS.get(dialect);
    }

    /** The type as written in this dialect's DDL. */
    public String typeName(SqlType<?> type) {
        return TypeNames.columnType(dialect, portableType(type));
    }

    /** The type as written in {@code CAST(x AS type)}; MySQL and SQLite accept fewer names there than in DDL. */
    public String castTypeName(SqlType<?> type) {
        return TypeNames.castType(dialect, portableType(type));
    }

    /** orm-lite's one spelling of each type kind, in the portable dialect the translator reads. */
    static String portableType(SqlType<?> t) {
        return switch (t.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case STRING -> "VARCHAR(" + t.length() + ")";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case NUMERIC -> "DECIMAL(" + t.length() + ", " + t.scale() + ")";
            // not BLOB: a dialect with both (H2) cannot compare or index a BLOB
            case BINARY -> "VARBINARY";
            case UUID -> "UUID";
            case DOUBLE -> "DOUBLE PRECISION";
        };
    }

    /** The column's type plus its identity clause, for an auto-increment column. */
    String identityColumn(Column c) {
        boolean soleKey = c.isPrimaryKey() && c.table().primaryKey().size() == 1;
        try {
            return TypeNames.identityColumn(dialect, portableType(c.type()), soleKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + c + ": " + e.getMessage(), e);
        }
    }

    String id(String name) {
        return Identifiers.quote(name, dialect);
    }

    public String createTable(Table table) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("CREATE TABLE ").append(id(table.name())).append(" (");
        List<Column> cols = table.columns();
        List<Column> pk = table.primaryKey();
        boolean pkInline = false;
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(id(c.name())).append(' ');
            boolean keyOnColumn = false;
            if (c.isAutoIncrement()) {
                String identity = identityColumn(c);
                sb.append(identity);
                // SQLite's identity is the key itself, declared on the column (and so NOT NULL already)
                keyOnColumn = identity.contains("PRIMARY KEY");
                pkInline |= keyOnColumn;
            } else {
                sb.append(typeName(c.type()));
            }
            if (!c.isNullable() && !keyOnColumn) {
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
            return k.text().equals("CURRENT_TIMESTAMP") ? TypeNames.currentTimestampDefault(dialect, portableType(c.type())) : k.text();
        }
        if (v instanceof Boolean b) {
            return TypeNames.booleanLiteral(dialect, b);
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

}
