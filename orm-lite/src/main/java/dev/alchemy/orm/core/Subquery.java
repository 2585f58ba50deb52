package dev.alchemy.orm.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A query used as a table: {@code (SELECT ...) alias}; its columns are the query's result labels. */
public final class Subquery extends FromClause {
    private final Select select;
    private final String alias;
    private final Map<String, Column> columns = new LinkedHashMap<>();

    Subquery(Select select, String alias) {
        this.select = select;
        this.alias = alias;
        for (Expression e : select.columns()) {
            String label = Select.labelOf(e);
            if (label == null) {
                continue; // an unnamed expression cannot be referenced from outside; give it .as("name")
            }
            Column base = e instanceof Column c ? c : Column.of(label, e.type() == null ? Types.TEXT : e.type());
            columns.put(label.toLowerCase(Locale.ROOT), base.derive(this, label));
        }
    }

    public String alias() {
        return alias;
    }

    public Select select() {
        return select;
    }

    public Column c(String name) {
        Column c = columns.get(name.toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new IllegalArgumentException("subquery " + alias + " has no column '" + name + "'; it has "
                    + new ArrayList<>(columns.keySet()) + " (label expressions with .as(\"name\"))");
        }
        return c;
    }

    public List<Column> columns() {
        return Collections.unmodifiableList(new ArrayList<>(columns.values()));
    }

    @Override
    public String refName() {
        return alias;
    }

    @Override
    void compileFrom(SqlWriter w) {
        w.sql('(');
        select.compileNested(w);
        w.sql(") ").identifier(alias);
    }

    @Override
    List<FromClause> leaves() {
        return List.of(this);
    }
}
