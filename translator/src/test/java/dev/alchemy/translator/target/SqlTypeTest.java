package dev.alchemy.translator.target;

import net.sf.jsqlparser.statement.create.table.ColDataType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** JSqlParser folds a CAST type's arguments into its name ({@code VARCHAR (20)}); they are read all the same. */
class SqlTypeTest {

    @Test
    void argumentsFoldedIntoTheNameAreRead() {
        SqlType varchar = SqlType.read(new ColDataType("VARCHAR (20)"));
        assertEquals(SqlType.Kind.VARCHAR, varchar.kind());
        assertEquals(List.of("20"), varchar.args());
        SqlType decimal = SqlType.read(new ColDataType("decimal (10, 2)"));
        assertEquals(SqlType.Kind.DECIMAL, decimal.kind());
        assertEquals(List.of("10", "2"), decimal.args());
        assertEquals(SqlType.Kind.TEXT, SqlType.read(new ColDataType("NVARCHAR (MAX)")).kind());
    }

    @Test
    void largeObjectsAreToldFromVaryingBinary() {
        for (String lob : List.of("BLOB", "longblob", "IMAGE", "BINARY LARGE OBJECT")) {
            assertEquals(true, SqlType.read(new ColDataType(lob)).largeObject(), lob);
        }
        for (String varying : List.of("VARBINARY (16)", "BYTEA", "BINARY VARYING", "VARBINARY(MAX)", "TEXT")) {
            assertEquals(false, SqlType.read(new ColDataType(varying)).largeObject(), varying);
        }
    }
}
