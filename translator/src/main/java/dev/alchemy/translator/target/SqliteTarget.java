package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for SQLite targets (3.35 or later: RETURNING, UPSERT, math functions). Dates and timestamps are text
 * ({@code 'YYYY-MM-DD HH:MM:SS'}) handled with {@code strftime}/{@code datetime}; identity is
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT}; {@code LIMIT -1 OFFSET m} and {@code LIMIT m, n} keep pagination legal
 * and parameter order intact.
 */
public class SqliteTarget extends TargetDialect {
    public SqliteTarget() {
        super(Dialect.SQLITE);
    }

    @Override
    public NullSorting nullSorting() {
        return NullSorting.FIRST;
    }

    @Override
    public boolean rendersPlainSqlUnchanged() {
        return true;
    }

    // ------------------------------------------------------------------------------------------- pagination

    @Override
    public void applyPagination(Select select, Pagination page, Renderer r) {
        if (page.offsetFirst()) {
            // SQLite's LIMIT m, n keeps the offset marker before the row-count marker.
            select.setLimit(new net.sf.jsqlparser.statement.select.Limit().withOffset(page.offset())
                    .withRowCount(page.rowCount()));
            return;
        }
        if (!page.hasRowCount()) {
            page = new Pagination(page.offset(), new LongValue(-1), false); // SQLite needs a LIMIT before OFFSET
        }
        setLimitOffset(select, page);
    }

    @Override
    public void renderNextValue(String sequence, Renderer r) {
        throw r.unsupported("sequences (NEXT VALUE FOR " + sequence + ")");
    }

    @Override
    public void renderRegexMatch(Expression value, Expression pattern, boolean caseSensitive, boolean negated, Renderer r) {
        throw r.unsupported("regular expression match (SQLite's REGEXP needs a function the application registers)");
    }

    /** SQLite would subtract the years of the two texts. */
    @Override
    public void renderDateDifference(Expression later, Expression earlier, Renderer r) {
        r.append("CAST(JULIANDAY(").expression(later).append(") - JULIANDAY(").expression(earlier).append(") AS INTEGER)");
    }

    @Override
    public boolean renderExpression(net.sf.jsqlparser.expression.Expression expression, Renderer r) {
        if (expression instanceof net.sf.jsqlparser.expression.operators.relational.JsonOperator op) {
            throw r.unsupported("the operator " + op.getStringExpression() + " (SQLite reads JSON with ->, ->> and json_* functions)");
        }
        return false;
    }

    @Override
    public boolean renderStatement(net.sf.jsqlparser.statement.Statement statement, Renderer r) {
        if (statement instanceof net.sf.jsqlparser.statement.create.sequence.CreateSequence) {
            throw r.unsupported("CREATE SEQUENCE");
        }
        if (statement instanceof net.sf.jsqlparser.statement.merge.Merge) {
            throw r.unsupported("MERGE (SQLite has none: write INSERT .. ON CONFLICT)");
        }
        TargetDialect.refuseComment(statement, "SQLite keeps no comments on tables", r);
        if (statement instanceof net.sf.jsqlparser.statement.truncate.Truncate truncate) {
            // SQLite has no TRUNCATE; a DELETE without WHERE empties the table as fast (its truncate optimization)
            r.append("DELETE FROM ").append(DmlRewrites.truncatedTable(truncate, r).toString());
            return true;
        }
        if (statement instanceof net.sf.jsqlparser.statement.alter.Alter alter && alter.getAlterExpressions() != null
                && alter.getAlterExpressions().stream().anyMatch(e -> e.isUseIfNotExists() || e.isUsingIfExists())) {
            throw r.unsupported("ADD COLUMN IF NOT EXISTS / DROP COLUMN IF EXISTS (SQLite has no such guard: look the"
                    + " column up in PRAGMA table_info first)");
        }
        if (statement instanceof net.sf.jsqlparser.statement.alter.Alter alter && alter.getAlterExpressions() != null) {
            for (net.sf.jsqlparser.statement.alter.AlterExpression change : alter.getAlterExpressions()) {
                boolean alterColumn = change.getOperation() == net.sf.jsqlparser.statement.alter.AlterOperation.ALTER
                        || change.getOperation() == net.sf.jsqlparser.statement.alter.AlterOperation.MODIFY;
                boolean constraint = change.getIndex() != null || change.getConstraintName() != null;
                if (alterColumn || constraint) {
                    throw r.unsupported("ALTER TABLE .. ALTER COLUMN / ADD or DROP CONSTRAINT (SQLite rebuilds the"
                            + " table for that: create the new table, copy the rows, rename it)");
                }
            }
        }
        if (statement instanceof net.sf.jsqlparser.statement.update.Update update) {
            DmlRewrites.aliasWithAs(update.getTable());
            if (update.getReturningClause() != null) {
                DmlRewrites.unqualify(update.getReturningClause());
            }
        } else if (statement instanceof net.sf.jsqlparser.statement.delete.Delete delete) {
            DmlRewrites.deleteUsingAsExists(delete);
            DmlRewrites.aliasWithAs(delete.getTable());
            if (delete.getReturningClause() != null) {
                DmlRewrites.unqualify(delete.getReturningClause());
            }
        }
        return false;
    }

    @Override
    public void rewriteSelect(net.sf.jsqlparser.statement.select.PlainSelect select, Renderer r) {
        if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null
                && !select.getDistinct().getOnSelectItems().isEmpty()) {
            throw r.unsupported("DISTINCT ON (use ROW_NUMBER() OVER (PARTITION BY ..) = 1)");
        }
        // SQLite has no row locks: a write transaction locks the database, so FOR UPDATE has nothing to add.
        select.setForMode(null);
        select.setForUpdateTable(null);
        select.setNoWait(false);
        QualifyEmulation.rewrite(select, r);
        if (select.getJoins() != null) {
            for (net.sf.jsqlparser.statement.select.Join join : select.getJoins()) {
                if (join.isApply()) {
                    throw r.unsupported("CROSS/OUTER APPLY");
                }
            }
        }
    }

    @Override
    public void renderIsDistinct(Expression left, Expression right, boolean not, Renderer r) {
        r.expression(left).append(not ? " IS " : " IS NOT ").expression(right);
    }

    // ------------------------------------------------------------------------------------------- functions

    @Override
    public boolean renderFunction(Function f, Renderer r) {
        List<Expression> args = args(f);
        if (PostgresAggregates.render(f, args, "SQLite", r)) {
            return true;
        }
        if (f.getName().equals("TO_CHAR")) {
            DateFormats.render(f, DateFormats.Language.SQLITE, r, (value, format) -> {
                r.append("STRFTIME(");
                renderString(format, r);
                r.append(", ").expression(value).append(")");
            });
            return true;
        }
        if (f.getName().equals("REGEXP_REPLACE")) {
            throw r.unsupported("REGEXP_REPLACE() (SQLite has no regular expression functions)");
        }
        if (f.getName().equals("JSON_AGG")) {
            f.setName("JSON_GROUP_ARRAY");
            return false;
        }
        if (f.getName().equals("JSON_OBJECT_AGG")) {
            f.setName("JSON_GROUP_OBJECT");
            return false;
        }
        switch (f.getName()) {
            case "CONCAT":
                // PostgreSQL's CONCAT ignores NULLs; || would make the whole result NULL.
                r.append("(");
                for (int i = 0; i < args.size(); i++) {
                    r.append(i > 0 ? " || COALESCE(" : "COALESCE(").expression(args.get(i)).append(", '')");
                }
                r.append(")");
                return true;
            case "RANDOM":
                if (args.isEmpty()) {
                    // SQLite's RANDOM() is a 64-bit integer; scaled into [0, 1) like everyone else's
                    r.append("(RANDOM() / 18446744073709551616.0 + 0.5)");
                    return true;
                }
                return false;
            case "LEFT":
                if (args.size() == 2) {
                    r.append("SUBSTR(").expression(args.get(0)).append(", 1, ").expression(args.get(1)).append(")");
                    return true;
                }
                return false;
            case "RIGHT":
                if (args.size() == 2 && !(args.get(1) instanceof net.sf.jsqlparser.expression.JdbcParameter)) {
                    r.append("SUBSTR(").expression(args.get(0)).append(", -(").expression(args.get(1)).append("))");
                    return true;
                }
                return false;
            case "UUID":
                if (args.isEmpty()) {
                    throw r.unsupported("UUID() (SQLite has no UUID generator)");
                }
                return false;
            case "GREATEST": case "LEAST":
                // SQLite's multi-argument MAX/MIN are the scalar forms (NULL if any argument is NULL).
                r.append(f.getName().equals("GREATEST") ? "MAX(" : "MIN(").expressions(args, ", ").append(")");
                return true;
            case "TO_TIMESTAMP":
                if (args.size() == 1) {
                    r.append("DATETIME(").expression(args.get(0)).append(", 'unixepoch')");
                    return true;
                }
                return false;
            case "OCTET_LENGTH":
                if (args.size() == 1) {
                    r.append("LENGTH(CAST(").expression(args.get(0)).append(" AS BLOB))");
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    @Override
    public void renderTrim(String spec, Expression characters, Expression value, Renderer r) {
        String fn = spec.equals("LEADING") ? "LTRIM(" : spec.equals("TRAILING") ? "RTRIM(" : "TRIM(";
        r.append(fn).expression(value);
        if (characters != null) {
            r.append(", ").expression(characters);
        }
        r.append(")");
    }

    @Override
    public void renderCharLength(Expression s, Renderer r) {
        r.append("LENGTH(").expression(s).append(")");
    }

    @Override
    public void renderPosition(Expression needle, Expression haystack, Renderer r) {
        r.append("INSTR(").expression(haystack).append(", ").expression(needle).append(")");
    }

    @Override
    public void renderSubstring(Expression s, Expression start, Expression length, Renderer r) {
        r.append("SUBSTR(").expression(s).append(", ").expression(start);
        if (length != null) {
            r.append(", ").expression(length);
        }
        r.append(")");
    }

    @Override
    public void renderStringAgg(boolean distinct, Expression value, Expression separator, List<OrderByElement> orderBy,
                                Renderer r) {
        if (distinct) {
            // SQLite allows DISTINCT only in one-argument aggregates, whose separator is ','.
            if (!(separator instanceof StringValue s && s.getValue().equals(",")) || !orderBy.isEmpty()) {
                throw r.unsupported("STRING_AGG(DISTINCT ..) with a separator other than ',' or an ORDER BY");
            }
            r.append("GROUP_CONCAT(DISTINCT ").expression(value).append(")");
            return;
        }
        r.append("GROUP_CONCAT(").expression(value).append(", ").expression(separator);
        if (!orderBy.isEmpty()) {
            r.append(" ORDER BY ").orderBy(orderBy);
        }
        r.append(")");
    }

    // ------------------------------------------------------------------------------------------- date/time

    @Override
    public void renderTimeKey(String key, Renderer r) {
        switch (key) {
            case "LOCALTIMESTAMP": r.append("DATETIME('now', 'localtime')"); break;
            case "LOCALTIME": r.append("TIME('now', 'localtime')"); break;
            default: r.append(key);
        }
    }

    @Override
    public void renderExtract(String field, Expression value, Renderer r) {
        String format;
        switch (field) {
            case "YEAR": format = "%Y"; break;
            case "MONTH": format = "%m"; break;
            case "DAY": format = "%d"; break;
            case "HOUR": format = "%H"; break;
            case "MINUTE": format = "%M"; break;
            case "SECOND": format = "%S"; break;
            case "DOW": format = "%w"; break;
            case "DOY": format = "%j"; break;
            case "EPOCH": format = "%s"; break;
            case "QUARTER":
                r.append("((CAST(STRFTIME('%m', ").expression(value).append(") AS INTEGER) + 2) / 3)");
                return;
            default:
                throw r.unsupported("EXTRACT(" + field + " FROM ..)");
        }
        r.append("CAST(STRFTIME('").append(format).append("', ").expression(value).append(") AS INTEGER)");
    }

    @Override
    public void renderDateTrunc(String unit, Expression value, Renderer r) {
        switch (unit) {
            case "year": case "month": case "day":
                r.append("DATETIME(").expression(value).append(", 'start of " + unit + "')");
                return;
            case "hour":
                r.append("STRFTIME('%Y-%m-%d %H:00:00', ").expression(value).append(")");
                return;
            case "minute":
                r.append("STRFTIME('%Y-%m-%d %H:%M:00', ").expression(value).append(")");
                return;
            case "second":
                r.append("STRFTIME('%Y-%m-%d %H:%M:%S', ").expression(value).append(")");
                return;
            case "week":
                // the Monday on or before the value (PostgreSQL's ISO week start)
                r.append("DATETIME(").expression(value).append(", '-6 days', 'weekday 1', 'start of day')");
                return;
            case "quarter":
                r.append("DATETIME(").expression(value).append(", 'start of month', '-' || ((CAST(STRFTIME('%m', ")
                        .expression(value).append(") AS INTEGER) - 1) % 3) || ' months')");
                return;
            default:
                throw r.unsupported("DATE_TRUNC('" + unit + "', ..)");
        }
    }

    @Override
    public void renderIntervalArithmetic(Expression value, boolean subtract, IntervalValue interval, Renderer r) {
        String unit = interval.unit();
        long factor = 1;
        switch (unit) {
            case "WEEK": unit = "DAY"; factor = 7; break;
            case "QUARTER": unit = "MONTH"; factor = 3; break;
            default: break;
        }
        String modifierUnit = " " + unit.toLowerCase(Locale.ROOT) + "s";
        // a date moved by days, months or years stays a date (PostgreSQL's date + n), not a date and a midnight
        boolean dateOnly = DateExpressions.isDate(value) && (unit.equals("DAY") || unit.equals("MONTH") || unit.equals("YEAR"));
        r.append(dateOnly ? "DATE(" : "DATETIME(").expression(value).append(", ");
        Expression amount = interval.amount();
        if (amount instanceof LongValue l) {
            long n = l.getValue() * factor * (subtract ? -1 : 1);
            r.append("'").append(n >= 0 ? "+" : "").append(Long.toString(n)).append(modifierUnit).append("')");
        } else {
            r.append("(").append(subtract ? "-" : "").append("(").expression(amount).append(")")
                    .append(factor == 1 ? "" : " * " + factor).append(") || '").append(modifierUnit).append("')");
        }
    }

    // ------------------------------------------------------------------------------------------------ types

    @Override
    public void renderCast(Expression value, ColDataType type, Renderer r) {
        if (sameDialect(r)) {
            super.renderCast(value, type, r);
            return;
        }
        SqlType t = SqlType.read(type);
        switch (t.kind()) {
            case DATE: r.append("DATE(").expression(value).append(")"); return;
            case TIME: r.append("TIME(").expression(value).append(")"); return;
            case TIMESTAMP: case TIMESTAMPTZ: r.append("DATETIME(").expression(value).append(")"); return;
            case SMALLINT: case INTEGER: case BIGINT:
                if (!(value instanceof LongValue)) {
                    // SQLite's CAST truncates 18.75 to 18; PostgreSQL rounds to 19. (Exact up to 2^53.)
                    r.append("CAST(ROUND(").expression(value).append(") AS INTEGER)");
                    return;
                }
                super.renderCast(value, type, r);
                return;
            default: super.renderCast(value, type, r);
        }
    }

    @Override
    public String castType(ColDataType type) {
        SqlType t = SqlType.read(type);
        switch (t.kind()) {
            case SMALLINT: case INTEGER: case BIGINT: case BOOLEAN: return "INTEGER";
            case DECIMAL: return "NUMERIC";
            case REAL: case DOUBLE: return "REAL";
            case VARCHAR: case CHAR: case TEXT: case UUID: case JSON: return "TEXT";
            case BLOB: return "BLOB";
            // renderCast writes DATE(..)/DATETIME(..) for these; the bare name (TypeNames) must not be TIMESTAMP,
            // whose NUMERIC affinity turns CAST('2024-02-29 13:45:07' AS TIMESTAMP) into 2024
            case DATE: case TIME: case TIMESTAMP: case TIMESTAMPTZ: return "TEXT";
            default: return super.castType(type);
        }
    }

    @Override
    public String typeName(SqlType t) {
        switch (t.kind()) {
            // same INTEGER affinity; only identity columns become INTEGER (the rowid alias, see identity below),
            // since a BIGINT PRIMARY KEY turned into INTEGER PRIMARY KEY would start numbering rows by itself
            case DOUBLE: return "REAL";
            case TIMESTAMPTZ: return "TIMESTAMP";
            // SQLite keeps the declared name as a column's only type (what getColumns and schema reflection read back);
            // its NUMERIC affinity never turns a UUID's 8-4-4-4-12 text into a number. CASTs still say TEXT.
            case UUID: return "UUID";
            case JSON: return "TEXT";
            case BLOB: return "BLOB"; // VARBINARY would have NUMERIC affinity
            case CHAR: return t.hasArgs() ? super.typeName(t) : "TEXT";
            default: return super.typeName(t);
        }
    }

    // -------------------------------------------------------------------------------------------------- DDL

    @Override
    public void rewriteCreateTable(CreateTable table, Renderer r) {
        super.rewriteCreateTable(table, r);
        if (sameDialect(r) || table.getColumnDefinitions() == null) {
            return;
        }
        for (ColumnDefinition column : table.getColumnDefinitions()) {
            if (!isAutoincrement(column)) {
                continue;
            }
            if (!column.getColumnSpecs().contains("PRIMARY")) {
                // AUTOINCREMENT is only legal on the INTEGER PRIMARY KEY column: pull a one-column table key in.
                Index pk = primaryKeyOf(table);
                if (pk == null || pk.getColumnsNames().size() != 1
                        || !pk.getColumnsNames().get(0).equalsIgnoreCase(column.getColumnName())) {
                    throw r.unsupported("an identity column that is not the table's single-column primary key");
                }
                table.getIndexes().remove(pk);
                List<String> specs = new ArrayList<>(List.of("PRIMARY", "KEY", "AUTOINCREMENT"));
                for (String s : column.getColumnSpecs()) {
                    if (!s.equalsIgnoreCase("AUTOINCREMENT")) {
                        specs.add(s);
                    }
                }
                column.setColumnSpecs(specs);
            }
        }
    }

    private static boolean isAutoincrement(ColumnDefinition column) {
        return column.getColumnSpecs() != null && column.getColumnSpecs().contains("AUTOINCREMENT");
    }

    private static Index primaryKeyOf(CreateTable table) {
        if (table.getIndexes() == null) {
            return null;
        }
        for (Index index : table.getIndexes()) {
            if (index.getType() != null && index.getType().equalsIgnoreCase("PRIMARY KEY")) {
                return index;
            }
        }
        return null;
    }

    @Override
    public List<String> identitySpecs(ColumnSpec spec) {
        // AUTOINCREMENT starts at 1 and counts by 1: another numbering is refused rather than silently changed
        if (spec.identitySeed() != null && !(spec.identitySeed().equals("1") && spec.identityIncrement().equals("1"))) {
            throw new UnsupportedConstructException("an identity column starting at " + spec.identitySeed()
                    + " or numbered in steps of " + spec.identityIncrement(), dialect());
        }
        List<String> specs = new ArrayList<>();
        if (spec.primaryKey()) {
            specs.add("PRIMARY");
            specs.add("KEY");
        }
        specs.add("AUTOINCREMENT");
        specs.addAll(spec.otherSpecsWithoutPrimaryKey());
        return specs;
    }

    @Override
    public String identityColumn(SqlType type, boolean soleKey) {
        if (!soleKey) {
            throw new UnsupportedConstructException("an identity column that is not the table's single-column primary key", dialect());
        }
        return super.identityColumn(type, true);
    }

    @Override
    public String identityColumnType(ColumnSpec spec) {
        return "INTEGER"; // only INTEGER PRIMARY KEY aliases the rowid
    }

    @Override
    public void rewriteDrop(Drop drop, Renderer r) {
        dropCascade(drop);
    }

    @Override
    public void rewriteCreateIndex(CreateIndex index, Renderer r) {
        if (index.getIndex() != null) {
            index.getIndex().setUsing(null);
        }
    }

    @Override
    public void renderUpsertClause(Insert insert, Upsert upsert, Renderer r) {
        if (upsert.conflictColumns().isEmpty() && !upsert.doNothing()) {
            // SQLite (3.35+) accepts DO UPDATE without a conflict target as the last ON CONFLICT clause.
            r.append(" ON CONFLICT DO UPDATE SET ").updateSets(upsert.sets());
            if (upsert.where() != null) {
                r.append(" WHERE ").expression(upsert.where());
            }
            return;
        }
        super.renderUpsertClause(insert, upsert, r);
    }

    @Override
    public boolean renderCreateTableLike(String name, String model, boolean ifNotExists, Renderer r) {
        // the model's columns and declared types, without its constraints (SQLite has no LIKE)
        r.append("CREATE TABLE ").append(ifNotExists ? "IF NOT EXISTS " : "").append(name)
                .append(" AS SELECT * FROM ").append(model).append(" LIMIT 0");
        return true;
    }

    @Override
    protected void renderElapsedSeconds(Expression from, Expression to, Renderer r) {
        // Julian days are fractional: to whole milliseconds first (rounding the float error away), then seconds
        r.append("CAST(ROUND((JULIANDAY(").expression(to).append(") - JULIANDAY(").expression(from)
                .append(")) * 86400000) AS INTEGER) / 1000");
    }
}
