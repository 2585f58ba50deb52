package dev.alchemy.translator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DialectTest {

    @ParameterizedTest
    @CsvSource({"portable,PORTABLE", "ANSI,PORTABLE", "postgres,POSTGRESQL", "pg,POSTGRESQL", "tsql,SQLSERVER",
            "MSSQL,SQLSERVER", "mariadb,MYSQL", "mysql,MYSQL", "sqlite,SQLITE", " h2 ,H2"})
    void namesAndAliases(String name, Dialect expected) {
        assertEquals(expected, Dialect.of(name));
    }

    @Test
    void unknownNamesListTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialect.of("oracle"));
        assertTrue(e.getMessage().contains("oracle") && e.getMessage().contains("sqlserver (tsql"), e.getMessage());
    }

    @Test
    void jdbcSubprotocols() {
        assertEquals(Dialect.MYSQL, Dialect.forJdbcSubprotocol("mariadb").orElseThrow());
        assertEquals(Dialect.SQLSERVER, Dialect.forJdbcSubprotocol("sqlserver").orElseThrow());
        assertTrue(Dialect.forJdbcSubprotocol("oracle").isEmpty());
    }
}
