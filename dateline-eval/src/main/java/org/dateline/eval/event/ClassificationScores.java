package org.dateline.eval.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;

import org.dateline.eval.Score;

/**
 * Single-label classification scores, all derived from the confusion table (gold x predicted counts). A label
 * counts when it occurs in the gold labels or in the predictions (the union, as scikit-learn's {@code labels=None}),
 * so a label that is only ever predicted adds an F1 of 0 to the macro mean. A ratio over nothing is 0.
 *
 * @param confusion the non-zero cells, each (gold, predicted) pair once; kept in {@link ConfusionCell#BY_COUNT}
 *                  order
 */
public record ClassificationScores(List<ConfusionCell> confusion) {

    public ClassificationScores {
        var sorted = new ArrayList<>(confusion);
        sorted.sort(ConfusionCell.BY_COUNT);
        confusion = List.copyOf(sorted);
        var seen = new HashSet<LabelPair>();
        for (ConfusionCell cell : confusion) {
            if (!seen.add(new LabelPair(cell.gold(), cell.predicted()))) {
                throw new IllegalArgumentException("confusion cell " + cell.gold() + " -> " + cell.predicted()
                        + " appears twice");
            }
        }
    }

    /** How many items were scored. */
    public int total() {
        return confusion.stream().mapToInt(ConfusionCell::count).sum();
    }

    /** How many items were predicted their gold label. */
    public int correct() {
        return confusion.stream().filter(ConfusionCell::diagonal).mapToInt(ConfusionCell::count).sum();
    }

    public double accuracy() {
        return total() == 0 ? 0 : (double) correct() / total();
    }

    /** F1 of the counts summed over labels; with one label per item it equals {@link #accuracy()}. */
    public double microF1() {
        return perLabel().stream().map(LabelScore::score).reduce(Score.EMPTY, Score::plus).f1();
    }

    /** The unweighted mean of the per-label F1 over the labels that occur in gold or predictions. */
    public double macroF1() {
        return perLabel().stream().mapToDouble(label -> label.score().f1()).average().orElse(0);
    }

    /** The mean of the per-label F1 weighted by gold support (scikit-learn's {@code average='weighted'}). */
    public double weightedF1() {
        double sum = perLabel().stream().mapToDouble(label -> label.score().f1() * label.support()).sum();
        return total() == 0 ? 0 : sum / total();
    }

    /** The labels that occur in gold or predictions, sorted. */
    public List<String> labels() {
        var labels = new TreeSet<String>();
        for (ConfusionCell cell : confusion) {
            labels.add(cell.gold());
            labels.add(cell.predicted());
        }
        return List.copyOf(labels);
    }

    /** One-vs-rest counts of every label of {@link #labels()}, in that order. */
    public List<LabelScore> perLabel() {
        return labels().stream().map(this::scoreOf).toList();
    }

    /** The off-diagonal cells, most frequent first. */
    public List<ConfusionCell> errors() {
        return confusion.stream().filter(cell -> !cell.diagonal()).toList();
    }

    private LabelScore scoreOf(String label) {
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        for (ConfusionCell cell : confusion) {
            gold += cell.gold().equals(label) ? cell.count() : 0;
            predicted += cell.predicted().equals(label) ? cell.count() : 0;
            matched += cell.diagonal() && cell.gold().equals(label) ? cell.count() : 0;
        }
        return new LabelScore(label, new Score(gold, predicted, matched));
    }
}
