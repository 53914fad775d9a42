package org.dateline.eval.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dateline.eval.Score;
import org.dateline.model.lang.Lexicon;

/**
 * Scores 5W answers by token overlap: an answer is right when it shares at least one content token with one of the
 * annotated phrases. Tokens are the lower-cased runs of letters and digits; content tokens are those not in the stop
 * list. Thread-safe.
 */
public final class FiveWScorer {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> stopWords;

    /** @param stopWords tokens that never make an overlap, compared lower-cased */
    public FiveWScorer(Set<String> stopWords) {
        this.stopWords = stopWords.stream().map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A scorer with the English stop list {@code lang/en/stopwords.txt}. */
    public static FiveWScorer english() {
        return English.SCORER;
    }

    /** The content tokens of a phrase, in order of first occurrence; none for null. */
    public Set<String> contentTokens(String phrase) {
        var tokens = new LinkedHashSet<String>();
        if (phrase != null) {
            for (String token : NOT_WORD.split(phrase.toLowerCase(Locale.ROOT))) {
                if (!token.isEmpty() && !stopWords.contains(token)) {
                    tokens.add(token);
                }
            }
        }
        return Collections.unmodifiableSet(tokens);
    }

    /** Whether the two share a content token; never for a null or blank answer. */
    public boolean overlaps(String answer, String phrase) {
        Set<String> shared = new LinkedHashSet<>(contentTokens(answer));
        shared.retainAll(contentTokens(phrase));
        return !shared.isEmpty();
    }

    /**
     * Scores one article: for each question with at least one annotated phrase, a {@link Score} of gold 1,
     * predicted 1 when the answer is not blank, matched 1 when it overlaps a phrase; a question without phrases
     * counts nothing.
     */
    public FiveWScores score(GoldArticle article, FiveWAnswer answer) {
        var scores = new EnumMap<Question, Score>(Question.class);
        var misses = new ArrayList<FiveWMiss>();
        for (Question question : Question.values()) {
            List<String> gold = article.phrases(question);
            String given = answer.answer(question);
            boolean answered = given != null && !given.isBlank();
            boolean hit = gold.stream().anyMatch(phrase -> overlaps(given, phrase));
            scores.put(question, gold.isEmpty() ? Score.EMPTY : new Score(1, answered ? 1 : 0, hit ? 1 : 0));
            if (!gold.isEmpty() && !hit) {
                misses.add(new FiveWMiss(article.id(), question, given, gold));
            }
        }
        return new FiveWScores(1, scores, misses);
    }

    /** The English scorer, loaded on first use. */
    private static final class English {
        static final FiveWScorer SCORER = new FiveWScorer(Lexicon.load("en", "stopwords.txt", 1).words());
    }
}
