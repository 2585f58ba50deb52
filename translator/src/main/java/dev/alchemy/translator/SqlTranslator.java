package dev.alchemy.translator;

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
    private final Dialect source;
    private final Dialect target;
    private final OnError onError;
    private final long cacheSize;

    private SqlTranslator(Builder b) {
        this.source = b.source;
        this.target = Objects.requireNonNull(b.target, "target dialect");
        this.onError = b.onError;
        this.cacheSize = b.cacheSize;
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
     * rewriting.
     */
    public String translate(String sql) throws TranslationException {
        return sql; // TODO(translator issue): parse, rewrite for the target, render, cache
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

        public Builder source(Dialect source) { this.source = Objects.requireNonNull(source); return this; }
        public Builder target(Dialect target) { this.target = Objects.requireNonNull(target); return this; }
        public Builder onError(OnError onError) { this.onError = Objects.requireNonNull(onError); return this; }
        /** Maximum number of cached translations; 0 disables the cache. */
        public Builder cacheSize(long cacheSize) { this.cacheSize = cacheSize; return this; }
        public SqlTranslator build() { return new SqlTranslator(this); }
    }
}
