package org.dateline.eval.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dateline.eval.Report;
import org.dateline.eval.Score;

/**
 * 5W scores summed over articles.
 *
 * @param articles   how many articles were scored
 * @param byQuestion per question: {@code gold} the articles with an annotated phrase, {@code predicted} those of
 *                   them the system answered, {@code matched} those whose answer overlaps a phrase; every question
 *                   is a key
 * @param misses     the unmatched questions, in article and question order
 */
public record FiveWScores(int articles, Map<Question, Score> byQuestion, List<FiveWMiss> misses) {
    public static final FiveWScores EMPTY = new FiveWScores(0, Map.of(), List.of());

    public FiveWScores {
        var all = new EnumMap<Question, Score>(Question.class);
        for (Question question : Question.values()) {
            all.put(question, byQuestion.getOrDefault(question, Score.EMPTY));
        }
        byQuestion = Collections.unmodifiableMap(all);
        misses = List.copyOf(misses);
    }

    public FiveWScores plus(FiveWScores other) {
        var sum = new EnumMap<Question, Score>(Question.class);
        byQuestion.forEach((question, score) -> sum.put(question, score.plus(other.byQuestion.get(question))));
        var allMisses = new ArrayList<>(misses);
        allMisses.addAll(other.misses);
        return new FiveWScores(articles + other.articles, sum, allMisses);
    }

    /** The share of the articles annotated for the question whose answer overlaps a phrase; 0 when none is. */
    public double accuracy(Question question) {
        return byQuestion.get(question).recall();
    }

    /** The unweighted mean of the four {@link #accuracy(Question)}. */
    public double mean() {
        return byQuestion.keySet().stream().mapToDouble(this::accuracy).average().orElse(0);
    }

    /**
     * The figures {@code articles}; {@code who}, {@code what}, {@code when}, {@code where} ({@link #accuracy}) and
     * {@code mean}; then per question the counts {@code <question>-annotated} and {@code <question>-answered}; one
     * detail line per miss ({@link FiveWMiss#detail()}).
     */
    public Report report() {
        Report.Builder report = Report.builder().count("articles", articles);
        byQuestion.keySet().forEach(question -> report.ratio(question.key(), accuracy(question)));
        report.ratio("mean", mean());
        byQuestion.forEach((question, score) -> report.count(question.key() + "-annotated", score.gold())
                .count(question.key() + "-answered", score.predicted()));
        misses.forEach(miss -> report.detail(miss.detail()));
        return report.build();
    }
}
