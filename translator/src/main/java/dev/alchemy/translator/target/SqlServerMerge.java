package dev.alchemy.translator.target;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.OutputClause;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * SQL Server's spellings of PostgreSQL's upsert and RETURNING.
 *
 * <p>{@code INSERT INTO t (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v} becomes
 * <pre>
 * MERGE INTO t WITH (HOLDLOCK) USING (VALUES (?, ?)) AS excluded (k, v) ON t.k = excluded.k
 * WHEN MATCHED THEN UPDATE SET v = excluded.v
 * WHEN NOT MATCHED THEN INSERT (k, v) VALUES (excluded.k, excluded.v);
 * </pre>
 * The proposed row is named {@code excluded}, as PostgreSQL names it, so {@code EXCLUDED.v} (and MySQL's
 * {@code VALUES(v)}, read as it) needs no rewriting. {@code HOLDLOCK} makes the match and the insert one atomic
 * step (without it two sessions can both miss the row and one fails on the key). The {@code ?} markers stay in
 * order: the VALUES come first in both forms, then the SET list (a {@code DO UPDATE .. WHERE} condition with
 * markers, which MERGE would move before the SET list, is refused).
 *
 * <p>MySQL's {@code ON DUPLICATE KEY UPDATE} names no key: the key is taken to be the inserted columns the
 * UPDATE does not assign. If that guess is wrong the MERGE inserts and SQL Server reports the duplicate key,
 * rather than updating a row the source would not have.
 */
final class SqlServerMerge {
    static final String SOURCE = "excluded";

    private SqlServerMerge() {
    }

    static void render(Insert insert, Upsert upsert, List<SelectItem<?>> returning, Renderer r) {
        if (insert.getColumns() == null || insert.getColumns().isEmpty()) {
            throw r.unsupported("an upsert without a column list (MERGE needs the inserted columns by name)");
        }
        if (insert.getWithItemsList() != null && !insert.getWithItemsList().isEmpty()) {
            throw r.unsupported("WITH .. INSERT .. ON CONFLICT");
        }
        List<String> columns = new ArrayList<>();
        for (Column c : insert.getColumns()) {
            columns.add(c.getColumnName());
        }
        List<String> key = key(upsert, columns, r);
        if (upsert.where() != null && SqlServerMarkers.any(upsert.where())) {
            for (UpdateSet set : upsert.sets()) {
                for (Expression v : set.getValues()) {
                    if (SqlServerMarkers.any(v)) {
                        throw r.unsupported("ON CONFLICT DO UPDATE SET .. WHERE .. with ? markers in both parts"
                                + " (MERGE puts the condition before the SET list): the ? markers would be bound"
                                + " in the wrong order");
                    }
                }
            }
        }
        if (returning != null) {
            requireNoMarkers(returning, r);
        }
        Table table = insert.getTable();
        Alias alias = table.getAlias();
        String target = alias != null ? alias.getName() : table.getFullyQualifiedName();
        table.setAlias(null);

        r.append("MERGE INTO ").append(table.getFullyQualifiedName()).append(" WITH (HOLDLOCK)");
        if (alias != null) {
            r.append(" AS ").append(alias.getName());
        }
        r.append(" USING (").select(insert.getSelect()).append(") AS " + SOURCE + " (")
                .append(String.join(", ", columns)).append(") ON ");
        for (int i = 0; i < key.size(); i++) {
            r.append(i == 0 ? "" : " AND ").append(target).append(".").append(key.get(i))
                    .append(" = " + SOURCE + ".").append(key.get(i));
        }
        if (!upsert.doNothing()) {
            r.append(" WHEN MATCHED");
            if (upsert.where() != null) {
                Expression where = SqlServerRewrites.condition(upsert.where());
                nameSource(where);
                r.append(" AND ").expression(where);
            }
            for (UpdateSet set : upsert.sets()) {
                for (Expression v : set.getValues()) {
                    nameSource(v);
                }
            }
            r.append(" THEN UPDATE SET ").updateSets(upsert.sets());
        }
        r.append(" WHEN NOT MATCHED THEN INSERT (").append(String.join(", ", columns)).append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            r.append(i == 0 ? "" : ", ").append(SOURCE + ".").append(columns.get(i));
        }
        r.append(")");
        if (returning != null) {
            r.append(" OUTPUT ").selectItems(output("INSERTED", returning, r).getSelectItemList());
        }
        r.append(";"); // T-SQL requires MERGE to be terminated
    }

    /** The columns MERGE matches on. */
    private static List<String> key(Upsert upsert, List<String> columns, Renderer r) {
        if (!upsert.conflictColumns().isEmpty()) {
            return upsert.conflictColumns();
        }
        if (upsert.doNothing() || r.source() != dev.alchemy.translator.Dialect.MYSQL) {
            throw r.unsupported("ON CONFLICT without conflict columns, or ON CONSTRAINT (MERGE must know which columns"
                    + " to match on: write ON CONFLICT (key columns))");
        }
        Set<String> assigned = new LinkedHashSet<>();
        for (UpdateSet set : upsert.sets()) {
            for (Column c : set.getColumns()) {
                assigned.add(unquoted(c.getColumnName()).toLowerCase(Locale.ROOT));
            }
        }
        List<String> key = new ArrayList<>();
        for (String c : columns) {
            if (!assigned.contains(unquoted(c).toLowerCase(Locale.ROOT))) {
                key.add(c);
            }
        }
        if (key.isEmpty()) {
            throw r.unsupported("ON DUPLICATE KEY UPDATE that assigns every inserted column (MERGE needs the key"
                    + " columns: leave them out of the UPDATE list)");
        }
        return key;
    }

    /** Points references to the proposed row, however spelled ({@code EXCLUDED.c}), at the MERGE source. */
    private static void nameSource(Expression e) {
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S context) {
                Table t = column.getTable();
                if (t != null && t.getSchemaName() == null && SOURCE.equalsIgnoreCase(unquoted(t.getName()))) {
                    column.setTable(new Table(SOURCE));
                }
                return null;
            }
        }, null);
    }

    /** RETURNING items as an OUTPUT clause on the {@code INSERTED} or {@code DELETED} pseudo-table. */
    static OutputClause output(String pseudoTable, List<SelectItem<?>> returning, Renderer r) {
        requireNoMarkers(returning, r);
        List<SelectItem<?>> items = new ArrayList<>(returning.size());
        for (SelectItem<?> item : returning) {
            Expression e = item.getExpression();
            if (e instanceof AllColumns || e instanceof AllTableColumns) {
                items.add(new SelectItem<>(new AllTableColumns(new Table(pseudoTable))));
                continue;
            }
            e.accept(new ExpressionVisitorAdapter<Void>() {
                @Override
                public <S> Void visit(Column column, S context) {
                    column.setTable(new Table(pseudoTable));
                    return null;
                }
            }, null);
            items.add(item);
        }
        return new OutputClause(items, null, null, null);
    }

    private static void requireNoMarkers(List<SelectItem<?>> returning, Renderer r) {
        for (SelectItem<?> item : returning) {
            if (SqlServerMarkers.anyInText(item.toString())) {
                throw r.unsupported("RETURNING with ? markers (OUTPUT comes before the VALUES/SET/WHERE, so the"
                        + " ? markers would be bound in the wrong order)");
            }
        }
    }

    /** A possibly quoted, possibly qualified name as T-SQL's bracketed form, for OBJECT_ID('..'). */
    static String bracketed(String qualifiedName) {
        StringBuilder out = new StringBuilder();
        for (String part : splitName(qualifiedName)) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append('[').append(unquoted(part).replace("]", "]]")).append(']');
        }
        return out.toString().replace("'", "''");
    }

    private static List<String> splitName(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : name.toCharArray()) {
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
                current.append(c);
            } else if (c == '[') {
                quote = ']';
                current.append(c);
            } else if (c == '.') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    static String unquoted(String name) {
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if (first == '"' && last == '"' || first == '`' && last == '`' || first == '[' && last == ']') {
                return name.substring(1, name.length() - 1);
            }
        }
        return name;
    }
}
