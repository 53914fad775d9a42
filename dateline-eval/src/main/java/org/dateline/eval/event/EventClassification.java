package org.dateline.eval.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dateline.eval.Report;
import org.dateline.eval.Parallel;

/** Runs an event classifier over CASE 2021 Task 2 snippets and scores it with {@link LabelScorer}. */
public final class EventClassification {
    /** The label a snippet gets when the system throws on it or returns no label. */
    public static final String ERROR = "ERROR";

    private EventClassification() {
    }

    /**
     * @param system  given a snippet's text, returns its event subtype; must be thread-safe. When it throws or
     *                returns null or a blank label, the snippet counts as predicted {@link #ERROR} (a label of its
     *                own in the macro mean) and a detail line names the snippet and the reason; the run goes on
     * @param threads how many snippets to classify at once, at least 1; the report is the same for any number
     * @return figures {@code snippets} (count), {@code micro-f1}, {@code macro-f1}, {@code weighted-f1} and
     *         {@code accuracy} ({@link ClassificationScores}); details: one line per label under the header
     *         {@code label precision recall f1 support correct}, then {@code confusion GOLD -> PRED: n} for every
     *         off-diagonal cell, most frequent first, then the failures in snippet order
     */
    public static Report evaluate(List<CaseSnippet> snippets, Function<String, String> system, int threads) {
        if (snippets.isEmpty()) {
            throw new IllegalArgumentException("no snippets to evaluate");
        }
        List<Parallel.Outcome<String>> outcomes = Parallel.map(snippets, s -> system.apply(s.text()), threads);
        var pairs = new ArrayList<LabelPair>();
        var failures = new ArrayList<String>();
        for (int i = 0; i < snippets.size(); i++) {
            CaseSnippet snippet = snippets.get(i);
            Parallel.Outcome<String> outcome = outcomes.get(i);
            String label = outcome.failed() || outcome.value() == null ? null : outcome.value().strip();
            if (label == null || label.isEmpty()) {
                failures.add("system failed on snippet " + snippet.id() + ": " + (outcome.failed()
                        ? outcome.failureLine() : "returned no label (" + outcome.value() + ")"));
                label = ERROR;
            }
            pairs.add(new LabelPair(snippet.label(), label));
        }
        return report(snippets.size(), LabelScorer.score(pairs), failures);
    }

    private static Report report(int snippets, ClassificationScores scores, List<String> failures) {
        Report.Builder report = Report.builder()
                .count("snippets", snippets)
                .ratio("micro-f1", scores.microF1())
                .ratio("macro-f1", scores.macroF1())
                .ratio("weighted-f1", scores.weightedF1())
                .ratio("accuracy", scores.accuracy())
                .detail("label precision recall f1 support correct");
        for (LabelScore label : scores.perLabel()) {
            report.detail(String.format(Locale.ROOT, "%s %.3f %.3f %.3f %d %d", label.label(),
                    label.score().precision(), label.score().recall(), label.score().f1(), label.support(),
                    label.score().matched()));
        }
        for (ConfusionCell cell : scores.errors()) {
            report.detail("confusion " + cell.gold() + " -> " + cell.predicted() + ": " + cell.count());
        }
        failures.forEach(report::detail);
        return report.build();
    }
}
