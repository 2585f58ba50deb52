package dev.alchemy.translator.target;

import dev.alchemy.translator.Dialect;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.drop.Drop;

import java.util.List;

/**
 * The rules of one target database. One subclass per target ({@link PostgresTarget}, {@link SqlServerTarget},
 * {@link SqliteTarget}, {@link H2Target}, {@link MySqlTarget}); {@link TargetDialects} maps a {@link Dialect}
 * to its instance. Instances are stateless and shared by every translation.
 *
 * <h2>How translation calls the hooks</h2>
 * The statement is parsed, then rendered by Alchemy's renderer (JSqlParser's deparsers with overrides). Before
 * a hook sees a node, the source dialect's forms have already been read into the <b>canonical form</b>
 * documented on each hook (e.g. SQL Server {@code GETDATE()}, MySQL {@code NOW()} become the
 * {@code CURRENT_TIMESTAMP} key; {@code TOP n} becomes a {@link Pagination}; {@code ISNULL/IFNULL/NVL} become
 * {@code COALESCE}; {@code a::int} becomes {@code CAST(a AS int)}). A hook writes its rendering through the
 * {@link Renderer} and renders children with {@link Renderer#expression} so the rules apply inside them too.
 *
 * <p>Every default renders portable ISO/PostgreSQL-style SQL, so a target overrides only what differs.
 * Two kinds of hooks: {@code rewrite*}/{@code apply*} mutate the AST in place just before it is rendered;
 * {@code render*} write text. Hooks returning {@code boolean} return {@code false} to fall back to the
 * default rendering. A hook throws {@link Renderer#unsupported(String)} for something the target cannot do.
 *
 * <p>Identifier quoting is applied to the rendered text afterwards by a lexical pass: every quoted identifier
 * of the source ({@code "x"}, {@code `x`}, {@code [x]}) is re-quoted with {@link #quoteIdentifier(String)}.
 */
public abstract class TargetDialect {
    private final Dialect dialect;

    protected TargetDialect(Dialect dialect) {
        this.dialect = dialect;
    }

    public final Dialect dialect() {
        return dialect;
    }

    // ------------------------------------------------------------------------------------------------ quoting

    /** Quotes an identifier (given without quotes) the target's way. Default: {@code "x"} with {@code ""} escaping. */
    public String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether this target renders every statement in the plain vocabulary (unquoted identifiers, numbers, simple
     * strings, comparisons, AND/OR/NOT, IN, BETWEEN, LIKE, IS NULL, CASE, joins, GROUP BY/HAVING/ORDER BY without
     * NULLS, INSERT/UPDATE/DELETE, COUNT/SUM/MIN/MAX/UPPER/LOWER/ABS/COALESCE/NULLIF) exactly as written, so the
     * translator may return such statements without parsing them. Default: {@code false} (always parse); a target
     * returns {@code true} only if none of its rules changes that vocabulary.
     */
    public boolean rendersPlainSqlUnchanged() {
        return false;
    }

    // ------------------------------------------------------------------------------------------- escape hatches

    /**
     * Called first for every whole statement. Return {@code true} after rendering it entirely yourself (e.g. an
     * upsert that becomes a {@code MERGE}). Default: {@code false}.
     */
    public boolean renderStatement(Statement statement, Renderer r) {
        return false;
    }

    /**
     * What must follow {@code statement} once rendered the usual way (after {@link #renderStatement} declined it):
     * T-SQL requires a MERGE to end with {@code ;}. Default: nothing.
     */
    public String terminator(Statement statement) {
        return "";
    }

    /**
     * PostgreSQL's short sequence options, {@code START n} and {@code INCREMENT n}, in the ISO form SQL Server, H2 and
     * MariaDB require: {@code START WITH n}, {@code INCREMENT BY n}.
     */
    static void isoSequenceOptions(Statement statement) {
        if (statement instanceof net.sf.jsqlparser.statement.create.sequence.CreateSequence create
                && create.getSequence().getParameters() != null) {
            List<net.sf.jsqlparser.schema.Sequence.Parameter> params = create.getSequence().getParameters();
            for (int i = 0; i < params.size(); i++) {
                net.sf.jsqlparser.schema.Sequence.ParameterType type = params.get(i).getOption();
                net.sf.jsqlparser.schema.Sequence.ParameterType iso =
                        type == net.sf.jsqlparser.schema.Sequence.ParameterType.START ? net.sf.jsqlparser.schema.Sequence.ParameterType.START_WITH
                        : type == net.sf.jsqlparser.schema.Sequence.ParameterType.INCREMENT ? net.sf.jsqlparser.schema.Sequence.ParameterType.INCREMENT_BY
                        : null;
                if (iso != null) {
                    params.set(i, new net.sf.jsqlparser.schema.Sequence.Parameter(iso).withValue(params.get(i).getValue()));
                }
            }
        }
    }

    /** Refuses COMMENT ON, which only PostgreSQL and H2 keep; {@code how} says what the target has instead. */
    static void refuseComment(Statement statement, String how, Renderer r) {
        if (statement instanceof net.sf.jsqlparser.statement.comment.Comment) {
            throw r.unsupported("COMMENT ON (" + how + ")");
        }
    }

    /**
     * Called before the specific hooks for the expression kinds the renderer intercepts: functions, columns,
     * boolean literals, {@code ||}, {@code +}, {@code -}, casts, LIKE/ILIKE, EXTRACT, time keys, GROUP_CONCAT,
     * comparisons ({@code =, <>, <, <=, >, >=}), NOT, IS [NOT] NULL, CASE and PostgreSQL's JSON operators
     * ({@code ->}, {@code ->>}, {@code @>}).
     * The expression is already in canonical form. Return {@code true} after rendering it. Default: {@code false}.
     */
    public boolean renderExpression(Expression expression, Renderer r) {
        return false;
    }

    // ------------------------------------------------------------------------------------------------- selects

    /**
     * Places the row window on {@code select} (whose LIMIT/OFFSET/FETCH/TOP have been cleared). Called for every
     * plain select, set operation and parenthesised select that had a window. Default:
     * {@code LIMIT n OFFSET m} (PostgreSQL, H2; SQLite and MySQL override because they need a LIMIT with an OFFSET).
     */
    public void applyPagination(Select select, Pagination page, Renderer r) {
        if (page.offsetFirst()) {
            setOffsetFetch(select, page);
        } else {
            setLimitOffset(select, page);
        }
    }

    /** Sets {@code LIMIT n OFFSET m} (either part optional) on {@code select}. */
    protected static void setLimitOffset(Select select, Pagination page) {
        if (page.hasRowCount()) {
            select.setLimit(new Limit().withRowCount(page.rowCount()));
        }
        if (page.hasOffset()) {
            select.setOffset(new Offset().withOffset(page.offset()));
        }
    }

    /** Sets ISO {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY} (either part optional) on {@code select}. */
    protected static void setOffsetFetch(Select select, Pagination page) {
        if (page.hasOffset()) {
            select.setOffset(new Offset().withOffset(page.offset()).withOffsetParam("ROWS"));
        }
        if (page.hasRowCount()) {
            Fetch fetch = new Fetch().withExpression(page.rowCount());
            fetch.setFetchParamFirst(false);
            fetch.addFetchParameter("ROWS");
            fetch.addFetchParameter("ONLY");
            select.setFetch(fetch);
        }
    }

    /**
     * Where this database sorts NULL in ascending order. When the source dialect's convention is known and
     * differs, the renderer makes ORDER BY items explicit ({@code NULLS FIRST/LAST}) so rows keep their order, and
     * {@link #rewriteOrderBy} must then be able to render those. Default: {@link NullSorting#UNSPECIFIED} (no
     * adjustment).
     */
    public NullSorting nullSorting() {
        return NullSorting.UNSPECIFIED;
    }

    /**
     * Rewrites ORDER BY items (of a select, a window or an aggregate) before they are rendered, e.g. to emulate
     * {@code NULLS FIRST/LAST}. Default: unchanged.
     */
    public List<OrderByElement> rewriteOrderBy(List<OrderByElement> elements, Renderer r) {
        return elements;
    }

    /** Last chance to change a plain select in place before it is rendered (after pagination). Default: nothing. */
    public void rewriteSelect(PlainSelect select, Renderer r) {
    }

    // ----------------------------------------------------------------------------------------------- literals

    /** The target's literal for a boolean value. Default: {@code TRUE} and {@code FALSE}. */
    public String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /**
     * A column's {@code DEFAULT CURRENT_TIMESTAMP} as the target needs it, for a column whose type the target
     * spells {@code columnType}. Default: {@code CURRENT_TIMESTAMP}.
     */
    public String currentTimestampDefault(String columnType) {
        return "CURRENT_TIMESTAMP";
    }

    /**
     * Renders a string literal whose source form needed reading (PostgreSQL {@code E'..'}, MySQL backslash escapes,
     * SQL Server {@code N'..'}), or any literal containing a backslash on a target that reads backslash escapes.
     * {@code text} is the exact characters. Default: {@code 'text'} with quotes doubled.
     */
    public void renderString(String text, Renderer r) {
        r.append("'").append(text.replace("'", "''")).append("'");
    }

    /**
     * Renders {@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE}, {@code CURRENT_TIME}, {@code LOCALTIMESTAMP}
     * ({@code key} upper case; source forms {@code NOW()}, {@code GETDATE()}, {@code SYSDATETIME()},
     * {@code CURDATE()} ... are read into these). Default: the key itself.
     */
    public void renderTimeKey(String key, Renderer r) {
        r.append(key);
    }

    // ---------------------------------------------------------------------------------------------- functions

    /**
     * Renders a function call not covered by a more specific hook. The name is upper case and canonical: source
     * aliases have been read ({@code LEN}, {@code LENGTH} (non-MySQL) -> {@code CHAR_LENGTH}; {@code ISNULL(a,b)},
     * {@code IFNULL}, {@code NVL} -> {@code COALESCE}; {@code SUBSTR} -> {@code SUBSTRING}; {@code UCASE/LCASE} ->
     * {@code UPPER/LOWER}; {@code CEILING} -> {@code CEIL}). Return {@code false} for the default rendering
     * {@code NAME(args)}.
     */
    public boolean renderFunction(Function function, Renderer r) {
        return false;
    }

    /**
     * Renders JDBC's / MySQL's {@code TIMESTAMPDIFF(unit, from, to)}: the number of whole {@code unit}s elapsed from
     * {@code from} to {@code to}, truncated toward zero. {@code unit} is one of SECOND, MINUTE, HOUR, DAY, WEEK,
     * MONTH, QUARTER, YEAR. Default: whole elapsed seconds ({@link #renderElapsedSeconds}) divided by the unit's
     * length; calendar units are refused (a target with a native TIMESTAMPDIFF overrides this).
     */
    public void renderTimestampDiff(String unit, Expression from, Expression to, Renderer r) {
        long seconds;
        switch (unit) {
            case "SECOND": seconds = 1; break;
            case "MINUTE": seconds = 60; break;
            case "HOUR": seconds = 3_600; break;
            case "DAY": seconds = 86_400; break;
            case "WEEK": seconds = 604_800; break;
            default: throw r.unsupported("TIMESTAMPDIFF in " + unit.toLowerCase(java.util.Locale.ROOT) + "s");
        }
        r.append("(");
        renderElapsedSeconds(from, to, r);
        r.append(seconds == 1 ? ")" : " / " + seconds + ")");
    }

    /**
     * Renders the whole seconds elapsed from {@code from} to {@code to} as an integer expression (truncated toward
     * zero, so that integer division by a unit length truncates like TIMESTAMPDIFF). Default: refused.
     */
    protected void renderElapsedSeconds(Expression from, Expression to, Renderer r) {
        throw r.unsupported("TIMESTAMPDIFF");
    }

    /**
     * Renders MySQL's {@code CREATE TABLE name LIKE model} (an empty table with the model's columns), or returns
     * false to keep it as written. Default: {@code CREATE TABLE name AS SELECT * FROM model WITH NO DATA} (H2).
     */
    public boolean renderCreateTableLike(String name, String model, boolean ifNotExists, Renderer r) {
        r.append("CREATE TABLE ").append(ifNotExists ? "IF NOT EXISTS " : "").append(name)
                .append(" AS SELECT * FROM ").append(model).append(" WITH NO DATA");
        return true;
    }

    /** The words before TABLE that make a session-scoped temporary table. Default: {@code TEMPORARY}. */
    public String temporaryTableKeyword() {
        return "TEMPORARY";
    }

    /** The statement that starts a transaction. Default: {@code BEGIN} (PostgreSQL, MySQL, SQLite, H2). */
    public String beginTransaction() {
        return "BEGIN";
    }

    /** Renders {@code CHAR_LENGTH(s)} (characters, not bytes). Default: {@code CHAR_LENGTH(s)}. */
    public void renderCharLength(Expression s, Renderer r) {
        r.append("CHAR_LENGTH(").expression(s).append(")");
    }

    /**
     * Renders the 1-based position of {@code needle} in {@code haystack}, 0 when absent (source forms
     * {@code POSITION(n IN h)}, {@code STRPOS(h, n)}, {@code INSTR(h, n)}, {@code CHARINDEX(n, h)},
     * {@code LOCATE(n, h)}). Default: {@code POSITION(n IN h)}.
     */
    public void renderPosition(Expression needle, Expression haystack, Renderer r) {
        r.append("POSITION(").expression(needle).append(" IN ").expression(haystack).append(")");
    }

    /** Renders a substring, 1-based; {@code length} may be null. Default: {@code SUBSTRING(s, start[, length])}. */
    public void renderSubstring(Expression s, Expression start, Expression length, Renderer r) {
        r.append("SUBSTRING(").expression(s).append(", ").expression(start);
        if (length != null) {
            r.append(", ").expression(length);
        }
        r.append(")");
    }

    /**
     * Renders the next value of a sequence ({@code NEXT VALUE FOR s}, PostgreSQL's {@code nextval('s')}, MariaDB's
     * {@code NEXTVAL(s)}); {@code sequence} is the name as written. Default: ISO {@code NEXT VALUE FOR s}.
     */
    public void renderNextValue(String sequence, Renderer r) {
        r.append("NEXT VALUE FOR ").append(sequence);
    }

    /**
     * Renders {@code a IS [NOT] DISTINCT FROM b} (NULL-safe comparison). Default: the ISO form.
     */
    public void renderIsDistinct(Expression left, Expression right, boolean not, Renderer r) {
        r.expression(left).append(not ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ").expression(right);
    }

    /**
     * Renders {@code TRIM}: {@code spec} is {@code BOTH}, {@code LEADING} or {@code TRAILING}; {@code characters} is
     * null for spaces. Default: ISO {@code TRIM(value)} or {@code TRIM(spec [characters] FROM value)}.
     */
    public void renderTrim(String spec, Expression characters, Expression value, Renderer r) {
        if (characters == null && spec.equals("BOTH")) {
            r.append("TRIM(").expression(value).append(")");
            return;
        }
        r.append("TRIM(").append(spec).append(" ");
        if (characters != null) {
            r.expression(characters).append(" ");
        }
        r.append("FROM ").expression(value).append(")");
    }

    /**
     * Renders string concatenation of two or more operands ({@code ||} chains, SQL Server's string {@code +},
     * MySQL's {@code CONCAT}) with SQL's NULL-propagating meaning. Default: {@code a || b || c}.
     */
    public void renderConcat(List<Expression> operands, Renderer r) {
        r.expressions(operands, " || ");
    }

    /**
     * Renders a string aggregate ({@code STRING_AGG(v, sep ORDER BY ..)}, {@code GROUP_CONCAT(v ORDER BY ..
     * SEPARATOR sep)}, {@code LISTAGG}). {@code orderBy} may be empty. Default: {@code STRING_AGG}.
     */
    public void renderStringAgg(boolean distinct, Expression value, Expression separator,
                                List<OrderByElement> orderBy, Renderer r) {
        r.append("STRING_AGG(").append(distinct ? "DISTINCT " : "").expression(value).append(", ").expression(separator);
        if (!orderBy.isEmpty()) {
            r.append(" ORDER BY ").orderBy(orderBy);
        }
        r.append(")");
    }

    /** True where the target has PostgreSQL's case-insensitive {@code ILIKE} itself. */
    protected boolean hasNativeILike() {
        return false;
    }

    /**
     * Renders {@code x ILIKE pattern} (or {@code NOT ILIKE}). Default: {@code LOWER(x) [NOT] LIKE LOWER(pattern)}
     * (PostgreSQL overrides with ILIKE).
     */
    public void renderILike(LikeExpression like, Renderer r) {
        if (hasNativeILike()) {
            r.expression(like.getLeftExpression()).append(like.isNot() ? " NOT ILIKE " : " ILIKE ")
                    .expression(like.getRightExpression());
        } else {
            r.append("LOWER(").expression(like.getLeftExpression()).append(like.isNot() ? ") NOT LIKE LOWER(" : ") LIKE LOWER(")
                    .expression(like.getRightExpression()).append(")");
        }
        if (like.getEscape() != null) {
            r.append(" ESCAPE ").expression(like.getEscape());
        }
    }

    // --------------------------------------------------------------------------------------------- date/time

    /**
     * Renders {@code EXTRACT(field FROM value)}; {@code field} is upper case ({@code YEAR, MONTH, DAY, HOUR,
     * MINUTE, SECOND, DOW, DOY, WEEK, QUARTER, EPOCH}; SQL Server's {@code DATEPART} is read into this).
     * Default: {@code EXTRACT(field FROM value)}.
     */
    public void renderExtract(String field, Expression value, Renderer r) {
        r.append("EXTRACT(").append(field).append(" FROM ").expression(value).append(")");
    }

    /**
     * Renders {@code value + interval} or {@code value - interval} (when {@code subtract}). Default: ISO
     * {@code value + INTERVAL '1' DAY} when the amount is a literal, {@code value + amount * INTERVAL '1' DAY} otherwise.
     */
    public void renderIntervalArithmetic(Expression value, boolean subtract, IntervalValue interval, Renderer r) {
        IntervalValue iso = isoUnits(interval);
        r.expression(value).append(subtract ? " - " : " + ");
        if (isNumberLiteral(iso.amount())) {
            r.append("INTERVAL '").append(iso.amount().toString()).append("' ").append(iso.unit());
        } else {
            r.append("(").expression(iso.amount()).append(") * INTERVAL '1' ").append(iso.unit());
        }
    }

    /**
     * Renders an interval that is not an operand of date arithmetic (e.g. {@code JUSTIFY_HOURS(INTERVAL '1' HOUR)},
     * {@code SELECT INTERVAL '2 days'}), read from any source form into one amount and unit. Return {@code false}
     * to keep it as written. Default: as written.
     */
    public boolean renderInterval(IntervalValue interval, Renderer r) {
        return false;
    }

    /** WEEK as 7 DAY and QUARTER as 3 MONTH, for targets whose intervals only know the ISO fields. */
    protected static IntervalValue isoUnits(IntervalValue interval) {
        int factor;
        String unit;
        switch (interval.unit()) {
            case "WEEK": factor = 7; unit = "DAY"; break;
            case "QUARTER": factor = 3; unit = "MONTH"; break;
            default: return interval;
        }
        Expression amount = interval.amount();
        if (amount instanceof net.sf.jsqlparser.expression.LongValue l) {
            return new IntervalValue(new net.sf.jsqlparser.expression.LongValue(l.getValue() * factor), unit);
        }
        return new IntervalValue(new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication(
                new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(amount), new net.sf.jsqlparser.expression.LongValue(factor)), unit);
    }

    /**
     * PostgreSQL's regular expression match: {@code value ~ pattern} ({@code ~*} when not case-sensitive, {@code !~}
     * and {@code !~*} negated). Default: PostgreSQL's operators.
     */
    public void renderRegexMatch(Expression value, Expression pattern, boolean caseSensitive, boolean negated, Renderer r) {
        r.expression(value).append(negated ? " !~" : " ~").append(caseSensitive ? " " : "* ").expression(pattern);
    }

    /**
     * PostgreSQL's {@code date - date}, a whole number of days (both operands dates by their form, see
     * {@link DateExpressions}). Default: the subtraction as written (PostgreSQL).
     */
    public void renderDateDifference(Expression later, Expression earlier, Renderer r) {
        r.expression(later).append(" - ").expression(earlier);
    }

    /**
     * Renders {@code DATE_TRUNC('unit', value)}; {@code unit} is lower case ({@code year, quarter, month, week,
     * day, hour, minute, second}). Default: {@code DATE_TRUNC('unit', value)}.
     */
    public void renderDateTrunc(String unit, Expression value, Renderer r) {
        r.append("DATE_TRUNC('").append(unit).append("', ").expression(value).append(")");
    }

    // ------------------------------------------------------------------------------------------------- types

    /**
     * Renders {@code CAST(value AS type)}; {@code type} is the source type (PostgreSQL's {@code ::} is read into
     * this). Default: {@code CAST(value AS castType(type))}.
     */
    public void renderCast(Expression value, ColDataType type, Renderer r) {
        r.append("CAST(").expression(value).append(" AS ").append(sameDialect(r) ? type.toString() : castType(type))
                .append(")");
    }

    /** True when source and target are the same dialect: types and identity spellings are kept as written. */
    protected final boolean sameDialect(Renderer r) {
        return r.source() == dialect;
    }

    /** The target's spelling of a type in a CAST. Default: {@link #columnType}. */
    public String castType(ColDataType type) {
        return columnType(type);
    }

    /**
     * The target's spelling of a column type in DDL ({@code BOOLEAN}, {@code TEXT}, {@code BYTEA}/{@code BLOB},
     * {@code TIMESTAMP}, {@code UUID}, {@code VARCHAR(n)}, {@code DECIMAL(p,s)} ...). Default: the type as written.
     */
    public String columnType(ColDataType type) {
        return typeName(SqlType.read(type));
    }

    /**
     * The target's name for a canonical type. Default: ISO names ({@code SMALLINT, INTEGER, BIGINT, BOOLEAN,
     * DECIMAL(p,s), REAL, DOUBLE PRECISION, VARCHAR(n), CHAR(n), TEXT, DATE, TIME, TIMESTAMP,
     * TIMESTAMP WITH TIME ZONE, BLOB, UUID, JSON}); unknown types as written. A varying binary ({@code VARBINARY(n)},
     * {@code BYTEA}) stays {@code VARBINARY}: unlike a BLOB it can be compared, sorted and indexed.
     */
    public String typeName(SqlType t) {
        switch (t.kind()) {
            case SMALLINT: return "SMALLINT";
            case INTEGER: return t.original().equalsIgnoreCase("INT") ? "INT" : "INTEGER";
            case BIGINT: return "BIGINT";
            case BOOLEAN: return "BOOLEAN";
            case DECIMAL: return "DECIMAL" + t.argList();
            case REAL: return "REAL";
            case DOUBLE: return "DOUBLE PRECISION";
            case VARCHAR: return "VARCHAR" + t.argList();
            case CHAR: return "CHAR" + t.argList();
            case TEXT: return "TEXT";
            case DATE: return "DATE";
            case TIME: return "TIME" + t.argList();
            case TIMESTAMP: return "TIMESTAMP" + t.argList();
            case TIMESTAMPTZ: return "TIMESTAMP" + t.argList() + " WITH TIME ZONE";
            case BLOB: return t.largeObject() ? "BLOB" : "VARBINARY" + t.argList();
            case UUID: return "UUID";
            case JSON: return "JSON";
            default: return t.original();
        }
    }

    // ------------------------------------------------------------------------------------------------- DDL

    /**
     * Rewrites a CREATE TABLE in place before rendering. Default: each column's type through {@link #columnType}
     * and each column through {@link #rewriteColumn}.
     */
    public void rewriteCreateTable(CreateTable table, Renderer r) {
        if (r.source() == Dialect.MYSQL && dialect != Dialect.MYSQL) {
            table.setTableOptionsStrings(null); // ENGINE=.., COMMENT=.., DEFAULT CHARSET=..
        }
        if (table.getColumnDefinitions() != null) {
            for (ColumnDefinition column : table.getColumnDefinitions()) {
                rewriteColumn(table, column, r);
            }
        }
    }

    /**
     * Rewrites one column definition in place. Default: maps the type with {@link #columnType}. Identity forms
     * ({@code SERIAL}, {@code GENERATED .. AS IDENTITY}, {@code AUTO_INCREMENT}, {@code AUTOINCREMENT},
     * {@code IDENTITY(1,1)}) are the target's to spell.
     */
    public void rewriteColumn(CreateTable table, ColumnDefinition column, Renderer r) {
        if (sameDialect(r)) {
            return;
        }
        ColumnSpec spec = ColumnSpec.read(column);
        column.setColDataType(new ColDataType(spec.identity() ? identityColumnType(spec) : columnType(column.getColDataType())));
        column.setColumnSpecs(spec.identity() ? identitySpecs(spec) : spec.otherSpecs());
    }

    /**
     * The type of an identity column ({@code SERIAL}, {@code GENERATED .. AS IDENTITY}, {@code AUTO_INCREMENT},
     * {@code AUTOINCREMENT}, {@code IDENTITY(1,1)} read into {@link ColumnSpec#identity()}). Default: the type
     * ({@code INTEGER}/{@code BIGINT}).
     */
    public String identityColumnType(ColumnSpec spec) {
        return typeName(spec.type());
    }

    /**
     * The column specs of an identity column, after the type. Default: ISO
     * {@code GENERATED BY DEFAULT AS IDENTITY} among the other specs (e.g. {@code NOT NULL}, {@code PRIMARY KEY})
     * where the source wrote its identity ({@link ColumnSpec#withIdentity}).
     */
    public List<String> identitySpecs(ColumnSpec spec) {
        List<String> identity = new java.util.ArrayList<>(List.of("GENERATED", "BY", "DEFAULT", "AS", "IDENTITY"));
        if (spec.identitySeed() != null) {
            identity.add("(START WITH " + spec.identitySeed() + " INCREMENT BY " + spec.identityIncrement() + ")");
        }
        return spec.withIdentity(identity);
    }

    /**
     * The type and identity words of an auto-numbered column that a DDL writer (rather than a translation) spells on
     * its own, adding NOT NULL, DEFAULT and the table's key itself: {@link #identityColumnType} and
     * {@link #identitySpecs} of such a column. {@code soleKey} says the column is the table's whole primary key; the
     * words name the key only where the target needs it declared on the column. Default: no such need.
     */
    public String identityColumn(SqlType type, boolean soleKey) {
        ColumnSpec spec = ColumnSpec.identity(type, soleKey);
        return identityColumnType(spec) + " " + String.join(" ", identitySpecs(spec));
    }

    // ---------------------------------------------------------------------------------------------- inserts

    /**
     * Called first for every INSERT (before the upsert is read). Return {@code true} after rendering the whole
     * statement yourself. Default: {@code false}, which continues with {@link #renderInsertStatement}.
     */
    public boolean renderInsert(Insert insert, Renderer r) {
        return false;
    }

    /**
     * Renders an INSERT whose upsert clause and RETURNING list have been taken off into canonical form.
     * {@link Renderer#insertCore(Insert)} renders {@code [WITH ..] INSERT INTO t (cols) VALUES ../SELECT ..}.
     * Default: the core, then {@link #renderUpsertClause} and {@link #renderReturning} when present.
     *
     * @param upsert    the canonical upsert or null
     * @param returning the RETURNING items or null
     */
    public void renderInsertStatement(Insert insert, Upsert upsert, List<SelectItem<?>> returning, Renderer r) {
        r.insertCore(insert);
        if (upsert != null) {
            renderUpsertClause(insert, upsert, r);
        }
        if (returning != null) {
            renderReturning(insert, returning, r);
        }
    }

    /**
     * Appends the upsert clause after the INSERT core. Default: PostgreSQL/SQLite
     * {@code ON CONFLICT (cols) DO NOTHING | DO UPDATE SET .. [WHERE ..]}.
     */
    public void renderUpsertClause(Insert insert, Upsert upsert, Renderer r) {
        r.append(" ON CONFLICT");
        if (!upsert.conflictColumns().isEmpty()) {
            r.append(" (").append(String.join(", ", upsert.conflictColumns())).append(")");
        } else if (!upsert.doNothing()) {
            throw r.unsupported("an upsert that names no conflict columns (ON DUPLICATE KEY UPDATE)");
        }
        if (upsert.doNothing()) {
            r.append(" DO NOTHING");
            return;
        }
        r.append(" DO UPDATE SET ").updateSets(upsert.sets());
        if (upsert.where() != null) {
            r.append(" WHERE ").expression(upsert.where());
        }
    }

    /** Appends the RETURNING clause. Default: {@code RETURNING items}. */
    public void renderReturning(Insert insert, List<SelectItem<?>> returning, Renderer r) {
        r.append(" RETURNING ").selectItems(returning);
    }

    // --------------------------------------------------------------------------------------- other statements

    /** Rewrites a DROP in place before rendering ({@code IF EXISTS}, {@code CASCADE}). Default: nothing. */
    public void rewriteDrop(Drop drop, Renderer r) {
    }

    /** Rewrites a CREATE INDEX in place before rendering ({@code USING}, {@code IF NOT EXISTS}). Default: nothing. */
    public void rewriteCreateIndex(CreateIndex index, Renderer r) {
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The plain arguments of a function call (empty when none). */
    @SuppressWarnings("unchecked")
    protected static List<Expression> args(Function f) {
        return f.getParameters() == null ? List.of() : (List<Expression>) f.getParameters();
    }

    /** Removes {@code CASCADE}/{@code RESTRICT} from a DROP (for targets without them). */
    protected static void dropCascade(Drop drop) {
        if (drop.getParameters() != null) {
            drop.getParameters().removeIf(p -> p.equalsIgnoreCase("CASCADE") || p.equalsIgnoreCase("RESTRICT"));
        }
    }

    protected static boolean isNumberLiteral(Expression e) {
        return e instanceof net.sf.jsqlparser.expression.LongValue || e instanceof net.sf.jsqlparser.expression.DoubleValue;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
