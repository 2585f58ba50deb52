package dev.alchemy.driver.cli;

/** The exit codes of the {@code alchemy} command, listed in its {@code --help}. */
public final class ExitCode {
    /** Everything was translated (or, with {@code --on-error passthrough}, copied unchanged). */
    public static final int OK = 0;
    /** Some statement or JSON line could not be translated (or was not valid input); messages on stderr. */
    public static final int TRANSLATION_FAILED = 1;
    /** The command line was wrong: unknown option, unknown dialect, missing {@code --to}. */
    public static final int USAGE = 2;
    /** An input could not be read: missing file, unreadable, or not UTF-8. */
    public static final int INPUT_UNREADABLE = 3;

    private ExitCode() {
    }
}
