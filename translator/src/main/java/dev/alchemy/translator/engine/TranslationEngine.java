package dev.alchemy.translator.engine;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.TranslationException;
import dev.alchemy.translator.target.TargetDialect;
import dev.alchemy.translator.target.TargetDialects;
import dev.alchemy.translator.target.UnsupportedConstructException;
import net.sf.jsqlparser.statement.Statement;

/**
 * The uncached pipeline for one (source, target) pair: JDBC escapes -> parse (bounded) -> render with source
 * reading and target rules -> identifier re-quoting. Thread-safe and stateless apart from its configuration.
 */
public final class TranslationEngine {
    private final Dialect source;
    private final TargetDialect target;
    private final BoundedParser parser;

    public TranslationEngine(Dialect source, Dialect target) {
        this(source, target, new BoundedParser());
    }

    public TranslationEngine(Dialect source, Dialect target, BoundedParser parser) {
        this.source = source;
        this.target = TargetDialects.of(target);
        this.parser = parser;
    }

    /**
     * Translates one statement. Returns {@code sql} itself when the rendering equals the input.
     *
     * @throws TranslationException 42000 when it cannot be parsed, 0A000 when the target lacks a construct
     */
    public String translate(String sql) throws TranslationException {
        String parsed = JdbcEscapes.resolve(sql);
        Statement statement;
        try {
            statement = parser.parse(parsed, source == Dialect.SQLSERVER);
        } catch (SqlParseFailure e) {
            throw new TranslationException("Cannot parse " + source + " SQL for translation to " + target.dialect()
                    + e.position() + ": " + e.getMessage(), TranslationException.SYNTAX_ERROR, e);
        }
        String rendered;
        try {
            rendered = new StatementRenderer(source, target).render(statement);
        } catch (UnsupportedConstructException e) {
            throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect() + ": "
                    + e.getMessage(), TranslationException.FEATURE_NOT_SUPPORTED, e);
        } catch (RuntimeException e) {
            throw new TranslationException("Cannot translate " + source + " SQL to " + target.dialect() + ": " + e,
                    TranslationException.SYNTAX_ERROR, e);
        }
        rendered = IdentifierQuoting.requote(rendered, source, target);
        return rendered.equals(sql) ? sql : rendered;
    }

    public Dialect source() { return source; }
    public TargetDialect target() { return target; }
}
