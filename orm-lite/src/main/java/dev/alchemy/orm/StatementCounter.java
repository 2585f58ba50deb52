package dev.alchemy.orm;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StatementListener} that records the statements an engine ran, for tests that assert how
 * many statements an operation issued: {@code engine.addListener(counter); ...; assertEquals(1, counter.count())}.
 */
public final class StatementCounter implements StatementListener {
    private final List<String> statements = new ArrayList<>();

    @Override
    public synchronized void onStatement(String sql, int batchSize, long elapsedNanos) {
        statements.add(sql);
    }

    /** How many statements (a JDBC batch counts once) ran since creation or the last {@link #reset()}. */
    public synchronized int count() {
        return statements.size();
    }

    /** How many of them start with {@code prefix} (case-insensitive), e.g. {@code "SELECT"}. */
    public synchronized int count(String prefix) {
        int n = 0;
        for (String s : statements) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                n++;
            }
        }
        return n;
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    public synchronized void reset() {
        statements.clear();
    }

    @Override
    public synchronized String toString() {
        return statements.size() + " statements " + statements;
    }
}
