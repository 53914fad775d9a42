package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MatchingTest {

    @Test
    void largestOverlapIsTakenFirstAndEachItemOnlyOnce() {
        List<Span> gold = List.of(new Span(0, 10), new Span(12, 30));
        List<Span> predicted = List.of(new Span(5, 25));
        List<Matching.Pair> pairs = Matching.greedy(2, 1,
                (g, p) -> Spans.overlap(List.of(gold.get(g)), List.of(predicted.get(p))));
        assertEquals(List.of(new Matching.Pair(1, 0)), pairs);
    }

    @Test
    void tiesGoToTheEarlierGoldThenTheEarlierPrediction() {
        assertEquals(List.of(new Matching.Pair(0, 0), new Matching.Pair(1, 1)), Matching.greedy(2, 2, (g, p) -> 1));
    }

    @Test
    void discontinuousSpansOverlapByTheCharactersTheyShare() {
        List<Span> gold = List.of(new Span(10, 20), new Span(25, 40));
        assertEquals(0, Spans.overlap(gold, List.of(new Span(20, 25))));
        assertEquals(7, Spans.overlap(gold, List.of(new Span(18, 30))));
        assertEquals(25, Spans.overlap(gold, List.of(new Span(0, 50))));
        assertEquals(List.of(new Span(10, 40)), Spans.normalize(List.of(new Span(25, 40), new Span(10, 25))));
    }

    @Test
    void trimmingDropsWhitespaceAndPunctuationAtTheEndsOfEachFragment() {
        String text = "He said: “We will win.” Then he left.";
        Span quote = new Span(9, 23);
        assertEquals("“We will win.”", quote.of(text));
        assertEquals(List.of(new Span(10, 21)), Spans.trim(List.of(quote), text));
    }

    @Property
    void pairsAreOneToOneAndNeverMoreThanTheSmallerSide(
            @ForAll @Size(max = 8) List<@IntRange(max = 60) Integer> goldStarts,
            @ForAll @Size(max = 8) List<@IntRange(max = 60) Integer> predictedStarts) {
        List<Matching.Pair> pairs = Matching.greedy(goldStarts.size(), predictedStarts.size(),
                (g, p) -> Spans.overlap(List.of(new Span(goldStarts.get(g), goldStarts.get(g) + 5)),
                        List.of(new Span(predictedStarts.get(p), predictedStarts.get(p) + 7))));
        var golds = new HashSet<Integer>();
        var predictions = new HashSet<Integer>();
        for (Matching.Pair pair : pairs) {
            assertTrue(golds.add(pair.gold()), "gold used twice");
            assertTrue(predictions.add(pair.predicted()), "prediction used twice");
        }
        assertTrue(pairs.size() <= Math.min(goldStarts.size(), predictedStarts.size()));
    }

    @Property
    void everythingMatchesItself(@ForAll @Size(max = 10) List<@IntRange(max = 100) Integer> starts) {
        assertEquals(starts.size(), Matching.greedy(starts.size(), starts.size(),
                (g, p) -> Spans.overlap(List.of(new Span(starts.get(g), starts.get(g) + 3)),
                        List.of(new Span(starts.get(p), starts.get(p) + 3)))).size());
    }
}
