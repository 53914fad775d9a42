package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.dateline.eval.Score;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LabelScorerTest {

    /** Gold supports A 4, B 1, C 1. */
    private static final List<LabelPair> PAIRS = List.of(
            new LabelPair("A", "A"), new LabelPair("A", "A"), new LabelPair("A", "B"), new LabelPair("A", "C"),
            new LabelPair("B", "B"), new LabelPair("C", "A"));

    @Test
    void perLabelCountsAreOneVsRest() {
        ClassificationScores scores = LabelScorer.score(PAIRS);

        // A: 2 right of 4 gold and 3 predicted; B: 1 of 1 gold and 2 predicted; C: 0 of 1 gold and 1 predicted
        assertEquals(List.of(new LabelScore("A", new Score(4, 3, 2)), new LabelScore("B", new Score(1, 2, 1)),
                new LabelScore("C", new Score(1, 1, 0))), scores.perLabel());
        assertEquals(4.0 / 7, scores.perLabel().get(0).score().f1(), 1e-12);
        assertEquals(2.0 / 3, scores.perLabel().get(1).score().f1(), 1e-12);
    }

    @Test
    void microF1IsAccuracyMacroIsTheMeanAndWeightedFollowsSupport() {
        ClassificationScores scores = LabelScorer.score(PAIRS);

        assertEquals(6, scores.total());
        assertEquals(3, scores.correct());
        assertEquals(0.5, scores.accuracy());
        assertEquals(0.5, scores.microF1());
        assertEquals((4.0 / 7 + 2.0 / 3 + 0) / 3, scores.macroF1(), 1e-12); // 26/63
        assertEquals((4 * 4.0 / 7 + 1 * 2.0 / 3 + 1 * 0) / 6, scores.weightedF1(), 1e-12); // 31/63
        assertNotEquals(scores.macroF1(), scores.weightedF1(), 0.05);
    }

    @Test
    void aLabelOnlyPredictedCountsInTheMacroMeanWithF1Zero() {
        ClassificationScores scores = LabelScorer.score(List.of(
                new LabelPair("A", "A"), new LabelPair("A", "C"), new LabelPair("B", "B")));

        assertEquals(List.of("A", "B", "C"), scores.labels());
        assertEquals((2.0 / 3 + 1 + 0) / 3, scores.macroF1(), 1e-12); // 5/9, not 5/6 over the gold labels only
        assertEquals((2 * 2.0 / 3 + 1) / 3, scores.weightedF1(), 1e-12); // C has no support, so no weight
    }

    @Test
    void theConfusionTableHoldsNonZeroCellsMostFrequentFirst() {
        ClassificationScores scores = LabelScorer.score(PAIRS);

        assertEquals(List.of(new ConfusionCell("A", "A", 2), new ConfusionCell("A", "B", 1),
                new ConfusionCell("A", "C", 1), new ConfusionCell("B", "B", 1), new ConfusionCell("C", "A", 1)),
                scores.confusion());
        assertEquals(List.of(new ConfusionCell("A", "B", 1), new ConfusionCell("A", "C", 1),
                new ConfusionCell("C", "A", 1)), scores.errors());
    }

    @Test
    void nothingScoresZero() {
        ClassificationScores scores = LabelScorer.score(List.of());

        assertEquals(0, scores.accuracy());
        assertEquals(0, scores.microF1());
        assertEquals(0, scores.macroF1());
        assertEquals(0, scores.weightedF1());
    }

    @Property
    void microF1EqualsAccuracyAndAllFiguresAreRatiosWhateverTheOrder(
            @ForAll @Size(max = 40) List<@IntRange(max = 4) Integer> gold,
            @ForAll @Size(max = 40) List<@IntRange(max = 4) Integer> predicted) {
        var pairs = new ArrayList<LabelPair>();
        for (int i = 0; i < Math.min(gold.size(), predicted.size()); i++) {
            pairs.add(new LabelPair("L" + gold.get(i), "L" + predicted.get(i)));
        }
        ClassificationScores scores = LabelScorer.score(pairs);
        var reversed = new ArrayList<>(pairs);
        Collections.reverse(reversed);

        assertEquals(scores.accuracy(), scores.microF1(), 1e-12);
        for (double value : new double[] {scores.macroF1(), scores.weightedF1(), scores.accuracy()}) {
            assertTrue(value >= 0 && value <= 1, "out of [0, 1]: " + value);
        }
        assertEquals(scores, LabelScorer.score(reversed));
    }
}
