package dev.alchemy.driver.cli;

import dev.alchemy.translator.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a SQL script into statements on {@code ;} and on SQL Server's {@code GO} lines, the way the
 * database's own command-line client would: a {@code ;} or a {@code GO} inside a string, a quoted identifier,
 * a comment or a PostgreSQL dollar quote does not split.
 *
 * <p>Lexical rules follow the source dialect, because the same characters mean different things:
 * <ul>
 *   <li>{@code '..'} strings with {@code ''} escapes everywhere; backslash escapes in MySQL strings and in
 *       PostgreSQL {@code E'..'} strings.</li>
 *   <li>{@code ".."} with {@code ""} escapes and {@code `..`} with {@code ``} escapes everywhere;
 *       {@code [..]} with {@code ]]} escapes for SQL Server and SQLite only (PostgreSQL uses brackets for
 *       array subscripts).</li>
 *   <li>{@code --} line comments everywhere, {@code #} line comments for MySQL; {@code /* .. *}{@code /}
 *       comments nest for PostgreSQL, SQL Server and portable (ISO) SQL, not for MySQL, SQLite and H2.</li>
 *   <li>{@code $$..$$} and {@code $tag$..$tag$} quotes for PostgreSQL, H2 and portable SQL.</li>
 *   <li>A line holding only {@code GO} (any case, optionally followed by a {@code --} comment) ends the
 *       statement and the batch, whatever the dialect: it is a client convention, never valid SQL.</li>
 *   <li>MySQL: a {@code DELIMITER xx} line (the {@code mysql} client's, as in {@code mysqldump} output) makes
 *       {@code xx} the statement terminator until the next {@code DELIMITER} line.</li>
 *   <li>Block bodies do not split: a {@code ;} between {@code BEGIN} (not {@code BEGIN TRANSACTION}) or
 *       {@code CASE} and the matching {@code END} stays inside the statement, as in SQLite triggers and
 *       SQL Server {@code IF .. BEGIN .. END}. A SQL Server {@code CREATE/ALTER PROCEDURE, FUNCTION, TRIGGER}
 *       runs to the next {@code GO} line, as in {@code sqlcmd}.</li>
 * </ul>
 * An unterminated string, identifier, comment or dollar quote does not throw: the rest of the script becomes
 * the last statement, marked with {@link ScriptStatement#problem()}, so the caller can report it with its
 * position.
 */
public final class ScriptSplitter {
    /** Words after BEGIN that make it a transaction statement rather than the start of a block. */
    private static final Set<String> TRANSACTION_WORDS = Set.of(
            "TRANSACTION", "TRAN", "WORK", "DISTRIBUTED", "DEFERRED", "IMMEDIATE", "EXCLUSIVE", "ISOLATION",
            "READ", "NOT");
    /** Words after END that close a construct whose opener this splitter does not count (MySQL procedures). */
    private static final Set<String> UNCOUNTED_CLOSERS = Set.of("IF", "LOOP", "WHILE", "REPEAT");
    private static final Set<String> ROUTINE_WORDS = Set.of("PROCEDURE", "PROC", "FUNCTION", "TRIGGER");

    private final Dialect source;
    private final boolean backslashInStrings;
    private final boolean escapeStrings;
    private final boolean brackets;
    private final boolean hashComments;
    private final boolean nestedComments;
    private final boolean dollarQuotes;
    private final boolean routineRunsToGo;

    public ScriptSplitter(Dialect source) {
        this.source = source;
        this.backslashInStrings = source == Dialect.MYSQL;
        this.escapeStrings = source == Dialect.POSTGRESQL || source == Dialect.PORTABLE;
        this.brackets = source == Dialect.SQLSERVER || source == Dialect.SQLITE;
        this.hashComments = source == Dialect.MYSQL;
        this.nestedComments = source == Dialect.POSTGRESQL || source == Dialect.SQLSERVER || source == Dialect.PORTABLE;
        this.dollarQuotes = source == Dialect.POSTGRESQL || source == Dialect.H2 || source == Dialect.PORTABLE;
        this.routineRunsToGo = source == Dialect.SQLSERVER;
    }

    public Dialect source() {
        return source;
    }

    /** The statements of {@code script} in order, with the comments before each and a trailing comment-only piece. */
    public List<ScriptStatement> split(String script) {
        return new Scan(script).run();
    }

    /** The state of one pass over one script. */
    private final class Scan {
        private final String s;
        private final int n;
        private final List<ScriptStatement> out = new ArrayList<>();
        private final Cursor cursor;
        private int pieceStart;
        private int bodyStart = -1;
        private int bodyLine;
        private int bodyColumn;
        private int statementNumber;
        private final List<String> firstWords = new ArrayList<>(4);
        private int blockDepth;
        private String problem;
        private String delimiter = ";";

        Scan(String script) {
            this.s = script;
            this.n = script.length();
            this.cursor = new Cursor(script);
        }

        List<ScriptStatement> run() {
            int i = 0;
            while (i < n) {
                if (i == 0 || s.charAt(i - 1) == '\n') {
                    if (isGoLine(i)) {
                        finish(i, true);
                        i = endOfLine(i);
                        pieceStart = i;
                        continue;
                    }
                    String newDelimiter = source == Dialect.MYSQL ? delimiterLine(i) : null;
                    if (newDelimiter != null) {
                        finish(i, false);
                        delimiter = newDelimiter;
                        i = endOfLine(i);
                        pieceStart = i;
                        continue;
                    }
                }
                if (!";".equals(delimiter) && s.startsWith(delimiter, i)) {
                    finish(i, false);
                    i += delimiter.length();
                    pieceStart = i;
                    continue;
                }
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && next(i) == '-' || c == '#' && hashComments) {
                    i = lineEnd(i);
                } else if (c == '/' && next(i) == '*') {
                    i = skipBlockComment(i);
                } else {
                    markBody(i);
                    i = token(i, c);
                }
            }
            finish(n, false);
            return out;
        }

        /** Consumes the significant token starting at {@code i}; returns the index after it. */
        private int token(int i, char c) {
            switch (c) {
                case '\'':
                    return skipQuoted(i, '\'', backslashInStrings || escapeStrings && isEscapePrefix(i), "string literal");
                case '"':
                    return skipQuoted(i, '"', backslashInStrings, "quoted identifier");
                case '`':
                    return skipQuoted(i, '`', false, "quoted identifier");
                case '[':
                    return brackets ? skipQuoted(i, ']', false, "bracketed identifier") : i + 1;
                case '$':
                    return dollarQuotes && !isIdentifierPart(prev(i)) ? skipDollarQuote(i) : i + 1;
                case ';':
                    if (!";".equals(delimiter) || blockDepth > 0 || routineRunsToGo && isRoutine()) {
                        return i + 1;
                    }
                    finish(i, false);
                    pieceStart = i + 1;
                    return i + 1;
                default:
                    if (isIdentifierStart(c) && !isIdentifierPart(prev(i))) {
                        return word(i);
                    }
                    return i + 1;
            }
        }

        private int word(int i) {
            int end = i + 1;
            while (end < n && isIdentifierPart(s.charAt(end))) {
                end++;
            }
            String w = s.substring(i, end).toUpperCase(Locale.ROOT);
            if (firstWords.size() < 4) {
                firstWords.add(w);
            }
            switch (w) {
                case "CASE":
                    blockDepth++;
                    break;
                case "BEGIN":
                    if (startsBlock(end)) {
                        blockDepth++;
                    }
                    break;
                case "END":
                    if (blockDepth > 0 && !UNCOUNTED_CLOSERS.contains(peekWord(end))) {
                        blockDepth--;
                    }
                    break;
                default:
                    break;
            }
            return end;
        }

        /** BEGIN opens a block unless it starts a transaction ({@code BEGIN;}, {@code BEGIN TRANSACTION}, ...). */
        private boolean startsBlock(int afterBegin) {
            int j = skipSpaces(afterBegin);
            if (j >= n || s.charAt(j) == ';') {
                return false;
            }
            return !TRANSACTION_WORDS.contains(peekWord(afterBegin));
        }

        private boolean isRoutine() {
            if (firstWords.isEmpty() || !(firstWords.get(0).equals("CREATE") || firstWords.get(0).equals("ALTER"))) {
                return false;
            }
            for (String w : firstWords) {
                if (ROUTINE_WORDS.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private String peekWord(int from) {
            int j = skipSpaces(from);
            int end = j;
            while (end < n && isIdentifierPart(s.charAt(end))) {
                end++;
            }
            return s.substring(j, end).toUpperCase(Locale.ROOT);
        }

        private int skipSpaces(int j) {
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            return j;
        }

        /** Skips a quoted token whose closing character doubles as its escape ({@code ''}, {@code ""}, {@code ]]}). */
        private int skipQuoted(int start, char close, boolean backslash, String what) {
            int i = start + 1;
            while (i < n) {
                char c = s.charAt(i);
                if (backslash && c == '\\') {
                    i += 2;
                } else if (c == close) {
                    if (i + 1 < n && s.charAt(i + 1) == close) {
                        i += 2;
                    } else {
                        return i + 1;
                    }
                } else {
                    i++;
                }
            }
            return unterminated(start, what);
        }

        private int skipDollarQuote(int start) {
            int j = start + 1;
            if (j < n && isIdentifierStart(s.charAt(j))) {
                while (j < n && isIdentifierPart(s.charAt(j)) && s.charAt(j) != '$') {
                    j++;
                }
            }
            if (j >= n || s.charAt(j) != '$') {
                return start + 1; // $1 parameter, or a $ inside an identifier: not a quote
            }
            String tag = s.substring(start, j + 1);
            int close = s.indexOf(tag, j + 1);
            return close < 0 ? unterminated(start, "dollar-quoted string " + tag) : close + tag.length();
        }

        private int skipBlockComment(int start) {
            int depth = 0;
            int i = start;
            while (i < n) {
                if (s.startsWith("/*", i) && (depth == 0 || nestedComments)) {
                    depth++;
                    i += 2;
                } else if (s.startsWith("*/", i)) {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return i;
                    }
                } else {
                    i++;
                }
            }
            if (bodyStart < 0) {
                markBody(start); // a script ending in an open comment: report it rather than drop it
            }
            return unterminated(start, "block comment");
        }

        private int unterminated(int start, String what) {
            int[] at = cursor.lineColumn(start);
            problem = "unterminated " + what + " starting at line " + at[0] + ", column " + at[1];
            return n;
        }

        /** A PostgreSQL E'..' string: the quote follows an E that is not the end of a longer word. */
        private boolean isEscapePrefix(int quote) {
            if (quote == 0) {
                return false;
            }
            char e = s.charAt(quote - 1);
            return (e == 'E' || e == 'e') && !isIdentifierPart(quote >= 2 ? s.charAt(quote - 2) : ' ');
        }

        private boolean isGoLine(int lineStart) {
            int end = endOfLine(lineStart);
            String line = s.substring(lineStart, end).strip();
            if (line.length() < 2 || !line.regionMatches(true, 0, "GO", 0, 2)) {
                return false;
            }
            String rest = line.substring(2).strip();
            return rest.isEmpty() || rest.startsWith("--");
        }

        /** The new delimiter of a MySQL {@code DELIMITER xx} line, or null. */
        private String delimiterLine(int lineStart) {
            String line = s.substring(lineStart, endOfLine(lineStart)).strip();
            if (line.length() > 10 && line.regionMatches(true, 0, "DELIMITER", 0, 9)
                    && Character.isWhitespace(line.charAt(9))) {
                String d = line.substring(10).strip();
                return d.isEmpty() || d.chars().anyMatch(Character::isWhitespace) ? null : d;
            }
            return null;
        }

        private void markBody(int i) {
            if (bodyStart < 0) {
                bodyStart = i;
                int[] at = cursor.lineColumn(i);
                bodyLine = at[0];
                bodyColumn = at[1];
            }
        }

        private void finish(int end, boolean endsBatch) {
            String leading = s.substring(pieceStart, bodyStart < 0 ? end : bodyStart).strip();
            String body = bodyStart < 0 ? "" : withoutTrailingSemicolons(s.substring(bodyStart, end));
            if (body.isEmpty() && leading.isEmpty()) {
                if (endsBatch && !out.isEmpty()) { // "SELECT 1;\nGO": the GO belongs to the statement before
                    ScriptStatement last = out.remove(out.size() - 1);
                    out.add(new ScriptStatement(last.number(), last.leading(), last.sql(), last.line(),
                            last.column(), true, last.problem(), last.delimiter()));
                }
            } else {
                int number = body.isEmpty() ? 0 : ++statementNumber;
                out.add(new ScriptStatement(number, leading, body, bodyLine, bodyColumn, endsBatch, problem,
                        ";".equals(delimiter) || body.isEmpty() ? null : delimiter));
            }
            bodyStart = -1;
            firstWords.clear();
            blockDepth = 0;
            problem = null;
        }

        /** A routine body running to GO keeps its inner semicolons but not its own terminator. */
        private String withoutTrailingSemicolons(String body) {
            String b = body.strip();
            while (b.endsWith(";") && problem == null) {
                b = b.substring(0, b.length() - 1).stripTrailing();
            }
            return b;
        }

        private int lineEnd(int i) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? n : nl;
        }

        private int endOfLine(int i) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? n : nl + 1;
        }

        private char next(int i) {
            return i + 1 < n ? s.charAt(i + 1) : '\0';
        }

        private char prev(int i) {
            return i > 0 ? s.charAt(i - 1) : '\0';
        }
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Line and column of increasing offsets, counted once over the script. */
    private static final class Cursor {
        private final String s;
        private int pos;
        private int line = 1;
        private int column = 1;

        Cursor(String s) {
            this.s = s;
        }

        int[] lineColumn(int target) {
            while (pos < target) {
                if (s.charAt(pos++) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new int[] {line, column};
        }
    }
}
