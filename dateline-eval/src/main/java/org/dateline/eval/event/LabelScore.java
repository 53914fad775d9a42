package org.dateline.eval.event;

import java.util.Objects;

import org.dateline.eval.Score;

/**
 * The one-vs-rest counts of one label: {@code score.gold()} is its support (items with this gold label),
 * {@code score.predicted()} the items predicted as it, {@code score.matched()} the items with it as both.
 */
public record LabelScore(String label, Score score) {

    public LabelScore {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(score, "score");
    }

    public int support() {
        return score.gold();
    }
}
