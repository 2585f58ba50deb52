package dev.alchemy.translator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code ?} markers keep their count and order through every rewrite. Each marker sits next to a numbered column
 * ({@code pN}), so the order of the columns next to markers in the output is the order of the markers.
 */
class ParameterMarkerTest {
    private static final List<String> STATEMENTS = List.of(
            "SELECT p1 || ? FROM t WHERE p2 = ? AND p3 ILIKE ? ORDER BY id LIMIT 5",
            "SELECT CONCAT(p1, ?), COALESCE(p2, ?) FROM t WHERE p3 IN (?, ?) AND p4 BETWEEN ? AND ?",
            "SELECT POSITION(? IN p1), SUBSTRING(p2 FROM ? FOR ?) FROM t",
            "SELECT p1 + ? * INTERVAL '1 day', EXTRACT(YEAR FROM p2) = ? FROM t",
            "SELECT CASE WHEN p1 > ? THEN ? ELSE ? END FROM t WHERE p2 = ? ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            "INSERT INTO t (p1, p2) VALUES (?, ?) ON CONFLICT (p1) DO UPDATE SET p2 = ?",
            "INSERT INTO t (p1, p2) VALUES (?, ?) RETURNING p1",
            "UPDATE t SET p1 = ?, p2 = p2 || ? WHERE p3 = ? AND p4 <> ?",
            "DELETE FROM t WHERE p1 = ? AND p2 < CURRENT_TIMESTAMP - ? * INTERVAL '1 hour'",
            "WITH x AS (SELECT p1 FROM t WHERE p1 > ?) SELECT STRING_AGG(p2, ',' ORDER BY p2) FROM x WHERE p3 = ?",
            "SELECT {fn UCASE(?)}, p1 FROM t WHERE p2 = {d '2024-01-01'} AND p3 = ?");

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String sql : STATEMENTS) {
            for (Dialect target : List.of(Dialect.POSTGRESQL, Dialect.SQLITE, Dialect.H2, Dialect.MYSQL)) {
                all.add(Arguments.of(target, sql));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void markersKeepCountAndOrder(Dialect target, String sql) {
        String out = Tr.portable(target, sql);
        assertEquals(count(sql), count(out), () -> "marker count changed: " + out);
        List<Integer> order = columnsNextToMarkers(out);
        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order, () -> "marker order changed: " + out);
    }

    private static long count(String sql) {
        return sql.replaceAll("'[^']*'", "").chars().filter(c -> c == '?').count();
    }

    /** For each statement-level clause that has markers, the number of the pN column it belongs to (first seen). */
    private static List<Integer> columnsNextToMarkers(String sql) {
        List<Integer> seen = new ArrayList<>();
        Matcher m = Pattern.compile("[`\"]?p(\\d)[`\"]?").matcher(sql);
        int lastMarker = -1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            int nextMarker = sql.indexOf('?', m.end());
            int nextColumn = nextColumnStart(sql, m.end());
            // the column is "next to" a marker when a marker follows before the next pN column
            if (nextMarker >= 0 && (nextColumn < 0 || nextMarker < nextColumn) && nextMarker != lastMarker) {
                seen.add(n);
                lastMarker = nextMarker;
            }
        }
        return seen;
    }

    private static int nextColumnStart(String sql, int from) {
        Matcher m = Pattern.compile("[`\"]?p\\d[`\"]?").matcher(sql);
        return m.find(from) ? m.start() : -1;
    }
}
