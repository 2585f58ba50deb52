package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.target.NullSorting;
import dev.alchemy.translator.target.Pagination;
import dev.alchemy.translator.target.Renderer;
import dev.alchemy.translator.target.TargetDialect;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import dev.alchemy.translator.target.Upsert;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.NextValExpression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;
import net.sf.jsqlparser.util.deparser.SelectDeParser;
import net.sf.jsqlparser.util.deparser.StatementDeParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders one parsed statement for a target: JSqlParser's deparsers, overridden where a source form must be
 * read ({@link SourceReader}) or a {@link TargetDialect} hook decides the output. One instance per translation
 * (the deparsers write into one builder).
 */
public final class StatementRenderer implements Renderer {
    private final Dialect source;
    private final TargetDialect target;
    private final SourceReader reader;
    private final StringBuilder out = new StringBuilder(128);
    private final Expressions expressions;
    private final Selects selects;
    private final Statements statements;
    private int lastParameterIndex;
    private boolean parametersReordered;
    /** The parser's numbers of the markers in output order (-1 for an unnumbered or fixed-index marker). */
    private int[] emittedIndexes = new int[8];
    private int emitted;
    /** Why a target let the markers come out of order ({@link #reorderMarkersFor}); null when it did not. */
    private String reorderConstruct;

    public StatementRenderer(Dialect source, TargetDialect target) {
        this.source = source;
        this.target = target;
        this.reader = new SourceReader(source);
        this.expressions = new Expressions();
        this.selects = new Selects();
        this.expressions.setSelectVisitor(selects);
        this.statements = new Statements();
    }

    /** Renders a bare expression (a fragment such as {@code CAST(a AS TEXT)}). */
    public String renderExpression(Expression expression) {
        expression(expression);
        return out.toString();
    }

    /** Whether a hook emitted {@code ?} markers out of their source order (checked by the engine). */
    boolean parametersReordered() {
        return parametersReordered;
    }

    @Override
    public void reorderMarkersFor(String construct) {
        if (reorderConstruct == null) {
            reorderConstruct = construct;
        }
    }

    /** The construct a target let reorder the markers for, or null. */
    String reorderConstruct() {
        return reorderConstruct;
    }

    /**
     * The input index bound by each output marker (1-based, in output order), or null when the rendered markers
     * are not a permutation of 1..{@code markers} (a marker without a parser number, a duplicate, a gap).
     */
    int[] parameterOrder(int markers) {
        if (emitted != markers) {
            return null;
        }
        int[] order = java.util.Arrays.copyOf(emittedIndexes, emitted);
        boolean[] seen = new boolean[markers + 1];
        for (int index : order) {
            if (index < 1 || index > markers || seen[index]) {
                return null;
            }
            seen[index] = true;
        }
        return order;
    }

    /** Renders {@code statement}; the result is the whole output. */
    public String render(Statement statement) {
        renderOne(statement);
        return out.toString();
    }

    private void renderOne(Statement statement) {
        if (statement instanceof net.sf.jsqlparser.statement.create.table.CreateTable t && t.getLikeTable() != null
                && target.renderCreateTableLike(t.getTable().toString(), t.getLikeTable().toString(), t.isIfNotExists(), this)) {
            return;
        }
        if (!target.renderStatement(statement, this)) {
            statement.accept(statements, null);
            out.append(target.terminator(statement));
        }
    }

    /** Renders a script: the statements separated by {@code ;} and a new line (one {@code ;} after a MERGE's own). */
    public String render(List<Statement> script) {
        for (int i = 0; i < script.size(); i++) {
            if (i > 0) {
                out.append(out.length() > 0 && out.charAt(out.length() - 1) == ';' ? "\n" : ";\n");
            }
            renderOne(script.get(i));
        }
        return out.toString();
    }

    @Override
    public StringBuilder out() {
        return out;
    }

    @Override
    public Renderer expression(Expression expression) {
        expression.accept(expressions, null);
        return this;
    }

    /**
     * ORDER BY items as the target must see them: NULL placement made explicit when the source dialect's convention
     * differs from the target's, then the target's own rewrite (e.g. MySQL's {@code x IS NULL, x}).
     */
    List<OrderByElement> adjustOrderBy(List<OrderByElement> elements) {
        if (elements == null || elements.isEmpty()) {
            return elements;
        }
        NullSorting from = SourceReader.nullSorting(source);
        NullSorting to = target.nullSorting();
        if (from != NullSorting.UNSPECIFIED && to != NullSorting.UNSPECIFIED && from != to) {
            for (OrderByElement e : elements) {
                if (e.getNullOrdering() == null) {
                    boolean nullsFirst = (from == NullSorting.FIRST) == e.isAsc();
                    e.setNullOrdering(nullsFirst ? OrderByElement.NullOrdering.NULLS_FIRST
                            : OrderByElement.NullOrdering.NULLS_LAST);
                }
            }
        }
        return target.rewriteOrderBy(elements, this);
    }

    @Override
    public Renderer orderBy(List<OrderByElement> elements) {
        elements = adjustOrderBy(elements);
        for (int i = 0; i < elements.size(); i++) {
            OrderByElement e = elements.get(i);
            if (i > 0) {
                out.append(", ");
            }
            expression(e.getExpression());
            if (!e.isAsc()) {
                out.append(" DESC");
            } else if (e.isAscDescPresent()) {
                out.append(" ASC");
            }
            if (e.getNullOrdering() != null) {
                out.append(e.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }
        return this;
    }

    @Override
    public Renderer updateSets(List<UpdateSet> sets) {
        for (int i = 0; i < sets.size(); i++) {
            UpdateSet set = sets.get(i);
            if (i > 0) {
                out.append(", ");
            }
            boolean tuple = set.getColumns().size() > 1;
            if (tuple) {
                out.append("(");
            }
            expressions(set.getColumns(), ", ");
            out.append(tuple ? ") = (" : " = ");
            @SuppressWarnings("unchecked")
            List<Expression> values = (List<Expression>) set.getValues();
            expressions(values, ", ");
            if (tuple) {
                out.append(")");
            }
        }
        return this;
    }

    @Override
    public Renderer selectItems(List<SelectItem<?>> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            items.get(i).accept(selects, null);
        }
        return this;
    }

    @Override
    public Renderer insertCore(Insert insert) {
        statements.renderInsertCore(insert);
        return this;
    }

    @Override
    public Renderer statement(Statement statement) {
        statement.accept(statements, null);
        return this;
    }

    @Override
    public Renderer select(Select select) {
        select.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) selects, null);
        return this;
    }

    @Override
    public Dialect source() {
        return source;
    }

    @Override
    public TargetDialect target() {
        return target;
    }

    private static Expression separatorLiteral(String sep) {
        String t = sep.trim();
        if (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
            t = t.substring(1, t.length() - 1);
        }
        return new StringValue(t);
    }

    /** Takes the row window off a select in canonical form and hands it to the target. */
    private void paginate(Select select) {
        Pagination page = reader.takePagination(select);
        if (page != null) {
            target.applyPagination(select, page, this);
        }
    }

    private final class Expressions extends ExpressionDeParser {
        Expressions() {
            super(null, out);
        }

        @Override
        public <S> StringBuilder visit(Function function, S context) {
            if (renderGroupConcatFunction(function)) {
                return out;
            }
            Expression read = reader.readFunction(function, StatementRenderer.this);
            if (read != function) {
                read.accept(this, context);
                return out;
            }
            if (target.renderExpression(function, StatementRenderer.this)
                    || FunctionRules.render(function, target, StatementRenderer.this)
                    || target.renderFunction(function, StatementRenderer.this)) {
                return out;
            }
            return super.visit(function, context);
        }

        @Override
        public <S> StringBuilder visit(JdbcParameter parameter, S context) {
            Integer index = parameter.getIndex();
            if (index != null && !parameter.isUseFixedIndex()) {
                if (index <= lastParameterIndex) {
                    parametersReordered = true;
                }
                lastParameterIndex = index;
            }
            if (emitted == emittedIndexes.length) {
                emittedIndexes = java.util.Arrays.copyOf(emittedIndexes, emitted * 2);
            }
            emittedIndexes[emitted++] = index == null || parameter.isUseFixedIndex() ? -1 : index;
            return super.visit(parameter, context);
        }

        @Override
        public <S> StringBuilder visit(MySQLGroupConcat concat, S context) {
            if (target.renderExpression(concat, StatementRenderer.this)) {
                return out;
            }
            String sep = concat.getSeparator();
            renderGroupConcat(concat.isDistinct(), concat.getExpressionList(),
                    sep == null ? null : separatorLiteral(sep), concat.getOrderByElements());
            return out;
        }

        /**
         * MySQL's {@code GROUP_CONCAT([DISTINCT] a [, b ..] [ORDER BY ..] [SEPARATOR s])} (the values concatenated,
         * {@code ','} by default) or SQLite's {@code GROUP_CONCAT(x, separator)}, rendered as the target's string
         * aggregate. {@code separator} is null when none is written.
         */
        private void renderGroupConcat(boolean distinct, ExpressionList<?> values, Expression separator,
                                       List<OrderByElement> orderBy) {
            if (values == null || values.isEmpty()) {
                throw unsupported("GROUP_CONCAT without an expression");
            }
            List<OrderByElement> order = orderBy == null ? List.of() : orderBy;
            if (source == Dialect.SQLITE && values.size() == 2 && separator == null) {
                // SQLite's GROUP_CONCAT(x, separator)
                target.renderStringAgg(distinct, values.get(0), values.get(1), order, StatementRenderer.this);
                return;
            }
            Expression value = values.get(0);
            for (int i = 1; i < values.size(); i++) {
                value = new Concat(value, values.get(i)); // GROUP_CONCAT(a, b) aggregates a || b
            }
            target.renderStringAgg(distinct, value, separator == null ? new StringValue(",") : separator, order,
                    StatementRenderer.this);
        }

        /**
         * JSqlParser 5.3 read every {@code GROUP_CONCAT(..)} as a {@link MySQLGroupConcat}; 5.4 reads it as a
         * function whose {@code SEPARATOR} is a keyword argument. Either way it is the same aggregate.
         */
        private boolean renderGroupConcatFunction(Function function) {
            if (function.getMultipartName() == null || function.getMultipartName().size() != 1
                    || !"GROUP_CONCAT".equalsIgnoreCase(function.getName()) || function.getNamedParameters() != null
                    || function.getParameters() == null) {
                return false;
            }
            Expression separator = null;
            if (function.getKeywordArguments() != null) {
                for (Function.KeywordArgument argument : function.getKeywordArguments()) {
                    if (!"SEPARATOR".equalsIgnoreCase(argument.getKeyword()) || separator != null) {
                        return false;
                    }
                    separator = argument.getExpression();
                }
            }
            if (separator instanceof Column c && c.getTable() == null && c.getColumnName().length() >= 2
                    && c.getColumnName().startsWith("\"") && c.getColumnName().endsWith("\"")) {
                separator = separatorLiteral(c.getColumnName()); // MySQL's SEPARATOR "x"
            }
            renderGroupConcat(function.isDistinct(), function.getParameters(), separator,
                    function.getOrderByElements());
            return true;
        }

        @Override
        public <S> StringBuilder visit(Column column, S context) {
            return target.renderExpression(column, StatementRenderer.this) ? out : super.visit(column, context);
        }

        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator regex, S context) {
            if (target.renderExpression(regex, StatementRenderer.this)) {
                return out;
            }
            var type = regex.getOperatorType();
            boolean negated = type == net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType.NOT_MATCH_CASESENSITIVE
                    || type == net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType.NOT_MATCH_CASEINSENSITIVE;
            boolean caseSensitive = type == net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType.MATCH_CASESENSITIVE
                    || type == net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType.NOT_MATCH_CASESENSITIVE;
            target.renderRegexMatch(regex.getLeftExpression(), regex.getRightExpression(), caseSensitive, negated,
                    StatementRenderer.this);
            return out;
        }

        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.JsonExpression json, S context) {
            return target.renderExpression(json, StatementRenderer.this) ? out : super.visit(json, context);
        }

        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.JsonOperator op, S context) {
            return target.renderExpression(op, StatementRenderer.this) ? out : super.visit(op, context);
        }

        @Override
        public <S> StringBuilder visit(EqualsTo e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(NotEqualsTo e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(GreaterThan e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(GreaterThanEquals e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(MinorThan e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(MinorThanEquals e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(NotExpression e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(IsNullExpression e, S context) {
            if (e.isUseNotNull()) {
                e.setUseNotNull(false); // PostgreSQL's x NOTNULL
                e.setNot(true);
            }
            e.setUseIsNull(false); // PostgreSQL's x ISNULL
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(IsDistinctExpression e, S context) {
            if (!target.renderExpression(e, StatementRenderer.this)) {
                target.renderIsDistinct(e.getLeftExpression(), e.getRightExpression(), e.isNot(), StatementRenderer.this);
            }
            return out;
        }

        @Override
        public <S> StringBuilder visit(AnalyticExpression e, S context) {
            if (target.renderExpression(e, StatementRenderer.this)) {
                return out;
            }
            String name = e.getName() == null ? "" : e.getName().toUpperCase(java.util.Locale.ROOT);
            if (e.getType() == AnalyticType.WITHIN_GROUP && (name.equals("STRING_AGG") || name.equals("LISTAGG"))
                    && e.getExpression() != null && e.getFilterExpression() == null) {
                // SQL Server / ISO: STRING_AGG(x, sep) WITHIN GROUP (ORDER BY ..)
                Expression separator = e.getOffset() != null ? e.getOffset() : new StringValue(",");
                List<OrderByElement> order = e.getFuncOrderBy() != null ? e.getFuncOrderBy()
                        : e.getOrderByElements() == null ? List.of() : e.getOrderByElements();
                target.renderStringAgg(e.isDistinct(), e.getExpression(), separator, order, StatementRenderer.this);
                return out;
            }
            e.setOrderByElements(adjustOrderBy(e.getOrderByElements())); // the window's ORDER BY
            return super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(CaseExpression e, S context) {
            return target.renderExpression(e, StatementRenderer.this) ? out : super.visit(e, context);
        }

        @Override
        public <S> StringBuilder visit(TrimFunction trim, S context) {
            if (target.renderExpression(trim, StatementRenderer.this)) {
                return out;
            }
            String spec = trim.getTrimSpecification() == null ? "BOTH" : trim.getTrimSpecification().name();
            Expression characters;
            Expression value;
            if (trim.isUsingFromKeyword()) {
                characters = trim.getExpression();
                value = trim.getFromExpression();
            } else if (trim.getFromExpression() != null) {
                // TRIM(value, characters)
                value = trim.getExpression();
                characters = trim.getFromExpression();
            } else {
                value = trim.getExpression();
                characters = null;
            }
            target.renderTrim(spec, characters, value, StatementRenderer.this);
            return out;
        }

        @Override
        public <S> StringBuilder visit(StringValue value, S context) {
            String text = reader.literalText(value);
            if (text == null && (target.dialect() != Dialect.MYSQL || value.getValue().indexOf('\\') < 0)) {
                return super.visit(value, context);
            }
            target.renderString(text != null ? text : value.getValue().replace("''", "'"), StatementRenderer.this);
            return out;
        }

        @Override
        public <S> StringBuilder visit(NextValExpression next, S context) {
            if (!target.renderExpression(next, StatementRenderer.this)) {
                target.renderNextValue(next.getName(), StatementRenderer.this);
            }
            return out;
        }

        @Override
        public <S> StringBuilder visit(BooleanValue value, S context) {
            if (!target.renderExpression(value, StatementRenderer.this)) {
                out.append(target.booleanLiteral(value.getValue()));
            }
            return out;
        }

        /**
         * JSqlParser reads a bare {@code year}, {@code day}, {@code hour} .. as a date unit; PostgreSQL has no bare
         * date units (EXTRACT and INTERVAL have nodes of their own), so from it such a word is a column, quoted
         * where the target reserves it (H2).
         */
        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.DateUnitExpression unit, S context) {
            if (source != Dialect.POSTGRESQL && source != Dialect.PORTABLE) {
                return super.visit(unit, context);
            }
            String name = unit.getType().name().toLowerCase(java.util.Locale.ROOT);
            boolean reserved = ReservedIdentifiers.reservedIn(target.dialect()).contains(unit.getType().name());
            out.append(reserved ? "\"" + ReservedIdentifiers.folded(name, target.dialect()) + "\"" : name);
            return out;
        }

        @Override
        public <S> StringBuilder visit(TimeKeyExpression key, S context) {
            if (!target.renderExpression(key, StatementRenderer.this)) {
                target.renderTimeKey(SourceReader.timeKey(key), StatementRenderer.this);
            }
            return out;
        }

        @Override
        public <S> StringBuilder visit(Concat concat, S context) {
            if (!target.renderExpression(concat, StatementRenderer.this)) {
                target.renderConcat(SourceReader.flattenConcat(concat), StatementRenderer.this);
            }
            return out;
        }

        @Override
        public <S> StringBuilder visit(Addition addition, S context) {
            Expression read = reader.readAddition(addition);
            if (read != addition) {
                read.accept(this, context);
                return out;
            }
            if (target.renderExpression(addition, StatementRenderer.this)
                    || DateRules.renderIntervalArithmetic(addition, false, target, StatementRenderer.this)) {
                return out;
            }
            return super.visit(addition, context);
        }

        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.arithmetic.Division division, S context) {
            Expression read = reader.readDivision(division);
            if (read != division) {
                read.accept(this, context);
                return out;
            }
            if (target.renderExpression(division, StatementRenderer.this)) {
                return out;
            }
            return super.visit(division, context);
        }

        @Override
        public <S> StringBuilder visit(Subtraction subtraction, S context) {
            if (target.renderExpression(subtraction, StatementRenderer.this)
                    || DateRules.renderDateDifference(subtraction, target, StatementRenderer.this)
                    || DateRules.renderIntervalArithmetic(subtraction, true, target, StatementRenderer.this)) {
                return out;
            }
            return super.visit(subtraction, context);
        }

        @Override
        public <S> StringBuilder visit(CastExpression cast, S context) {
            if (!target.renderExpression(cast, StatementRenderer.this)) {
                target.renderCast(cast.getLeftExpression(), cast.getColDataType(), StatementRenderer.this);
            }
            return out;
        }

        /**
         * {@code DATE '..'}, {@code TIME '..'}, {@code TIMESTAMP '..'}: JSqlParser 5.3 read these typed literals as
         * implicit casts, 5.4 as their own node; they are rendered as the cast they are, so every target spells
         * them its way (e.g. {@code CAST('..' AS DATE)}, {@code DATETIME('..')}).
         */
        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.DateTimeLiteralExpression literal, S context) {
            String value = literal.getValue();
            if (value.length() >= 2 && value.charAt(0) == '\'' && value.charAt(value.length() - 1) == '\'') {
                value = value.substring(1, value.length() - 1);
            }
            CastExpression cast = new CastExpression();
            cast.setLeftExpression(new StringValue(value));
            cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType(literal.getType().name()));
            cast.setImplicitCast(true);
            return visit(cast, context);
        }

        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.IntervalExpression interval, S context) {
            if (target.renderExpression(interval, StatementRenderer.this)) {
                return out;
            }
            List<dev.alchemy.translator.target.IntervalValue> read = DateRules.intervals(interval);
            if (read != null && read.size() == 1 && target.renderInterval(read.get(0), StatementRenderer.this)) {
                return out;
            }
            return super.visit(interval, context);
        }

        @Override
        public <S> StringBuilder visit(ExtractExpression extract, S context) {
            if (!target.renderExpression(extract, StatementRenderer.this)) {
                target.renderExtract(extract.getName().toUpperCase(java.util.Locale.ROOT), extract.getExpression(),
                        StatementRenderer.this);
            }
            return out;
        }

        /**
         * ISO {@code BETWEEN SYMMETRIC} (which JSqlParser 5.4 reads; 5.3 refused it) exists on PostgreSQL and H2 only.
         * Elsewhere it is plain {@code BETWEEN} when both bounds are number literals, put in ascending order; with
         * other bounds it is refused rather than evaluating a bound twice (a {@code ?} would be bound twice).
         */
        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.Between between, S context) {
            if (between.isUsingSymmetric() && target.dialect() != Dialect.POSTGRESQL && target.dialect() != Dialect.H2) {
                java.math.BigDecimal start = numberLiteral(between.getBetweenExpressionStart());
                java.math.BigDecimal end = numberLiteral(between.getBetweenExpressionEnd());
                if (start == null || end == null) {
                    throw unsupported("BETWEEN SYMMETRIC with bounds that are not number literals");
                }
                between.setUsingSymmetric(false);
                if (start.compareTo(end) > 0) {
                    Expression low = between.getBetweenExpressionEnd();
                    between.setBetweenExpressionEnd(between.getBetweenExpressionStart());
                    between.setBetweenExpressionStart(low);
                }
            }
            return super.visit(between, context);
        }

        private java.math.BigDecimal numberLiteral(Expression e) {
            if (e instanceof net.sf.jsqlparser.expression.LongValue l) {
                return new java.math.BigDecimal(l.getStringValue());
            }
            if (e instanceof net.sf.jsqlparser.expression.DoubleValue d) {
                return java.math.BigDecimal.valueOf(d.getValue());
            }
            if (e instanceof net.sf.jsqlparser.expression.SignedExpression s && s.getSign() == '-') {
                java.math.BigDecimal inner = numberLiteral(s.getExpression());
                return inner == null ? null : inner.negate();
            }
            return null;
        }

        @Override
        public <S> StringBuilder visit(LikeExpression like, S context) {
            if (target.renderExpression(like, StatementRenderer.this)) {
                return out;
            }
            if (like.getLikeKeyWord() == LikeExpression.KeyWord.ILIKE) {
                target.renderILike(like, StatementRenderer.this);
                return out;
            }
            return super.visit(like, context);
        }
    }

    private final class Selects extends SelectDeParser {
        Selects() {
            super(expressions, out);
        }

        @Override
        public <S> StringBuilder visit(PlainSelect select, S context) {
            reader.readPlainSelect(select);
            paginate(select);
            select.setOrderByElements(adjustOrderBy(select.getOrderByElements()));
            target.rewriteSelect(select, StatementRenderer.this);
            return super.visit(select, context);
        }

        @Override
        public <S> StringBuilder visit(SetOperationList list, S context) {
            paginate(list);
            list.setOrderByElements(adjustOrderBy(list.getOrderByElements()));
            return super.visit(list, context);
        }

        @Override
        public <S> StringBuilder visit(ParenthesedSelect select, S context) {
            paginate(select);
            return super.visit(select, context);
        }

        /**
         * A function in FROM ({@code FROM f(..) AS q}, {@code LATERAL f(..)}): JSqlParser 5.4's deparser prints it with
         * {@code toString()}, which would skip every rewrite of its arguments; the function goes through the
         * expression renderer as in 5.3. {@code ROWS FROM (..)} (PostgreSQL only) is printed as parsed.
         */
        @Override
        public <S> StringBuilder visit(net.sf.jsqlparser.statement.select.TableFunction function, S context) {
            if (function.isRowsFrom() || function.getFunction() == null) {
                return super.visit(function, context);
            }
            if (function.getPrefix() != null) {
                out.append(function.getPrefix()).append(' ');
            }
            function.getFunction().accept(expressions, context);
            if (function.getWithClause() != null) {
                out.append(" WITH ").append(function.getWithClause());
            }
            if (function.getAlias() != null) {
                out.append(function.getAlias());
            }
            return out;
        }
    }

    private final class Statements extends StatementDeParser {
        Statements() {
            super(expressions, selects, out);
        }

        @Override
        public <S> StringBuilder visit(Insert insert, S context) {
            if (target.renderInsert(insert, StatementRenderer.this)) {
                return out;
            }
            Upsert upsert = SourceReader.upsert(insert);
            List<SelectItem<?>> returning = insert.getReturningClause() == null ? null
                    : new ArrayList<>(insert.getReturningClause());
            insert.setConflictAction(null);
            insert.setConflictTarget(null);
            insert.setDuplicateAction(null);
            insert.setReturningClause(null);
            target.renderInsertStatement(insert, upsert, returning, StatementRenderer.this);
            return out;
        }

        void renderInsertCore(Insert insert) {
            super.visit(insert, null);
        }

        @Override
        public <S> StringBuilder visit(Drop drop, S context) {
            target.rewriteDrop(drop, StatementRenderer.this);
            return super.visit(drop, context);
        }

        @Override
        public <S> StringBuilder visit(CreateIndex index, S context) {
            target.rewriteCreateIndex(index, StatementRenderer.this);
            return super.visit(index, context);
        }

        @Override
        public <S> StringBuilder visit(CreateTable table, S context) {
            target.rewriteCreateTable(table, StatementRenderer.this);
            return super.visit(table, context);
        }
    }
}
