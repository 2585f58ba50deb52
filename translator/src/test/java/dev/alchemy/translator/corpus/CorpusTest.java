package dev.alchemy.translator.corpus;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Measures the translator against the SQLGlot-derived corpus ({@code -Dalchemy.corpus}, set by the pom) and holds
 * it to the floors in {@code corpus/corpus-floors.properties}: per pair, the number of cases equal to SQLGlot's
 * output after normalising. Floors only go up: when a pair rises above its floor the test says so, and the floor
 * should be raised in the same commit as the improvement.
 *
 * <p>"Translated without error" is reported but has no floor on purpose: refusing a construct the target lacks
 * ({@code 0A000}) instead of passing it through unchanged lowers it, and a floor there would reward silence.
 * The table is printed; every unequal case is written to {@code target/corpus-report.txt}.
 */
class CorpusTest {
    private static final String FLOORS = "/corpus/corpus-floors.properties";

    @Test
    void translatorStaysAtOrAboveTheCorpusFloors() throws IOException {
        String property = System.getProperty("alchemy.corpus");
        Assumptions.assumeTrue(property != null, "system property alchemy.corpus is not set (the pom sets it)");
        Path corpus = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isRegularFile(corpus)) {
            Assumptions.abort("corpus not found at " + corpus + "; skipping the corpus measure");
        }

        CorpusReport.Result result = CorpusReport.run(CorpusReport.load(corpus));
        System.out.println("Translation corpus " + corpus + " (equal = same as SQLGlot after normalising):");
        System.out.print(CorpusReport.table(result));
        Path details = Path.of("target", "corpus-report.txt");
        Files.createDirectories(details.getParent());
        Files.writeString(details, CorpusReport.details(result), StandardCharsets.UTF_8);
        System.out.println("every unequal case: " + details.toAbsolutePath());

        String prefix = corpus.getFileName() + "/";
        Properties floors = loadFloors();
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, CorpusReport.PairStats> e : result.pairs().entrySet()) {
            String pair = e.getKey();
            CorpusReport.PairStats p = e.getValue();
            checked += check(floors, prefix + pair + ".equal", p.equal(), below, above);
        }
        for (String key : floors.stringPropertyNames()) {
            String pair = key.startsWith(prefix) ? key.substring(prefix.length(), key.lastIndexOf('.')) : null;
            if (pair != null && !result.pairs().containsKey(pair)) {
                below.add(key + ": the pair is no longer in the corpus");
            }
        }
        if (!above.isEmpty()) {
            System.out.println("Above the floor; raise these in translator/src/test/resources" + FLOORS + ":");
            above.forEach(a -> System.out.println("  " + a));
        }
        if (checked == 0) {
            System.out.println("No floors recorded for " + corpus.getFileName() + ": measured, nothing asserted.");
        }
        assertTrue(below.isEmpty(), "The translator fell below its corpus floors (see the table above and "
                + details + "):\n  " + String.join("\n  ", below));
    }

    private static int check(Properties floors, String key, int actual, List<String> below, List<String> above) {
        String floor = floors.getProperty(key);
        if (floor == null) {
            return 0;
        }
        int f = Integer.parseInt(floor.trim());
        if (actual < f) {
            below.add(key + " = " + actual + ", floor " + f);
        } else if (actual > f) {
            above.add(key + "=" + actual + "   (floor " + f + ")");
        }
        return 1;
    }

    private static Properties loadFloors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = CorpusTest.class.getResourceAsStream(FLOORS)) {
            if (in == null) {
                fail("missing test resource " + FLOORS);
            }
            p.load(in);
        }
        return p;
    }
}
