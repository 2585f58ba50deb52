package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Hand-written SQL with {@code ?} markers and its parameters ({@link Sql#text}): still bound, never spliced. */
final class TextStatement implements Executable {
    private final String sql;
    private final List<Object> params;

    TextStatement(String sql, Object... params) {
        long markers = sql.chars().filter(ch -> ch == '?').count();
        if (markers != params.length) {
            throw new IllegalArgumentException("the SQL has " + markers + " '?' markers but " + params.length
                    + " parameters were given: " + sql);
        }
        this.sql = sql;
        this.params = Arrays.asList(params);
    }

    @Override
    public Compiled compile(Dialect dialect) {
        SqlWriter w = new SqlWriter(dialect);
        int p = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '?') {
                Object v = params.get(p++);
                w.param(v, v == null ? null : Types.forJavaType(v.getClass()), null);
            } else {
                w.sql(ch);
            }
        }
        String head = sql.stripLeading().toUpperCase(Locale.ROOT);
        Compiled.Kind kind = head.startsWith("SELECT") || head.startsWith("WITH") || head.startsWith("VALUES")
                ? Compiled.Kind.QUERY
                : head.startsWith("CREATE") || head.startsWith("DROP") || head.startsWith("ALTER") ? Compiled.Kind.DDL : Compiled.Kind.UPDATE;
        return w.toCompiled(kind, null, null, null);
    }

    @Override
    public String toString() {
        return sql;
    }
}
