package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexScorerTest {

    // "\nAT&T fell yesterday after three months <of gains>.\n": yesterday = 11..20, three months = 27..39
    private static final TimeMlDocument DOC = new TimeMlDocument("wsj_0001", LocalDate.of(1998, 2, 13),
            "1998-02-13", "\nAT&T fell yesterday after three months <of gains>.\n", List.of(
            new GoldTimex("t1", "DATE", "1998-02-12", "yesterday", 11, 20),
            new GoldTimex("t2", "DURATION", "P3M", "three months", 27, 39)));

    @Test
    void aPerfectSystemScoresOne() {
        TimexScores scores = TimexScorer.score(DOC, List.of(
                new PredictedTimex(11, 20, "DATE", "1998-02-12"),
                new PredictedTimex(27, 39, "DURATION", "P3M")));
        Report report = scores.report();
        for (String figure : List.of("extent-precision", "extent-recall", "extent-f1", "extent-f1-strict",
                "value-accuracy", "type-accuracy")) {
            assertEquals(1.0, report.value(figure), figure);
        }
        assertEquals(List.of(), scores.valueMismatches());
    }

    @Test
    void anEmptySystemHasZeroRecallAndPrecision() {
        Report report = TimexScorer.score(DOC, List.of()).report();
        assertEquals(0.0, report.value("extent-recall"));
        assertEquals(0.0, report.value("extent-precision"));
        assertEquals(0.0, report.value("value-accuracy"));
        assertEquals(2, report.value("gold-timexes"));
    }

    @Test
    void offByAFewCharactersCountsForOverlapButNotForStrict() {
        // "fell yesterday" and "three months <of"
        TimexScores scores = TimexScorer.score(DOC, List.of(
                new PredictedTimex(6, 20, "DATE", "1998-02-12"),
                new PredictedTimex(27, 43, "DURATION", "P3M")));
        assertEquals(new Score(2, 2, 2), scores.extent());
        assertEquals(new Score(2, 2, 0), scores.strict());
        assertEquals(1.0, scores.valueAccuracy());
    }

    @Test
    void oneLongPredictionMatchesOnlyTheGoldItOverlapsMost() {
        // "yesterday after three months" covers 9 characters of t1 and 12 of t2
        TimexScores scores = TimexScorer.score(DOC, List.of(new PredictedTimex(11, 39, "DURATION", "P3M")));
        assertEquals(new Score(2, 1, 1), scores.extent());
        assertEquals(1, scores.valueCorrect());
    }

    @Test
    void wrongValuesAndTypesAreCountedAndListed() {
        TimexScores scores = TimexScorer.score(DOC, List.of(
                new PredictedTimex(11, 20, "DATE", "1998-02-13"),
                new PredictedTimex(27, 39, "DATE", null)));
        assertEquals(0.0, scores.valueAccuracy());
        assertEquals(0.5, scores.typeAccuracy());
        assertEquals(List.of(
                new ValueMismatch("wsj_0001", "yesterday", "yesterday", "1998-02-12", "1998-02-13"),
                new ValueMismatch("wsj_0001", "three months", "three months", "P3M", null)),
                scores.valueMismatches());
        assertEquals("wsj_0001 \"three months\" gold=P3M predicted=none", scores.valueMismatches().get(1).describe());
    }

    @Test
    void valuesAreComparedAsStringsUpToCaseAndSurroundingSpace() {
        var present = new TimeMlDocument("d", LocalDate.of(1998, 1, 8), "1998-01-08", "It is now.", List.of(
                new GoldTimex("t1", "DATE", "PRESENT_REF", "now", 6, 9)));
        assertEquals(1, TimexScorer.score(present, List.of(new PredictedTimex(6, 9, "date", " present_ref")))
                .valueCorrect());
        assertEquals(0, TimexScorer.score(present, List.of(new PredictedTimex(6, 9, "DATE", "1998-01-08")))
                .valueCorrect());
    }

    @Test
    void evaluationRunsTheSystemOnEachDocumentWithItsCreationDate(@TempDir Path dir) throws IOException {
        TimeMlReaderTest.write(dir, "a.tml", TimeMlReaderTest.WSJ);
        TimeMlReaderTest.write(dir, "b.tml", TimeMlReaderTest.WSJ.replace("wsj_0001", "wsj_0002"));
        Report report = TimeEvaluation.run(dir, (text, date) -> {
            assertEquals(LocalDate.of(1998, 2, 13), date);
            int start = text.indexOf("yesterday");
            return List.of(new PredictedTimex(start, start + 9, "DATE", date.minusDays(1).toString()));
        });
        assertEquals(2, report.value("documents"));
        assertEquals(4, report.value("gold-timexes"));
        assertEquals(1.0, report.value("extent-precision"));
        assertEquals(0.5, report.value("extent-recall"));
        assertEquals(1.0, report.value("value-accuracy"));
    }
}
