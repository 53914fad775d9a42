package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.eval.Score;
import org.junit.jupiter.api.Test;

class FiveWScorerTest {

    private final FiveWScorer scorer = FiveWScorer.english();

    @Test
    void answersOverlapOnASharedContentTokenWhateverTheCase() {
        assertTrue(scorer.overlaps("late Thursday", "Thursday"));
        assertTrue(scorer.overlaps("THE PRIME MINISTER", "prime minister Theresa May"));
        assertTrue(scorer.overlaps("in Croydon, south London", "Croydon"));
    }

    @Test
    void stopWordsAloneNeverOverlap() {
        assertFalse(scorer.overlaps("in the", "in the tunnel"));
        assertFalse(scorer.overlaps("he was", "He was arrested"));
        assertFalse(scorer.overlaps("Trump's", "it's over"));
    }

    @Test
    void noAnswerNeverOverlaps() {
        assertFalse(scorer.overlaps(null, "Croydon"));
        assertFalse(scorer.overlaps("  ", "Croydon"));
        assertFalse(scorer.overlaps("Croydon", null));
    }

    @Test
    void tokensAreRunsOfLettersAndDigitsWithoutStopWords() {
        assertEquals(Set.of("6am", "9", "nov", "2016"), scorer.contentTokens("At 6am, on 9-Nov-2016."));
        assertEquals(Set.of("zürich", "trump"), scorer.contentTokens("Zürich: Trump’s"));
    }

    @Test
    void aQuestionWithoutPhrasesCountsNothingAndAMissNamesTheAnswerAndTheGold() {
        GoldArticle article = new GoldArticle("a1", "Title", null, "Text.", null, Map.of(
                Question.WHO, List.of("Several people", "dozens injured"),
                Question.WHEN, List.of("at around 6am"),
                Question.WHERE, List.of("Croydon")));

        FiveWScores scores = scorer.score(article, new FiveWAnswer("people", "a tram", "yesterday", null));

        assertEquals(new Score(1, 1, 1), scores.byQuestion().get(Question.WHO));
        assertEquals(Score.EMPTY, scores.byQuestion().get(Question.WHAT));
        assertEquals(new Score(1, 1, 0), scores.byQuestion().get(Question.WHEN));
        assertEquals(new Score(1, 0, 0), scores.byQuestion().get(Question.WHERE));
        assertEquals(List.of("a1 when: system='yesterday' gold=['at around 6am']",
                "a1 where: system=none gold=['Croydon']"),
                scores.misses().stream().map(FiveWMiss::detail).toList());
    }
}
