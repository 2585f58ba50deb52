package dev.alchemy.translator.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alchemy.translator.Dialect;
import dev.alchemy.translator.OnError;
import dev.alchemy.translator.SqlTranslator;
import dev.alchemy.translator.TranslationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs the SQLGlot-derived corpus through the translator (in {@code fail} mode, cache off) and measures, per
 * (source, target) pair: the cases, how many translated without error, and how many equal SQLGlot's
 * {@code expected} after {@link SqlNormaliser}. Corpus dialect {@code ansi} is read as Alchemy's portable SQL;
 * {@code ansi} cases calling a {@link SqlglotOnlyFunctions SQLGlot-only function} are excluded and counted apart.
 *
 * <p>{@code main} prints the table for any corpus file:
 * {@code java -cp <translator test classpath> dev.alchemy.translator.corpus.CorpusReport [corpus.jsonl [details.txt]]}.
 */
public final class CorpusReport {

    /** One line of the corpus. */
    public record Case(String id, String source, String target, String input, String expected, String kind,
                       boolean trivial) {
        String pair() {
            return source + "->" + target;
        }
    }

    /** What the translator made of one case. */
    public record Outcome(Case c, String actual, String error, boolean equal) {
        boolean translated() {
            return error == null;
        }
    }

    /** Counts for one pair. */
    public static final class PairStats {
        int cases;
        int translated;
        int equal;
        int excluded;
        int nonTrivial;
        int nonTrivialEqual;

        public int cases() { return cases; }
        public int translated() { return translated; }
        public int equal() { return equal; }
        public int excluded() { return excluded; }
    }

    /** Everything one run measured. */
    public record Result(Map<String, PairStats> pairs, List<Outcome> outcomes, Map<Case, String> excluded) {
        PairStats total() {
            PairStats t = new PairStats();
            pairs.values().forEach(p -> {
                t.cases += p.cases;
                t.translated += p.translated;
                t.equal += p.equal;
                t.excluded += p.excluded;
                t.nonTrivial += p.nonTrivial;
                t.nonTrivialEqual += p.nonTrivialEqual;
            });
            return t;
        }
    }

    private CorpusReport() {
    }

    public static List<Case> load(Path corpus) {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                cases.add(new Case(n.path("id").asText(), n.path("source_dialect").asText(),
                        n.path("target_dialect").asText(), n.path("input").asText(), n.path("expected").asText(),
                        n.path("kind").asText(), n.path("trivial").asBoolean(n.path("input").asText()
                        .equals(n.path("expected").asText()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + corpus, e);
        }
        return cases;
    }

    /** Corpus dialect names are SQLGlot's; {@code ansi} (its generic dialect) is read as portable SQL. */
    public static Dialect dialect(String corpusName) {
        return "ansi".equals(corpusName) ? Dialect.PORTABLE : Dialect.of(corpusName);
    }

    public static Result run(List<Case> cases) {
        Map<String, PairStats> pairs = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        Map<Case, String> excluded = new java.util.LinkedHashMap<>();
        Map<String, SqlTranslator> translators = new HashMap<>();
        for (Case c : cases) {
            PairStats stats = pairs.computeIfAbsent(c.pair(), k -> new PairStats());
            Optional<String> sqlglotOnly = "ansi".equals(c.source) ? SqlglotOnlyFunctions.usedBy(c.input)
                    : Optional.empty();
            if (sqlglotOnly.isPresent()) {
                stats.excluded++;
                excluded.put(c, sqlglotOnly.get());
                continue;
            }
            Dialect target = dialect(c.target);
            SqlTranslator t = translators.computeIfAbsent(c.pair(), k -> SqlTranslator.builder()
                    .source(dialect(c.source)).target(target).onError(OnError.FAIL).cacheSize(0).build());
            stats.cases++;
            Outcome o;
            try {
                String actual = t.translate(c.input);
                boolean equal = SqlNormaliser.equivalent(actual, c.expected, target);
                o = new Outcome(c, actual, null, equal);
            } catch (TranslationException e) {
                o = new Outcome(c, null, "[" + e.getSqlState() + "] " + e.getMessage(), false);
            } catch (RuntimeException e) { // a translator bug must show up in the figures, not abort them
                o = new Outcome(c, null, "internal error: " + e, false);
            }
            if (o.translated()) {
                stats.translated++;
            }
            if (o.equal) {
                stats.equal++;
            }
            if (!c.trivial) {
                stats.nonTrivial++;
                if (o.equal) {
                    stats.nonTrivialEqual++;
                }
            }
            outcomes.add(o);
        }
        return new Result(pairs, outcomes, excluded);
    }

    /** The per-pair table, an overall line, and the exclusions. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-20s %6s %10s %7s %7s %7s %15s %9s%n";
        sb.append(String.format(fmt, "pair", "cases", "translated", "%", "equal", "%", "equal-nontrivial",
                "excluded"));
        r.pairs.forEach((pair, p) -> sb.append(row(fmt, pair, p)));
        sb.append(row(fmt, "TOTAL", r.total()));
        sb.append(String.format("equal-nontrivial: equal among the cases whose expected differs from the input "
                + "(returning the input unchanged scores 0 there)%n"));
        sb.append(String.format("excluded: %d ansi case(s) calling SQLGlot-only functions (not counted in cases)%n",
                r.excluded.size()));
        return sb.toString();
    }

    private static String row(String fmt, String name, PairStats p) {
        return String.format(fmt, name, p.cases, p.translated, pct(p.translated, p.cases), p.equal,
                pct(p.equal, p.cases), p.nonTrivialEqual + "/" + p.nonTrivial, p.excluded);
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.1f", 100.0 * part / whole);
    }

    /** Every case that is not equal, with its input, SQLGlot's expected and what Alchemy produced. */
    public static String details(Result r) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : r.outcomes) {
            if (o.equal) {
                continue;
            }
            sb.append("== ").append(o.c.id).append(" (").append(o.c.pair()).append(", ").append(o.c.kind).append(")\n")
                    .append("input:    ").append(o.c.input).append('\n')
                    .append("expected: ").append(o.c.expected).append('\n')
                    .append(o.translated() ? "actual:   " + o.actual : "error:    " + o.error).append('\n');
            if (o.translated()) {
                sb.append("differs:  ").append(firstDifference(o.actual, o.c.expected, dialect(o.c.target))).append('\n');
            }
            sb.append('\n');
        }
        sb.append("== excluded (SQLGlot-only functions)\n");
        r.excluded.forEach((c, f) -> sb.append(c.id).append(": ").append(f).append(": ").append(c.input).append('\n'));
        return sb.toString();
    }

    /** Where the normal forms part, to tell a real difference from a normaliser blind spot at a glance. */
    static String firstDifference(String actual, String expected, Dialect d) {
        List<String> a = SqlNormaliser.normalise(actual, d);
        List<String> e = SqlNormaliser.normalise(expected, d);
        int i = 0;
        while (i < a.size() && i < e.size() && a.get(i).equals(e.get(i))) {
            i++;
        }
        return "token " + i + ": expected " + (i < e.size() ? e.get(i) : "<end>") + ", actual "
                + (i < a.size() ? a.get(i) : "<end>");
    }

    public static void main(String[] args) throws IOException {
        String path = args.length > 0 ? args[0] : System.getProperty("alchemy.corpus",
                "../shared/corpus/translation-visible.jsonl");
        Result r = run(load(Path.of(path)));
        System.out.print(table(r));
        System.out.println();
        System.out.println("SQLGlot-only functions (ansi cases calling them are excluded):");
        SqlglotOnlyFunctions.all().forEach((f, why) -> System.out.println("  " + f + ": " + why));
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), details(r), StandardCharsets.UTF_8);
            System.out.println("details of every unequal case: " + args[1]);
        }
    }
}
