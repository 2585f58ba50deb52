package dev.alchemy.bench;

import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Cold translation: parse + rewrite + render on every call (cache off, {@code cacheSize(0)}), one thread, portable
 * SQL to each target. Bar: the short statement at 15,000 translations/s or more on one core.
 *
 * <pre>java -jar integration-tests/target/benchmarks.jar TranslationColdBenchmark</pre>
 *
 * <p>The warm-up is long because JSqlParser's parser is one class of some thousand look-ahead methods: C2 keeps
 * compiling them for about 20 s, and each compile request resolves the class's whole constant pool on the
 * benchmark thread (a sixth of the samples after 6 s of warm-up). The figure wanted is the steady state.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TranslationColdBenchmark {

    @Param({"point", "short", "tpch_q9", "tpch_q18"})
    public String query;

    @Param({"postgresql", "sqlserver", "mysql", "sqlite", "h2"})
    public String target;

    private SqlTranslator translator;
    private String sql;

    @Setup(Level.Trial)
    public void setUp() throws TranslationException {
        sql = TranslationQueries.byName(query);
        translator = SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.of(target))
                .onError(OnError.FAIL).cacheSize(0).build();
        translator.translate(sql); // fails the trial loudly rather than timing the error path
    }

    @Benchmark
    public String translate() throws TranslationException {
        return translator.translate(sql);
    }
}
