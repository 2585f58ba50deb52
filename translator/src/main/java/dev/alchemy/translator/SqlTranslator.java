package dev.alchemy.translator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.alchemy.translator.engine.TranslationEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Translates SQL from one dialect to another. One instance serves one (source, target) pair and owns the
 * cache of its translations, so a cached lookup is keyed by the SQL string alone and allocates nothing.
 * Thread-safe.
 *
 * <pre>{@code
 * SqlTranslator t = SqlTranslator.builder().source(Dialect.POSTGRESQL).target(Dialect.SQLSERVER).build();
 * String tsql = t.translate("SELECT * FROM users LIMIT 10");
 * }</pre>
 */
public final class SqlTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(SqlTranslator.class);
    /** Statements already warned about when the translation cache is off (bounded, so it cannot grow forever). */
    private static final int WARNED_WITHOUT_CACHE = 1_000;
    /** Statements longer than this are translated every time rather than cached. */
    private static final int MAX_CACHED_LENGTH = 64 * 1024;

    private final Dialect source;
    private final Dialect target;
    private final OnError onError;
    private final long cacheSize;
    private final TranslationEngine engine;
    /** sql -> its {@link Translation}, or a {@link Failure} (so a failing statement is parsed and warned about once). */
    private final Cache<String, Object> cache;
    private final Cache<String, Boolean> warned;

    private SqlTranslator(Builder b) {
        this.source = b.source;
        this.target = Objects.requireNonNull(b.target, "target dialect");
        this.onError = b.onError;
        this.cacheSize = b.cacheSize;
        // The lexical fast path cannot tell valid from invalid SQL, so strict mode always parses.
        this.engine = new TranslationEngine(source, target,
                new dev.alchemy.translator.engine.BoundedParser(b.parseTimeoutMillis), onError == OnError.PASSTHROUGH);
        this.cache = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
        this.warned = cacheSize > 0 ? null : Caffeine.newBuilder().maximumSize(WARNED_WITHOUT_CACHE).<String, Boolean>build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One-off translation without a long-lived translator (builds one; prefer a shared instance). */
    public static String translate(String sql, Dialect source, Dialect target) throws TranslationException {
        return builder().source(source).target(target).cacheSize(0).build().translate(sql);
    }

    /**
     * The SQL rewritten for the target. Returns {@code sql} itself (the same instance) when nothing needs
     * rewriting. The caller binds parameters in the input's order, so a statement whose translation would take its
     * {@code ?} markers in another order ({@link #translateStatement(String)}) is refused (0A000) like any other
     * construct the target lacks.
     */
    public String translate(String sql) throws TranslationException {
        Objects.requireNonNull(sql, "sql");
        Lookup found = lookup(sql);
        if (found.result instanceof Translation t && t.reordersParameters()) {
            return refused(sql, engine.inputOrderRefusal(t), found.firstSeen);
        }
        String translated = outcome(sql, found.result, found.firstSeen).sql();
        // a cached translation holds the first caller's string: an unchanged statement answers with the caller's own
        return translated == sql || !translated.equals(sql) ? translated : sql;
    }

    /**
     * The statement rewritten for the target, for a caller that binds its parameters itself (the JDBC driver):
     * where the target's form takes the {@code ?} markers in another order than the input (SQL Server's
     * {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY} for {@code LIMIT ? OFFSET ?}) the result carries the
     * {@link Translation#parameterOrder() order} to bind them in. Its SQL is {@code sql} itself when nothing
     * needs rewriting; under passthrough a refused statement comes back unchanged and in order.
     */
    public Translation translateStatement(String sql) throws TranslationException {
        Objects.requireNonNull(sql, "sql");
        Lookup found = lookup(sql);
        return outcome(sql, found.result, found.firstSeen);
    }

    private Lookup lookup(String sql) {
        if (cache == null || sql.length() > MAX_CACHED_LENGTH) {
            // huge statements (bulk INSERTs) are rarely repeated; caching them would only pin memory
            return new Lookup(compute(sql), true);
        }
        Object hit = cache.getIfPresent(sql);
        if (hit != null) {
            return new Lookup(hit, false);
        }
        Object computed = compute(sql);
        Object raced = cache.asMap().putIfAbsent(sql, computed);
        // Whoever stored first logs the passthrough warning, so it is logged once per distinct statement.
        return new Lookup(raced == null ? computed : raced, raced == null);
    }

    private Object compute(String sql) {
        try {
            return engine.translateStatement(sql);
        } catch (TranslationException e) {
            return new Failure(e);
        }
    }

    private Translation outcome(String sql, Object result, boolean firstSeen) throws TranslationException {
        if (result instanceof Translation translated) {
            return translated;
        }
        return Translation.inOrder(refused(sql, ((Failure) result).exception, firstSeen));
    }

    /** Throws {@code failure} under onError=fail; under passthrough warns (once per statement) and returns {@code sql}. */
    private String refused(String sql, TranslationException failure, boolean firstSeen) throws TranslationException {
        if (onError == OnError.FAIL) {
            throw new TranslationException(failure.getMessage(), failure.getSqlState(), failure.getCause());
        }
        if (firstSeen && (warned == null || warned.asMap().putIfAbsent(sql, Boolean.TRUE) == null)) {
            LOG.warn("{}; sending the statement unchanged (alchemy.translate.onError=passthrough): {}",
                    failure.getMessage(), maskSecrets(sql));
        }
        return sql;
    }

    /** A cache lookup: the cached {@link Translation} or {@link Failure}, and whether this call computed it. */
    private record Lookup(Object result, boolean firstSeen) {
    }

    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile(
            "(?i)(password|identified\\s+by|secret)(\\s*=?\\s*)'(?:[^']|'')*'");

    /** The statement with literals following PASSWORD / IDENTIFIED BY masked, for logging. */
    static String maskSecrets(String sql) {
        return SECRET.matcher(sql).replaceAll("$1$2'***'");
    }

    /** A cached translation failure. */
    private record Failure(TranslationException exception) {
    }

    public Dialect source() { return source; }
    public Dialect target() { return target; }
    public OnError onError() { return onError; }
    public long cacheSize() { return cacheSize; }

    public static final class Builder {
        private Dialect source = Dialect.PORTABLE;
        private Dialect target;
        private OnError onError = OnError.PASSTHROUGH;
        private long cacheSize = 10_000;
        private long parseTimeoutMillis = dev.alchemy.translator.engine.BoundedParser.DEFAULT_TIMEOUT_MS;

        public Builder source(Dialect source) { this.source = Objects.requireNonNull(source); return this; }
        public Builder target(Dialect target) { this.target = Objects.requireNonNull(target); return this; }
        public Builder onError(OnError onError) { this.onError = Objects.requireNonNull(onError); return this; }
        /** Maximum number of cached translations; 0 disables the cache. */
        public Builder cacheSize(long cacheSize) { this.cacheSize = cacheSize; return this; }
        /** Time one statement's parse may take before it counts as unparseable (42000); 0 = unbounded. */
        public Builder parseTimeoutMillis(long millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("parse timeout must be >= 0 ms, not " + millis);
            }
            this.parseTimeoutMillis = millis;
            return this;
        }

        public SqlTranslator build() { return new SqlTranslator(this); }
    }
}
