package dev.alchemy.bench;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The floor under cold translation: JSqlParser alone parsing the same statements on the calling thread (simple
 * and complex parsing), and parse + {@code toString()} (JSqlParser's own rendering). The gap between this and
 * {@link TranslationColdBenchmark} is what Alchemy's rewriting and rendering cost.
 *
 * <pre>java -jar integration-tests/target/benchmarks.jar TranslationParseBaselineBenchmark</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TranslationParseBaselineBenchmark {

    @Param({"short", "tpch_q9", "tpch_q18"})
    public String query;

    private String sql;

    @Setup
    public void setUp() {
        sql = TranslationQueries.byName(query);
    }

    /** Simple parsing (JSqlParser's fast path, without the costly lookaheads), as the translator tries first. */
    @Benchmark
    public Statement parseSimple() throws ParseException {
        return CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement();
    }

    /** JSqlParser's default, complex parsing allowed. */
    @Benchmark
    public Statement parseComplex() throws ParseException {
        return CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(true).Statement();
    }

    @Benchmark
    public String parseSimpleAndRender() throws ParseException {
        return CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement().toString();
    }
}
