package org.dateline.eval;

import static org.dateline.eval.PolnearCorpusTest.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionScorerTest {

    // “We will win,” Smith said, “and soon.” Rivals were weak, aides claimed.
    private static final GoldAttribution QUOTE = new GoldAttribution("E1", spans(15, 20), spans(21, 25),
            List.of(new Span(0, 14), new Span(27, 38)));
    private static final GoldAttribution REPORTED = new GoldAttribution("E2", spans(57, 62), spans(63, 70),
            spans(39, 55));
    private static final List<GoldAttribution> GOLD = List.of(QUOTE, REPORTED);

    @Test
    void aPerfectSystemScoresOneEverywhere() {
        AttributionScores scores = AttributionScorer.score(TEXT, GOLD, GOLD.stream()
                .map(g -> new PredictedAttribution(g.source(), g.cue(), g.content())).toList());
        Report report = scores.report();
        for (String figure : List.of("content-f1", "content-f1-exact", "source-f1", "source-f1-exact", "cue-f1",
                "direct-content-f1", "direct-source-f1", "indirect-content-f1", "indirect-source-f1")) {
            assertEquals(1.0, report.value(figure), figure);
        }
    }

    @Test
    void anEmptySystemHasZeroRecall() {
        AttributionScores scores = AttributionScorer.score(TEXT, GOLD, List.of());
        assertEquals(new Score(2, 0, 0), scores.content());
        assertEquals(0.0, scores.content().recall());
        assertEquals(0.0, scores.source().recall());
    }

    @Test
    void contentOffBySomeCharactersCountsForOverlapButNotForExact() {
        // "Rivals were weak, aides" instead of "Rivals were weak"
        AttributionScores scores = AttributionScorer.score(TEXT, List.of(REPORTED), List.of(
                new PredictedAttribution(spans(57, 62), spans(63, 70), spans(39, 62))));
        assertEquals(new Score(1, 1, 1), scores.content());
        assertEquals(new Score(1, 1, 0), scores.contentExact());
        assertEquals(new Score(1, 1, 1), scores.sourceExact());
    }

    @Test
    void exactComparisonIgnoresQuotationMarksAndPunctuationAtTheEnds() {
        // the quoted words without their marks and commas: "We will win" + "and soon"
        AttributionScores scores = AttributionScorer.score(TEXT, List.of(QUOTE), List.of(new PredictedAttribution(
                spans(15, 20), spans(21, 25), List.of(new Span(1, 12), new Span(28, 36)))));
        assertEquals(new Score(1, 1, 1), scores.contentExact());
    }

    @Test
    void oneFragmentOfADiscontinuousQuoteIsEnoughForOverlap() {
        AttributionScores scores = AttributionScorer.score(TEXT, List.of(QUOTE), List.of(new PredictedAttribution(
                spans(15, 20), spans(21, 25), spans(28, 36))));
        assertEquals(new Score(1, 1, 1), scores.content());
        assertEquals(new Score(1, 1, 0), scores.contentExact());
        assertEquals(new Score(1, 1, 1), scores.directSource());
    }

    @Test
    void theSourceCountsOnlyWithTheRightContent() {
        // right speaker, but the content it claims is the reported speech of the aides
        AttributionScores scores = AttributionScorer.score(TEXT, List.of(QUOTE), List.of(new PredictedAttribution(
                spans(15, 20), spans(21, 25), spans(39, 55))));
        assertEquals(new Score(1, 1, 0), scores.source());
        assertEquals(new Score(1, 1, 0), scores.content());
        assertEquals(new Score(1, 1, 1), scores.cue());
    }

    @Test
    void attributionsWithoutSourceAreLeftOutOfTheSourceScores() {
        var noSource = new GoldAttribution("E2", List.of(), spans(63, 70), spans(39, 55));
        AttributionScores scores = AttributionScorer.score(TEXT, List.of(noSource), List.of(
                new PredictedAttribution(List.of(), spans(63, 70), spans(39, 55))));
        assertEquals(Score.EMPTY, scores.source());
        assertEquals(new Score(1, 1, 1), scores.content());
    }

    @Test
    void directQuotesStartWithOrSitInsideQuotationMarks() {
        assertTrue(AttributionScorer.isDirect(TEXT, spans(0, 14)));
        assertTrue(AttributionScorer.isDirect(TEXT, spans(1, 12)));
        assertTrue(AttributionScorer.isDirect("He said ''It is over.''", spans(10, 21)));
        assertFalse(AttributionScorer.isDirect(TEXT, spans(39, 55)));
        assertFalse(AttributionScorer.isDirect("She wants to “keep it under wraps.”", spans(4, 35)));
    }

    @Test
    void directAndIndirectAreScoredApart() {
        AttributionScores scores = AttributionScorer.score(TEXT, GOLD, List.of(new PredictedAttribution(
                spans(15, 20), spans(21, 25), spans(1, 12))));
        assertEquals(new Score(1, 1, 1), scores.directContent());
        assertEquals(new Score(1, 0, 0), scores.indirectContent());
        assertEquals(new Score(2, 1, 1), scores.content());
    }

    @Test
    void mixedContentHoldsAQuotationAndIsScoredApart() {
        String text = "Aides said the plan was \u201Ca disaster\u201D and left.";
        var mixed = new GoldAttribution("E1", spans(0, 4), spans(5, 9), spans(10, 38));
        assertTrue(AttributionScorer.isMixed(text, spans(10, 38)));
        assertFalse(AttributionScorer.isMixed(text, spans(10, 23)));
        AttributionScores scores = AttributionScorer.score(text, List.of(mixed), List.of(
                new PredictedAttribution(spans(0, 4), spans(5, 9), spans(10, 23))));
        assertEquals(new Score(1, 0, 0), scores.mixedContent());
        assertEquals(new Score(1, 1, 1), scores.indirectContent());
    }

    @Test
    void nominalCuesAreScoredApartAsTheCallerTellsThem() {
        // "Rivals were weak, aides claimed": call the cue "claimed" nominal for the test
        AttributionScores scores = AttributionScorer.score(TEXT, GOLD, List.of(
                new PredictedAttribution(spans(57, 62), spans(63, 70), spans(39, 55))),
                cue -> cue.get(0).start() == 63);
        assertEquals(new Score(1, 1, 1), scores.nominalContent());
        assertEquals(new Score(1, 1, 1), scores.nominalSource());
        assertEquals(new Score(2, 1, 1), scores.content());
    }

    @Test
    void mismatchesNameWhatWasMissedAndWhatWasWrong() {
        List<String> lines = AttributionScorer.mismatches("t1", TEXT, GOLD, List.of(
                new PredictedAttribution(spans(57, 62), spans(63, 70), spans(39, 55)),
                new PredictedAttribution(List.of(), List.of(), spans(28, 36))));
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("miss\tt1\tdirect\tSmith\tsaid"), lines.get(0));
        assertTrue(lines.get(1).startsWith("false\tt1\tdirect\t\t\tand soon"), lines.get(1));
    }

    @Test
    void evaluationScoresEveryAnnotatedTextAndStatesTheAnnotationChoice(@TempDir Path root) throws IOException {
        Report report = QuoteEvaluation.run(PolnearCorpusTest.split(root), (text, date) -> List.of(
                new PredictedAttribution(spans(15, 20), spans(21, 25), spans(0, 38))));
        assertEquals(1, report.value("texts"));
        assertEquals(0.5, report.value("content-recall"));
        assertEquals(1.0, report.value("direct-content-f1"));
        assertEquals(1.0, report.value("source-precision"));
        assertTrue(report.details().get(0).contains("first annotator file in sorted order"), report.details().get(0));
    }

    private static List<Span> spans(int start, int end) {
        return List.of(new Span(start, end));
    }
}
