package dev.alchemy.translator.target;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a canonical upsert as H2's standard {@code MERGE INTO t USING (VALUES ..) AS excluded (cols) ON ..
 * WHEN MATCHED [AND where] THEN UPDATE SET .. WHEN NOT MATCHED THEN INSERT ..}. Naming the source row
 * {@code excluded} lets the upsert's {@code EXCLUDED.c} references stand as written; markers keep their order
 * (VALUES, then SET, then WHERE, as in {@code ON CONFLICT}).
 */
final class H2Merge {
    private H2Merge() {
    }

    static void render(Insert insert, Upsert upsert, Renderer r) {
        if (upsert.conflictColumns().isEmpty()) {
            throw r.unsupported("an upsert that names no conflict columns (ON DUPLICATE KEY UPDATE)");
        }
        if (insert.getColumns() == null || insert.getColumns().isEmpty()) {
            throw r.unsupported("an upsert without an explicit column list");
        }
        Values values = insert.getValues();
        if (values == null && insert.getSelect() == null) {
            throw r.unsupported("an upsert without VALUES or SELECT");
        }
        if (upsert.where() != null && insert.getSelect() != null && values == null) {
            // fine: WHERE is rendered after the source, like in ON CONFLICT
        }
        List<String> columns = new ArrayList<>();
        for (Column c : insert.getColumns()) {
            columns.add(c.getColumnName());
        }
        String table = insert.getTable().getFullyQualifiedName();
        String alias = insert.getTable().getAlias() != null ? insert.getTable().getAlias().getName() : table;
        r.append("MERGE INTO ").append(table);
        if (insert.getTable().getAlias() != null) {
            r.append(" ").append(alias);
        }
        r.append(" USING (");
        if (values != null) {
            r.append("VALUES ");
            @SuppressWarnings("unchecked")
            List<Expression> rows = (List<Expression>) values.getExpressions();
            boolean singleRow = rows.stream().noneMatch(e -> e instanceof net.sf.jsqlparser.expression.RowConstructor
                    || e instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList);
            if (singleRow) {
                r.append("(").expressions(rows, ", ").append(")");
            } else {
                r.expressions(rows, ", ");
            }
        } else {
            r.select(insert.getSelect());
        }
        r.append(") AS excluded (").append(String.join(", ", columns)).append(") ON ");
        for (int i = 0; i < upsert.conflictColumns().size(); i++) {
            String k = upsert.conflictColumns().get(i);
            r.append(i > 0 ? " AND " : "").append(alias).append(".").append(k).append(" = excluded.").append(k);
        }
        if (!upsert.doNothing()) {
            r.append(" WHEN MATCHED");
            if (upsert.where() != null) {
                r.append(" AND ").expression(upsert.where());
            }
            r.append(" THEN UPDATE SET ").updateSets(upsert.sets());
        }
        r.append(" WHEN NOT MATCHED THEN INSERT (").append(String.join(", ", columns)).append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            r.append(i > 0 ? ", " : "").append("excluded.").append(columns.get(i));
        }
        r.append(")");
    }
}
