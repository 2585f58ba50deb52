package dev.alchemy.translator.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions of SQLGlot's generic {@code ansi} dialect that no database Alchemy reads or writes knows, found
 * by reading every {@code ansi} input of the corpus. An {@code ansi} case using one is excluded from the
 * measure: SQLGlot's own vocabulary (or BigQuery's, Snowflake's, ...) is not SQL a user of Alchemy writes.
 *
 * <p>The rule: a function is excluded when neither ISO SQL nor PostgreSQL, SQL Server, MySQL/MariaDB,
 * SQLite or H2 has it (with that signature). Functions that one of those engines has stay in, even where
 * portable SQL might not accept them ({@code NVL2} is H2's and Oracle's, {@code LEVENSHTEIN} PostgreSQL's,
 * {@code UUID()} MySQL's, {@code JSON_EXTRACT} MySQL's and SQLite's), so the exclusion flatters no one.
 */
public final class SqlglotOnlyFunctions {
    /** Name (upper case) to the reason it is SQLGlot-only. */
    private static final Map<String, String> FUNCTIONS = new LinkedHashMap<>();

    static {
        String internal = "SQLGlot's internal expression name; no engine has it";
        FUNCTIONS.put("TIME_STR_TO_TIME", internal + " (exp.TimeStrToTime)");
        FUNCTIONS.put("TIME_STR_TO_DATE", internal + " (exp.TimeStrToDate)");
        FUNCTIONS.put("TIME_STR_TO_UNIX", internal + " (exp.TimeStrToUnix)");
        FUNCTIONS.put("TIME_TO_STR", internal + " (exp.TimeToStr); MySQL has DATE_FORMAT");
        FUNCTIONS.put("TIME_TO_TIME_STR", internal + " (exp.TimeToTimeStr)");
        FUNCTIONS.put("TIME_TO_UNIX", internal + " (exp.TimeToUnix)");
        FUNCTIONS.put("STR_TO_TIME", internal + " (exp.StrToTime); MySQL has STR_TO_DATE");
        FUNCTIONS.put("STR_TO_UNIX", internal + " (exp.StrToUnix)");
        FUNCTIONS.put("UNIX_TO_TIME", internal + " (exp.UnixToTime)");
        FUNCTIONS.put("UNIX_TO_STR", internal + " (exp.UnixToStr)");
        FUNCTIONS.put("UNIX_TO_TIME_STR", internal + " (exp.UnixToTimeStr)");
        FUNCTIONS.put("DATE_STR_TO_DATE", internal + " (exp.DateStrToDate)");
        FUNCTIONS.put("DATE_TO_DATE_STR", internal + " (exp.DateToDateStr)");
        FUNCTIONS.put("DI_TO_DATE", internal + " (exp.DiToDate)");
        FUNCTIONS.put("DATE_TO_DI", internal + " (exp.DateToDi)");
        FUNCTIONS.put("TS_OR_DS_TO_DATE", internal + " (exp.TsOrDsToDate)");
        FUNCTIONS.put("TS_OR_DS_ADD", internal + " (exp.TsOrDsAdd)");
        FUNCTIONS.put("TS_OR_DI_TO_DI", internal + " (exp.TsOrDiToDi)");
        FUNCTIONS.put("STR_POSITION", internal + " (exp.StrPosition); engines have POSITION/STRPOS/CHARINDEX/INSTR/LOCATE");
        FUNCTIONS.put("IS_ASCII", internal + " (exp.IsAscii)");
        FUNCTIONS.put("ARRAY_ANY", internal + " (exp.ArrayAny)");
        FUNCTIONS.put("VARIANCE_POP", "Snowflake's name (SQLGlot exp.VariancePop); the engines say VAR_POP / VARP");
        FUNCTIONS.put("GENERATE_DATE_ARRAY", "BigQuery's function, accepted by SQLGlot's generic dialect only");
        FUNCTIONS.put("TIMESTAMP_TRUNC", "BigQuery's function, accepted by SQLGlot's generic dialect only");
        FUNCTIONS.put("JSON_EXTRACT_SCALAR", "BigQuery's / Presto's function; the engines have JSON_VALUE, ->>, ...");
        FUNCTIONS.put("COUNT_IF", "Snowflake's / Spark's aggregate; none of Alchemy's engines has it");
        FUNCTIONS.put("PARSE_JSON", "Snowflake's function; none of Alchemy's engines has it");
    }

    /** DATE_ADD(x, 1, 'DAY'): MySQL's DATE_ADD takes an INTERVAL; the 3-argument string-unit form is SQLGlot's. */
    private static final Pattern DATE_ADD_3_ARGS =
            Pattern.compile("(?i)\\bDATE_ADD\\s*\\(\\s*[^,()]+,\\s*[^,()]+,\\s*'[^']*'\\s*\\)");
    private static final String DATE_ADD_REASON =
            "DATE_ADD(x, n, 'unit') is SQLGlot's generic signature; MySQL's DATE_ADD takes an INTERVAL";

    /** LEVENSHTEIN with 6 arguments: PostgreSQL's takes 2 or 5 (LEVENSHTEIN_LESS_EQUAL takes 6). */
    private static final Pattern LEVENSHTEIN_6_ARGS =
            Pattern.compile("(?i)\\bLEVENSHTEIN\\s*\\(([^,()]+,){5}[^,()]+\\)");
    private static final String LEVENSHTEIN_REASON =
            "LEVENSHTEIN(a, b, ins, del, sub, max) is SQLGlot's signature; PostgreSQL's takes 2 or 5 arguments";

    private static final Pattern CALL = Pattern.compile("(?i)\\b([A-Z_][A-Z0-9_]*)\\s*\\(");

    private SqlglotOnlyFunctions() {
    }

    /** Every excluded function with its reason, for the report. */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>(FUNCTIONS);
        m.put("DATE_ADD (3 arguments, string unit)", DATE_ADD_REASON);
        m.put("LEVENSHTEIN (6 arguments)", LEVENSHTEIN_REASON);
        return m;
    }

    /** The SQLGlot-only function {@code sql} calls, if any (first found). String literals are not searched. */
    public static Optional<String> usedBy(String sql) {
        String code = withoutStringLiterals(sql);
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            String name = m.group(1).toUpperCase(java.util.Locale.ROOT);
            if (FUNCTIONS.containsKey(name)) {
                return Optional.of(name);
            }
        }
        if (DATE_ADD_3_ARGS.matcher(code).find()) {
            return Optional.of("DATE_ADD (3 arguments, string unit)");
        }
        if (LEVENSHTEIN_6_ARGS.matcher(code).find()) {
            return Optional.of("LEVENSHTEIN (6 arguments)");
        }
        return Optional.empty();
    }

    /** The SQL with the contents of '..' literals blanked, so a function name inside a string does not count. */
    private static String withoutStringLiterals(String sql) {
        StringBuilder sb = new StringBuilder(sql.length());
        boolean inString = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inString = !inString; // '' inside a string toggles twice: still in the string
                sb.append(c);
            } else {
                sb.append(inString ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
