package dev.alchemy.translator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.alchemy.translator.Tr.portable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link TypeNames} answers what a translated CREATE TABLE or CAST says, for every dialect. */
class TypeNamesTest {
    private static final List<String> TYPES = List.of("INTEGER", "BIGINT", "VARCHAR(10)", "TEXT", "BOOLEAN", "DATE", "TIMESTAMP",
            "DECIMAL(12, 2)", "DOUBLE PRECISION", "UUID", "VARBINARY", "BLOB");

    @Test
    void columnTypesAreTheTranslatedDdlsTypes() {
        for (Dialect d : Dialect.values()) {
            for (String type : TYPES) {
                String column = TypeNames.columnType(d, type);
                String quoted = d == Dialect.MYSQL ? "`c`" : d == Dialect.SQLSERVER ? "[c]" : "\"c\"";
                assertEquals("CREATE TABLE t (" + quoted + " " + column + ")", portable(d, "CREATE TABLE t (\"c\" " + type + ")"),
                        d + " " + type);
            }
        }
    }

    /** orm-lite writes its DEFAULTs with these: they must be what a translated CREATE TABLE says. */
    @Test
    void defaultLiteralsAreTheTranslatedDdlsDefaults() {
        for (Dialect d : Dialect.values()) {
            String quoted = d == Dialect.MYSQL ? "`c`" : d == Dialect.SQLSERVER ? "[c]" : "\"c\"";
            for (boolean b : new boolean[] {true, false}) {
                assertEquals("CREATE TABLE t (" + quoted + " " + TypeNames.columnType(d, "BOOLEAN") + " DEFAULT " + TypeNames.booleanLiteral(d, b) + ")",
                        portable(d, "CREATE TABLE t (\"c\" BOOLEAN DEFAULT " + (b ? "TRUE" : "FALSE") + ")"), d + " " + b);
            }
            for (String type : List.of("TIMESTAMP", "DATE")) {
                assertEquals("CREATE TABLE t (" + quoted + " " + TypeNames.columnType(d, type) + " DEFAULT "
                                + TypeNames.currentTimestampDefault(d, type) + ")",
                        portable(d, "CREATE TABLE t (\"c\" " + type + " DEFAULT CURRENT_TIMESTAMP)"), d + " " + type);
            }
        }
        assertEquals("0", TypeNames.booleanLiteral(Dialect.SQLSERVER, false));
        assertEquals("TRUE", TypeNames.booleanLiteral(Dialect.POSTGRESQL, true));
        assertEquals("CURRENT_TIMESTAMP(6)", TypeNames.currentTimestampDefault(Dialect.MYSQL, "TIMESTAMP"));
        assertEquals("CURRENT_TIMESTAMP", TypeNames.currentTimestampDefault(Dialect.MYSQL, "DATE"));
        assertEquals("CURRENT_TIMESTAMP", TypeNames.currentTimestampDefault(Dialect.SQLSERVER, "TIMESTAMP"));
    }

    @Test
    void eachDialectsSpelling() {
        assertEquals(List.of("INT", "BIGINT", "NVARCHAR(10)", "NVARCHAR(MAX)", "BIT", "DATE", "DATETIME2", "DECIMAL(12, 2)", "FLOAT",
                "UNIQUEIDENTIFIER", "VARBINARY(MAX)", "VARBINARY(MAX)"), spell(Dialect.SQLSERVER));
        assertEquals(List.of("INTEGER", "BIGINT", "VARCHAR(10)", "LONGTEXT", "BOOLEAN", "DATE", "DATETIME(6)", "DECIMAL(12, 2)", "DOUBLE",
                "CHAR(36)", "LONGBLOB", "LONGBLOB"), spell(Dialect.MYSQL));
        assertEquals(List.of("INTEGER", "BIGINT", "VARCHAR(10)", "TEXT", "BOOLEAN", "DATE", "TIMESTAMP", "DECIMAL(12, 2)", "DOUBLE PRECISION",
                "UUID", "BYTEA", "BYTEA"), spell(Dialect.POSTGRESQL));
        assertEquals(List.of("INTEGER", "BIGINT", "VARCHAR(10)", "TEXT", "BOOLEAN", "DATE", "TIMESTAMP", "DECIMAL(12, 2)", "REAL",
                "UUID", "BLOB", "BLOB"), spell(Dialect.SQLITE));
        // H2's BLOB cannot be compared or indexed; its VARBINARY can, and holds up to a gigabyte
        assertEquals(List.of("INTEGER", "BIGINT", "VARCHAR(10)", "VARCHAR", "BOOLEAN", "DATE", "TIMESTAMP", "DECIMAL(12, 2)", "DOUBLE PRECISION",
                "UUID", "VARBINARY", "BLOB"), spell(Dialect.H2));
    }

    private static List<String> spell(Dialect d) {
        return TYPES.stream().map(t -> TypeNames.columnType(d, t)).toList();
    }

    @Test
    void castTypesAreWhatTheTargetsCastAccepts() {
        assertEquals(List.of("SIGNED", "SIGNED", "CHAR(10)", "CHAR", "SIGNED", "DATE", "DATETIME(6)", "DECIMAL(12, 2)", "DOUBLE",
                "CHAR", "BINARY", "BINARY"), TYPES.stream().map(t -> TypeNames.castType(Dialect.MYSQL, t)).toList());
        // SQLite's CAST goes by affinity: CAST('2024-02-29 13:45:07' AS TIMESTAMP) is the number 2024, AS UUID a float
        assertEquals(List.of("INTEGER", "INTEGER", "TEXT", "TEXT", "INTEGER", "TEXT", "TEXT", "NUMERIC", "REAL", "TEXT", "BLOB", "BLOB"),
                TYPES.stream().map(t -> TypeNames.castType(Dialect.SQLITE, t)).toList());
        assertEquals("SELECT CAST(x AS " + TypeNames.castType(Dialect.MYSQL, "VARCHAR(10)") + ")",
                portable(Dialect.MYSQL, "SELECT CAST(x AS VARCHAR(10))"));
    }

    @Test
    void identityColumnsAreTheTranslatedIdentities() {
        for (Dialect d : Dialect.values()) {
            for (String type : List.of("INTEGER", "BIGINT")) {
                String identity = TypeNames.identityColumn(d, type, true);
                String translated = portable(d, "CREATE TABLE t (id " + type + " GENERATED BY DEFAULT AS IDENTITY, v INTEGER, PRIMARY KEY (id))");
                assertTrue(translated.startsWith("CREATE TABLE t (id " + identity + ", "), d + ": " + identity + " in " + translated);
            }
        }
        assertEquals("INT IDENTITY(1,1)", TypeNames.identityColumn(Dialect.SQLSERVER, "INTEGER", true));
        assertEquals("BIGINT AUTO_INCREMENT", TypeNames.identityColumn(Dialect.MYSQL, "BIGINT", false));
        // only SQLite names the key: its AUTOINCREMENT exists only on the INTEGER PRIMARY KEY that aliases the rowid
        assertEquals("INTEGER PRIMARY KEY AUTOINCREMENT", TypeNames.identityColumn(Dialect.SQLITE, "BIGINT", true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypeNames.identityColumn(Dialect.SQLITE, "INTEGER", false));
        assertTrue(e.getMessage().contains("single-column primary key"), e.getMessage());
    }

    @Test
    void unknownTypesPassAsWrittenAndEmptyOnesAreRefused() {
        assertEquals("GEOMETRY", TypeNames.columnType(Dialect.POSTGRESQL, "GEOMETRY"));
        assertThrows(IllegalArgumentException.class, () -> TypeNames.columnType(Dialect.H2, " "));
    }
}
