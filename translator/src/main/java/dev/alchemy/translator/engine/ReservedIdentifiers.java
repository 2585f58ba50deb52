package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Quotes the names that are plain identifiers in the source but reserved words in the target: a PostgreSQL
 * column named {@code rank}, {@code groups} or {@code month} cannot be written bare on MySQL or H2. The word lists
 * ({@code reserved/<target>.txt}) are the words each database refuses as a bare column, table or alias name,
 * read off the databases themselves (MySQL 8's additions to MariaDB's in {@code mysql8.txt}, SQL Server's from
 * its documented list); a test checks them against the running databases. Words JSqlParser itself reserves
 * ({@code key}, {@code value}) must be quoted in the source already.
 * <p>
 * A quoted name is case-sensitive where the target folds bare ones (PostgreSQL, H2), so it is quoted in the case
 * the target folds to ({@link #folded}), and every reference, quoted or not, finds it. Names quoted here get
 * the source's quotes, which {@link IdentifierQuoting} turns into the target's. Only a cache miss pays for
 * the walk.
 */
final class ReservedIdentifiers extends TablesNamesFinder<Void> {
    private static final Map<Dialect, Set<String>> RESERVED = new EnumMap<>(Dialect.class);
    /** Bare words that are values, not names, where they stand alone (PostgreSQL's {@code SELECT user}). */
    private static final Set<String> VALUE_WORDS = Set.of("USER", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER",
            "CURRENT_ROLE", "CURRENT_CATALOG", "CURRENT_SCHEMA", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
            "LOCALTIME", "LOCALTIMESTAMP", "ROWNUM", "_ROWID_", "TRUE", "FALSE", "NULL", "UNKNOWN", "DEFAULT");

    static {
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.H2, Dialect.SQLITE, Dialect.SQLSERVER)) {
            RESERVED.put(d, load(d.name().toLowerCase(Locale.ROOT)));
        }
        // MariaDB's words, and those MySQL 8 reserved besides (window functions, LATERAL, ...): one dialect serves both
        Set<String> mysql = new HashSet<>(load("mysql"));
        mysql.addAll(load("mysql8"));
        RESERVED.put(Dialect.MYSQL, Set.copyOf(mysql));
    }

    private final Set<String> reserved;
    private final String open;
    private final String close;
    private final Dialect target;

    private ReservedIdentifiers(Dialect source, Dialect target) {
        this.reserved = RESERVED.getOrDefault(target, Set.of());
        this.open = source == Dialect.MYSQL ? "`" : source == Dialect.SQLSERVER ? "[" : "\"";
        this.close = source == Dialect.MYSQL ? "`" : source == Dialect.SQLSERVER ? "]" : "\"";
        this.target = target;
        init(true);
    }

    /** The words {@code target} refuses as bare names (upper case). */
    static Set<String> reservedIn(Dialect target) {
        return RESERVED.getOrDefault(target, Set.of());
    }

    /** Quotes, in {@code statements}, each bare name that {@code target} reserves. */
    static void quote(List<Statement> statements, Dialect source, Dialect target) {
        if (source == target || RESERVED.getOrDefault(target, Set.of()).isEmpty()) {
            return;
        }
        ReservedIdentifiers pass = new ReservedIdentifiers(source, target);
        for (Statement s : statements) {
            try {
                s.accept(pass, null);
            } catch (RuntimeException notWalked) {
                // a statement kind or a node the walker cannot visit (JSqlParser 5.4 dereferences the missing row
                // count of FETCH FIRST ROW ONLY): the names it did not reach are left as written
            }
        }
    }

    /** {@code name} quoted when it is a bare word the target reserves, else as it is. */
    String quoted(String name) {
        if (name == null || name.isEmpty() || !isWord(name)) {
            return name; // already quoted, or not a plain word
        }
        if (!reserved.contains(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return open + folded(name, target) + close;
    }

    /**
     * A name as {@code target} stores it when written bare (H2 folds to upper case, PostgreSQL to lower case): the
     * case every name quoted by the translator takes, so that quoting it in one statement and not in another, or
     * for another reason, still names the same object.
     */
    static String folded(String name, Dialect target) {
        return target == Dialect.H2 ? name.toUpperCase(Locale.ROOT)
                : target == Dialect.POSTGRESQL ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static boolean isWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    private void alias(Alias alias) {
        if (alias != null && alias.getAliasColumns() == null) {
            alias.setName(quoted(alias.getName()));
        }
    }

    @Override
    public <S> Void visit(Column column, S context) {
        boolean standsAlone = column.getTable() == null || column.getTable().getName() == null;
        if (!(standsAlone && VALUE_WORDS.contains(column.getColumnName().toUpperCase(Locale.ROOT)))) {
            column.setColumnName(quoted(column.getColumnName()));
        }
        if (column.getTable() != null && column.getTable().getName() != null) {
            column.getTable().setName(quoted(column.getTable().getName()));
        }
        return super.visit(column, context);
    }

    @Override
    public <S> Void visit(Table table, S context) {
        table.setName(quoted(table.getName()));
        alias(table.getAlias());
        return super.visit(table, context);
    }

    @Override
    public <S> Void visit(SelectItem<?> item, S context) {
        alias(item.getAlias());
        item.getExpression().accept(this, context);
        return null;
    }

    @Override
    public <S> Void visit(ParenthesedSelect select, S context) {
        alias(select.getAlias());
        return super.visit(select, context);
    }

    @Override
    public <S> Void visit(WithItem<?> item, S context) {
        alias(item.getAlias());
        return super.visit(item, context);
    }

    @Override
    public <S> Void visit(CreateTable table, S context) {
        if (table.getColumnDefinitions() != null) {
            for (ColumnDefinition c : table.getColumnDefinitions()) {
                c.setColumnName(quoted(c.getColumnName()));
            }
        }
        if (table.getIndexes() != null) {
            for (Index index : table.getIndexes()) {
                indexColumns(index);
            }
        }
        return super.visit(table, context);
    }

    @Override
    public <S> Void visit(CreateIndex index, S context) {
        if (index.getIndex() != null) {
            indexColumns(index.getIndex());
        }
        return super.visit(index, context);
    }

    /** The names of an index's plain columns (expression columns are walked as expressions). */
    private void indexColumns(Index index) {
        if (index.getColumns() == null) {
            return;
        }
        List<Index.ColumnParams> columns = new java.util.ArrayList<>(index.getColumns().size());
        boolean changed = false;
        for (Index.ColumnParams p : index.getColumns()) {
            String name = quoted(p.columnName);
            if (name != null && !name.equals(p.columnName)) {
                Index.ColumnParams q = new Index.ColumnParams(name, p.params);
                q.setExclusionOperator(p.getExclusionOperator());
                columns.add(q);
                changed = true;
            } else {
                columns.add(p);
            }
        }
        if (changed) {
            index.setColumns(columns);
        }
    }

    @Override
    public <S> Void visit(Insert insert, S context) {
        if (insert.getColumns() != null) {
            for (Column c : insert.getColumns()) {
                c.setColumnName(quoted(c.getColumnName()));
            }
        }
        return super.visit(insert, context);
    }

    @Override
    public <S> Void visit(Update update, S context) {
        if (update.getUpdateSets() != null) {
            for (UpdateSet set : update.getUpdateSets()) {
                for (Column c : set.getColumns()) {
                    c.setColumnName(quoted(c.getColumnName()));
                }
            }
        }
        return super.visit(update, context);
    }

    private static Set<String> load(String name) {
        String path = "/dev/alchemy/translator/reserved/" + name + ".txt";
        Set<String> words = new HashSet<>();
        try (InputStream in = ReservedIdentifiers.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.trim().toUpperCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
