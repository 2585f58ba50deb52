package dev.alchemy.driver.jdbc;

import dev.alchemy.translator.Translation;
import java.sql.SQLException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one hook every SQL string passes through on its way to the database ({@code prepareStatement*},
 * {@code prepareCall*}, {@code execute*}, {@code addBatch(String)}, {@code nativeSQL}), and the statement log
 * ({@code alchemy.echo}, {@code alchemy.slowQueryThresholdMs}). One instance per connection configuration,
 * shared by every connection of it; immutable and thread-safe.
 */
public final class SqlHook {
    /** Rewrites SQL on its way to the database: the dialect translator in production. */
    @FunctionalInterface
    public interface Rewriter {
        String rewrite(String sql) throws SQLException;

        /**
         * The translation of a statement the application binds parameters to (prepare paths): it may take the
         * {@code ?} markers in another order, which the prepared statement then rebinds. By default in order.
         */
        default Translation rewriteStatement(String sql) throws SQLException {
            return Translation.inOrder(rewrite(sql));
        }
    }

    /** Statement log: INFO for {@code alchemy.echo}, WARN for slow statements. */
    public static final String LOGGER_NAME = "dev.alchemy.sql";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final Rewriter rewriter;
    private final boolean echo;
    private final long slowNanos;
    private final long slowMillis;
    private final String label;
    private final String password;
    /** True when statements must be timed: checked before calling {@link System#nanoTime()}, so off costs nothing. */
    final boolean timed;

    /**
     * @param rewriter          null to send SQL unchanged ({@code alchemy.translate=false})
     * @param slowThresholdMs   statements slower than this log at WARN; 0 or less turns it off
     * @param label             names the pool (or connection) in log lines
     * @param password          masked wherever it might show up in a log line or message
     */
    public SqlHook(Rewriter rewriter, boolean echo, long slowThresholdMs, String label, String password) {
        this.rewriter = rewriter;
        this.echo = echo;
        this.slowMillis = slowThresholdMs;
        this.slowNanos = slowThresholdMs > 0 ? slowThresholdMs * 1_000_000L : Long.MAX_VALUE;
        this.label = label;
        this.password = password;
        this.timed = echo || slowThresholdMs > 0;
    }

    /** The SQL to send for {@code received}: translated, or {@code received} itself. */
    public String toDatabase(String received) throws SQLException {
        if (rewriter == null || received == null) {
            return received;
        }
        return rewriter.rewrite(received);
    }

    /**
     * The translation of a statement to be prepared, whose parameters the application binds through the wrapper;
     * null when SQL is sent unchanged (no rewriter), so that costs nothing.
     */
    public Translation toDatabaseStatement(String received) throws SQLException {
        if (rewriter == null || received == null) {
            return null;
        }
        return rewriter.rewriteStatement(received);
    }

    public boolean echo() {
        return echo;
    }

    /** Echoes SQL that reaches the database without being executed yet (prepare, addBatch, nativeSQL). */
    void received(String entryPoint, String received, String sent) {
        if (echo && LOG.isInfoEnabled()) {
            if (same(received, sent)) {
                LOG.info("[{}] {} | received: {} | sent: (unchanged)", label, entryPoint, mask(received));
            } else {
                LOG.info("[{}] {} | received: {} | sent: {}", label, entryPoint, mask(received), mask(sent));
            }
        }
    }

    /** Start of an execution: a timestamp when statements are timed, else 0 (no clock read). */
    long start() {
        return timed ? System.nanoTime() : 0L;
    }

    /**
     * End of an execution started by {@link #start()}. {@code received} is null when the SQL was already
     * echoed at prepare time (prepared statements, batches).
     */
    void executed(String entryPoint, String received, String sent, long startNanos) {
        if (!timed) {
            return;
        }
        long elapsed = System.nanoTime() - startNanos;
        if (echo && LOG.isInfoEnabled()) {
            if (received == null) {
                LOG.info("[{}] {} {} ms | sent: {}", label, entryPoint, millis(elapsed), mask(sent));
            } else if (same(received, sent)) {
                LOG.info("[{}] {} {} ms | received: {} | sent: (unchanged)", label, entryPoint, millis(elapsed), mask(received));
            } else {
                LOG.info("[{}] {} {} ms | received: {} | sent: {}", label, entryPoint, millis(elapsed), mask(received), mask(sent));
            }
        }
        if (elapsed > slowNanos && LOG.isWarnEnabled()) {
            LOG.warn("[{}] slow statement: {} took {} ms (alchemy.slowQueryThresholdMs={}) | sent: {}",
                    label, entryPoint, millis(elapsed), slowMillis, mask(sent));
        }
    }

    /** Masks the connection's password (and any URL-style password) in text bound for a log or message. */
    public String mask(String text) {
        return Secrets.mask(text, password);
    }

    String label() {
        return label;
    }

    private static boolean same(String a, String b) {
        return a == b || (a != null && a.equals(b));
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }

    @Override
    public String toString() {
        return "SqlHook[" + label + ", translate=" + (rewriter != null) + ", echo=" + echo + ", slowQueryThresholdMs=" + slowMillis + "]";
    }
}
