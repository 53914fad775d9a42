package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Checks the loaders on the public evaluation sets in {@code ../shared/data} beside the project root. A plain clone
 * has no such folder: then these tests are skipped and say what they need.
 */
class SharedDataTest {

    /** The module runs its tests in its own folder; ../shared from the project root is ../../shared from here. */
    private static final Path SHARED = Path.of("../../shared").toAbsolutePath().normalize();
    private static final Path TIMEBANK = SHARED.resolve("data/time/TimeBank");
    private static final Path POLNEAR_DEV = SHARED.resolve("data/quotes/polnear/dev");

    @Test
    void timeBankHas183DocumentsAnd1426Timex3IncludingTheCreationTimes() throws IOException {
        assumeTrue(Files.isDirectory(TIMEBANK), "needs ../shared/data/time/TimeBank (not found at " + TIMEBANK + ")");
        List<TimeMlDocument> documents = TimeMlReader.readAll(TIMEBANK);
        int inText = documents.stream().mapToInt(d -> d.timexes().size()).sum();

        assertEquals(183, documents.size());
        // the data README's 1,426 TIMEX3 count one creation time (DCT) per document: 1,243 + 183
        assertEquals(1243, inText);
        assertEquals(1426, inText + documents.size());
    }

    @Test
    void timeBankGoldScoresOneAgainstItself() throws IOException {
        assumeTrue(Files.isDirectory(TIMEBANK), "needs ../shared/data/time/TimeBank (not found at " + TIMEBANK + ")");
        Map<String, TimeMlDocument> byText = new HashMap<>();
        TimeMlReader.readAll(TIMEBANK).forEach(d -> byText.put(d.text(), d));
        Report report = TimeEvaluation.run(TIMEBANK, (text, date) -> byText.get(text).timexes().stream()
                .map(g -> new PredictedTimex(g.start(), g.end(), g.type(), g.value())).toList());
        assertEquals(1.0, report.value("extent-f1-strict"));
        assertEquals(1.0, report.value("value-accuracy"));
    }

    @Test
    void polnearDevHas84AnnotatedTexts() throws IOException {
        assumeTrue(Files.isDirectory(POLNEAR_DEV),
                "needs ../shared/data/quotes/polnear/dev (not found at " + POLNEAR_DEV + ")");
        PolnearCorpus corpus = PolnearCorpus.load(POLNEAR_DEV);

        assertEquals(84, corpus.texts().size());
        assertEquals(List.of(), corpus.unannotatedTexts());
        assertEquals(10, corpus.unusedAnnotations().size()); // two texts have six annotators each
        assertEquals(2193, corpus.texts().stream().mapToInt(t -> t.attributions().size()).sum());
    }

    @Test
    void polnearGoldScoresOneAgainstItself() throws IOException {
        assumeTrue(Files.isDirectory(POLNEAR_DEV),
                "needs ../shared/data/quotes/polnear/dev (not found at " + POLNEAR_DEV + ")");
        Map<String, PolnearText> byText = new HashMap<>();
        PolnearCorpus.load(POLNEAR_DEV).texts().forEach(t -> byText.put(t.text(), t));
        Report report = QuoteEvaluation.run(POLNEAR_DEV, (text, date) -> byText.get(text).attributions().stream()
                .map(g -> new PredictedAttribution(g.source(), g.cue(), g.content())).toList());
        assertEquals(1.0, report.value("content-f1"));
        assertEquals(1.0, report.value("source-f1-exact"));
    }
}
