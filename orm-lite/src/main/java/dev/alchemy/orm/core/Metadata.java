package dev.alchemy.orm.core;

import dev.alchemy.orm.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A collection of tables: the schema, created and dropped as one in foreign-key order. */
public final class Metadata {
    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** Defines a table; its name must be new in this metadata. */
    public Table table(String name, Column... columns) {
        return table(name, Arrays.asList(columns));
    }

    public Table table(String name, List<Column> columns) {
        String key = key(name);
        if (tables.containsKey(key)) {
            throw new IllegalArgumentException("table " + name + " is already defined in this Metadata");
        }
        Table t = new Table(this, name, columns);
        tables.put(key, t);
        return t;
    }

    /** The table named {@code name} (case-insensitive). */
    public Table table(String name) {
        Table t = tables.get(key(name));
        if (t == null) {
            throw new IllegalArgumentException("no table '" + name + "' in this Metadata; it has " + names());
        }
        return t;
    }

    public boolean has(String name) {
        return tables.containsKey(key(name));
    }

    public Collection<Table> tables() {
        return Collections.unmodifiableCollection(tables.values());
    }

    /** Declares an index on {@code table}. */
    public Index index(String name, Table table, String... columnNames) {
        return table.original().index(name, columnNames);
    }

    public Index uniqueIndex(String name, Table table, String... columnNames) {
        return table.original().uniqueIndex(name, columnNames);
    }

    private List<String> names() {
        List<String> n = new ArrayList<>();
        for (Table t : tables.values()) {
            n.add(t.name());
        }
        return n;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The tables with every table after the tables it references (the order to create them; drop in
     * reverse). A foreign key to a table outside this metadata, or to itself, imposes no order.
     *
     * @throws IllegalStateException naming the tables when foreign keys form a cycle
     */
    public List<Table> sortedTables() {
        List<Table> sorted = new ArrayList<>(tables.size());
        Set<Table> done = new LinkedHashSet<>();
        Set<Table> visiting = new LinkedHashSet<>();
        for (Table t : tables.values()) {
            visit(t, done, visiting, sorted);
        }
        return sorted;
    }

    private void visit(Table t, Set<Table> done, Set<Table> visiting, List<Table> sorted) {
        if (done.contains(t)) {
            return;
        }
        if (!visiting.add(t)) {
            throw new IllegalStateException("foreign keys form a cycle through tables " + visiting
                    + "; orm-lite creates tables in foreign-key order and cannot order a cycle");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            Table target = tables.get(key(fk.targetTable()));
            if (target != null && target != t) {
                visit(target, done, visiting, sorted);
            }
        }
        visiting.remove(t);
        done.add(t);
        sorted.add(t);
    }

    /**
     * Creates the tables that do not exist yet, parents first, each with its indexes, in the engine's
     * dialect. Existing tables are left as they are.
     */
    public void createAll(Engine engine) throws SQLException {
        try (Connection c = engine.connect()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true); // DDL commits implicitly on MySQL anyway; be the same everywhere
            try {
                Set<String> existing = Reflector.existingTables(c, engine.dialect(), names());
                for (Table t : sortedTables()) {
                    if (existing.contains(key(t.name()))) {
                        continue;
                    }
                    engine.execute(c, new Ddl.CreateTable(t));
                    for (Index i : t.indexes()) {
                        engine.execute(c, new Ddl.CreateIndex(i));
                    }
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** Drops the tables of this metadata that exist, children first. */
    public void dropAll(Engine engine) throws SQLException {
        try (Connection c = engine.connect()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                Set<String> existing = Reflector.existingTables(c, engine.dialect(), names());
                List<Table> order = sortedTables();
                Collections.reverse(order);
                for (Table t : order) {
                    if (existing.contains(key(t.name()))) {
                        engine.execute(c, new Ddl.DropTable(t));
                    }
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** Every table of the connection's current schema, read through {@link java.sql.DatabaseMetaData}. */
    public static Metadata reflect(Engine engine) throws SQLException {
        try (Connection c = engine.connect()) {
            return Reflector.reflect(c, engine.dialect(), null);
        }
    }

    /** The named tables (and no others) read through {@link java.sql.DatabaseMetaData}. */
    public static Metadata reflect(Engine engine, String... tableNames) throws SQLException {
        try (Connection c = engine.connect()) {
            return Reflector.reflect(c, engine.dialect(), Arrays.asList(tableNames));
        }
    }

    @Override
    public String toString() {
        return "Metadata" + names();
    }
}
