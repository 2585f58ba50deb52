package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.UpdateSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for MySQL and MariaDB targets: backtick quoting, {@code CONCAT} for {@code ||},
 * {@code GROUP_CONCAT .. SEPARATOR}, {@code DATE_FORMAT}-based {@code DATE_TRUNC}, {@code x + INTERVAL n UNIT},
 * {@code AUTO_INCREMENT}, {@code ON DUPLICATE KEY UPDATE c = VALUES(c)}, explicit NULLS FIRST/LAST emulated with
 * an {@code IS NULL} sort key, CAST types limited to what MySQL's CAST accepts. {@code RETURNING} is kept
 * (MariaDB 10.5+; MySQL itself lacks it).
 */
public class MySqlTarget extends TargetDialect {
    /** MySQL's documented way to say "no limit" when only an offset is wanted. */
    private static final String NO_LIMIT = "18446744073709551615";
    /** VARBINARY's limit: a row holds at most 65,535 bytes. */
    private static final long MAX_VARBINARY_LENGTH = 65_535;

    public MySqlTarget() {
        super(Dialect.MYSQL);
    }

    @Override
    public NullSorting nullSorting() {
        return NullSorting.FIRST;
    }

    @Override
    public boolean rendersPlainSqlUnchanged() {
        return true;
    }

    @Override
    public String quoteIdentifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    // ------------------------------------------------------------------------------------------- selects

    @Override
    public void applyPagination(Select select, Pagination page, Renderer r) {
        if (page.offsetFirst()) {
            select.setLimit(new Limit().withOffset(page.offset()).withRowCount(page.rowCount())); // LIMIT m, n
            return;
        }
        if (!page.hasRowCount()) {
            page = new Pagination(page.offset(), new LongValue(NO_LIMIT), false);
        }
        setLimitOffset(select, page);
    }

    @Override
    public boolean renderStatement(net.sf.jsqlparser.statement.Statement statement, Renderer r) {
        isoSequenceOptions(statement);
        if (statement instanceof net.sf.jsqlparser.statement.merge.Merge) {
            throw r.unsupported("MERGE (MySQL has none: write INSERT .. ON CONFLICT, which becomes ON DUPLICATE KEY UPDATE)");
        }
        TargetDialect.refuseComment(statement, "MySQL writes ALTER TABLE .. COMMENT", r);
        if (statement instanceof net.sf.jsqlparser.statement.alter.Alter alter && alter.getAlterExpressions() != null) {
            for (net.sf.jsqlparser.statement.alter.AlterExpression change : alter.getAlterExpressions()) {
                boolean alterColumn = change.getOperation() == net.sf.jsqlparser.statement.alter.AlterOperation.ALTER;
                if (alterColumn && (change.getColDataTypeList() != null || change.toString().contains(" NOT NULL"))) {
                    // MySQL changes a column's type or nullability only with MODIFY, which restates the whole column
                    throw r.unsupported("ALTER COLUMN .. TYPE / SET NOT NULL / DROP NOT NULL (MySQL restates the whole"
                            + " column: write ALTER TABLE .. MODIFY with its full definition)");
                }
            }
        }
        if (statement instanceof net.sf.jsqlparser.statement.truncate.Truncate truncate) {
            DmlRewrites.truncatedTable(truncate, r);
        }
        if (statement instanceof net.sf.jsqlparser.statement.update.Update update) {
            if (update.getReturningClause() != null) {
                throw r.unsupported("UPDATE .. RETURNING (neither MySQL nor MariaDB has it)");
            }
            DmlRewrites.updateFromAsMultiTable(update, r);
        } else if (statement instanceof net.sf.jsqlparser.statement.delete.Delete delete) {
            if (delete.getReturningClause() != null && (delete.getTable().getAlias() != null
                    || (delete.getUsingList() != null && !delete.getUsingList().isEmpty()))) {
                throw r.unsupported("DELETE .. RETURNING with an alias or USING (MariaDB returns rows of one-table deletes only)");
            }
            DmlRewrites.deleteNamingItsTable(delete);
        }
        return FullJoinEmulation.render(statement, r);
    }

    @Override
    public void rewriteSelect(PlainSelect select, Renderer r) {
        if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null
                && !select.getDistinct().getOnSelectItems().isEmpty()) {
            throw r.unsupported("DISTINCT ON (use ROW_NUMBER() OVER (PARTITION BY ..) = 1)");
        }
        QualifyEmulation.rewrite(select, r);
        if (select.getJoins() != null) {
            for (net.sf.jsqlparser.statement.select.Join join : select.getJoins()) {
                if (join.isFull()) {
                    throw r.unsupported("FULL OUTER JOIN in a subquery or with other joins");
                }
                if (join.isApply()) {
                    throw r.unsupported("CROSS/OUTER APPLY");
                }
            }
        }
    }

    @Override
    public void renderIsDistinct(Expression left, Expression right, boolean not, Renderer r) {
        r.append(not ? "" : "NOT ").expression(left).append(" <=> ").expression(right);
    }

    @Override
    public void rewriteCreateTable(CreateTable table, Renderer r) {
        if (!sameDialect(r)) {
            inlineReferencesAsTableConstraints(table, r);
        }
        String start = sameDialect(r) ? null : identityStart(table, r);
        super.rewriteCreateTable(table, r);
        if (start != null) {
            List<String> options = new ArrayList<>();
            if (table.getTableOptionsStrings() != null) {
                options.addAll(table.getTableOptionsStrings());
            }
            options.addAll(List.of("AUTO_INCREMENT", "=", start));
            table.setTableOptionsStrings(options);
        }
    }

    /**
     * The first value of the table's identity column when it is not 1, or null. MySQL numbers a table from its
     * {@code AUTO_INCREMENT = n} option, not from the column; it has no per-column step ({@code auto_increment_increment}
     * is the session's), so any other step is refused rather than silently numbered by 1.
     */
    private static String identityStart(CreateTable table, Renderer r) {
        if (table.getColumnDefinitions() == null) {
            return null;
        }
        for (ColumnDefinition column : table.getColumnDefinitions()) {
            ColumnSpec spec = ColumnSpec.read(column);
            if (!spec.identity() || spec.identitySeed() == null) {
                continue;
            }
            if (!spec.identityIncrement().equals("1")) {
                throw r.unsupported("an identity column numbered in steps of " + spec.identityIncrement());
            }
            long start;
            try {
                start = Long.parseLong(spec.identitySeed());
            } catch (NumberFormatException e) {
                throw r.unsupported("an identity column starting at " + spec.identitySeed());
            }
            if (start < 1) {
                throw r.unsupported("an identity column starting at " + start);
            }
            return Long.toString(start);
        }
        return null;
    }

    /** MySQL wants a default's fractional precision to match the column's: DATETIME(6) takes CURRENT_TIMESTAMP(6). */
    @Override
    public String currentTimestampDefault(String columnType) {
        String type = columnType.replace(" ", "");
        return type.endsWith("(6)") ? "CURRENT_TIMESTAMP(6)" : "CURRENT_TIMESTAMP";
    }

    @Override
    public void rewriteColumn(CreateTable table, ColumnDefinition column, Renderer r) {
        ColumnSpec spec = ColumnSpec.read(column);
        super.rewriteColumn(table, column, r);
        String now = currentTimestampDefault(column.getColDataType().toString());
        if (!now.equals("CURRENT_TIMESTAMP") && column.getColumnSpecs() != null) {
            List<String> specs = new ArrayList<>(column.getColumnSpecs());
            for (int i = 1; i < specs.size(); i++) {
                if (specs.get(i).equals("CURRENT_TIMESTAMP") && specs.get(i - 1).equalsIgnoreCase("DEFAULT")) {
                    specs.set(i, now);
                }
            }
            column.setColumnSpecs(specs);
        }
        if (spec.comment() != null) {
            List<String> specs = new ArrayList<>(column.getColumnSpecs());
            specs.add("COMMENT");
            specs.add(spec.comment());
            column.setColumnSpecs(specs);
        }
    }

    @Override
    public List<OrderByElement> rewriteOrderBy(List<OrderByElement> elements, Renderer r) {
        return withNullOrdering(elements);
    }

    /** MySQL has no NULLS FIRST/LAST: {@code x NULLS LAST} becomes {@code x IS NULL, x}. */
    static List<OrderByElement> withNullOrdering(List<OrderByElement> elements) {
        if (elements == null || elements.stream().allMatch(e -> e.getNullOrdering() == null)) {
            return elements;
        }
        List<OrderByElement> out = new ArrayList<>(elements.size() + 2);
        for (OrderByElement e : elements) {
            if (e.getNullOrdering() != null) {
                OrderByElement key = new OrderByElement();
                IsNullExpression isNull = new IsNullExpression(e.getExpression());
                isNull.setNot(e.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST);
                key.setExpression(isNull);
                out.add(key);
                e.setNullOrdering(null);
            }
            out.add(e);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- expressions

    /** REGEXP follows the column's collation (case-insensitive by default): an inline flag says which match is meant. */
    @Override
    public void renderRegexMatch(Expression value, Expression pattern, boolean caseSensitive, boolean negated, Renderer r) {
        String flag = caseSensitive ? "(?-i)" : "(?i)";
        r.append(negated ? "NOT (" : "(").expression(value).append(" REGEXP ");
        if (pattern instanceof net.sf.jsqlparser.expression.StringValue literal) {
            renderString(flag + literal.getValue().replace("''", "'"), r);
        } else {
            r.append("CONCAT('").append(flag).append("', ").expression(pattern).append(")");
        }
        r.append(")");
    }

    /** MySQL would subtract the numbers 20240301 - 20240229. */
    @Override
    public void renderDateDifference(Expression later, Expression earlier, Renderer r) {
        r.append("DATEDIFF(").expression(later).append(", ").expression(earlier).append(")");
    }

    @Override
    public boolean renderExpression(Expression expression, Renderer r) {
        if (expression instanceof Column c && c.getTable() != null && c.getTable().getName() != null
                && c.getTable().getName().equalsIgnoreCase("EXCLUDED") && c.getTable().getSchemaName() == null) {
            r.append("VALUES(").append(c.getColumnName()).append(")"); // the proposed row in ON DUPLICATE KEY UPDATE
            return true;
        }
        if (expression instanceof net.sf.jsqlparser.expression.AnalyticExpression aggregate
                && aggregate.getFilterExpression() != null) {
            return PostgresAggregates.renderFilterAsCase(aggregate, r); // MySQL has no FILTER
        }
        if (expression instanceof net.sf.jsqlparser.expression.JsonExpression json) {
            JsonOperators.Chain chain = JsonOperators.read(json, r);
            if (!chain.text()) {
                JsonOperators.call("JSON_EXTRACT", chain, r);
                return true;
            }
            // JSON_UNQUOTE turns a JSON null into the text 'null', where PostgreSQL's ->> gives SQL NULL
            r.append("CASE JSON_TYPE(");
            JsonOperators.call("JSON_EXTRACT", chain, r);
            r.append(") WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(");
            JsonOperators.call("JSON_EXTRACT", chain, r);
            r.append(") END");
            return true;
        }
        if (expression instanceof net.sf.jsqlparser.expression.operators.relational.JsonOperator op) {
            Expression candidate = op.getRightExpression();
            if (!op.getStringExpression().equals("@>") || !(candidate instanceof net.sf.jsqlparser.expression.StringValue
                    || candidate instanceof net.sf.jsqlparser.expression.JdbcParameter)) {
                throw r.unsupported("the operator " + op.getStringExpression() + " (only JSON containment, @> '{..}')");
            }
            r.append("JSON_CONTAINS(").expression(op.getLeftExpression()).append(", ").expression(candidate).append(")");
            return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern INLINE_REFERENCE = java.util.regex.Pattern.compile(
            "(?i)REFERENCES\\s+([^\\s(]+)\\s*\\(([^)]*)\\)\\s*(.*)");
    private static final java.util.regex.Pattern REFERENTIAL_ACTION = java.util.regex.Pattern.compile(
            "(?i)\\s*ON\\s+(DELETE|UPDATE)\\s+(CASCADE|SET\\s+NULL|SET\\s+DEFAULT|RESTRICT|NO\\s+ACTION)");

    /**
     * MySQL parses a column's own {@code REFERENCES t(c) ON DELETE ..} and ignores it (no foreign key, no cascade);
     * the same reference as a table constraint, {@code FOREIGN KEY (col) REFERENCES t(c) ..}, is kept.
     */
    private static void inlineReferencesAsTableConstraints(CreateTable table, Renderer r) {
        if (table.getColumnDefinitions() == null) {
            return;
        }
        for (net.sf.jsqlparser.statement.create.table.ColumnDefinition column : table.getColumnDefinitions()) {
            List<String> specs = column.getColumnSpecs();
            if (specs == null) {
                continue;
            }
            for (int i = 0; i < specs.size(); i++) {
                java.util.regex.Matcher m = INLINE_REFERENCE.matcher(specs.get(i));
                if (!m.matches()) {
                    continue;
                }
                net.sf.jsqlparser.statement.create.table.ForeignKeyIndex fk = new net.sf.jsqlparser.statement.create.table.ForeignKeyIndex();
                fk.setType("FOREIGN KEY");
                fk.setColumnsNames(List.of(column.getColumnName()));
                fk.setTable(new net.sf.jsqlparser.schema.Table(m.group(1)));
                List<String> referenced = new ArrayList<>();
                for (String c : m.group(2).split(",")) {
                    referenced.add(c.trim());
                }
                fk.setReferencedColumnNames(referenced);
                String rest = m.group(3);
                java.util.regex.Matcher action = REFERENTIAL_ACTION.matcher(rest);
                int end = 0;
                while (action.lookingAt()) {
                    String what = action.group(2).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                    if (action.group(1).equalsIgnoreCase("DELETE")) {
                        fk.setOnDeleteReferenceOption(what);
                    } else {
                        fk.setOnUpdateReferenceOption(what);
                    }
                    end = action.end();
                    action.region(end, rest.length());
                }
                if (!rest.substring(end).isBlank()) {
                    throw r.unsupported("a column's REFERENCES with " + rest.substring(end).trim() + " (MySQL keeps ON DELETE"
                            + " and ON UPDATE actions only)");
                }
                List<net.sf.jsqlparser.statement.create.table.Index> constraints = table.getIndexes() == null
                        ? new ArrayList<>() : new ArrayList<>(table.getIndexes());
                constraints.add(fk);
                table.setIndexes(constraints);
                List<String> kept = new ArrayList<>(specs);
                kept.remove(i);
                column.setColumnSpecs(kept.isEmpty() ? null : kept);
                break;
            }
        }
    }

    /** MySQL reads backslashes in string literals as escapes: a literal backslash must be doubled. */
    @Override
    public void renderString(String text, Renderer r) {
        r.append("'").append(text.replace("\\", "\\\\").replace("'", "''")).append("'");
    }

    @Override
    public void renderConcat(List<Expression> operands, Renderer r) {
        r.append("CONCAT(").expressions(operands, ", ").append(")");
    }

    @Override
    public boolean renderCreateTableLike(String name, String model, boolean ifNotExists, Renderer r) {
        return false; // MySQL's own
    }

    @Override
    public void renderTimestampDiff(String unit, Expression from, Expression to, Renderer r) {
        r.append("TIMESTAMPDIFF(").append(unit).append(", ").expression(from).append(", ").expression(to).append(")");
    }

    @Override
    public boolean renderFunction(Function f, Renderer r) {
        if (PostgresAggregates.render(f, args(f), "MySQL", r)) {
            return true;
        }
        if (f.getName().equals("TRUNC") && (args(f).size() == 1 || args(f).size() == 2)) {
            r.append("TRUNCATE(").expression(args(f).get(0)).append(", ");
            if (args(f).size() == 2) {
                r.expression(args(f).get(1));
            } else {
                r.append("0");
            }
            r.append(")");
            return true;
        }
        if (f.getName().equals("TO_CHAR")) {
            DateFormats.render(f, DateFormats.Language.MYSQL, r, (value, format) -> {
                r.append("DATE_FORMAT(").expression(value).append(", ");
                renderString(format, r);
                r.append(")");
            });
            return true;
        }
        if (f.getName().equals("JSON_AGG") && f.getOrderByElements() == null) {
            f.setName("JSON_ARRAYAGG"); // MySQL's takes no ORDER BY
            return false;
        }
        if (f.getName().equals("JSON_OBJECT_AGG")) {
            f.setName("JSON_OBJECTAGG");
            return false;
        }
        if (f.getName().equals("AVG") && args(f).size() == 1 && !f.isAllColumns() && f.getKeep() == null) {
            // MySQL gives AVG of integers 4 decimals (div_precision_increment); PostgreSQL about 16.
            r.append("AVG(").append(f.isDistinct() ? "DISTINCT " : "").append("CAST(").expression(args(f).get(0))
                    .append(" AS DECIMAL(65, 30)))");
            return true;
        }
        if (f.getName().equals("RANDOM") && args(f).isEmpty()) {
            r.append("RAND()");
            return true;
        }
        if (f.getName().equals("CURRENT_SCHEMA") && args(f).isEmpty()) {
            r.append("SCHEMA()");
            return true;
        }
        if (f.getName().equals("TO_TIMESTAMP") && args(f).size() == 1) {
            r.append("FROM_UNIXTIME(").expression(args(f).get(0)).append(")");
            return true;
        }
        if (f.getName().equals("CONCAT")) {
            // PostgreSQL's CONCAT ignores NULLs; MySQL's CONCAT_WS does, its CONCAT does not.
            r.append("CONCAT_WS('', ").expressions(args(f), ", ").append(")");
            return true;
        }
        return false;
    }

    @Override
    public void renderStringAgg(boolean distinct, Expression value, Expression separator, List<OrderByElement> orderBy,
                                Renderer r) {
        if (!(separator instanceof StringValue)) {
            throw r.unsupported("STRING_AGG with a separator that is not a string literal");
        }
        r.append("GROUP_CONCAT(").append(distinct ? "DISTINCT " : "").expression(value);
        if (!orderBy.isEmpty()) {
            r.append(" ORDER BY ").orderBy(orderBy);
        }
        r.append(" SEPARATOR ").expression(separator).append(")");
    }

    // ------------------------------------------------------------------------------------------- date/time

    @Override
    public void renderExtract(String field, Expression value, Renderer r) {
        switch (field) {
            case "DOW": r.append("(DAYOFWEEK(").expression(value).append(") - 1)"); return;
            case "DOY": r.append("DAYOFYEAR(").expression(value).append(")"); return;
            case "WEEK": r.append("WEEK(").expression(value).append(", 3)"); return; // ISO weeks, as PostgreSQL's
            case "EPOCH": r.append("UNIX_TIMESTAMP(").expression(value).append(")"); return;
            default: super.renderExtract(field, value, r);
        }
    }

    @Override
    public void renderDateTrunc(String unit, Expression value, Renderer r) {
        String format;
        switch (unit) {
            case "year": format = "%Y-01-01 00:00:00"; break;
            case "month": format = "%Y-%m-01 00:00:00"; break;
            case "day": format = "%Y-%m-%d 00:00:00"; break;
            case "hour": format = "%Y-%m-%d %H:00:00"; break;
            case "minute": format = "%Y-%m-%d %H:%i:00"; break;
            case "second": format = "%Y-%m-%d %H:%i:%s"; break;
            case "week":
                // the Monday on or before the value (WEEKDAY: Monday 0)
                r.append("CAST(DATE_FORMAT(").expression(value).append(" - INTERVAL WEEKDAY(").expression(value)
                        .append(") DAY, '%Y-%m-%d 00:00:00') AS DATETIME)");
                return;
            case "quarter":
                r.append("CAST(MAKEDATE(YEAR(").expression(value).append("), 1) + INTERVAL (QUARTER(").expression(value)
                        .append(") - 1) QUARTER AS DATETIME)");
                return;
            default: throw r.unsupported("DATE_TRUNC('" + unit + "', ..)");
        }
        r.append("CAST(DATE_FORMAT(").expression(value).append(", '").append(format).append("') AS DATETIME)");
    }

    @Override
    public void renderIntervalArithmetic(Expression value, boolean subtract, IntervalValue interval, Renderer r) {
        r.expression(value).append(subtract ? " - INTERVAL " : " + INTERVAL ");
        if (isNumberLiteral(interval.amount()) || interval.amount() instanceof net.sf.jsqlparser.expression.JdbcParameter) {
            r.expression(interval.amount());
        } else {
            r.append("(").expression(interval.amount()).append(")");
        }
        r.append(" ").append(interval.unit());
    }

    // ------------------------------------------------------------------------------------------------ types

    @Override
    public String castType(ColDataType type) {
        SqlType t = SqlType.read(type);
        switch (t.kind()) {
            case SMALLINT: case INTEGER: case BIGINT: case BOOLEAN: return "SIGNED";
            case VARCHAR: case CHAR: return "CHAR" + t.argList();
            case TEXT: case UUID: return "CHAR";
            case DECIMAL: return t.hasArgs() ? "DECIMAL" + t.argList() : "DECIMAL(65, 30)";
            case REAL: return "FLOAT";
            case DOUBLE: return "DOUBLE";
            case TIMESTAMP: case TIMESTAMPTZ: return "DATETIME" + (t.hasArgs() ? t.argList() : "(6)");
            case BLOB: return "BINARY";
            default: return typeName(t);
        }
    }

    /**
     * VARBINARY(n) / BINARY(n) stay what they are (a key, a UUID's 16 bytes: MySQL cannot index a BLOB without a
     * prefix length); large objects and unbounded binary become LONGBLOB.
     */
    private static String boundedBinary(SqlType t) {
        long n = t.length();
        if (t.largeObject() || n < 0 || n > MAX_VARBINARY_LENGTH) {
            return "LONGBLOB";
        }
        String o = t.original().toUpperCase(java.util.Locale.ROOT);
        boolean fixed = o.startsWith("BINARY") && !o.startsWith("BINARY VARYING");
        return (fixed ? "BINARY" : "VARBINARY") + t.argList();
    }

    @Override
    public String typeName(SqlType t) {
        switch (t.kind()) {
            case DOUBLE: return "DOUBLE";
            case REAL: return "FLOAT";
            case TIMESTAMP: case TIMESTAMPTZ: return "DATETIME" + (t.hasArgs() ? t.argList() : "(6)");
            case BLOB: return boundedBinary(t);
            // MySQL's TEXT holds 64 KB; portable and PostgreSQL TEXT is unbounded, as LONGTEXT is
            case TEXT: return "LONGTEXT";
            case UUID: return "CHAR(36)";
            case DECIMAL: return t.hasArgs() ? "DECIMAL" + t.argList() : "DECIMAL(65, 30)";
            default: return super.typeName(t);
        }
    }

    @Override
    public List<String> identitySpecs(ColumnSpec spec) {
        return spec.withIdentity(List.of("AUTO_INCREMENT"));
    }

    @Override
    public void rewriteCreateIndex(CreateIndex index, Renderer r) {
        if (index.getIndex() != null) {
            index.getIndex().setUsing(null);
        }
        if (!sameDialect(r) && index.getWhere() != null) {
            throw r.unsupported("a partial index, CREATE INDEX .. WHERE (MySQL indexes every row)");
        }
    }

    // ------------------------------------------------------------------------------------------------ upsert

    @Override
    public void renderUpsertClause(Insert insert, Upsert upsert, Renderer r) {
        r.append(" ON DUPLICATE KEY UPDATE ");
        if (upsert.doNothing()) {
            // A no-op assignment: duplicates are skipped, every other error still raised (unlike INSERT IGNORE).
            String k = !upsert.conflictColumns().isEmpty() ? upsert.conflictColumns().get(0)
                    : insert.getColumns() != null && !insert.getColumns().isEmpty()
                    ? insert.getColumns().get(0).getColumnName() : null;
            if (k == null) {
                throw r.unsupported("ON CONFLICT DO NOTHING without a column list");
            }
            r.append(k).append(" = ").append(k);
            return;
        }
        if (upsert.where() == null) {
            r.updateSets(upsert.sets());
            return;
        }
        // DO UPDATE .. WHERE w: each assignment keeps the old value unless w holds. MySQL applies assignments
        // left to right, so w must not read a column an earlier assignment has already changed.
        String where = upsert.where().toString().replaceAll("(?i)excluded\\.[`\"]?\\w+[`\"]?", "");
        List<String> assigned = new ArrayList<>();
        int n = 0;
        for (UpdateSet set : upsert.sets()) {
            for (int i = 0; i < set.getColumns().size(); i++) {
                Column column = set.getColumns().get(i);
                for (String earlier : assigned) {
                    if (readsColumn(where, earlier)) {
                        throw r.unsupported("ON CONFLICT DO UPDATE .. WHERE reading a column an earlier assignment changes");
                    }
                }
                r.append(n++ > 0 ? ", " : "").expression(column).append(" = IF(").expression(upsert.where())
                        .append(", ").expression(set.getValue(i)).append(", ").expression(column).append(")");
                assigned.add(column.getColumnName().replaceAll("[`\"]", ""));
            }
        }
    }

    private static boolean readsColumn(String expression, String column) {
        return java.util.regex.Pattern.compile("(?i)(?<![\\w`\"])(?:[\\w`\"]+\\.)?[`\"]?"
                + java.util.regex.Pattern.quote(column) + "[`\"]?(?![\\w])").matcher(expression).find();
    }
}
