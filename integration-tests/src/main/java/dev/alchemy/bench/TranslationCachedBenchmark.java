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
 * Cached translation: the steady-state cost of a statement the translator has seen. {@code sameInstance} asks
 * with the very string it cached (an application's SQL constant: hash code already computed);
 * {@code equalCopy} asks with an equal string built afresh each time (SQL assembled at run time: the key is
 * hashed and compared in full, and the copy itself is part of the cost). Bar: under 1 us.
 *
 * <pre>java -jar integration-tests/target/benchmarks.jar TranslationCachedBenchmark</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TranslationCachedBenchmark {

    @Param({"short", "tpch_q9"})
    public String query;

    @Param({"postgresql", "sqlserver", "mysql"})
    public String target;

    private SqlTranslator translator;
    private String sql;
    private char[] chars;

    @Setup(Level.Trial)
    public void setUp() throws TranslationException {
        sql = TranslationQueries.byName(query);
        chars = sql.toCharArray();
        translator = SqlTranslator.builder().source(Dialect.PORTABLE).target(Dialect.of(target))
                .onError(OnError.FAIL).cacheSize(10_000).build();
        translator.translate(sql);
    }

    @Benchmark
    public String sameInstance() throws TranslationException {
        return translator.translate(sql);
    }

    @Benchmark
    public String equalCopy() throws TranslationException {
        return translator.translate(new String(chars));
    }
}
