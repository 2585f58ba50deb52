package dev.alchemy.orm.core;

import dev.alchemy.translator.Dialect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Collects SQL text and bound parameters while an expression tree compiles itself. Values only ever
 * enter through {@link #param}, which writes a {@code ?}: there is no way to splice a value into the text.
 */
public final class SqlWriter {
    /** Where in a statement an expression is being written (labels render differently in each). */
    enum Clause { SELECT_LIST, ORDER_BY, OTHER }

    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder(128);
    private final List<Object> params = new ArrayList<>();
    private final List<SqlType<?>> types = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Clause clause = Clause.OTHER;
    /** Tables of enclosing queries, which a nested query correlates to instead of adding to its FROM. */
    private final Deque<Set<FromClause>> enclosing = new ArrayDeque<>();
    /** In UPDATE/DELETE: columns of the target table are written unqualified (PostgreSQL rejects SET t.c). */
    private Table unqualified;

    SqlWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Appends SQL text (keywords, operators); never a value. */
    public SqlWriter sql(String text) {
        sql.append(text);
        return this;
    }

    SqlWriter sql(char ch) {
        sql.append(ch);
        return this;
    }

    /** Appends an identifier, quoted if it must be. */
    public SqlWriter identifier(String name) {
        sql.append(Identifiers.quote(name, dialect));
        return this;
    }

    /** Appends a {@code ?} and records the value bound to it. */
    public SqlWriter param(Object value, SqlType<?> type, String name) {
        sql.append('?');
        params.add(value);
        types.add(type);
        names.add(name);
        return this;
    }

    Clause clause() {
        return clause;
    }

    Clause clause(Clause next) {
        Clause previous = clause;
        clause = next;
        return previous;
    }

    Table unqualified() {
        return unqualified;
    }

    void unqualified(Table t) {
        unqualified = t;
    }

    void pushEnclosing(Set<FromClause> froms) {
        enclosing.push(froms);
    }

    void popEnclosing() {
        enclosing.pop();
    }

    boolean isEnclosing(FromClause f) {
        for (Set<FromClause> s : enclosing) {
            if (s.contains(f)) {
                return true;
            }
        }
        return false;
    }

    Compiled toCompiled(Compiled.Kind kind, Table table, List<Expression> resultColumns, List<String> labels) {
        return new Compiled(sql.toString(), params, types, names, resultColumns, labels, kind, table);
    }
}
