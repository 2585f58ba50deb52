package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads tables into {@link Metadata} through {@link DatabaseMetaData}: columns, types, nullability, PK, FKs, indexes. */
final class Reflector {
    /** Character columns longer than this are unbounded text (PostgreSQL text, NVARCHAR(MAX), H2 VARCHAR). */
    private static final int TEXT_THRESHOLD = 10_000_000;
    /** {@code (10)} or {@code (10, 2)} in a declared type. */
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private final DatabaseMetaData meta;
    private final Dialect dialect;
    private final String catalog;
    private final String schema;

    private final Connection connection;

    private Reflector(Connection c, Dialect dialect) throws SQLException {
        this.connection = c;
        this.meta = c.getMetaData();
        this.dialect = dialect;
        if (dialect == Dialect.MYSQL) {
            this.catalog = c.getCatalog(); // MySQL calls databases catalogs
            this.schema = null;
        } else if (dialect == Dialect.SQLITE) {
            this.catalog = null;
            this.schema = null;
        } else {
            this.catalog = c.getCatalog();
            this.schema = c.getSchema();
        }
    }

    /** Lower-cased names of those of {@code wanted} that exist as tables. */
    static Set<String> existingTables(Connection c, Dialect dialect, Collection<String> wanted) throws SQLException {
        Reflector r = new Reflector(c, dialect);
        Set<String> lower = new HashSet<>();
        for (String w : wanted) {
            lower.add(lower(w));
        }
        Set<String> found = new HashSet<>();
        for (String name : r.tableNames().keySet()) {
            if (lower.contains(name)) {
                found.add(name);
            }
        }
        return found;
    }

    static Metadata reflect(Connection c, Dialect dialect, List<String> only) throws SQLException {
        Reflector r = new Reflector(c, dialect);
        Map<String, String> all = r.tableNames();
        List<String> stored = new ArrayList<>();
        if (only == null) {
            stored.addAll(all.values());
        } else {
            for (String name : only) {
                String real = all.get(lower(name));
                if (real == null) {
                    throw new SQLException("reflect: no table '" + name + "' in " + r.where() + "; check the name and the connection's schema", "42S02");
                }
                stored.add(real);
            }
        }
        Metadata md = new Metadata();
        for (String real : stored) {
            r.reflectTable(md, real);
        }
        return md;
    }

    private String where() {
        return schema != null ? "schema " + schema : catalog != null ? "database " + catalog : "the database";
    }

    /** Lower-cased name to the name as stored, for every table in the current schema. */
    private Map<String, String> tableNames() throws SQLException {
        Map<String, String> names = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (dialect == Dialect.SQLITE && name.startsWith("sqlite_")) {
                    continue;
                }
                names.put(lower(name), name);
            }
        }
        return names;
    }

    /** The name as orm-lite would declare it: H2 folds unquoted names to upper case, so fold them back. */
    private String declared(String stored) {
        if (dialect == Dialect.H2 && stored.equals(stored.toUpperCase(Locale.ROOT))) {
            return lower(stored);
        }
        return stored;
    }

    private void reflectTable(Metadata md, String stored) throws SQLException {
        List<String> pk = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, stored)) {
            Map<Integer, String> bySeq = new TreeMap<>();
            while (rs.next()) {
                if (stored.equals(rs.getString("TABLE_NAME"))) {
                    bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            pk.addAll(bySeq.values());
        }
        Map<String, String[]> fks = new LinkedHashMap<>(); // fk column -> {table, column, onDelete}
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, stored)) {
            while (rs.next()) {
                if (!stored.equals(rs.getString("FKTABLE_NAME"))) {
                    continue;
                }
                String onDelete = switch (rs.getShort("DELETE_RULE")) {
                    case DatabaseMetaData.importedKeyCascade -> "CASCADE";
                    case DatabaseMetaData.importedKeySetNull -> "SET NULL";
                    case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
                    default -> null;
                };
                fks.put(rs.getString("FKCOLUMN_NAME"),
                        new String[] {declared(rs.getString("PKTABLE_NAME")), declared(rs.getString("PKCOLUMN_NAME")), onDelete});
            }
        }
        Map<String, List<String>> uniques = new LinkedHashMap<>();
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        readIndexes(stored, uniques, indexes);

        Map<String, String> declaredTypes = dialect == Dialect.SQLITE ? sqliteDeclaredTypes(stored) : Map.of();
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, stored, "%")) {
            TreeMap<Integer, Column> ordered = new TreeMap<>();
            while (rs.next()) {
                if (!stored.equals(rs.getString("TABLE_NAME"))) {
                    continue; // '_' in a pattern matches any character
                }
                String name = rs.getString("COLUMN_NAME");
                SqlType<?> type = declaredTypes.containsKey(name)
                        ? typeOfDeclared(declaredTypes.get(name), rs.getInt("DATA_TYPE"))
                        : typeOf(rs.getString("TYPE_NAME"), rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"));
                Column c = Column.of(declared(name), type);
                if (pk.contains(name)) {
                    c.primaryKey();
                }
                c.nullable(rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls && !pk.contains(name));
                if ("YES".equalsIgnoreCase(safeString(rs, "IS_AUTOINCREMENT"))) {
                    c.autoIncrement();
                }
                List<String> single = List.of(name);
                if (uniques.containsValue(single) && !(pk.size() == 1 && pk.contains(name))) {
                    c.unique();
                }
                Object def = defaultOf(safeString(rs, "COLUMN_DEF"), type);
                if (def != null && !c.isAutoIncrement()) {
                    c.defaultValue(def);
                }
                String[] fk = fks.get(name);
                if (fk != null) {
                    c.references(fk[0] + "." + fk[1], fk[2]);
                }
                ordered.put(rs.getInt("ORDINAL_POSITION"), c);
            }
            columns.addAll(ordered.values());
        }
        Table t = md.table(declared(stored), columns);
        for (Map.Entry<String, List<String>> e : uniques.entrySet()) {
            if (e.getValue().size() > 1 && !e.getValue().equals(pk)) {
                t.uniqueIndex(declared(e.getKey()), e.getValue().stream().map(this::declared).toArray(String[]::new));
            }
        }
        for (Map.Entry<String, List<String>> e : indexes.entrySet()) {
            List<String> cols = e.getValue();
            boolean fkBacking = cols.size() == 1 && fks.containsKey(cols.get(0))
                    && (dialect == Dialect.MYSQL || dialect == Dialect.H2); // created by the FK constraint itself
            if (!fkBacking) {
                t.index(declared(e.getKey()), cols.stream().map(this::declared).toArray(String[]::new));
            }
        }
    }

    /**
     * SQLite's declared column types as written in CREATE TABLE: sqlite-jdbc reports DECIMAL(10, 2)
     * with COLUMN_SIZE 12 (precision plus scale), so sizes are read from the declaration instead.
     */
    private Map<String, String> sqliteDeclaredTypes(String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (java.sql.PreparedStatement ps = connection.prepareStatement("SELECT name, type FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return types;
    }

    /** A type from its declaration, e.g. {@code DECIMAL(10, 2)} or {@code VARCHAR(32)}. */
    static SqlType<?> typeOfDeclared(String declared, int dataType) {
        java.util.regex.Matcher m = SIZE.matcher(declared);
        int size = 0;
        int digits = 0;
        if (m.find()) {
            size = Integer.parseInt(m.group(1));
            digits = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        }
        return typeOf(declared, dataType, size, digits);
    }

    private void readIndexes(String stored, Map<String, List<String>> uniques, Map<String, List<String>> indexes) throws SQLException {
        Map<String, TreeMap<Integer, String>> u = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> n = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, stored, false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null || !stored.equals(rs.getString("TABLE_NAME"))) {
                    continue; // table statistics rows
                }
                boolean nonUnique = rs.getBoolean("NON_UNIQUE");
                (nonUnique ? n : u).computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), column);
            }
        }
        u.forEach((k, v) -> uniques.put(k, new ArrayList<>(v.values())));
        n.forEach((k, v) -> indexes.put(k, new ArrayList<>(v.values())));
    }

    private static final java.util.regex.Pattern NOW = java.util.regex.Pattern.compile(
            "(?i)\\(*\\s*(current_timestamp(\\(\\d*\\))?|now\\(\\)|localtimestamp|getdate\\(\\)|sysdatetime\\(\\))\\s*\\)*");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\\(*N?'((?:[^']|'')*)'(::[a-z ]+)?\\)*", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\(*(-?\\d+(\\.\\d+)?)(::[a-z ]+)?\\)*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A column default as orm-lite declares them: CURRENT_TIMESTAMP, a number, a string or a boolean. Anything
     * else (sequences, expressions) is left out rather than guessed.
     */
    static Object defaultOf(String columnDef, SqlType<?> type) {
        if (columnDef == null || columnDef.isBlank()) {
            return null;
        }
        String d = columnDef.trim();
        if (d.equalsIgnoreCase("NULL") || d.toLowerCase(Locale.ROOT).startsWith("nextval(")) {
            return null;
        }
        if (NOW.matcher(d).matches()) {
            return Sql.currentTimestamp();
        }
        java.util.regex.Matcher q = QUOTED.matcher(d);
        if (q.matches()) {
            String text = q.group(1).replace("''", "'");
            return type.kind() == SqlType.Kind.STRING || type.kind() == SqlType.Kind.TEXT ? text : literal(text, type);
        }
        java.util.regex.Matcher n = NUMBER.matcher(d);
        if (n.matches()) {
            return literal(n.group(1), type);
        }
        if (type.kind() == SqlType.Kind.BOOLEAN && (d.equalsIgnoreCase("true") || d.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(d.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private static Object literal(String text, SqlType<?> type) {
        try {
            return switch (type.kind()) {
                case INTEGER -> Integer.valueOf(text);
                case BIGINT -> Long.valueOf(text);
                case NUMERIC -> new java.math.BigDecimal(text);
                case DOUBLE -> Double.valueOf(text);
                case BOOLEAN -> "1".equals(text) || "true".equalsIgnoreCase(text);
                case STRING, TEXT -> text;
                case DATE -> java.time.LocalDate.parse(text);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null; // a default orm-lite cannot represent is left out
        }
    }

    private static String safeString(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            return null; // drivers before JDBC 4.1 lack IS_AUTOINCREMENT
        }
    }

    static SqlType<?> typeOf(String typeName, int dataType, int size, int digits) {
        String tn = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT).trim();
        int paren = tn.indexOf('(');
        String base = (paren >= 0 ? tn.substring(0, paren) : tn).trim();
        if (base.endsWith(" UNSIGNED")) {
            base = base.substring(0, base.length() - " UNSIGNED".length());
        }
        if (base.contains("UUID") || base.equals("UNIQUEIDENTIFIER")) {
            return Types.UUID;
        }
        switch (base) {
            case "BOOL", "BOOLEAN", "BIT":
                return Types.BOOLEAN;
            case "INT", "INTEGER", "INT4", "SMALLINT", "INT2", "TINYINT", "MEDIUMINT", "SERIAL":
                return dataType == java.sql.Types.BIT || dataType == java.sql.Types.BOOLEAN ? Types.BOOLEAN : Types.INTEGER;
            case "BIGINT", "INT8", "BIGSERIAL":
                return Types.BIGINT;
            case "DATE":
                return Types.DATE;
            case "TIMESTAMP", "DATETIME", "DATETIME2", "TIMESTAMP WITHOUT TIME ZONE", "SMALLDATETIME":
                return Types.TIMESTAMP;
            case "DECIMAL", "NUMERIC", "NUMBER", "DEC":
                return Types.numeric(size > 0 ? size : 38, Math.max(0, Math.min(digits, size > 0 ? size : 38)));
            case "TEXT", "CLOB", "LONGTEXT", "MEDIUMTEXT", "TINYTEXT", "NTEXT", "CHARACTER LARGE OBJECT":
                return Types.TEXT;
            case "VARCHAR", "NVARCHAR", "CHARACTER VARYING", "CHAR", "NCHAR", "CHARACTER", "VARCHAR2", "VARCHAR_IGNORECASE":
                return size > 0 && size < TEXT_THRESHOLD ? Types.string(size) : Types.TEXT;
            case "BYTEA", "BLOB", "LONGBLOB", "MEDIUMBLOB", "VARBINARY", "BINARY VARYING", "BINARY", "BINARY LARGE OBJECT", "IMAGE":
                return Types.BINARY;
            case "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8", "REAL", "FLOAT4":
                return Types.DOUBLE;
            default:
                break;
        }
        return switch (dataType) {
            case java.sql.Types.INTEGER, java.sql.Types.SMALLINT, java.sql.Types.TINYINT -> Types.INTEGER;
            case java.sql.Types.BIGINT -> Types.BIGINT;
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> Types.BOOLEAN;
            case java.sql.Types.DATE -> Types.DATE;
            case java.sql.Types.TIMESTAMP -> Types.TIMESTAMP;
            case java.sql.Types.DECIMAL, java.sql.Types.NUMERIC -> Types.numeric(size > 0 ? size : 38, Math.max(0, digits));
            case java.sql.Types.VARCHAR, java.sql.Types.NVARCHAR, java.sql.Types.CHAR ->
                    size > 0 && size < TEXT_THRESHOLD ? Types.string(size) : Types.TEXT;
            case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY, java.sql.Types.BLOB -> Types.BINARY;
            case java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL -> Types.DOUBLE;
            default -> Types.TEXT;
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
