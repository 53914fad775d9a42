package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Evidence;
import org.dateline.model.Span;

/** Invariants on generated news-like text: spans inside the text, identical output across runs and threads. */
class AnalyzerPropertiesTest {
    private static final String[] WORDS = {"Mr", "Zelensky", "said", "on", "Monday", "the", "troops", "crossed",
        "River", "\"", ",", ".", "Kyiv", "146", "bodies", "could", "not", "verify", "reports", "he", "would", "visit",
        "over", "weekend", "village", "of", "Bilohorivka", "governor", "Luhansk", "'s", "\n\n", "according", "to",
        "officials", "July", "“", "”", "-", "(", ")", "é", "\u0000"};

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(40).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 40)
    void everySpanLiesInsideTheText(@ForAll("newsLike") String text) {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", text);
        List<Evidence> items = new ArrayList<>();
        items.addAll(r.entities());
        r.entities().forEach(e -> items.addAll(e.mentions()));
        r.entities().forEach(e -> items.addAll(e.titles()));
        items.addAll(r.quotes());
        items.addAll(r.claims());
        items.addAll(r.times());
        items.addAll(r.places());
        items.addAll(r.numbers());
        items.addAll(r.caveats());
        for (Evidence e : items) {
            assertTrue(0 <= e.start() && e.start() <= e.end() && e.end() <= text.length(), () -> e + " in " + text);
            assertTrue(e.sentence() >= 0, e::toString);
        }
        r.claims().forEach(c -> assertInside(c.contentSpan(), text));
        r.quotes().forEach(q -> assertInside(q.speakerSpan(), text));
    }

    private static void assertInside(Span s, String text) {
        if (s != null) {
            assertTrue(s.end() <= text.length(), () -> s + " outside " + text.length());
        }
    }

    @Property(tries = 10)
    void outputIsIdenticalAcrossRunsAndThreads(@ForAll("newsLike") String text) throws Exception {
        String first = Json.write(TestPipeline.analyze("2022-09-20", text), false);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> Json.write(TestPipeline.analyze("2022-09-20", text), false)));
            }
            for (Future<String> f : runs) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
