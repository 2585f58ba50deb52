package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.Translation;
import dev.alchemy.translator.TranslationException;
import dev.alchemy.translator.target.TargetDialect;
import dev.alchemy.translator.target.TargetDialects;
import dev.alchemy.translator.target.UnsupportedConstructException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.Statement;

import java.util.List;

/**
 * The uncached pipeline for one (source, target) pair: JDBC escapes -> parse (bounded) -> render with source
 * reading and target rules -> identifier re-quoting. SQL whose source dialect is the target's is returned unchanged.
 * Thread-safe and stateless apart from its configuration.
 */
public final class TranslationEngine {
    private final Dialect source;
    private final TargetDialect target;
    private final BoundedParser parser;
    private final boolean fastPath;

    public TranslationEngine(Dialect source, Dialect target) {
        this(source, target, new BoundedParser(), true);
    }

    /**
     * @param fastPath skip parsing for statements {@link PlainSql} proves unchanged (when the target opts in via
     *                 {@link TargetDialect#rendersPlainSqlUnchanged()}); off only to test that proof
     */
    public TranslationEngine(Dialect source, Dialect target, BoundedParser parser, boolean fastPath) {
        this.source = source;
        this.target = TargetDialects.of(target);
        this.parser = parser;
        // SQL Server sources read string + and [x]; their plain-looking SQL may still need reading.
        this.fastPath = fastPath && source != Dialect.SQLSERVER && this.target.rendersPlainSqlUnchanged();
    }

    /**
     * Translates one statement. Returns {@code sql} itself when the rendering equals the input.
     *
     * @throws TranslationException 42000 when it cannot be parsed, 0A000 when the target lacks a construct
     */
    public String translate(String sql) throws TranslationException {
        Translation t = translateStatement(sql);
        if (t.reordersParameters()) {
            throw inputOrderRefusal(t);
        }
        return t.sql();
    }

    /**
     * Why {@link #translate(String)} refuses a statement whose {@link #translateStatement(String) translation}
     * reorders its markers: a caller of the string API binds parameters in the input's order.
     */
    public TranslationException inputOrderRefusal(Translation t) {
        String why = t.reorderedFor() == null ? "" : " (" + t.reorderedFor() + ")";
        return new TranslationException("Cannot translate " + source + " SQL to " + target.dialect()
                + ": its translation takes the ? markers in another order than the input" + why + ", so values"
                + " bound in the input's order would swap; prepare it through the Alchemy JDBC driver (which rebinds"
                + " the parameters)", TranslationException.FEATURE_NOT_SUPPORTED, null);
    }

    private static boolean hasUnsupported(List<Statement> statements) {
        for (Statement st : statements) {
            if (st instanceof net.sf.jsqlparser.statement.UnsupportedStatement) {
                return true;
            }
        }
        return false;
    }

    /**
     * Translates one statement for a caller that binds its parameters itself: the result may take the {@code ?}
     * markers in another order than the input ({@link Translation#parameterOrder()}), where only such a reordering
     * stands between the statement and the target. The SQL is {@code sql} itself when the rendering equals it.
     *
     * @throws TranslationException 42000 when it cannot be parsed, 0A000 when the target lacks a construct
     */
    public Translation translateStatement(String sql) throws TranslationException {
        if (source == target.dialect()) {
            // SQL written for the target already suits it: unchanged is the only rendering that cannot change its
            // meaning (and the real driver resolves JDBC escapes itself).
            return Translation.inOrder(sql);
        }
        if (fastPath && PlainSql.isPlain(sql, ReservedIdentifiers.reservedIn(target.dialect()))) {
            return Translation.inOrder(sql);
        }
        char first = firstNonSpace(sql);
        if (first == 'B' || first == 'b' || first == 'S' || first == 's' || first == 'C' || first == 'c'
                || first == 'R' || first == 'r') {
            String tx = TransactionControl.translate(sql, target);
            if (tx != null) {
                return Translation.inOrder(tx.equals(sql) ? sql : tx);
            }
        }
        CallEscape call = sql.indexOf('{') >= 0 ? CallEscape.of(sql) : null;
        if (call != null) {
            return Translation.inOrder(translateCall(sql, call));
        }
        String parsed = BetweenAsymmetric.strip(JdbcEscapes.resolve(sql));
        List<Statement> statements = null;
        Expression fragment = null;
        try {
            try {
                statements = parser.parse(parsed, source == Dialect.SQLSERVER);
            } catch (SqlParseFailure e) {
                if (e.timedOut()) {
                    throw e;
                }
            }
            if (statements == null || hasUnsupported(statements)) {
                // a name JSqlParser takes for another database's keyword (settings, a first column named key):
                // parsed again with it quoted
                String quoted = ParserOnlyKeywords.quote(parsed, source, target.dialect());
                if (quoted != parsed) {
                    try {
                        List<Statement> again = parser.parse(quoted, source == Dialect.SQLSERVER);
                        if (!hasUnsupported(again)) {
                            statements = again;
                            parsed = quoted;
                        }
                    } catch (SqlParseFailure stillNot) {
                        // the original failure below names the original text
                    }
                }
                if (statements == null) {
                    statements = parser.parse(parsed, source == Dialect.SQLSERVER); // throws the original failure
                }
            }
        } catch (SqlParseFailure e) {
            // A bare expression (a fragment such as "CAST(a AS TEXT)") is translated too.
            fragment = e.timedOut() ? null : parser.parseExpression(parsed, source == Dialect.SQLSERVER);
            if (fragment == null) {
                throw new TranslationException("Cannot parse " + source + " SQL for translation to "
                        + target.dialect() + e.position() + ": " + e.getMessage(), TranslationException.SYNTAX_ERROR, e);
            }
        }
        if (statements != null) {
            for (Statement st : statements) {
                if (st instanceof net.sf.jsqlparser.statement.UnsupportedStatement) {
                    // JSqlParser kept it as opaque tokens: nothing in it was read, so nothing can be translated
                    throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect()
                            + ": the statement kind is not understood by the translator",
                            TranslationException.SYNTAX_ERROR, null);
                }
            }
        }
        // JSqlParser's own rendering, taken before the rules mutate the tree: if ours equals it, no rule changed
        // anything and the input itself (with its comments, hints and layout) is the faithful answer.
        String baseline = plainRendering(statements, fragment);
        String rendered;
        if (statements != null) {
            ReservedIdentifiers.quote(statements, source, target.dialect());
        }
        StatementRenderer renderer = new StatementRenderer(source, target);
        try {
            rendered = statements != null ? renderer.render(statements) : renderer.renderExpression(fragment);
            if (renderer.parametersReordered() && renderer.reorderConstruct() == null) {
                throw new UnsupportedConstructException("a rewrite that would reorder ? parameter markers", target.dialect());
            }
        } catch (UnsupportedConstructException e) {
            throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect() + ": "
                    + e.construct() + " is not supported by " + target.dialect(),
                    TranslationException.FEATURE_NOT_SUPPORTED, e);
        } catch (RuntimeException | StackOverflowError e) {
            // a translator defect must surface as a failed translation, never take the caller's thread down
            throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect() + ": " + e,
                    TranslationException.SYNTAX_ERROR, e);
        }
        if (source == Dialect.SQLSERVER) {
            rendered = TempTables.rewrite(rendered, target);
        }
        rendered = IdentifierQuoting.requote(rendered, source, target);
        if (!renderer.parametersReordered() && (rendered.equals(sql) || (rendered.equals(baseline) && parsed == sql))) {
            return Translation.inOrder(sql);
        }
        rendered = StatementComments.keep(sql, rendered);
        int before = SqlLexing.countMarkers(parsed, source);
        int after = SqlLexing.countMarkers(rendered, target.dialect());
        if (before != after) {
            throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect()
                    + ": the rewrite would turn " + before + " ? parameter markers into " + after,
                    TranslationException.FEATURE_NOT_SUPPORTED, null);
        }
        if (!renderer.parametersReordered()) {
            return Translation.inOrder(rendered);
        }
        // A target allowed the reordering (reorderConstruct): fine only as a clean permutation of one statement's
        // markers, which a caller binding by position can undo.
        int[] order = statements != null && statements.size() == 1 ? renderer.parameterOrder(after) : null;
        if (order == null) {
            throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect() + ": "
                    + renderer.reorderConstruct() + " is not supported by " + target.dialect(),
                    TranslationException.FEATURE_NOT_SUPPORTED, null);
        }
        return Translation.permuted(rendered, order, renderer.reorderConstruct());
    }

    /** A {@code {call}} escape keeps its form (the real driver resolves it); only its arguments are translated. */
    private String translateCall(String sql, CallEscape call) throws TranslationException {
        if (call.args().isBlank()) {
            return sql;
        }
        String select = call.argumentsAsSelect();
        String translated = translate(select);
        if (translated == select) {
            return sql;
        }
        String result = call.withTranslatedSelect(translated);
        if (result == null) {
            throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect()
                    + ": the arguments of a {call} escape", TranslationException.FEATURE_NOT_SUPPORTED, null);
        }
        return result;
    }

    private static char firstNonSpace(String sql) {
        for (int i = 0; i < sql.length(); i++) {
            if (!Character.isWhitespace(sql.charAt(i))) {
                return sql.charAt(i);
            }
        }
        return ' ';
    }

    private static String plainRendering(List<Statement> statements, Expression fragment) {
        try {
            if (statements == null) {
                return fragment.toString();
            }
            if (statements.size() == 1) {
                return statements.get(0).toString();
            }
            StringBuilder b = new StringBuilder();
            for (Statement st : statements) {
                b.append(b.length() == 0 ? "" : ";\n").append(st);
            }
            return b.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Dialect source() { return source; }
    public TargetDialect target() { return target; }
}
