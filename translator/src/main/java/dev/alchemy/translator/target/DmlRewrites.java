package dev.alchemy.translator.target;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * PostgreSQL's {@code UPDATE .. FROM} and {@code DELETE .. USING}, and an alias on the table an UPDATE or DELETE
 * writes, in the forms the other databases run. PostgreSQL writes each target row that the other tables match
 * at least once; every form here keeps that meaning:
 * <ul>
 * <li>MySQL and SQL Server name the table they delete from and list the others: {@code DELETE a FROM t AS a, x
 * WHERE ..} (both also reject {@code DELETE FROM t a});</li>
 * <li>SQLite and H2 have no multi-table DELETE: the other tables move into {@code WHERE EXISTS (SELECT 1 FROM x
 * WHERE ..)};</li>
 * <li>MySQL updates several tables at once: {@code UPDATE t AS a, x SET a.c = .. WHERE ..}; SQL Server names the
 * alias it updates: {@code UPDATE a SET .. FROM t AS a, x WHERE ..};</li>
 * <li>H2 has no UPDATE .. FROM: {@code MERGE INTO t USING x ON .. WHEN MATCHED THEN UPDATE SET ..};</li>
 * <li>SQLite takes an alias of the written table only after {@code AS}.</li>
 * </ul>
 * PostgreSQL's TRUNCATE of several tables, which the others write one statement per table, is refused here too.
 */
final class DmlRewrites {
    private DmlRewrites() {
    }

    /** {@code DELETE FROM t [a] [USING x] ..} as {@code DELETE a FROM t AS a [, x] ..} when it has an alias or USING. */
    static void deleteNamingItsTable(Delete d) {
        Table t = d.getTable();
        boolean using = d.getUsingList() != null && !d.getUsingList().isEmpty();
        if ((t.getAlias() == null && !using) || (d.getTables() != null && !d.getTables().isEmpty())) {
            return;
        }
        d.setTables(new ArrayList<>(List.of(qualifier(t))));
        d.setHasFrom(true);
        if (t.getAlias() != null) {
            t.getAlias().setUseAs(true);
        }
        if (using) {
            d.setJoins(asCommaJoins(d.getUsingList(), d.getJoins()));
            d.setUsingList(new ArrayList<>()); // Delete copies the list it is given: null is refused
        }
    }

    /** {@code DELETE FROM t USING x WHERE c} as {@code DELETE FROM t WHERE EXISTS (SELECT 1 FROM x WHERE c)}. */
    static void deleteUsingAsExists(Delete d) {
        List<Table> using = d.getUsingList();
        if (using == null || using.isEmpty()) {
            return;
        }
        PlainSelect matches = new PlainSelect();
        matches.addSelectItems(new SelectItem<>(new LongValue(1)));
        matches.setFromItem(using.get(0));
        List<Join> joins = asCommaJoins(using.subList(1, using.size()), d.getJoins());
        matches.setJoins(joins.isEmpty() ? null : joins);
        matches.setWhere(d.getWhere());
        ExistsExpression exists = new ExistsExpression();
        exists.setRightExpression(new ParenthesedSelect().withSelect(matches));
        d.setWhere(exists);
        d.setUsingList(new ArrayList<>());
        d.setJoins(null);
    }

    /** {@code UPDATE t [a] SET c = .. FROM x ..} as MySQL's {@code UPDATE t [AS a], x SET a.c = .. ..}. */
    static void updateFromAsMultiTable(Update u, Renderer r) {
        if (u.getFromItem() == null) {
            return;
        }
        if (u.getReturningClause() != null || u.getLimit() != null
                || (u.getOrderByElements() != null && !u.getOrderByElements().isEmpty())) {
            throw r.unsupported("UPDATE .. FROM with RETURNING, ORDER BY or LIMIT");
        }
        Table written = qualifier(u.getTable());
        for (UpdateSet set : u.getUpdateSets()) {
            for (Column c : set.getColumns()) {
                if (c.getTable() == null || c.getTable().getName() == null) {
                    c.setTable(written); // PostgreSQL's SET names a column of the written table; MySQL's could be any
                }
            }
        }
        List<Join> start = new ArrayList<>();
        start.add(commaJoin(u.getFromItem()));
        if (u.getJoins() != null) {
            start.addAll(u.getJoins());
        }
        if (u.getStartJoins() != null) {
            start.addAll(0, u.getStartJoins());
        }
        u.setStartJoins(start);
        u.setFromItem(null);
        u.setJoins(null);
    }

    /** {@code UPDATE t a SET .. [FROM x] ..} as SQL Server's {@code UPDATE a SET .. FROM t AS a [, x] ..}. */
    static void updateNamingItsAlias(Update u) {
        Table t = u.getTable();
        Alias alias = t.getAlias();
        if (alias == null) {
            return;
        }
        alias.setUseAs(true);
        List<Join> joins = new ArrayList<>();
        if (u.getFromItem() != null) {
            joins.add(commaJoin(u.getFromItem()));
        }
        if (u.getJoins() != null) {
            joins.addAll(u.getJoins());
        }
        u.setTable(new Table(alias.getName()));
        u.setFromItem(t);
        u.setJoins(joins.isEmpty() ? null : joins);
    }

    /**
     * Writes {@code UPDATE t [a] SET .. FROM s WHERE c} as H2's {@code MERGE INTO t [a] USING s ON c WHEN MATCHED
     * THEN UPDATE SET ..}, which H2 has instead of UPDATE .. FROM. The ON condition comes before SET, so the
     * markers are rebound in their new order. A row that several source rows match stops the MERGE with an error,
     * where PostgreSQL would update it from one of them.
     */
    static void renderUpdateFromAsMerge(Update u, Renderer r) {
        FromItem from = u.getFromItem();
        if ((u.getJoins() != null && !u.getJoins().isEmpty()) || (u.getStartJoins() != null && !u.getStartJoins().isEmpty())
                || u.getReturningClause() != null || u.getLimit() != null
                || (u.getOrderByElements() != null && !u.getOrderByElements().isEmpty())
                || (u.getWithItemsList() != null && !u.getWithItemsList().isEmpty())
                || !(from instanceof Table || from instanceof ParenthesedSelect)) {
            throw r.unsupported("UPDATE .. FROM with several tables, RETURNING or WITH (H2 writes UPDATE .. FROM as MERGE"
                    + " .. USING one table or subquery)");
        }
        r.reorderMarkersFor("UPDATE .. FROM, which H2 writes as MERGE (its ON condition comes before SET)");
        r.append("MERGE INTO ").append(u.getTable().toString()).append(" USING ");
        if (from instanceof ParenthesedSelect query) {
            r.select(query);
        } else {
            r.append(from.toString());
        }
        r.append(" ON ");
        if (u.getWhere() == null) {
            r.append("TRUE");
        } else {
            r.expression(u.getWhere());
        }
        r.append(" WHEN MATCHED THEN UPDATE SET ").updateSets(u.getUpdateSets());
    }

    /**
     * RETURNING items with their table qualifiers taken off ({@code t.*} becomes {@code *}): SQLite's RETURNING and
     * H2's delta tables name the written table's columns bare.
     */
    static List<SelectItem<?>> unqualified(List<SelectItem<?>> returning) {
        List<SelectItem<?>> items = new ArrayList<>(returning.size());
        for (SelectItem<?> item : returning) {
            if (item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllTableColumns) {
                items.add(new SelectItem<>(new net.sf.jsqlparser.statement.select.AllColumns()));
                continue;
            }
            item.getExpression().accept(new net.sf.jsqlparser.expression.ExpressionVisitorAdapter<Void>() {
                @Override
                public <S> Void visit(Column column, S context) {
                    column.setTable(null);
                    return null;
                }
            }, null);
            items.add(item);
        }
        return items;
    }

    /** {@link #unqualified}, in place. */
    static void unqualify(List<SelectItem<?>> returning) {
        List<SelectItem<?>> items = unqualified(returning);
        returning.clear();
        returning.addAll(items);
    }

    /**
     * The one table a TRUNCATE empties; refused for several (PostgreSQL's {@code TRUNCATE a, b}), which the other
     * databases write one statement per table, and for CASCADE, which empties the referencing tables too.
     */
    static Table truncatedTable(net.sf.jsqlparser.statement.truncate.Truncate truncate, Renderer r) {
        List<Table> tables = truncate.getTables();
        if ((tables != null && tables.size() > 1) || truncate.getCascade()) {
            throw r.unsupported("TRUNCATE of several tables or with CASCADE (write one TRUNCATE per table)");
        }
        return tables != null && !tables.isEmpty() ? tables.get(0) : truncate.getTable();
    }

    /** SQLite takes an alias of the table an UPDATE or DELETE writes only after AS. */
    static void aliasWithAs(Table written) {
        if (written != null && written.getAlias() != null) {
            written.getAlias().setUseAs(true);
        }
    }

    /** How the statement refers to its table: the alias, or the (schema-qualified) name. */
    private static Table qualifier(Table t) {
        return t.getAlias() != null ? new Table(t.getAlias().getName()) : new Table(t.getSchemaName(), t.getName());
    }

    private static List<Join> asCommaJoins(List<? extends FromItem> items, List<Join> after) {
        List<Join> joins = new ArrayList<>();
        for (FromItem item : items) {
            joins.add(commaJoin(item));
        }
        if (after != null) {
            joins.addAll(after);
        }
        return joins;
    }

    private static Join commaJoin(FromItem item) {
        Join j = new Join();
        j.setSimple(true);
        j.setRightItem(item);
        return j;
    }
}
