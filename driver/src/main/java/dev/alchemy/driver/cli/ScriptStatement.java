package dev.alchemy.driver.cli;

/**
 * One statement of a script, as {@link ScriptSplitter} found it.
 *
 * @param number     1-based position among the script's statements (comment-only pieces are not counted)
 * @param leading    comments (and the blank lines between them) that precede the statement, trimmed;
 *                   empty when there are none. Kept so a translated script keeps its documentation.
 * @param sql        the statement without its terminator, trimmed; empty for a trailing comment-only piece
 * @param line       1-based line of the statement's first character in the script
 * @param column     1-based column of the statement's first character
 * @param endsBatch  true when a SQL Server {@code GO} line follows the statement
 * @param problem    why the statement is lexically incomplete (an unterminated string, identifier, comment or
 *                   dollar quote), or null
 * @param delimiter  the MySQL client delimiter ({@code DELIMITER //}) that ended the statement, or null for {@code ;}
 */
public record ScriptStatement(int number, String leading, String sql, int line, int column, boolean endsBatch,
                              String problem, String delimiter) {

    public boolean isCommentOnly() {
        return sql.isEmpty();
    }

    /** The start of the statement on one line, for error messages. */
    public String excerpt() {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
