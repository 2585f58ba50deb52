package dev.alchemy.translator.engine;

import java.util.Locale;

/** Date-part vocabulary shared by the source readers: SQL Server's abbreviations, plurals, PostgreSQL's names. */
final class DateUnits {
    private DateUnits() {
    }

    /** Singular upper-case interval unit (YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND) or null. */
    static String intervalUnit(String unit) {
        switch (unit.trim().toUpperCase(Locale.ROOT)) {
            case "YEAR": case "YEARS": case "YY": case "YYYY": case "Y": case "YR": case "YRS":
                return "YEAR";
            case "QUARTER": case "QUARTERS": case "QQ": case "Q":
                return "QUARTER";
            case "MONTH": case "MONTHS": case "MM": case "M": case "MON": case "MONS":
                return "MONTH";
            case "WEEK": case "WEEKS": case "WK": case "WW": case "W":
                return "WEEK";
            case "DAY": case "DAYS": case "DD": case "D": case "DY": case "DAYOFYEAR":
                return "DAY";
            case "HOUR": case "HOURS": case "HH": case "H": case "HR": case "HRS":
                return "HOUR";
            case "MINUTE": case "MINUTES": case "MI": case "N": case "MIN": case "MINS":
                return "MINUTE";
            case "SECOND": case "SECONDS": case "SS": case "S": case "SEC": case "SECS":
                return "SECOND";
            default:
                return null;
        }
    }

    /** EXTRACT field name for a date part (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, QUARTER, WEEK, DOW, DOY, EPOCH). */
    static String extractField(String unit) {
        String u = unit.trim().toUpperCase(Locale.ROOT);
        switch (u) {
            case "WEEKDAY": case "DW": case "DOW": case "DAYOFWEEK":
                return "DOW";
            case "DAYOFYEAR": case "DY": case "DOY":
                return "DOY";
            case "EPOCH":
                return "EPOCH";
            default:
                String interval = intervalUnit(u);
                return interval != null ? interval : u;
        }
    }

    /** Lower-case DATE_TRUNC unit or null. */
    static String truncUnit(String unit) {
        String u = intervalUnit(unit);
        return u == null ? null : u.toLowerCase(Locale.ROOT);
    }
}
