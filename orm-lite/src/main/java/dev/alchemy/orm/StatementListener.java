package dev.alchemy.orm;

/**
 * Told about every statement an {@link Engine} runs (queries, DML, DDL, batches), after it ran or
 * failed: the SQL with {@code ?} markers (never values), how many rows a batch bound (1 for a single
 * statement) and how long it took. Count statements in tests with {@link StatementCounter}.
 * Called on the thread that ran the statement; keep it quick.
 */
@FunctionalInterface
public interface StatementListener {
    void onStatement(String sql, int batchSize, long elapsedNanos);
}
