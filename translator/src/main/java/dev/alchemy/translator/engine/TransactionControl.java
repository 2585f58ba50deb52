package dev.alchemy.translator.engine;

import dev.alchemy.translator.target.TargetDialect;

import java.util.Locale;

/**
 * Transaction control statements, recognised lexically (JSqlParser reads {@code BEGIN} but not
 * {@code BEGIN TRANSACTION} or {@code START TRANSACTION}): {@code BEGIN [TRANSACTION | TRAN | WORK]},
 * {@code START TRANSACTION}, {@code COMMIT [..]} and {@code ROLLBACK [..]}, each alone with an optional {@code ;}.
 * Named transactions, isolation levels and savepoints are left to the parser.
 */
final class TransactionControl {
    private TransactionControl() {
    }

    /** The target's spelling of {@code sql}, or null when it is not a plain transaction control statement. */
    static String translate(String sql, TargetDialect target) {
        String s = sql.strip();
        if (!(startsWithWord(s, "BEGIN") || startsWithWord(s, "START") || startsWithWord(s, "COMMIT")
                || startsWithWord(s, "ROLLBACK"))) {
            return null;
        }
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.length() > 20) {
            return null;
        }
        String[] words = s.toUpperCase(Locale.ROOT).split("\\s+");
        if (words.length > 2) {
            return null;
        }
        String noise = words.length == 2 ? words[1] : null;
        boolean plainNoise = noise == null || noise.equals("TRANSACTION") || noise.equals("TRAN") || noise.equals("WORK");
        switch (words[0]) {
            case "BEGIN":
                return plainNoise ? target.beginTransaction() : null;
            case "START":
                return "TRANSACTION".equals(noise) ? target.beginTransaction() : null;
            case "COMMIT":
                return plainNoise ? "COMMIT" : null;
            case "ROLLBACK":
                return plainNoise ? "ROLLBACK" : null;
            default:
                return null;
        }
    }

    private static boolean startsWithWord(String s, String word) {
        return s.regionMatches(true, 0, word, 0, word.length())
                && (s.length() == word.length() || !Character.isLetterOrDigit(s.charAt(word.length())));
    }
}
