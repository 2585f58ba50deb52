package dev.alchemy.translator.target;

import net.sf.jsqlparser.statement.create.table.ColDataType;

import java.util.List;
import java.util.Locale;

/**
 * A column or CAST type read into a canonical kind, from any dialect's spelling ({@code int4}, {@code INT},
 * {@code bigserial}, {@code nvarchar(max)}, {@code datetime2}, {@code bytea}, {@code uniqueidentifier}, ...).
 *
 * @param kind      the canonical kind
 * @param args      the type's arguments as written ({@code 255}, {@code 10, 2}); empty when none or {@code MAX}
 * @param serial    the source spelled an auto-numbered type ({@code SERIAL}, {@code BIGSERIAL}, {@code SMALLSERIAL})
 * @param original  the source spelling, for kinds Alchemy does not know ({@link Kind#OTHER})
 */
public record SqlType(Kind kind, List<String> args, boolean serial, String original) {

    /** Canonical type kinds. */
    public enum Kind {
        SMALLINT, INTEGER, BIGINT, BOOLEAN, DECIMAL, REAL, DOUBLE, VARCHAR, CHAR, TEXT, DATE, TIME, TIMESTAMP,
        TIMESTAMPTZ, BLOB, UUID, JSON, OTHER
    }

    public boolean hasArgs() {
        return !args.isEmpty();
    }

    /**
     * Whether the source spelled a binary large object ({@code BLOB}, {@code LONGBLOB}, {@code IMAGE},
     * {@code BINARY LARGE OBJECT} ...) rather than a varying binary ({@code VARBINARY}, {@code BYTEA},
     * {@code BINARY}): a target whose LOBs cannot be compared or indexed (H2) keeps the two apart.
     */
    public boolean largeObject() {
        if (kind != Kind.BLOB) {
            return false;
        }
        String o = original.toUpperCase(Locale.ROOT);
        return o.contains("BLOB") || o.startsWith("IMAGE") || o.contains("LARGE OBJECT");
    }

    /** The one numeric argument ({@code VARCHAR(255)}: 255), or -1 when there is not exactly one number. */
    public long length() {
        if (args.size() != 1) {
            return -1;
        }
        try {
            return Long.parseLong(args.get(0).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code (a, b)} or "" when there are no arguments. */
    public String argList() {
        return args.isEmpty() ? "" : "(" + String.join(", ", args) + ")";
    }

    /** Runs of white space as one space (type names such as {@code DOUBLE   PRECISION}); no regex on this path. */
    private static String collapseSpaces(String s) {
        boolean needed = false;
        for (int i = 0; i < s.length() && !needed; i++) {
            char c = s.charAt(i);
            needed = (c != ' ' && Character.isWhitespace(c)) || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ');
        }
        if (!needed) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /** Reads a parsed type. */
    public static SqlType read(ColDataType type) {
        List<String> rawArgs = type.getArgumentsStringList() == null ? List.of() : type.getArgumentsStringList();
        String name = collapseSpaces(type.getDataType().trim().toUpperCase(Locale.ROOT));
        int paren = name.indexOf('(');
        if (paren > 0 && name.endsWith(")")) {
            // JSqlParser folds some arguments into the name: "DECIMAL (10, 2)", "VARBINARY (4)"
            rawArgs = List.of(name.substring(paren + 1, name.length() - 1).split(","));
            name = name.substring(0, paren).trim();
        }
        if (name.endsWith(" UNSIGNED")) {
            name = name.substring(0, name.length() - " UNSIGNED".length());
        }
        List<String> args = rawArgs.isEmpty() ? List.of() : new java.util.ArrayList<>(rawArgs.size());
        boolean max = false;
        for (String a : rawArgs) {
            String arg = a.trim();
            if (arg.equalsIgnoreCase("MAX")) {
                max = true;
            } else {
                args.add(arg);
            }
        }
        args = args.isEmpty() ? List.of() : List.copyOf(args);
        String original = type.toString();
        // JSqlParser folds some suffixes into the name ("CHARACTER VARYING", "DOUBLE PRECISION", "TIMESTAMP WITH TIME ZONE")
        switch (name) {
            case "SMALLINT": case "INT2": case "TINYINT":
                if (name.equals("TINYINT") && args.equals(List.of("1"))) {
                    return new SqlType(Kind.BOOLEAN, List.of(), false, original);
                }
                return new SqlType(Kind.SMALLINT, List.of(), false, original);
            case "SMALLSERIAL": case "SERIAL2":
                return new SqlType(Kind.SMALLINT, List.of(), true, original);
            case "INT": case "INTEGER": case "INT4": case "MEDIUMINT": case "SIGNED": case "SIGNED INTEGER":
                return new SqlType(Kind.INTEGER, List.of(), false, original);
            case "SERIAL": case "SERIAL4":
                return new SqlType(Kind.INTEGER, List.of(), true, original);
            case "BIGINT": case "INT8": case "LONG":
                return new SqlType(Kind.BIGINT, List.of(), false, original);
            case "BIGSERIAL": case "SERIAL8":
                return new SqlType(Kind.BIGINT, List.of(), true, original);
            case "BOOLEAN": case "BOOL": case "BIT":
                if (name.equals("BIT") && !args.isEmpty() && !args.equals(List.of("1"))) {
                    return new SqlType(Kind.OTHER, args, false, original);
                }
                return new SqlType(Kind.BOOLEAN, List.of(), false, original);
            case "DECIMAL": case "NUMERIC": case "DEC": case "NUMBER": case "MONEY":
                return new SqlType(Kind.DECIMAL, args, false, original);
            case "REAL": case "FLOAT4":
                return new SqlType(Kind.REAL, List.of(), false, original);
            case "FLOAT": case "FLOAT8": case "DOUBLE": case "DOUBLE PRECISION":
                return new SqlType(Kind.DOUBLE, List.of(), false, original);
            case "VARCHAR": case "NVARCHAR": case "CHARACTER VARYING": case "VARCHAR2": case "NVARCHAR2":
            case "CHAR VARYING": case "NATIONAL CHARACTER VARYING": case "VARYING CHARACTER":
                // VARCHAR(MAX) and a VARCHAR without length are unbounded text (PostgreSQL spells the latter VARCHAR)
                return max || args.isEmpty() ? new SqlType(Kind.TEXT, List.of(), false, original)
                        : new SqlType(Kind.VARCHAR, args, false, original);
            case "CHAR": case "CHARACTER": case "NCHAR": case "BPCHAR": case "NATIONAL CHARACTER":
                return new SqlType(Kind.CHAR, args, false, original);
            case "TEXT": case "NTEXT": case "CLOB": case "NCLOB": case "LONGTEXT": case "MEDIUMTEXT": case "TINYTEXT":
            case "STRING": case "CITEXT":
                return new SqlType(Kind.TEXT, List.of(), false, original);
            case "DATE":
                return new SqlType(Kind.DATE, List.of(), false, original);
            case "TIME": case "TIME WITHOUT TIME ZONE":
                return new SqlType(Kind.TIME, args, false, original);
            case "TIMESTAMP": case "DATETIME": case "DATETIME2": case "TIMESTAMP WITHOUT TIME ZONE": case "SMALLDATETIME":
                return new SqlType(Kind.TIMESTAMP, args, false, original);
            case "TIMESTAMPTZ": case "TIMESTAMP WITH TIME ZONE": case "DATETIMEOFFSET":
                return new SqlType(Kind.TIMESTAMPTZ, args, false, original);
            case "BYTEA": case "BLOB": case "VARBINARY": case "BINARY": case "IMAGE": case "LONGBLOB": case "MEDIUMBLOB":
            case "TINYBLOB": case "BINARY VARYING": case "BINARY LARGE OBJECT":
                return new SqlType(Kind.BLOB, max ? List.of() : args, false, original);
            case "UUID": case "UNIQUEIDENTIFIER":
                return new SqlType(Kind.UUID, List.of(), false, original);
            case "JSON": case "JSONB":
                return new SqlType(Kind.JSON, List.of(), false, original);
            default:
                return new SqlType(Kind.OTHER, args, false, original);
        }
    }
}
