package dev.alchemy.it.translation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a result set into comparable rows of strings, normalising only representation, never value:
 * <ul>
 *   <li>numbers of any Java type compare by numeric value, rounded to 6 decimal places (PostgreSQL's AVG returns
 *       16 decimals, MariaDB's 4, SQLite's a double); integral values lose trailing zeros ({@code 2.00} = {@code 2});</li>
 *   <li>booleans are {@code 1}/{@code 0}: SQLite has no boolean type and stores them as integers, MariaDB's BOOLEAN is
 *       TINYINT(1); so a boolean column equals an integer column holding 1/0 (the only leniency this adds);</li>
 *   <li>timestamps and dates, whether returned as JDBC temporal objects (PostgreSQL, H2, MariaDB) or as ISO text
 *       (SQLite stores them as text), become {@code yyyy-MM-dd HH:mm:ss[.ffffff]} / {@code yyyy-MM-dd};</li>
 *   <li>byte arrays become hex; NULL stays distinct from every value.</li>
 * </ul>
 */
final class ResultNormalizer {
    private static final Pattern TIMESTAMP_TEXT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private ResultNormalizer() {
    }

    static List<List<String>> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(value(rs.getObject(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    static String value(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof Number number) {
            return number(number);
        }
        if (v instanceof Timestamp ts) {
            return timestamp(ts.toLocalDateTime());
        }
        if (v instanceof LocalDateTime ldt) {
            return timestamp(ldt);
        }
        if (v instanceof OffsetDateTime odt) {
            return timestamp(odt.toLocalDateTime());
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof LocalTime t) {
            return t.toString();
        }
        if (v instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        if (v instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        String s = v.toString();
        if (TIMESTAMP_TEXT.matcher(s).matches()) {
            return timestamp(LocalDateTime.parse(s.replace(' ', 'T')));
        }
        return s;
    }

    private static String number(Number number) {
        BigDecimal d = number instanceof BigDecimal bd ? bd : new BigDecimal(number.toString());
        d = d.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static String timestamp(LocalDateTime t) {
        String date = t.toLocalDate() + " " + String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        return t.getNano() == 0 ? date : date + "." + String.format("%09d", t.getNano()).replaceAll("0+$", "");
    }
}
