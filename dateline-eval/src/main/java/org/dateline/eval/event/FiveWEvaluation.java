package org.dateline.eval.event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dateline.eval.Report;
import org.dateline.eval.Parallel;

/** Runs a 5W extractor over the Giveme5W1H gold set and scores it with {@link FiveWScorer#english()}. */
public final class FiveWEvaluation {

    private FiveWEvaluation() {
    }

    /** Reads {@code dir} with {@link FiveWGold#read}, then evaluates as {@link #evaluate(FiveWGold, Function, int)}. */
    public static Report evaluate(Path dir, Function<GoldArticle, FiveWAnswer> system, int threads)
            throws IOException {
        FiveWGold gold = FiveWGold.read(dir);
        if (gold.articles().isEmpty()) {
            throw new IOException("no readable article in " + dir + " (" + gold.skipped().size() + " files skipped)");
        }
        return evaluate(gold, system, threads);
    }

    /**
     * @param system  given an article without its gold phrases, returns its answers; must be thread-safe. When it
     *                throws or returns null, the article gets no answer ({@link FiveWAnswer#NONE}) and a detail
     *                line names it and the reason; the run goes on
     * @param threads how many articles to work on at once, at least 1; the report is the same for any number
     * @return the figures of {@link FiveWScores#report()}; details: the skipped files, the system's failures, then
     *         the misses
     */
    public static Report evaluate(FiveWGold gold, Function<GoldArticle, FiveWAnswer> system, int threads) {
        List<GoldArticle> articles = gold.articles();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to evaluate");
        }
        List<Parallel.Outcome<FiveWAnswer>> outcomes =
                Parallel.map(articles, article -> system.apply(article.withoutPhrases()), threads);
        var details = new ArrayList<String>();
        gold.skipped().forEach(skip -> details.add("skipped " + skip.file() + ": " + skip.reason()));
        FiveWScorer scorer = FiveWScorer.english();
        FiveWScores total = FiveWScores.EMPTY;
        for (int i = 0; i < articles.size(); i++) {
            Parallel.Outcome<FiveWAnswer> outcome = outcomes.get(i);
            FiveWAnswer answer = outcome.value();
            if (outcome.failed() || answer == null) {
                details.add("system failed on article " + articles.get(i).id() + ": "
                        + (outcome.failed() ? outcome.failureLine() : "returned null"));
                answer = FiveWAnswer.NONE;
            }
            total = total.plus(scorer.score(articles.get(i), answer));
        }
        Report scores = total.report();
        details.addAll(scores.details());
        return new Report(scores.figures(), details);
    }
}
