package dev.alchemy.translator.engine;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.Provider;

import java.io.IOException;

/**
 * A statement's text as JSqlParser's input, built for parsing one short string often.
 *
 * <p>JSqlParser's {@code StringProvider} reports the end of input by returning -1, upon which the char stream
 * throws a new {@code IOException} whose stack trace, taken deep inside the recursive parser, cost more than
 * anything else at the end of a statement (the lexer reaches the end more than once per parse). This provider
 * throws one shared exception without a stack trace instead; the char stream treats a provider's
 * {@code IOException} exactly like its own (backs up and rethrows).
 */
final class SqlText implements Provider {
    private static final IOException END = new EndOfInput();

    private final String sql;
    private int position;

    private SqlText(String sql) {
        this.sql = sql;
    }

    /** A parser over {@code sql}, the same as {@code CCJSqlParserUtil.newParser(sql)} but for its input. */
    static CCJSqlParser parser(String sql) {
        return new CCJSqlParser(new SqlText(sql));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int left = sql.length() - position;
        if (left <= 0) {
            throw END;
        }
        int n = Math.min(left, length);
        sql.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }

    private static final class EndOfInput extends IOException {
        EndOfInput() {
            super("end of SQL text");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
