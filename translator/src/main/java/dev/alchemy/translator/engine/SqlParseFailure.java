package dev.alchemy.translator.engine;

/** A statement JSqlParser could not read, with the position (1-based line and column; 0 when unknown). */
public final class SqlParseFailure extends Exception {
    private final int line;
    private final int column;
    private final boolean timedOut;

    public SqlParseFailure(String reason, int line, int column, Throwable cause) {
        this(reason, line, column, cause, false);
    }

    public SqlParseFailure(String reason, int line, int column, Throwable cause, boolean timedOut) {
        super(reason, cause, false, false);
        this.line = line;
        this.column = column;
        this.timedOut = timedOut;
    }

    public int line() { return line; }
    public int column() { return column; }
    public boolean timedOut() { return timedOut; }

    /** "at line 1, column 17" or "" when the position is unknown. */
    public String position() {
        return line <= 0 ? "" : " at line " + line + ", column " + column;
    }
}
