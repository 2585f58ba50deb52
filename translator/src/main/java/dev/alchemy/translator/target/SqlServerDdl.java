package dev.alchemy.translator.target;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.create.view.TemporaryOption;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * SQL Server's spellings of DDL that other dialects write with words T-SQL lacks: {@code IF NOT EXISTS} (an
 * {@code IF OBJECT_ID(..) IS NULL} / {@code IF SCHEMA_ID(..) IS NULL} guard), {@code CREATE TABLE .. AS SELECT}
 * ({@code SELECT * INTO}), {@code CREATE OR REPLACE VIEW} ({@code CREATE OR ALTER VIEW}) and column defaults.
 */
final class SqlServerDdl {
    /** The alias of the derived table that {@code SELECT * INTO} copies from. */
    static final String DERIVED_TABLE_ALIAS = "temp";
    private static final java.util.regex.Pattern REGULAR_IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqlServerDdl() {
    }

    /** Renders {@code statement} when it is DDL spelled here; false to let the renderer continue. */
    static boolean render(Statement statement, Renderer r) {
        if (statement instanceof Alter alter) {
            return alterTable(alter, r);
        }
        if (statement instanceof Truncate truncate) {
            DmlRewrites.truncatedTable(truncate, r);
            truncate.setTableToken(true); // T-SQL requires TRUNCATE TABLE
            return false;
        }
        TargetDialect.refuseComment(statement, "SQL Server keeps descriptions through sp_addextendedproperty", r);
        if (statement instanceof CreateTable table) {
            if (table.isIfNotExists() && table.getSelect() != null && table.getSelect().getWithItemsList() != null
                    && !table.getSelect().getWithItemsList().isEmpty()) {
                // a WITH cannot follow IF: the guarded statement runs through EXEC (no ? markers can live there)
                r.append("IF OBJECT_ID(N'").append(SqlServerMerge.bracketed(table.getTable().getFullyQualifiedName()))
                        .append("', N'U') IS NULL EXEC(N'");
                table.setIfNotExists(false);
                int start = r.out().length();
                renderCreateTableAsSelect(table, r);
                String inner = r.out().substring(start);
                if (inner.indexOf('?') >= 0) {
                    throw r.unsupported("? markers in CREATE TABLE IF NOT EXISTS .. AS WITH .. (it runs through EXEC)");
                }
                r.out().setLength(start);
                r.append(inner.replace("'", "''")).append("')");
                return true;
            }
            if (table.isIfNotExists()) {
                // T-SQL has no CREATE TABLE IF NOT EXISTS; an IF statement guards the CREATE instead.
                r.append("IF OBJECT_ID(N'").append(SqlServerMerge.bracketed(table.getTable().getFullyQualifiedName()))
                        .append("', N'U') IS NULL ");
                table.setIfNotExists(false);
            }
            if (table.getSelect() != null) {
                renderCreateTableAsSelect(table, r);
                return true;
            }
            return false;
        }
        if (statement instanceof CreateView view) {
            SqlServerRewrites.applyToView(view, r);
            if (view.isOrReplace()) {
                renderCreateOrAlterView(view, r);
                return true;
            }
            return false;
        }
        if (statement instanceof CreateSchema schema && schema.hasIfNotExists()) {
            renderCreateSchemaIfNotExists(schema, r);
            return true;
        }
        return false;
    }

    /**
     * CREATE SCHEMA must open its batch, so behind the IF it runs through EXEC (SQLGlot's spelling):
     * {@code IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'foo') EXEC('CREATE SCHEMA foo')}.
     * SCHEMATA lists the schemas of the current database, where CREATE SCHEMA creates one.
     */
    private static void renderCreateSchemaIfNotExists(CreateSchema schema, Renderer r) {
        String name = SqlServerMerge.unquoted(schema.getSchemaName());
        StringBuilder create = new StringBuilder("CREATE SCHEMA ").append(spelled(schema.getSchemaName()));
        if (schema.getAuthorization() != null) {
            create.append(" AUTHORIZATION ").append(spelled(schema.getAuthorization()));
        }
        r.append("IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ");
        r.target().renderString(name, r);
        r.append(") EXEC(");
        r.target().renderString(create.toString(), r);
        r.append(")");
    }

    /** A name inside EXEC's text, where the quoting pass cannot reach: bracketed when quoted or not regular. */
    private static String spelled(String name) {
        String bare = SqlServerMerge.unquoted(name);
        return bare.equals(name) && REGULAR_IDENTIFIER.matcher(bare).matches() ? bare
                : "[" + bare.replace("]", "]]") + "]";
    }

    /**
     * ALTER TABLE: ADD takes no COLUMN keyword and one ADD lists every column; ALTER COLUMN takes the type without
     * TYPE; MySQL's MODIFY is ALTER COLUMN; renames go through sp_rename. Types, identities and defaults are spelled
     * as in CREATE TABLE.
     */
    private static boolean alterTable(Alter alter, Renderer r) {
        List<AlterExpression> changes = alter.getAlterExpressions();
        if (changes == null || changes.isEmpty()) {
            return false;
        }
        AlterOperation first = changes.get(0).getOperation();
        for (AlterExpression change : changes) {
            if (change.getOperation() != first || first != AlterOperation.ADD && changes.size() > 1) {
                throw r.unsupported("an ALTER TABLE making several kinds of change (SQL Server takes one per statement)");
            }
        }
        String table = alter.getTable().getFullyQualifiedName();
        switch (first) {
            case ADD -> {
                List<AlterExpression.ColumnDataType> columns = new ArrayList<>();
                for (AlterExpression change : changes) {
                    if (change.getColDataTypeList() == null) {
                        return changes.size() == 1 ? false : unsupportedMix(r); // ADD CONSTRAINT .. is T-SQL already
                    }
                    for (AlterExpression.ColumnDataType c : change.getColDataTypeList()) {
                        r.target().rewriteColumn(null, c, r);
                        fillExistingRows(c);
                        columns.add(c);
                    }
                }
                if (changes.stream().anyMatch(AlterExpression::isUseIfNotExists)) {
                    if (columns.size() > 1) {
                        throw r.unsupported("ADD COLUMN IF NOT EXISTS of several columns (SQL Server guards one column"
                                + " per statement)");
                    }
                    // T-SQL has no ADD COLUMN IF NOT EXISTS; an IF statement guards the ALTER instead
                    r.append("IF COL_LENGTH(N'").append(SqlServerMerge.bracketed(table)).append("', N'")
                            .append(SqlServerMerge.unquoted(columns.get(0).getColumnName()).replace("'", "''"))
                            .append("') IS NULL ");
                }
                r.append("ALTER TABLE ").append(table).append(" ADD ");
                for (int i = 0; i < columns.size(); i++) {
                    AlterExpression.ColumnDataType c = columns.get(i);
                    r.append(i == 0 ? "" : ", ").append(c.getColumnName()).append(" ").append(c.getColDataType().toString());
                    if (c.getColumnSpecs() != null && !c.getColumnSpecs().isEmpty()) {
                        r.append(" ").append(String.join(" ", c.getColumnSpecs()));
                    }
                }
                return true;
            }
            case ALTER, MODIFY -> {
                AlterExpression change = changes.get(0);
                if (change.getColDataTypeList() == null || change.getColDataTypeList().size() != 1) {
                    throw r.unsupported("ALTER TABLE .. ALTER COLUMN other than a type change (SET/DROP DEFAULT, "
                            + "SET/DROP NOT NULL)");
                }
                AlterExpression.ColumnDataType c = change.getColDataTypeList().get(0);
                r.append("ALTER TABLE ").append(table).append(" ALTER COLUMN ").append(c.getColumnName()).append(" ")
                        .append(r.target().columnType(c.getColDataType()));
                return true;
            }
            case RENAME -> {
                AlterExpression change = changes.get(0);
                if (change.getColumnOldName() == null || change.getColumnName() == null) {
                    throw r.unsupported("ALTER TABLE .. RENAME of this kind");
                }
                r.append("EXEC sp_rename N'").append(bracketedPath(table, change.getColumnOldName()))
                        .append("', N'").append(SqlServerMerge.unquoted(change.getColumnName()).replace("'", "''"))
                        .append("', N'COLUMN'");
                return true;
            }
            case RENAME_TABLE -> {
                r.append("EXEC sp_rename N'").append(SqlServerMerge.bracketed(table)).append("', N'")
                        .append(SqlServerMerge.unquoted(changes.get(0).getNewTableName()).replace("'", "''")).append("'");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * PostgreSQL and MySQL give the existing rows a new column's DEFAULT; SQL Server leaves a nullable one NULL
     * unless told WITH VALUES.
     */
    private static void fillExistingRows(AlterExpression.ColumnDataType c) {
        List<String> specs = c.getColumnSpecs();
        if (specs == null) {
            return;
        }
        int at = -1;
        boolean notNull = false;
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).equalsIgnoreCase("DEFAULT")) {
                at = i;
            } else if (specs.get(i).equalsIgnoreCase("NOT") && i + 1 < specs.size()
                    && specs.get(i + 1).equalsIgnoreCase("NULL")) {
                notNull = true;
            }
        }
        if (at >= 0 && at + 1 < specs.size() && !notNull) {
            List<String> withValues = new ArrayList<>(specs);
            withValues.add(at + 2, "WITH VALUES");
            c.setColumnSpecs(withValues);
        }
    }

    private static boolean unsupportedMix(Renderer r) {
        throw r.unsupported("an ALTER TABLE adding columns and constraints together");
    }

    private static String bracketedPath(String table, String column) {
        return SqlServerMerge.bracketed(table) + "." + SqlServerMerge.bracketed(column);
    }

    /**
     * T-SQL has no CREATE TABLE .. AS SELECT: {@code SELECT * INTO t FROM (..) AS temp} (a derived table's alias is
     * visible only outside it, so no name inside the query can clash with it; {@code temp} is SQLGlot's spelling).
     */
    private static void renderCreateTableAsSelect(CreateTable table, Renderer r) {
        if (table.getColumnDefinitions() != null && !table.getColumnDefinitions().isEmpty()
                || table.getColumns() != null && !table.getColumns().isEmpty()) {
            throw r.unsupported("CREATE TABLE (columns) AS SELECT");
        }
        Select query = table.getSelect();
        if (query instanceof ParenthesedSelect p) {
            query = p.getSelect();
        }
        List<WithItem<?>> with = query.getWithItemsList();
        query.setWithItemsList(null);
        PlainSelect into = new PlainSelect();
        into.addSelectItems(new AllColumns());
        into.setIntoTables(new ArrayList<>(List.of(table.getTable())));
        into.setFromItem(new ParenthesedSelect().withSelect(query).withAlias(new Alias(DERIVED_TABLE_ALIAS)));
        into.setWithItemsList(with);
        SqlServerRewrites.apply(into, r);
        r.select(into);
    }

    /** CREATE OR REPLACE VIEW is T-SQL's CREATE OR ALTER VIEW (SQL Server 2016 SP1+). */
    private static void renderCreateOrAlterView(CreateView view, Renderer r) {
        if (view.isMaterialized() || view.getTemporary() != null && view.getTemporary() != TemporaryOption.NONE) {
            throw r.unsupported("CREATE OR REPLACE MATERIALIZED/TEMPORARY VIEW");
        }
        r.append("CREATE OR ALTER VIEW ").append(view.getView().getFullyQualifiedName());
        if (view.getColumnNames() != null && !view.getColumnNames().isEmpty()) {
            r.append(" (").expressions(view.getColumnNames(), ", ").append(")");
        }
        r.append(" AS ").select(view.getSelect());
    }

    /** T-SQL spellings of the column defaults other dialects write differently, or null. */
    static String defaultValue(String word) {
        switch (word) {
            case "TRUE": return "1";
            case "FALSE": return "0";
            case "NOW()": case "NOW": case "LOCALTIMESTAMP": case "CURRENT_TIMESTAMP()": case "TRANSACTION_TIMESTAMP()":
            case "GETDATE()":
                return "CURRENT_TIMESTAMP";
            case "CURRENT_DATE": case "CURRENT_DATE()": case "CURDATE()":
                return "CAST(GETDATE() AS DATE)";
            case "GEN_RANDOM_UUID()": case "UUID_GENERATE_V4()": case "UUID()":
                return "NEWID()";
            default:
                return null;
        }
    }
}
