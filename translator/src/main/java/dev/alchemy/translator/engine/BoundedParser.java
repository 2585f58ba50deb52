package dev.alchemy.translator.engine;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;

import java.util.List;

/**
 * Parses one statement with JSqlParser's {@link CCJSqlParser} on the calling thread, with a bounded parse time.
 *
 * <p>{@code CCJSqlParserUtil.parse(String)} submits every parse to a fresh single-thread executor to enforce its
 * time-out. Here the parse runs on the caller's thread and the {@link ParseWatchdog} sets the parser's
 * {@code interrupted} flag once the time budget has run out (the generated parser polls that flag in its
 * recursive expression rules, which is where pathological input spends its time).
 *
 * <p>Like {@code CCJSqlParserUtil}, it first tries the fast "simple" grammar and falls back to complex parsing
 * only when that fails and the nesting depth is sane.
 */
public final class BoundedParser {
    /**
     * Parse-time budget; pathological statements beyond it are reported as unparseable (stopped within
     * {@value ParseWatchdog#TICK_MS} ms after it).
     */
    public static final long DEFAULT_TIMEOUT_MS = 2_000L;
    /** Deeper bracket nesting than this is refused before parsing (it is what blows up parse time). */
    private static final int MAX_NESTING_DEPTH = 200;

    private final long timeoutMs;

    public BoundedParser(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    public BoundedParser() {
        this(DEFAULT_TIMEOUT_MS);
    }

    /**
     * Parses one statement, or a script of several separated by {@code ;}.
     *
     * @param squareBracketIdentifiers read {@code [x]} as a quoted identifier (SQL Server source)
     * @throws SqlParseFailure with the position of the offending token
     */
    public List<Statement> parse(String sql, boolean squareBracketIdentifiers) throws SqlParseFailure {
        int depth = CCJSqlParserUtil.getNestingDepth(sql);
        if (depth > MAX_NESTING_DEPTH) {
            throw new SqlParseFailure("brackets nested " + depth + " deep (limit " + MAX_NESTING_DEPTH + ")", 0, 0, null);
        }
        try {
            return parseOnce(sql, squareBracketIdentifiers, false);
        } catch (SqlParseFailure simpleFailure) {
            if (simpleFailure.timedOut()) {
                throw simpleFailure;
            }
            try {
                return parseOnce(sql, squareBracketIdentifiers, true);
            } catch (SqlParseFailure complexFailure) {
                // The simple grammar's error usually points at the real problem as well; report the later one.
                return throwLater(simpleFailure, complexFailure);
            }
        }
    }

    private static List<Statement> throwLater(SqlParseFailure a, SqlParseFailure b) throws SqlParseFailure {
        if (b.timedOut()) {
            throw b;
        }
        boolean bIsLater = b.line() > a.line() || (b.line() == a.line() && b.column() >= a.column());
        throw bIsLater ? b : a;
    }

    private List<Statement> parseOnce(String sql, boolean squareBrackets, boolean complex) throws SqlParseFailure {
        CCJSqlParser parser = newParser(sql, squareBrackets, complex);
        ParseWatchdog.Slot watch = watch(parser);
        try {
            Statement statement = parser.Statement();
            if (parser.interrupted) {
                throw timeout();
            }
            Token next = parser.getNextToken();
            if (next.kind != 0) {
                // Statement() stops after the first statement; more text is a script (or garbage): parse it whole.
                parser = newParser(sql, squareBrackets, complex);
                watch = watch(parser);
                Statements all = parser.Statements();
                if (parser.interrupted) {
                    throw timeout();
                }
                return all;
            }
            return List.of(statement);
        } catch (ParseException e) {
            if (parser.interrupted) {
                throw timeout();
            }
            Token t = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
            int line = t == null ? 0 : t.beginLine;
            int column = t == null ? 0 : t.beginColumn;
            String near = t == null || t.image == null || t.image.isEmpty() ? "end of input" : "'" + t.image + "'";
            throw new SqlParseFailure("unexpected " + near, line, column, e);
        } catch (RuntimeException | StackOverflowError e) {
            if (parser.interrupted) {
                throw timeout();
            }
            throw new SqlParseFailure("parser failure: " + e, 0, 0, e);
        } finally {
            if (watch != null) {
                watch.clear();
            }
        }
    }

    private static CCJSqlParser newParser(String sql, boolean squareBrackets, boolean complex) {
        CCJSqlParser parser = SqlText.parser(sql);
        parser.withSquareBracketQuotation(squareBrackets);
        parser.withAllowComplexParsing(complex);
        return parser;
    }

    /** Puts {@code parser} under the calling thread's watch; null when parses are unbounded. */
    private ParseWatchdog.Slot watch(CCJSqlParser parser) {
        if (timeoutMs <= 0) {
            return null;
        }
        ParseWatchdog.Slot slot = ParseWatchdog.slot();
        slot.watch(parser, timeoutMs);
        return slot;
    }

    /** A whole input that is one bare expression, or null when it is not. */
    public Expression parseExpression(String sql, boolean squareBrackets) {
        if (CCJSqlParserUtil.getNestingDepth(sql) > MAX_NESTING_DEPTH) {
            return null;
        }
        CCJSqlParser parser = SqlText.parser(sql);
        parser.withSquareBracketQuotation(squareBrackets);
        ParseWatchdog.Slot watch = watch(parser);
        try {
            Expression e = parser.Expression();
            Token next = parser.getNextToken();
            boolean atEnd = next.kind == 0 || (";".equals(next.image) && parser.getNextToken().kind == 0);
            return atEnd && !parser.interrupted ? e : null;
        } catch (ParseException | RuntimeException | StackOverflowError e) {
            return null;
        } finally {
            if (watch != null) {
                watch.clear();
            }
        }
    }

    private SqlParseFailure timeout() {
        return new SqlParseFailure("parsing took longer than " + timeoutMs + " ms", 0, 0, null, true);
    }
}
