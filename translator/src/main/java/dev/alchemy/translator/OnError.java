package dev.alchemy.translator;

/** What to do with SQL that cannot be parsed or translated. */
public enum OnError {
    /** Send the statement unchanged and log one warning per distinct statement. */
    PASSTHROUGH,
    /** Throw {@link TranslationException} (SQLState 42000, or 0A000 for a feature the target lacks). */
    FAIL
}
